#pragma once

#include "core/cachelocation.h"

// The "embedded default" both applications open when a person names no cache: image_cache_dir of the
// system's glance-api.conf when readable and set, otherwise the generated demo cache.
class DefaultCache
{
public:
    // The system config: $GLANCE_CACHE_ADMIN_SYSTEM_CONFIG when set (tests), else /etc/glance/glance-api.conf.
    static QString systemConfig();

    // Resolves the default; *note says why the demo was chosen. False only when even the demo could not
    // be created.
    static bool locate(CacheLocation *location, QString *note, QString *error);

    // Resolves options when any are given, the default otherwise.
    static bool resolve(const LocationOptions &options, CacheLocation *location, QString *note, QString *error);
};
