#pragma once

#include <QCoreApplication>
#include "cache/cachebackend.h"
#include "core/cacheentries.h"
#include "core/cachelocation.h"
#include "core/cleartarget.h"
#include "cache/cachesnapshot.h"
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
// Failures are returned as sentences for a person; nothing here throws or prints.
class ImageCache
{
    Q_DECLARE_TR_FUNCTIONS(ImageCache)

public:
    enum class QueueOutcome { Queued, AlreadyCached, BeingCached, AlreadyQueued, InvalidId, Failed };
    using ClearTarget = ::ClearTarget; // core/cleartarget.h, shared with GlanceApi; the old spelling still compiles

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
    // to sqlite. *note explains a difference between configured and effective.
    QString effectiveDriver(QString *note = nullptr) const;

    bool snapshot(CacheSnapshot *out, QString *error);
    bool cacheSize(qint64 *size, QString *error);
    // One stat() per file of the base dir and the least the driver needs for its counts: no getxattr()
    // (xattr), only the IDs from cache.db (sqlite).
    bool summary(Summary *out, QString *error);

    // Just what GET /v2/cache returns: the cached images and the queue, in Glance's order. Cheaper than
    // snapshot(): no orphans, ranks or partial files; the sqlite driver does not even read the directory
    // (hasFile stays true). For `glance-cachectl list`.
    bool listForApi(QVector<CachedImage> *cached, QVector<QueuedImage> *queued, QString *error);
    // The same without building the list: visit is called once per cached image, in order, and only once
    // everything was read. For writing 100k+ entries straight out as JSON.
    bool visitForApi(const CacheBackend::ApiVisitor &visit, QVector<QueuedImage> *queued, QString *error);

    QueueResult queue(const QString &imageId);
    DeleteResult deleteCached(const QString &imageId);
    // Removes queue/<id>; *existed tells whether there was a marker.
    bool dequeue(const QString &imageId, bool *existed, QString *error);
    bool clear(ClearTarget target, ClearResult *result, QString *error);

    // The exact plan ImageCache.prune() would execute now with this max size.
    bool planPrune(qint64 maxSize, PrunePlan *plan, QString *error);
    // Plans and executes; *done holds what was deleted (victims up to a failure).
    bool prune(qint64 maxSize, PrunePlan *done, QString *error);
    // Deletes exactly the victims of a plan a person confirmed, in its order.
    bool executePrune(const PrunePlan &plan, PrunePlan *done, QString *error);

    // The driver's clean(): all of invalid/, plus incomplete/ files older than stallTime seconds.
    bool planClean(qint64 stallTime, CleanPlan *plan, QString *error);
    bool clean(qint64 stallTime, CleanPlan *done, QString *error);
    // Deletes the files of a confirmed plan; an incomplete file written to since then (a download that
    // resumed) is left alone.
    bool executeClean(const CleanPlan &plan, CleanPlan *done, QString *error);

private:
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
