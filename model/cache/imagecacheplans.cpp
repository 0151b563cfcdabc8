// ImageCache's prune and clean: the exact plan first, then its execution with progress and cancel.
#include "cache/imagecache.h"

#include "cache/cachedirectory.h"
#include "core/imageid.h"
#include "cache/sqlitebackend.h"
#include "cache/xattrbackend.h"
#include "core/xattrs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace {

double now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

Expected<PrunePlan> ImageCache::planPrune(qint64 maxSize)
{
    PrunePlan plan;
    plan.maxSize = maxSize;
    QString error;
    QVector<FileEntry> files;
    if (!ensureReadable(&error) || !baseFiles(&files, &error))
        return Expected<PrunePlan>::failure(error);
    CacheBackend &b = backend();
    for (const FileEntry &f : std::as_const(files)) {
        if (!b.excludedFromSize(f.name))
            plan.sizeBefore += f.size;
    }
    if (maxSize > plan.sizeBefore)
        return plan;
    QVector<PruneVictim> order;
    if (!b.lruOrder(files, &order, &error))
        return Expected<PrunePlan>::failure(error);
    // ImageCache.prune(): take the least recently accessed entry while the size is over the limit.
    qint64 current = plan.sizeBefore;
    for (const PruneVictim &v : std::as_const(order)) {
        if (current <= maxSize)
            break;
        plan.victims.append(v);
        plan.bytesFreed += v.size;
        current -= v.size;
    }
    if (current > maxSize && plan.victims.size() == order.size())
        plan.neverEnds = b.pruneNeverEnds(current, maxSize);
    return plan;
}

bool ImageCache::report(qint64 done, qint64 total)
{
    if (m_progress && !m_progress(done, total))
        m_cancelled = true;
    return !m_cancelled;
}

QString ImageCache::cancelledMessage(qint64 done, qint64 total) const
{
    return tr("Cancelled after %1 of %2 files; the rest is untouched.").arg(done).arg(total);
}

ImageCache::PruneRun ImageCache::prune(qint64 maxSize)
{
    const Expected<PrunePlan> plan = planPrune(maxSize);
    if (!plan)
        return {{}, Expected<void>::failure(plan.error())};
    return executePrune(*plan);
}

ImageCache::PruneRun ImageCache::executePrune(const PrunePlan &plan)
{
    m_cancelled = false;
    PruneRun run;
    QString error;
    if (!ensureReadable(&error)) {
        run.status = Expected<void>::failure(error);
        return run;
    }
    QStringList ids;
    ids.reserve(plan.victims.size());
    for (const PruneVictim &v : std::as_const(plan.victims))
        ids.append(v.imageId);
    const qint64 total = ids.size();
    int deleted = 0;
    report(0, total);
    bool ok = !m_cancelled
        && backend().deleteCached(ids, &deleted, &error, [this, total](int n) { return report(n, total); });
    if (m_cancelled) {
        ok = false;
        error = cancelledMessage(deleted, total);
    }
    run.done = plan;
    run.done.victims.resize(deleted);
    run.done.bytesFreed = 0;
    for (const PruneVictim &v : std::as_const(run.done.victims))
        run.done.bytesFreed += v.size;
    if (ok && !plan.neverEnds.isEmpty())
        run.status = Expected<void>::failure(plan.neverEnds); // every victim is gone; Glance would loop from here
    else if (!ok)
        run.status = Expected<void>::failure(error);
    return run;
}

Expected<CleanPlan> ImageCache::planClean(qint64 stallTime)
{
    CleanPlan plan;
    plan.stallTime = stallTime;
    QString error;
    if (!ensureReadable(&error))
        return Expected<CleanPlan>::failure(error);
    QStringList warnings;
    QVector<PartialImage> incomplete;
    if (!readPartials(CacheDirectory::Invalid, &plan.invalid, &warnings, &error)
        || !readPartials(CacheDirectory::Incomplete, &incomplete, &warnings, &error))
        return Expected<CleanPlan>::failure(error);
    const double t = now();
    const bool xattr = effectiveDriver() == QLatin1String("xattr");
    for (const PartialImage &p : std::as_const(incomplete)) {
        // sqlite: mtime < now - stall_time; xattr: no grace at 0, else age > grace.
        const bool stalled = xattr ? (stallTime == 0 || t - p.modified > double(stallTime))
                                   : p.modified < t - double(stallTime);
        if (stalled)
            plan.stalled.append(p);
    }
    for (const PartialImage &p : std::as_const(plan.invalid))
        plan.bytesFreed += p.size;
    for (const PartialImage &p : std::as_const(plan.stalled))
        plan.bytesFreed += p.size;
    return plan;
}

ImageCache::CleanRun ImageCache::clean(qint64 stallTime)
{
    const Expected<CleanPlan> plan = planClean(stallTime);
    if (!plan)
        return {{}, Expected<void>::failure(plan.error())};
    return executeClean(*plan);
}

ImageCache::CleanRun ImageCache::executeClean(const CleanPlan &plan)
{
    m_cancelled = false;
    CleanRun run;
    run.done.stallTime = plan.stallTime;
    QString error;
    // Every way out after a failure or a cancellation keeps what was deleted until then in run.done.
    const auto stop = [&run](const QString &why) {
        run.status = Expected<void>::failure(why);
        return run;
    };
    if (!ensureReadable(&error))
        return stop(error);
    const qint64 total = plan.invalid.size() + plan.stalled.size();
    qint64 count = 0;
    for (const PartialImage &p : std::as_const(plan.invalid)) {
        if (!report(count, total))
            return stop(cancelledMessage(count, total));
        if (!m_dir->remove(CacheDirectory::Invalid, p.imageId, &error))
            return stop(error);
        run.done.invalid.append(p);
        run.done.bytesFreed += p.size;
        ++count;
    }
    QVector<FileEntry> current;
    if (!m_dir->list(CacheDirectory::Incomplete, &current, &error))
        return stop(error);
    QHash<QString, double> mtimes;
    for (const FileEntry &f : std::as_const(current))
        mtimes.insert(f.name, f.mtime);
    for (const PartialImage &p : std::as_const(plan.stalled)) {
        if (!report(count, total))
            return stop(cancelledMessage(count, total));
        ++count;
        const auto it = mtimes.constFind(p.imageId);
        if (it == mtimes.constEnd() || *it != p.modified)
            continue; // finished or written to since the plan: no longer the stalled file that was shown
        if (!m_dir->remove(CacheDirectory::Incomplete, p.imageId, &error))
            return stop(error);
        run.done.stalled.append(p);
        run.done.bytesFreed += p.size;
    }
    report(total, total);
    return run;
}
