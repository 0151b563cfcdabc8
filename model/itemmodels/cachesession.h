#pragma once

#include "core/cacheentries.h"
#include "core/background.h"
#include "core/cachelocation.h"
#include "cache/cachesnapshot.h"
#include "cache/imagecache.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QTimer;

// The outcome of one change the GUI asked for, as a value for the window to report.
struct OperationResult
{
    enum class Kind { Queue, Delete, Dequeue, Clear, Prune, Clean, Orphans };
    Kind kind = Kind::Queue;
    bool ok = false;
    bool cancelled = false;
    QString summary;     // one sentence for the status bar or a message box
    QStringList details; // per-image messages, failures first
    PrunePlan pruned;
    CleanPlan cleaned;
    OrphanRemoval orphans;
};

// The open cache for the GUI: loads snapshots and runs every change on a worker thread (one at a
// time), follows the directory while glance-api works in it, and reports through signals. Owned by the
// composition root; lives in the GUI thread. Never shows dialogs: failures arrive as sentences.
class CacheSession : public QObject
{
    Q_OBJECT
public:
    explicit CacheSession(QObject *parent = nullptr);
    ~CacheSession() override;

    void open(const CacheLocation &location, const QString &note = {});
    // Resolves options (config files, directory, driver; none = the default cache) on a worker, then
    // opens the result; failures arrive as loadFailed.
    void openWith(const LocationOptions &options);
    const CacheLocation &location() const { return m_location; }
    QString locationNote() const { return m_note; }
    bool hasSnapshot() const { return m_snapshot != nullptr; }
    const CacheSnapshot &snapshot() const { return *m_snapshot; }
    std::shared_ptr<const CacheSnapshot> sharedSnapshot() const { return m_snapshot; }

    // Re-reads the cache now (coalesced with one already running).
    void refresh();
    // Follows the directory with a file-system watcher plus a periodic re-read of everything, records
    // included: the only way to see hits with centralized_db, whose rows live in Glance's database.
    void setFollowing(bool on, int periodMs = 10000);

    bool isBusy() const { return m_busy; }
    void cancel(); // asks the running change to stop at its next safe step, or abandons a running load
    bool isLoading() const { return m_loading; }

    void queue(const QStringList &ids);
    void deleteCached(const QStringList &ids);
    void dequeue(const QStringList &ids);
    void clear(ClearTarget target);
    void planPrune(qint64 maxSize);
    void executePrune(const PrunePlan &plan);
    void planClean(qint64 stallTime);
    // The preview that asked for a plan closed without using it: a plan still being made is dropped (its
    // worker stops reading at its next step, its answer is never delivered) and the session is no longer
    // busy, so "Planning prune…" goes with the preview. Does nothing while a change (not a plan) runs.
    void abandonPlan();
    void executeClean(const CleanPlan &plan);
    // Removes the chosen orphans by kind (cachesessionorphans.cpp); the summary says what each kind freed.
    void removeOrphans(const QVector<OrphanEntry> &entries);
    // That summary: one sentence per kind, bytes only where bytes were freed. For the CLI and tests too.
    static QString orphanSummary(const OrphanRemoval &done);

    // Lowers SQLite's wait for glance-api's locks (tests).
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }

Q_SIGNALS:
    void locationChanged();
    void snapshotChanged();
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);
    void busyChanged(bool busy, const QString &what);
    void progress(qint64 done, qint64 total);
    void prunePlanned(const PrunePlan &plan);
    void cleanPlanned(const CleanPlan &plan);
    void planFailed(const QString &message);
    void operationFinished(const OperationResult &result);

private:
    struct LoadResult;
    void startLoad();
    void loaded(const LoadResult &result);
    void scheduleRefresh();
    void updateWatches();
    template <typename Result, typename Work, typename Done>
    void runTask(const QString &what, Work work, Done done);
    void startOperation(const QString &what, std::function<OperationResult(ImageCache &)> work);

    CacheLocation m_location;
    QString m_note;
    std::shared_ptr<const CacheSnapshot> m_snapshot;
    BackgroundLane m_opens { this }; // openWith(): where the cache is, resolved on a worker
    BackgroundLane m_loads { this }; // a newer read, or another cache, makes an older read stale
    QStringList m_watchPaths; // found by the last read (the GUI thread stats nothing)
    bool m_loading = false;
    bool m_reloadWanted = false;
    bool m_busy = false;
    bool m_planning = false; // the running task only reads to make a plan: abandonPlan() may drop it
    quint64 m_task = 0; // the latest runTask(); an older one's answer is stale and dropped
    int m_busyTimeoutMs = 5000;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_periodic = nullptr;
};
