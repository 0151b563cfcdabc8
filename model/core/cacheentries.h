#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Value types describing what is in a cache directory. They are plain data so they can cross threads.

// One image as Glance's get_cached_images() reports it. Times are Unix epoch seconds: fractional for the
// sqlite driver, whole seconds for xattr (Glance reports st_atime/st_mtime as integers there).
struct CachedImage
{
    QString imageId;
    qint64 size = 0;
    qint64 hits = 0;
    double lastAccessed = 0;
    double lastModified = 0;
    bool hasFile = true;    // sqlite: false when the row has no file beside it
    int evictionRank = -1;  // position in the order prune deletes in, 0 first
    bool operator==(const CachedImage &o) const
    {
        return imageId == o.imageId && size == o.size && hits == o.hits && lastAccessed == o.lastAccessed
            && lastModified == o.lastModified && hasFile == o.hasFile && evictionRank == o.evictionRank;
    }
};

// A marker in queue/; queuedAt is the marker's mtime, which is Glance's processing order.
struct QueuedImage
{
    QString imageId;
    double queuedAt = 0;
    bool operator==(const QueuedImage &o) const { return imageId == o.imageId && queuedAt == o.queuedAt; }
};

// A file in incomplete/ or invalid/. error is the xattr driver's user.error, when it recorded one.
struct PartialImage
{
    QString imageId;
    qint64 size = 0;
    double modified = 0;
    QString error;
    bool operator==(const PartialImage &o) const
    {
        return imageId == o.imageId && size == o.size && modified == o.modified && error == o.error;
    }
};

// Something the cache's metadata and its files disagree about. Reported, never "fixed" silently.
struct OrphanEntry
{
    enum Kind { FileWithoutRecord, RecordWithoutFile };
    Kind kind = FileWithoutRecord;
    QString name;
    qint64 size = 0;
    bool isImageId = true; // false for lock files, temp files and other foreign files in the base dir
    // Glance's own lock files, which oslo.concurrency puts in the cache dir when no lock_path is set (the sqlite
    // driver calls lockutils.set_defaults(base_dir)): the driver's image_cache_db_init and
    // glance-cache-prefetcher's glance-cache. A lock file removed while held no longer excludes anyone.
    bool isGlanceLock() const
    {
        return kind == FileWithoutRecord
            && (name == QLatin1String("image_cache_db_init") || name == QLatin1String("glance-cache"));
    }
    // A file that is not an image: removing it frees its bytes but is not a cache operation.
    bool isForeignFile() const { return kind == FileWithoutRecord && !isImageId; }
    bool operator==(const OrphanEntry &o) const
    {
        return kind == o.kind && name == o.name && size == o.size && isImageId == o.isImageId;
    }
};

// One step of a prune plan, in the order Glance would delete.
struct PruneVictim
{
    QString imageId;
    qint64 size = 0; // what Glance subtracts: the file's size now, 0 when the file is missing
};

struct PrunePlan
{
    qint64 sizeBefore = 0;
    qint64 maxSize = 0;
    QVector<PruneVictim> victims;
    qint64 bytesFreed = 0;
    // Set when Glance's own prune would never end on this cache (centralized_db: still over the limit once
    // no row of this node is left): the sentence saying why and what to do. Executing such a plan deletes its
    // victims and then fails with it.
    QString neverEnds;
    qint64 sizeAfter() const { return sizeBefore - bytesFreed; }
};

// What removing a list of orphans did, by kind. Forgetting a record frees nothing (its file is already gone);
// deleting a file without a record or a foreign file frees its bytes.
struct OrphanRemoval
{
    int recordsForgotten = 0;
    int filesDeleted = 0; // image files without a record
    qint64 fileBytesFreed = 0;
    int foreignRemoved = 0; // files that are not images (locks, temp files, leftovers)
    qint64 foreignBytesFreed = 0;
    QStringList locksRemoved; // Glance's own lock files among the foreign ones
    QStringList leftAlone;    // one sentence per entry not touched: it changed since it was read, or is protected
    qint64 bytesFreed() const { return fileBytesFreed + foreignBytesFreed; }
};

struct CleanPlan
{
    qint64 stallTime = 0;
    QVector<PartialImage> invalid;
    QVector<PartialImage> stalled;
    qint64 bytesFreed = 0;
};
