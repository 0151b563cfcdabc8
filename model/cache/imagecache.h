#pragma once

#include <QCoreApplication>
#include "cache/cachebackend.h"
#include "core/cacheentries.h"
#include "core/cachelocation.h"
#include "core/cleartarget.h"
#include "cache/cachesnapshot.h"
#include "core/expected.h"
#include "core/fileentry.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class CacheBackend;
class CacheDirectory;

// The engine: reads and changes one Glance image cache exactly as Glance Zed's ImageCache does.
// Every method does blocking file-system and SQLite work: call it from a worker thread (QtConcurrent) or
// the CLI. One instance is used by one thread at a time; create one per task, they are cheap.
// Failures are returned as sentences for a person (Expected<T>, or Run<Plan> for the deleting runs that
// can stop halfway); nothing here throws or prints.
class ImageCache
{
    Q_DECLARE_TR_FUNCTIONS(ImageCache)

public:
    enum class QueueOutcome { Queued, AlreadyCached, BeingCached, AlreadyQueued, InvalidId, Failed };

    struct QueueResult
    {
        QString imageId;
        QueueOutcome outcome = QueueOutcome::Failed;
        QString message;
    };

    struct DeleteResult
    {
        QString imageId;
        bool ok = false;
        bool wasCached = false; // a file or record existed
        bool wasQueued = false;
        QString message;
    };

    struct ClearResult
    {
        int cacheDeleted = 0;
        int queueDeleted = 0;
    };

    // What `status` shows: the snapshot's figures without building its lists. Counts and orphans equal
    // those of snapshot().
    struct Summary
    {
        QString effectiveDriver;
        QString driverNote;
        qint64 totalSize = 0;   // get_cache_size()
        qint64 freeBytes = -1;  // -1 when unknown
        double takenAt = 0;     // epoch seconds
        qint64 cachedCount = 0; // what get_cached_images() would list
        qint64 queuedCount = 0;
        QVector<PartialImage> incomplete; // without user.error (not read)
        qint64 invalidCount = 0;
        QVector<OrphanEntry> orphans;
        QStringList warnings;
    };

    explicit ImageCache(const CacheLocation &location);
    ~ImageCache();

    const CacheLocation &location() const { return m_location; }

    // Reports progress of long operations (snapshot, prune, clean, clear) from the calling thread;
    // returning false cancels between two safe steps. wasCancelled() tells afterwards.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void setProgress(const Progress &progress) { m_progress = progress; }
    bool wasCancelled() const { return m_cancelled; }

    // Whether snapshot() works out each image's eviction rank (the views show it; status does not need it).
    void setEvictionRanks(bool on) { m_ranks = on; }

    // Bounds the images one deleting transaction removes besides its 0.25 s time bound (0: no bound); for
    // tests that need several transactions on a small cache.
    void setMaxBatchRows(int rows);

    // How long SQLite waits for glance-api's locks before an operation fails; default 5000 ms.
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }

    // The driver Glance uses here: an xattr configuration on a filesystem without user xattrs falls back
    // to sqlite. *note explains a difference between configured and effective (centralized_db: records an
    // old cache.db still holds, which Glance has not moved to the central database yet).
    QString effectiveDriver(QString *note = nullptr) const;

    // Everything about the cache in one pass, or why it cannot be read.
    Expected<CacheSnapshot> snapshot();
    // get_cache_size(): the bytes of the base directory that count against image_cache_max_size.
    Expected<qint64> cacheSize();
    // One stat() per file of the base dir and the least the driver needs for its counts: no getxattr()
    // (xattr), only the IDs from cache.db (sqlite).
    Expected<Summary> summary();

    // What GET /v2/cache returns, in Glance's order.
    struct ApiListing
    {
        QVector<CachedImage> cached;
        QVector<QueuedImage> queued;
    };
    // Just what GET /v2/cache returns: the cached images and the queue. Cheaper than snapshot(): no orphans,
    // ranks or partial files; the sqlite driver does not even read the directory (hasFile stays true). For
    // `glance-cachectl list`.
    Expected<ApiListing> listForApi();
    // The same without building the list: visit is called once per cached image, in order, and only once
    // everything was read. Returns the queue. For writing 100k+ entries straight out as JSON.
    Expected<QVector<QueuedImage>> visitForApi(const CacheBackend::ApiVisitor &visit);

    QueueResult queue(const QString &imageId);
    DeleteResult deleteCached(const QString &imageId);
    // Removes queue/<id>; the value tells whether there was a marker.
    Expected<bool> dequeue(const QString &imageId);
    Expected<ClearResult> clear(ClearTarget target);

    // What a prune or clean run deleted, and why it stopped early when it did. Not Expected<Plan>: a run
    // that fails or is cancelled halfway has still deleted files, and every caller reports those (the CLI
    // lists them, the GUI counts them) before the error. On success error() is empty; after a failure
    // `done` holds what was deleted before it (nothing when the cache could not even be read).
    template <typename Plan>
    struct Run
    {
        Plan done;
        Expected<void> status;

        bool ok() const { return status.ok(); }
        const QString &error() const { return status.error(); }
    };
    using PruneRun = Run<PrunePlan>;
    using CleanRun = Run<CleanPlan>;
    using OrphanRun = Run<OrphanRemoval>;

    // The exact plan ImageCache.prune() would execute now with this max size.
    Expected<PrunePlan> planPrune(qint64 maxSize);
    // Plans and executes; done holds what was deleted (victims up to a failure).
    PruneRun prune(qint64 maxSize);
    // Deletes exactly the victims of a plan a person confirmed, in its order.
    PruneRun executePrune(const PrunePlan &plan);

    // The driver's clean(): all of invalid/, plus incomplete/ files older than stallTime seconds.
    Expected<CleanPlan> planClean(qint64 stallTime);
    CleanRun clean(qint64 stallTime);
    // Deletes the files of a confirmed plan; an incomplete file written to since then (a download that
    // resumed) is left alone.
    CleanRun executeClean(const CleanPlan &plan);

    // Removes orphans a person chose, each by its kind (imagecacheorphans.cpp): a record without a file is
    // forgotten through the driver (nothing freed), a file without a record or a foreign file is unlinked in
    // the base dir (its bytes freed). Only entries that are still the same orphans now are touched: one that
    // changed since it was read (its file came back, it got a record) and sqlite's journal files are left alone
    // and named in done.leftAlone. Stops at the first failure; done holds what was removed before it.
    OrphanRun removeOrphans(const QVector<OrphanEntry> &entries);

private:
    QString unmigratedNote() const;
    bool isDatabaseCompanion(const QString &name) const;
    bool ensureReadable(QString *error) const;
    bool baseFiles(QVector<FileEntry> *files, QString *error) const;
    bool readPartials(int area, QVector<PartialImage> *out, QStringList *warnings, QString *error,
                      bool errors = true) const;
    bool readQueue(QVector<QueuedImage> *out, QStringList *warnings, QString *error) const;
    CacheBackend &backend();

    CacheLocation m_location;
    std::unique_ptr<CacheDirectory> m_dir;
    std::unique_ptr<CacheBackend> m_backend;
    QString m_backendDriver;
    bool report(qint64 done, qint64 total);
    QString cancelledMessage(qint64 done, qint64 total) const;

    int m_busyTimeoutMs = 5000;
    int m_maxBatchRows = 0;
    Progress m_progress;
    bool m_cancelled = false;
    bool m_ranks = true;
};
