#pragma once

#include "cache/cachebackend.h"
#include "cache/cachedirectory.h"

#include <vector>

class SqliteSession;
struct sqlite3_stmt;

// Glance's sqlite driver: metadata in the cached_images table of cache.db, one connection per operation.
// Rows whose image_id is not a UUID never become a path: they count as size 0 and only their row is
// removed.
class SqliteBackend : public CacheBackend
{
public:
    // maxBatchRows bounds the images one deleting transaction removes (0: only its time bound).
    SqliteBackend(const CacheDirectory &dir, const QString &dbPath, int busyTimeoutMs, int maxBatchRows = 0);

    QString name() const override { return QStringLiteral("sqlite"); }
    bool excludedFromSize(const QString &name) const override;
    bool listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images, QVector<OrphanEntry> *orphans,
                    QString *error, bool ranks = true) override;
    bool visitForApi(const ApiVisitor &visit, QString *error) override;
    bool countCached(const QVector<FileEntry> &baseFiles, qint64 *count, QVector<OrphanEntry> *orphans,
                     QString *error) override;
    bool lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *error) override;
    bool hasRecord(const QString &imageId) override;
    bool deleteCached(const QStringList &names, int *done, QString *error, const BatchProgress &progress = {}) override;
    bool deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error) override;

private:
    // One transaction: deletes ids from *next on until its time or row bound, advancing *next.
    bool deleteBatch(const SqliteSession &session, const CacheDirectory::OpenArea &base, sqlite3_stmt *del,
                     const QStringList &ids, qsizetype *next, int *done, QString *error);
    bool isDbCompanion(const QString &name) const;
    // Every file not marked in seen (and not the DB) as a file without a record, in directory order.
    void appendFileOrphans(const QVector<FileEntry> &baseFiles, const std::vector<char> &seen,
                           QVector<OrphanEntry> *orphans) const;

    const CacheDirectory &m_dir;
    QString m_dbPath;
    QString m_dbNameInBase; // the DB's file name when it lives in the base dir, else empty
    int m_busyTimeoutMs;
    int m_maxBatchRows;
};
