#pragma once

#include <QCoreApplication>
#include "core/cachelocation.h"
#include "core/expected.h"

class OsloConfig;

// Turns LocationOptions into a CacheLocation, reading the cache options of glance-api.conf and
// glance-cache.conf with oslo.config's rules. Pure file reading: safe on any thread.
class CacheLocator
{
    Q_DECLARE_TR_FUNCTIONS(CacheLocator)

public:
    // The cache the options describe. Fails with a sentence when the options are contradictory, a file
    // cannot be read or parsed, an option has a value Glance would reject, or no image_cache_dir is set
    // anywhere.
    static Expected<CacheLocation> resolve(const LocationOptions &options);

    // The default cache when a person gives no options: image_cache_dir of systemConfig (normally
    // /etc/glance/glance-api.conf and its .conf.d) when that is readable and sets it; otherwise the
    // failure's sentence is the reason.
    static Expected<CacheLocation> systemCache(const QString &systemConfig);

    // The driver a bare cache directory was written by: sqlite when it has cache.db, xattr when a file in it
    // carries user.hits, otherwise sqlite (Zed's default). Reads the directory.
    static QString guessDriver(const QString &cacheDir);

    // Checks a driver name as Glance does (choices sqlite, xattr and centralized_db, case-insensitive);
    // returns it in lower case.
    static Expected<QString> validDriver(const QString &name);

    // The [database] connection of the config files the options name (their .conf.d snippets included), with
    // image_cache_driver, image_cache_dir and worker_self_reference_url when set: what reading the whole
    // region's cache map from Glance's database needs, which is neither a cache directory nor this node's
    // identity. Fails with a sentence when no config file is given, one cannot be read, or the connection is
    // not set or does not parse (never quoting its password).
    static Expected<CacheLocation> resolveDatabase(const LocationOptions &options);

private:
    static Expected<void> loadFiles(const LocationOptions &options, OsloConfig *config, CacheLocation *loc);
    // [database] connection into loc (databaseUrl, databaseDisplay), interpolated.
    static Expected<void> readConnection(const OsloConfig &config, CacheLocation *loc);
    // centralized_db: [database] connection and worker_self_reference_url into loc, or a sentence saying
    // which is missing or why the URL does not parse (never quoting its password).
    static Expected<void> readCentralDb(const OsloConfig &config, CacheLocation *loc);
};
