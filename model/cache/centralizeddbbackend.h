#pragma once

#include "cache/cachebackend.h"

#include <QCoreApplication>

class CacheDirectory;

// Glance's centralized_db driver (2024.1+): this node's metadata is its rows of cached_images in Glance's
// main database, joined on node_reference by worker_self_reference_url; other nodes' rows are never read
// as ours. Each operation opens its own Qt SQL connection (QMYSQL, QPSQL or QSQLITE) on the calling
// thread and removes it before returning, as the sqlite backend opens cache.db per operation.
//
// Times: Glance writes naive UTC DATETIMEs (utcnow()); we read them as UTC and report true epoch seconds.
// Glance's own API turns them into epoch floats with datetime.timestamp() on the naive value, i.e. as the
// host's local time, so on a host not in UTC GET /v2/cache is off by the UTC offset; we deliberately do
// not reproduce that shift.
//
// Changes (centraldbdelete.cpp) follow Glance's order, file first, then this node's row, and never touch
// another node's rows. CacheWriter inserts the row of an image it fetched (CentralDbSession).
class CentralizedDbBackend : public CacheBackend
{
    Q_DECLARE_TR_FUNCTIONS(CentralizedDbBackend)

public:
    // databaseUrl is [database] connection (holding the password; never put into a message), nodeUrl
    // worker_self_reference_url. dir must outlive the backend.
    CentralizedDbBackend(const CacheDirectory &dir, const QString &databaseUrl, const QString &nodeUrl);

    QString name() const override { return QStringLiteral("centralized_db"); }
    // Glance's get_cache_size() for this driver skips only names ending in ".db".
    bool excludedFromSize(const QString &name) const override;
    bool listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images, QVector<OrphanEntry> *orphans,
                    QString *error, bool ranks = true) override;
    bool visitForApi(const ApiVisitor &visit, QString *error) override;
    bool countCached(const QVector<FileEntry> &baseFiles, qint64 *count, QVector<OrphanEntry> *orphans,
                     QString *error) override;
    bool lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *error) override;
    // Glance's get_least_recently_accessed() returns the truthy (None, 0) once this node has no row left,
    // so its prune loop never ends while the files still exceed the max (upstream bug): we stop and say why.
    QString pruneNeverEnds(qint64 sizeLeft, qint64 maxSize) const override;
    bool hasRecord(const QString &imageId) override;
    bool deleteCached(const QStringList &names, int *done, QString *error, const BatchProgress &progress = {}) override;
    bool deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error) override;

    // One of this node's rows as read from cached_images; times in epoch seconds (UTC).
    struct Row
    {
        qint64 id = 0;
        QString imageId;
        qint64 hits = 0;
        qint64 size = 0;
        double lastAccessed = 0;
        double lastModified = 0;
        QString checksum;
    };

    // This node's rows in `id` order, or false with a sentence (unreachable server, wrong password,
    // no cache tables with the alembic revision named, node URL not in node_reference).
    bool readRows(QVector<Row> *rows, QString *error, bool byLastAccessed = false);

private:
    void appendFileOrphans(const QVector<FileEntry> &baseFiles, const QVector<bool> &seen,
                           QVector<OrphanEntry> *orphans) const;

    const CacheDirectory &m_dir;
    QString m_databaseUrl;
    QString m_nodeUrl;
};

// Moved by memmove when a 100k-row list grows (copying each row's strings was a sixth of a listing's CPU).
Q_DECLARE_TYPEINFO(CentralizedDbBackend::Row, Q_RELOCATABLE_TYPE);
