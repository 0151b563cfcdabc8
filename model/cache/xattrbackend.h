#pragma once

#include "cache/cachebackend.h"

class CacheDirectory;

// Glance's xattr driver: every regular file of the base dir is a cached image; hits in user.hits,
// last access and modification from st_atime / st_mtime (whole seconds).
class XattrBackend : public CacheBackend
{
public:
    explicit XattrBackend(const CacheDirectory &dir);

    QString name() const override { return QStringLiteral("xattr"); }
    bool excludedFromSize(const QString &) const override { return false; }
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
    // Files whose name is not an image ID: Glance lists them as images, we also report them.
    static void appendOrphans(const QVector<FileEntry> &baseFiles, QVector<OrphanEntry> *orphans);

    const CacheDirectory &m_dir;
};
