#include "itemmodels/cachesession.h"

#include "cache/defaultcache.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

// The directory, its three subdirectories and cache.db, those that exist. Runs on the load's worker: the
// GUI thread makes no file-system call. centralized_db keeps its rows in a database no watcher can see (and
// Glance no longer writes cache.db): a new or deleted image still changes the directory, but a hit changes
// only a row, so following such a cache relies on the periodic re-read for hits and access times.
QStringList existingWatchPaths(const CacheLocation &location)
{
    QStringList paths;
    for (const QString &sub : {QString(), QStringLiteral("/incomplete"), QStringLiteral("/invalid"), QStringLiteral("/queue")}) {
        if (QFileInfo(location.cacheDir + sub).isDir())
            paths.append(location.cacheDir + sub);
    }
    if (location.driver != QLatin1String("centralized_db") && QFileInfo::exists(location.dbPath()))
        paths.append(location.dbPath());
    return paths;
}

bool sameContent(const CacheSnapshot &a, const CacheSnapshot &b)
{
    return a.totalSize == b.totalSize && a.effectiveDriver == b.effectiveDriver && a.cached == b.cached
        && a.queued == b.queued && a.incomplete == b.incomplete && a.invalid == b.invalid && a.orphans == b.orphans
        && a.warnings == b.warnings;
}

} // namespace

struct CacheSession::LoadResult
{
    bool ok = false;
    bool unchanged = false;
    std::shared_ptr<const CacheSnapshot> snapshot;
    QString error;
    QStringList watchPaths; // what Follow Changes watches, as it exists now
};

CacheSession::CacheSession(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_debounce(new QTimer(this))
    , m_periodic(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &CacheSession::refresh);
    connect(m_periodic, &QTimer::timeout, this, &CacheSession::refresh);
}

CacheSession::~CacheSession() = default;

void CacheSession::open(const CacheLocation &location, const QString &note)
{
    m_location = location;
    m_note = note;
    m_snapshot.reset();
    m_loads.invalidate(); // results for the previous cache are dropped
    m_loading = false;
    m_watchPaths.clear(); // the first load of the new cache says what to watch
    updateWatches();
    Q_EMIT locationChanged();
    refresh();
}

void CacheSession::openWith(const LocationOptions &options)
{
    // A newer open (another Open, a second Save of the options) makes an older one stale.
    m_opens.run([options]() { return DefaultCache::resolve(options); },
        [this, options](const Expected<DefaultCache::Resolved> &r) {
            if (r) {
                open(r->location, r->note);
                return;
            }
            // A config that names no usable cache: the session shows that config and its error, and reads no
            // cache at all (the previous one, or an empty path, would be the wrong one). Cache Options… can
            // still open the file to fix it.
            CacheLocation broken;
            broken.configFiles = options.configFiles;
            open(broken, QString());
            Q_EMIT loadFailed(r.error());
        });
}

void CacheSession::refresh()
{
    if (m_location.cacheDir.isEmpty())
        return; // nothing to read: a config that names no cache
    if (m_loading || m_busy) {
        m_reloadWanted = true;
        return;
    }
    startLoad();
}

void CacheSession::startLoad()
{
    m_loading = true;
    m_reloadWanted = false;
    Q_EMIT loadingChanged(true);
    const CacheLocation location = m_location;
    const std::shared_ptr<const CacheSnapshot> previous = m_snapshot;
    const int timeout = m_busyTimeoutMs;
    m_loads.run(
        [location, previous, timeout]() {
            LoadResult r;
            ImageCache cache(location);
            cache.setBusyTimeout(timeout);
            Expected<CacheSnapshot> read = cache.snapshot();
            r.ok = read.ok();
            r.error = read.error();
            // Comparing here keeps an idle periodic refresh from resetting the views at all.
            r.unchanged = r.ok && previous && sameContent(*previous, *read);
            if (r.ok && !r.unchanged)
                r.snapshot = std::make_shared<CacheSnapshot>(std::move(*read));
            r.watchPaths = existingWatchPaths(location);
            return r;
        },
        [this](const LoadResult &r) { loaded(r); });
}

void CacheSession::loaded(const LoadResult &r)
{
    m_loading = false;
    Q_EMIT loadingChanged(false);
    if (!r.ok)
        Q_EMIT loadFailed(r.error);
    else if (!r.unchanged) {
        // Freeing a million entries takes tens of milliseconds: let a worker drop the old snapshot.
        QThreadPool::globalInstance()->start([old = std::exchange(m_snapshot, r.snapshot)]() mutable {
            old.reset();
#ifdef __GLIBC__
            // Reading a large cache leaves megabytes of freed scratch (file lists, hash tables) in the
            // worker's malloc arena; hand it back so a million-entry cache costs only what it keeps.
            // Only after a real change: trimming locks the arenas while it runs.
            ::malloc_trim(0);
#endif
        });
        Q_EMIT snapshotChanged();
    }
    m_watchPaths = r.watchPaths;
    updateWatches();
    if (m_reloadWanted)
        refresh();
}

