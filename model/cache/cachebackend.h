#pragma once

#include "core/cacheentries.h"
#include "core/fileentry.h"

#include <QString>
#include <QVector>

#include <functional>
#include <string_view>

class CacheDirectory;

// One of GET /v2/cache's cached_images as a listing streams it: imageId holds the UTF-8 bytes read from
// cache.db (or the file's name) and is valid only during the call it is passed to.
struct ApiImage
{
    std::string_view imageId;
    qint64 hits = 0;
    double lastAccessed = 0; // whole seconds for the xattr driver
    double lastModified = 0;
    qint64 size = 0;
    // centralized_db only: Glance adds its row's primary key and checksum column to each entry, so a listing
    // has them exactly when rowId >= 0. checksum is valid as imageId is; data() == nullptr is SQL NULL.
    qint64 rowId = -1;
    std::string_view checksum;
};

// What differs between Glance's sqlite and xattr drivers: where per-image metadata lives. The file
// layout, queue and clean rules are shared and live in ImageCache. Implementations are used from one
// thread at a time and do blocking I/O.
class CacheBackend
{
public:
    virtual ~CacheBackend() = default;

    virtual QString name() const = 0;

    // True when name in the base dir is not cache content for get_cache_size() (sqlite: its DB file).
    virtual bool excludedFromSize(const QString &name) const = 0;

    // The cached images exactly as Glance's get_cached_images() returns them, in its order, given the
    // base dir's regular files; orphans found on the way are appended to *orphans. ranks: also fill in
    // each image's evictionRank.
    virtual bool listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images,
                            QVector<OrphanEntry> *orphans, QString *error, bool ranks = true) = 0;

    // Calls visit for what GET /v2/cache lists, in Glance's order, and nothing more (no orphans, no
    // ranks). The sqlite driver reads it all from cache.db without looking at the directory.
    using ApiVisitor = std::function<void(const ApiImage &)>;
    virtual bool visitForApi(const ApiVisitor &visit, QString *error) = 0;

    // How many images listCached() would return and the orphans it would report, without building the
    // list (for `status`).
    virtual bool countCached(const QVector<FileEntry> &baseFiles, qint64 *count, QVector<OrphanEntry> *orphans,
                             QString *error) = 0;

    // Every prune candidate in the order Glance's repeated get_least_recently_accessed() yields them,
    // each with the size Glance would subtract.
    virtual bool lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *error) = 0;

    // Called when pruning every candidate of lruOrder() still leaves sizeLeft over maxSize. Empty when
    // Glance's prune stops there (sqlite, xattr: no entry left ends its loop); otherwise the sentence saying
    // that Glance's prune would never end and what the operator can do.
    virtual QString pruneNeverEnds(qint64 sizeLeft, qint64 maxSize) const
    {
        Q_UNUSED(sizeLeft)
        Q_UNUSED(maxSize)
        return {};
    }

    // Whether Glance would list imageId as cached (sqlite: a row exists, with or without its file).
    virtual bool hasRecord(const QString &imageId) = 0;

    // Called between batches with the number deleted so far; returning false stops the deletion there.
    using BatchProgress = std::function<bool(int done)>;

    // Deletes cached images: for each, the file first, then its metadata, in short transactions (progress
    // is called after each).
    // Stops at the first failure or when progress says so; *done counts the images fully deleted.
    virtual bool deleteCached(const QStringList &names, int *done, QString *error,
                              const BatchProgress &progress = {}) = 0;

    // Glance's delete_all_cached_images(): every regular file of the base dir but the DB, then all
    // metadata. *deleted counts the files removed.
    virtual bool deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error) = 0;
};
