#pragma once

#include <QString>
#include <QStringList>

// Where a cache is and how Glance is configured to manage it. A value type: resolved once, then
// handed to the engine on any thread.
struct CacheLocation
{
    static constexpr qint64 defaultMaxSize = 10737418240; // 10 GiB, Glance's default
    static constexpr qint64 defaultStallTime = 86400;

    QString cacheDir;
    QString driver = QStringLiteral("sqlite"); // configured driver, lower case
    QString sqliteDb = QStringLiteral("cache.db");
    // centralized_db only: [database] connection (an SQLAlchemy URL holding the password: a secret, never
    // to be shown, logged or saved; databaseDisplay is its redacted form) and [DEFAULT]
    // worker_self_reference_url, this node's identity in node_reference.
    QString databaseUrl;
    QString databaseDisplay;
    QString nodeUrl;
    // The configuration names no driver (or --driver auto was given) but has a centralized_db node's options
    // ([database] connection and worker_self_reference_url, read into the three fields above): whether that
    // database has the cache tables decides between centralized_db and `driver` (DriverDetection, in
    // model/cache, which needs a connection). Until then description() does not name the database.
    bool driverToDetect = false;
    qint64 maxSize = defaultMaxSize;
    qint64 stallTime = defaultStallTime;
    QStringList configFiles; // the files the options came from, in reading order
    QStringList notes;       // things a person should know about how the location was found
    bool isDemo = false;

    // Absolute path of the sqlite driver's database: image_cache_sqlite_db joined to the cache dir
    // (an absolute image_cache_sqlite_db replaces the dir, as os.path.join does).
    QString dbPath() const;

    // A short label for headers and status output.
    QString description() const;
};

// The options a person gives to pick a cache; the same on the CLI and in the GUI.
struct LocationOptions
{
    QStringList configFiles;
    QString configDir;
    QString cacheDir;
    QString driver;
    bool any() const { return !configFiles.isEmpty() || !configDir.isEmpty() || !cacheDir.isEmpty(); }
};
