#pragma once

#include "core/cachelocation.h"
#include "core/expected.h"

// The "embedded default" both applications open when a person names no cache: image_cache_dir of the
// system's glance-api.conf when readable and set, otherwise the generated demo cache.
class DefaultCache
{
public:
    // The cache to open and, when the demo was chosen instead of what the person may expect, why.
    struct Resolved
    {
        CacheLocation location;
        QString note; // why the demo stands in for the system cache, or how the driver was detected
    };

    // The system config: $GLANCE_CACHE_ADMIN_SYSTEM_CONFIG when set (tests), else /etc/glance/glance-api.conf.
    static QString systemConfig();

    // Resolves the default. Fails only when even the demo could not be created.
    static Expected<Resolved> locate();

    // The system cache alone: fails with the reason (unreadable or refused config, no image_cache_dir, a
    // missing directory) where locate() would fall back to the demo.
    static Expected<Resolved> locateSystem();

    // Resolves options when any are given, the default otherwise. Without a demo fallback when
    // allowDemo is false: what changes a cache must act on the one the operator means, or on nothing.
    static Expected<Resolved> resolve(const LocationOptions &options, bool allowDemo = true);
};