void CacheSession::setFollowing(bool on, int periodMs)
{
    if (on) {
        if (!m_watcher) {
            m_watcher = new QFileSystemWatcher(this);
            connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &CacheSession::scheduleRefresh);
            connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &CacheSession::scheduleRefresh);
        }
        updateWatches();
        m_periodic->start(periodMs);
    } else {
        delete m_watcher;
        m_watcher = nullptr;
        m_periodic->stop();
    }
}

void CacheSession::scheduleRefresh()
{
    m_debounce->start(); // a burst of changes while glance-api writes becomes one re-read
}

void CacheSession::updateWatches()
{
    if (!m_watcher)
        return;
    // Only what changed: removing a watch drops the events it still holds, so re-adding every path after each
    // re-read would lose a change made while the re-read ran.
    const QStringList old = m_watcher->directories() + m_watcher->files();
    const QStringList &paths = m_watchPaths;
    QStringList gone, added;
    for (const QString &p : old) {
        if (!paths.contains(p))
            gone.append(p);
    }
    for (const QString &p : std::as_const(paths)) {
        if (!old.contains(p))
            added.append(p);
    }
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void CacheSession::cancel()
{
    m_cancel->store(true);
    if (m_loading && !m_busy) {
        // The worker finishes reading in the background; its result is dropped.
        m_loads.invalidate();
        m_loading = false;
        m_reloadWanted = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(tr("Reading the cache was cancelled; press F5 to read it again."));
    }
}

template <typename Result, typename Work, typename Done>
void CacheSession::runTask(const QString &what, Work work, Done done)
{
    m_busy = true;
    m_planning = false;
    const quint64 task = ++m_task;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    Q_EMIT busyChanged(true, what);
    const CacheLocation location = m_location;
    const int timeout = m_busyTimeoutMs;
    const auto cancel = m_cancel;
    QFuture<Result> future = QtConcurrent::run([location, timeout, cancel, work](QPromise<Result> &promise) {
        ImageCache cache(location);
        cache.setBusyTimeout(timeout);
        cache.setProgress([&promise, cancel](qint64 d, qint64 t) {
            promise.setProgressRange(0, int(qMin<qint64>(t, INT_MAX)));
            promise.setProgressValue(int(qMin<qint64>(d, INT_MAX)));
            return !cancel->load();
        });
        promise.addResult(work(cache));
    });
    Background::watch(
        this, future,
        [this, done, task](const Result &result) {
            if (task != m_task)
                return; // abandoned: the session went on without it
            m_busy = false;
            m_planning = false;
            Q_EMIT busyChanged(false, QString());
            done(result);
            refresh();
        },
        [this, future, task](int value) {
            if (task == m_task)
                Q_EMIT progress(value, future.progressMaximum());
        });
}

void CacheSession::abandonPlan()
{
    if (!m_busy || !m_planning)
        return;
    ++m_task;
    m_cancel->store(true);
    m_busy = false;
    m_planning = false;
    Q_EMIT busyChanged(false, QString());
}

void CacheSession::startOperation(const QString &what, std::function<OperationResult(ImageCache &)> work)
{
    runTask<OperationResult>(what, work, [this](const OperationResult &r) { Q_EMIT operationFinished(r); });
}

void CacheSession::queue(const QStringList &ids)
{
    startOperation(tr("Queueing images"), [ids](ImageCache &cache) {
        OperationResult r;
        r.kind = OperationResult::Kind::Queue;
        int queued = 0, refused = 0, failed = 0;
        for (const QString &id : ids) {
            const ImageCache::QueueResult q = cache.queue(id);
            if (q.outcome == ImageCache::QueueOutcome::Queued)
                ++queued;
            else if (q.outcome == ImageCache::QueueOutcome::Failed || q.outcome == ImageCache::QueueOutcome::InvalidId)
                ++failed;
            else
                ++refused;
            r.details.append(q.message);
        }
        r.ok = failed == 0;
        r.summary = tr("Queued %Ln image(s)", nullptr, queued)
            + (refused ? tr("; %Ln not queued (already cached, being cached or queued)", nullptr, refused) : QString())
            + (failed ? tr("; %Ln failed", nullptr, failed) : QString()) + u'.';
        return r;
    });
}

void CacheSession::deleteCached(const QStringList &ids)
{
    startOperation(tr("Deleting images"), [ids](ImageCache &cache) {
        OperationResult r;
        r.kind = OperationResult::Kind::Delete;
        int deleted = 0, failed = 0, absent = 0;
        for (const QString &id : ids) {
            const ImageCache::DeleteResult d = cache.deleteCached(id);
            if (!d.ok)
                ++failed;
            else if (d.wasCached || d.wasQueued)
                ++deleted;
            else
                ++absent; // nothing to delete: not counted as deleted
            if (!d.ok)
                r.details.prepend(d.message);
            else
                r.details.append(d.message);
        }
        r.ok = failed == 0;
        r.summary = failed ? tr("Deleted %1 of %Ln image(s); %2 failed.", nullptr, int(ids.size()))
                                 .arg(QLocale().toString(deleted), QLocale().toString(failed))
                           : tr("Deleted %Ln image(s).", nullptr, deleted);
        if (absent)
            r.summary += u' ' + tr("%Ln image(s) were neither cached nor queued.", nullptr, absent);
        return r;
    });
}

void CacheSession::dequeue(const QStringList &ids)
{
    startOperation(tr("Removing from the queue"), [ids](ImageCache &cache) {
        OperationResult r;
        r.kind = OperationResult::Kind::Dequeue;
        int removed = 0;
        r.ok = true;
        for (const QString &id : ids) {
            const Expected<bool> existed = cache.dequeue(id);
            if (!existed) {
                r.ok = false;
                r.details.prepend(existed.error());
            } else if (*existed) {
                ++removed;
            }
        }
        r.summary = tr("Removed %Ln image(s) from the queue.", nullptr, removed);
        return r;
    });
}

void CacheSession::clear(ClearTarget target)
{
    startOperation(tr("Clearing"), [target](ImageCache &cache) {
        OperationResult r;
        r.kind = OperationResult::Kind::Clear;
        const Expected<ImageCache::ClearResult> c = cache.clear(target);
        r.ok = c.ok();
        r.summary = r.ok ? tr("Cleared: %1 cached file(s) and %2 queued image(s) deleted.")
                               .arg(QLocale().toString(c->cacheDeleted), QLocale().toString(c->queueDeleted))
                         : c.error();
        return r;
    });
}

void CacheSession::planPrune(qint64 maxSize)
{
    runTask<Expected<PrunePlan>>(
        tr("Planning prune"),
        [maxSize](ImageCache &cache) {
            Expected<PrunePlan> plan = cache.planPrune(maxSize);
            if (!plan && plan.error().isEmpty())
                return Expected<PrunePlan>::failure(tr("The prune plan could not be made."));
            return plan;
        },
        [this](const Expected<PrunePlan> &r) {
            if (r)
                Q_EMIT prunePlanned(*r);
            else
                Q_EMIT planFailed(r.error());
        });
    m_planning = true;
}

void CacheSession::executePrune(const PrunePlan &plan)
{
    startOperation(tr("Pruning"), [plan](ImageCache &cache) {
        OperationResult r;
        r.kind = OperationResult::Kind::Prune;
        const ImageCache::PruneRun run = cache.executePrune(plan);
        r.ok = run.ok();
        r.pruned = run.done;
        r.cancelled = cache.wasCancelled();
        r.summary = tr("Pruned %Ln image(s), %1.", nullptr, int(r.pruned.victims.size()))
                        .arg(QLocale().formattedDataSize(r.pruned.bytesFreed, 1, QLocale::DataSizeIecFormat));
        if (!r.ok)
            r.summary += u' ' + run.error();
        return r;
    });
}

void CacheSession::planClean(qint64 stallTime)
{
    runTask<Expected<CleanPlan>>(
        tr("Planning clean"),
        [stallTime](ImageCache &cache) {
            Expected<CleanPlan> plan = cache.planClean(stallTime);
            if (!plan && plan.error().isEmpty())
                return Expected<CleanPlan>::failure(tr("The clean plan could not be made."));
            return plan;
        },
        [this](const Expected<CleanPlan> &r) {
            if (r)
                Q_EMIT cleanPlanned(*r);
            else
                Q_EMIT planFailed(r.error());
        });
    m_planning = true;
}

void CacheSession::executeClean(const CleanPlan &plan)
{
    startOperation(tr("Cleaning"), [plan](ImageCache &cache) {
        OperationResult r;
        r.kind = OperationResult::Kind::Clean;
        const ImageCache::CleanRun run = cache.executeClean(plan);
        r.ok = run.ok();
        r.cleaned = run.done;
        r.cancelled = cache.wasCancelled();
        const int files = int(r.cleaned.invalid.size() + r.cleaned.stalled.size());
        r.summary = tr("Cleaned %Ln file(s), %1.", nullptr, files)
                        .arg(QLocale().formattedDataSize(r.cleaned.bytesFreed, 1, QLocale::DataSizeIecFormat));
        if (!r.ok)
            r.summary += u' ' + run.error();
        return r;
    });
}
