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

bool ImageCache::planPrune(qint64 maxSize, PrunePlan *plan, QString *error)
{
    *plan = {};
    plan->maxSize = maxSize;
    if (!ensureReadable(error))
        return false;
    QVector<FileEntry> files;
    if (!baseFiles(&files, error))
        return false;
    CacheBackend &b = backend();
    for (const FileEntry &f : std::as_const(files)) {
        if (!b.excludedFromSize(f.name))
            plan->sizeBefore += f.size;
    }
    if (maxSize > plan->sizeBefore)
        return true;
    QVector<PruneVictim> order;
    if (!b.lruOrder(files, &order, error))
        return false;
    // ImageCache.prune(): take the least recently accessed entry while the size is over the limit.
    qint64 current = plan->sizeBefore;
    for (const PruneVictim &v : std::as_const(order)) {
        if (current <= maxSize)
            break;
        plan->victims.append(v);
        plan->bytesFreed += v.size;
        current -= v.size;
    }
    return true;
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

bool ImageCache::prune(qint64 maxSize, PrunePlan *done, QString *error)
{
    PrunePlan plan;
    if (!planPrune(maxSize, &plan, error))
        return false;
    return executePrune(plan, done, error);
}

bool ImageCache::executePrune(const PrunePlan &plan, PrunePlan *done, QString *error)
{
    m_cancelled = false;
    if (!ensureReadable(error))
        return false;
    QStringList ids;
    ids.reserve(plan.victims.size());
    for (const PruneVictim &v : std::as_const(plan.victims))
        ids.append(v.imageId);
    const qint64 total = ids.size();
    int deleted = 0;
    report(0, total);
    bool ok = !m_cancelled
        && backend().deleteCached(ids, &deleted, error, [this, total](int n) { return report(n, total); });
    if (m_cancelled) {
        ok = false;
        *error = cancelledMessage(deleted, total);
    }
    *done = plan;
    done->victims.resize(deleted);
    done->bytesFreed = 0;
    for (const PruneVictim &v : std::as_const(done->victims))
        done->bytesFreed += v.size;
    return ok;
}

bool ImageCache::planClean(qint64 stallTime, CleanPlan *plan, QString *error)
{
    *plan = {};
    plan->stallTime = stallTime;
    if (!ensureReadable(error))
        return false;
    QStringList warnings;
    QVector<PartialImage> incomplete;
    if (!readPartials(CacheDirectory::Invalid, &plan->invalid, &warnings, error)
        || !readPartials(CacheDirectory::Incomplete, &incomplete, &warnings, error))
        return false;
    const double t = now();
    const bool xattr = effectiveDriver() == QLatin1String("xattr");
    for (const PartialImage &p : std::as_const(incomplete)) {
        // sqlite: mtime < now - stall_time; xattr: no grace at 0, else age > grace.
        const bool stalled = xattr ? (stallTime == 0 || t - p.modified > double(stallTime))
                                   : p.modified < t - double(stallTime);
        if (stalled)
            plan->stalled.append(p);
    }
    for (const PartialImage &p : std::as_const(plan->invalid))
        plan->bytesFreed += p.size;
    for (const PartialImage &p : std::as_const(plan->stalled))
        plan->bytesFreed += p.size;
    return true;
}

bool ImageCache::clean(qint64 stallTime, CleanPlan *done, QString *error)
{
    CleanPlan plan;
    if (!planClean(stallTime, &plan, error))
        return false;
    return executeClean(plan, done, error);
}

bool ImageCache::executeClean(const CleanPlan &plan, CleanPlan *done, QString *error)
{
    m_cancelled = false;
    *done = {};
    done->stallTime = plan.stallTime;
    if (!ensureReadable(error))
        return false;
    const qint64 total = plan.invalid.size() + plan.stalled.size();
    qint64 count = 0;
    for (const PartialImage &p : std::as_const(plan.invalid)) {
        if (!report(count, total)) {
            *error = cancelledMessage(count, total);
            return false;
        }
        if (!m_dir->remove(CacheDirectory::Invalid, p.imageId, error))
            return false;
        done->invalid.append(p);
        done->bytesFreed += p.size;
        ++count;
    }
    QVector<FileEntry> current;
    if (!m_dir->list(CacheDirectory::Incomplete, &current, error))
        return false;
    QHash<QString, double> mtimes;
    for (const FileEntry &f : std::as_const(current))
        mtimes.insert(f.name, f.mtime);
    for (const PartialImage &p : std::as_const(plan.stalled)) {
        if (!report(count, total)) {
            *error = cancelledMessage(count, total);
            return false;
        }
        ++count;
        const auto it = mtimes.constFind(p.imageId);
        if (it == mtimes.constEnd() || *it != p.modified)
            continue; // finished or written to since the plan: no longer the stalled file that was shown
        if (!m_dir->remove(CacheDirectory::Incomplete, p.imageId, error))
            return false;
        done->stalled.append(p);
        done->bytesFreed += p.size;
    }
    report(total, total);
    return true;
}
