#pragma once

#include "cachebackend.h"

class CacheDirectory;

// Glance's sqlite driver: metadata in the cached_images table of cache.db, one short connection per
// operation. Rows whose image_id is not a UUID never become a path: they count as size 0 and only their
// row is removed.
class SqliteBackend : public CacheBackend
{
public:
    SqliteBackend(const CacheDirectory &dir, const QString &dbPath, int busyTimeoutMs);

    QString name() const override { return QStringLiteral("sqlite"); }
    bool excludedFromSize(const QString &name) const override;
    bool listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images, QVector<OrphanEntry> *orphans,
                    QString *error, bool ranks = true) override;
    bool lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *error) override;
    bool hasRecord(const QString &imageId) override;
    bool deleteCached(const QStringList &names, int *done, QString *error, const BatchProgress &progress = {}) override;
    bool deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error) override;

private:
    bool deleteBatch(const QStringList &ids, int *done, QString *error);
    bool isDbCompanion(const QString &name) const;

    const CacheDirectory &m_dir;
    QString m_dbPath;
    QString m_dbNameInBase; // the DB's file name when it lives in the base dir, else empty
    int m_busyTimeoutMs;
};
