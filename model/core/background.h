#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>
#include <utility>

// The one way work leaves the GUI thread (STYLE.md, "Threads"): a function runs on Qt's global thread
// pool and its value is handed, by value, to a callback on the thread of a context object:
//
//     Background::run(this, [path] { return readReport(path); }, [this](const Report &r) { show(r); });
//
// The callback is dropped when the context is destroyed first (the watcher is the context's child); the
// work itself then still runs to its end and its value is thrown away. The work must not touch the context
// or anything else that lives on the context's thread. A BackgroundLane adds generations on top of this.
namespace Background {

// Delivers the value of an already running future (QtConcurrent::run with a QPromise, for example) to done
// on context's thread; progress, if given, receives the future's progress values there too.
template<typename T, typename Done>
void watch(QObject *context, QFuture<T> future, Done done, std::function<void(int)> progress = {})
{
    auto *watcher = new QFutureWatcher<T>(context);
    if (progress)
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context, std::move(progress));
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<T>)
            done();
        else if (watcher->future().resultCount() > 0) // a task that ended without a value answers nothing
            done(watcher->future().result());
    });
    watcher->setFuture(std::move(future));
}

// Calls fn() on context's thread on a later pass of its event loop, never now, and not at all when context is
// destroyed first: for answers that must arrive the way every other answer does (a call refused before it
// was sent, an empty batch), so callers see one order of events.
template<typename Fn>
void later(QObject *context, Fn fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

// Runs work() on the global thread pool and calls done(value) (done() for void work) on context's thread.
template<typename Work, typename Done>
void run(QObject *context, Work work, Done done)
{
    watch(context, QtConcurrent::run(std::move(work)), std::move(done));
}

} // namespace Background

// One kind of work a GUI object keeps asking for again (a re-read, a check, a listing): each run() makes
// every earlier one of this lane stale, and a stale value is never delivered. Owned by the context object
// it was built with (a member of it); use it on that object's thread only.
class BackgroundLane
{
public:
    explicit BackgroundLane(QObject *context)
        : m_context(context)
    {
    }

    // Starts work; done gets its value unless run() or invalidate() was called again since, or the context
    // died. Returns the generation of this run.
    template<typename Work, typename Done>
    quint64 run(Work work, Done done)
    {
        const quint64 generation = ++m_generation;
        using T = std::invoke_result_t<Work>;
        if constexpr (std::is_void_v<T>) {
            Background::run(m_context, std::move(work), [this, generation, done = std::move(done)]() mutable {
                if (generation == m_generation)
                    done();
            });
        } else {
            Background::run(m_context, std::move(work), [this, generation, done = std::move(done)](const T &value) mutable {
                if (generation == m_generation)
                    done(value);
            });
        }
        return generation;
    }

    // Starts a new generation by hand, for callers whose stale results still need a word (a busy count to
    // lower, waiters to serve): run the work with Background::run and test isCurrent(generation) on arrival.
    quint64 begin() { return ++m_generation; }

    // Makes every running work of this lane stale (a dialog that closes, a setting that changed).
    void invalidate() { ++m_generation; }
    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

private:
    QObject *m_context;
    quint64 m_generation = 0;
};
