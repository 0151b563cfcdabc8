#pragma once

#include "core/cachelocation.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>

// Builds a cache directory the way Glance lays it out, for tests: files with real bytes, cache.db with
// Glance's schema (sqlite) or user.hits attributes (xattr), and chosen access and modification times.
class TestCache
{
public:
    TestCache(const QString &dir, const QString &driver);

    QString dir() const { return m_dir; }
    QString dbPath() const { return m_dir + QStringLiteral("/cache.db"); }
    CacheLocation location(qint64 maxSize = CacheLocation::defaultMaxSize) const;

    // Creates incomplete/, invalid/, queue/ and (sqlite) cache.db, as glance-api does at start-up.
    bool init();

    // A cached image: the file plus its record, accessed at lastAccessed (and modified at lastModified).
    bool addCached(const QString &id, qint64 size, double lastAccessed, int hits, double lastModified = 0);
    bool addRecordOnly(const QString &id, qint64 size, double lastAccessed);
    bool addFile(const QString &relativePath, qint64 size, double mtime, double atime = 0);
    bool addQueued(const QString &id, double mtime) { return addFile(QStringLiteral("queue/") + id, 0, mtime); }

    // image_id → size of every row of cache.db (sqlite only).
    QMap<QString, qint64> rows() const;
    bool exists(const QString &relativePath) const;

    static bool setTimes(const QString &path, double atime, double mtime);
    static QString id(int n); // a deterministic, valid image ID
    // The environment for a glance-cachectl under test: the real one without OS_* variables, with HOME and
    // the XDG directories under home, so no clouds.yaml or credentials of the person running the tests
    // take part (and no real token travels to a test server).
    static QProcessEnvironment cliEnvironment(const QString &home);

private:
    bool exec(const QString &sql, const QVariantList &values = {}) const;

    QString m_dir;
    QString m_driver;
};
