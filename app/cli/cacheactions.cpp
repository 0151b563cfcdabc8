#include "cacheactions.h"

#include "cache/imagecache.h"
#include "core/imageid.h"
#include "clijson.h"
#include "cliprinter.h"
#include "core/pyjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace {

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

const char *outcomeName(ImageCache::QueueOutcome o)
{
    switch (o) {
    case ImageCache::QueueOutcome::Queued:
        return "queued";
    case ImageCache::QueueOutcome::AlreadyCached:
        return "already_cached";
    case ImageCache::QueueOutcome::BeingCached:
        return "being_cached";
    case ImageCache::QueueOutcome::AlreadyQueued:
        return "already_queued";
    case ImageCache::QueueOutcome::InvalidId:
        return "invalid_id";
    case ImageCache::QueueOutcome::Failed:
        break;
    }
    return "failed";
}

// Images a prune or clean deletes (or would): their ID and size, and a line each saying so.
CliRows deletedRows()
{
    return CliRows({{"image_id", QString()}, {"size", QString()}});
}

void addDeleted(CliRows *rows, const QString &imageId, qint64 size, const QString &lineFormat)
{
    rows->add({CliCell::string(imageId), CliCell::number(size)}, lineFormat.arg(imageId).arg(size));
}

QByteArray flag(bool value)
{
    return CliCell::flag(value).json;
}

// A plan as the run that would carry it out, so that --dry-run and a real run share one report.
template <typename Plan>
ImageCache::Run<Plan> asRun(const Expected<Plan> &plan)
{
    ImageCache::Run<Plan> run;
    run.done = *plan;
    if (!plan)
        run.status = Expected<void>::failure(plan.error());
    return run;
}

} // namespace

CacheActions::CacheActions(const CliContext &context)
    : m_ctx(context)
    , m_out(*context.out)
    , m_err(*context.err)
{
}

int CacheActions::fail(const QString &message) const
{
    m_err << "glance-cachectl: " << message << Qt::endl;
    return ExitFailure;
}

bool CacheActions::checkIds(const QStringList &ids, QStringList *normalized)
{
    return m_ctx.checkIds(ids, normalized, tr("Nothing was changed."));
}

bool CacheActions::confirmOrRefuse(const QString &command, const QString &question)
{
    return m_ctx.confirmOrRefuse(question,
        tr("%1 changes the cache; confirm with --yes when not running on a terminal. Nothing was changed.").arg(command),
        tr("Cancelled; nothing was changed."));
}

int CacheActions::queue(const QStringList &ids)
{
    QStringList valid;
    if (!checkIds(ids, &valid))
        return ExitFailure;
    ImageCache cache(m_ctx.location);
    CliRows rows({{"image_id", QString()}, {"result", QString()}, {"message", QString()}});
    for (const QString &id : std::as_const(valid)) {
        const ImageCache::QueueResult r = cache.queue(id);
        rows.add({CliCell::string(r.imageId), CliCell::string(QString::fromLatin1(outcomeName(r.outcome))),
                  CliCell::string(r.message)},
                 r.message, r.outcome == ImageCache::QueueOutcome::Failed);
    }
    return CliPrinter(m_ctx).lines("results", rows);
}

int CacheActions::remove(const QStringList &ids)
{
    QStringList valid;
    if (!checkIds(ids, &valid))
        return ExitFailure;
    qint64 bytes = 0;
    for (const QString &id : std::as_const(valid))
        bytes += QFileInfo(m_ctx.location.cacheDir + u'/' + id).size();
    if (!confirmOrRefuse(QStringLiteral("delete"),
                         tr("Delete %Ln image(s) (%1) from the cache in %2?", nullptr, int(valid.size()))
                             .arg(human(bytes), m_ctx.location.cacheDir)))
        return ExitFailure;
    ImageCache cache(m_ctx.location);
    CliRows rows({{"image_id", QString()}, {"ok", QString()}, {"was_cached", QString()}, {"was_queued", QString()},
                  {"message", QString()}});
    for (const QString &id : std::as_const(valid)) {
        const ImageCache::DeleteResult r = cache.deleteCached(id);
        rows.add({CliCell::string(r.imageId), CliCell::flag(r.ok), CliCell::flag(r.wasCached),
                  CliCell::flag(r.wasQueued), CliCell::string(r.message)},
                 r.message, !r.ok);
    }
    return CliPrinter(m_ctx).lines("results", rows);
}

int CacheActions::dequeue(const QStringList &ids)
{
    QStringList valid;
    if (!checkIds(ids, &valid))
        return ExitFailure;
    if (!confirmOrRefuse(QStringLiteral("dequeue"),
                         tr("Remove %Ln image(s) from the queue in %1?", nullptr, int(valid.size())).arg(m_ctx.location.cacheDir)))
        return ExitFailure;
    ImageCache cache(m_ctx.location);
    CliRows rows({{"image_id", QString()}, {"ok", QString()}, {"was_queued", QString()}, {"message", QString()}});
    for (const QString &id : std::as_const(valid)) {
        const Expected<bool> existed = cache.dequeue(id);
        const QString message = !existed ? existed.error()
            : *existed                   ? tr("Removed image %1 from the queue.").arg(id)
                                         : tr("Image %1 was not queued.").arg(id);
        rows.add({CliCell::string(id), CliCell::flag(existed.ok()), CliCell::flag(*existed), CliCell::string(message)},
                 message, !existed);
    }
    return CliPrinter(m_ctx).lines("results", rows);
}

int CacheActions::clear(const QString &target)
{
    ClearTarget t = ClearTarget::Both;
    if (target == QLatin1String("cache"))
        t = ClearTarget::Cache;
    else if (target == QLatin1String("queue"))
        t = ClearTarget::Queue;
    ImageCache cache(m_ctx.location);
    const Expected<CacheSnapshot> snapshot = cache.snapshot();
    if (!snapshot)
        return fail(snapshot.error());
    const CacheSnapshot &s = *snapshot;
    QString question;
    if (t == ClearTarget::Queue)
        question = tr("Remove all %Ln queued image(s) in %1?", nullptr, int(s.queued.size())).arg(s.location.cacheDir);
    else
        question = tr("Delete all %Ln cached image(s) (%1)%2 in %3?", nullptr, int(s.cached.size()))
                       .arg(human(s.totalSize),
                            t == ClearTarget::Both
                                ? tr(" and %Ln queued image(s)", nullptr, int(s.queued.size()))
                                : QString(),
                            s.location.cacheDir);
    if (!confirmOrRefuse(QStringLiteral("clear"), question))
        return ExitFailure;
    const Expected<ImageCache::ClearResult> cleared = cache.clear(t);
    if (!cleared)
        return fail(cleared.error());
    const ImageCache::ClearResult &r = *cleared;
    // One row: the members of the target cleared, and a line for each.
    const bool cacheCleared = t != ClearTarget::Queue;
    const bool queueCleared = t != ClearTarget::Cache;
    QStringList lines;
    if (cacheCleared)
        lines.append(tr("Deleted %Ln file(s) from the cache.", nullptr, r.cacheDeleted));
    if (queueCleared)
        lines.append(tr("Removed %Ln image(s) from the queue.", nullptr, r.queueDeleted));
    CliRows rows({{"cache_deleted", QString()}, {"queue_deleted", QString()}});
    rows.add({cacheCleared ? CliCell::number(r.cacheDeleted) : CliCell(),
              queueCleared ? CliCell::number(r.queueDeleted) : CliCell()},
             lines.join(u'\n'));
    if (m_ctx.json)
        CliPrinter(m_ctx).json(CliJson::object(rows, 0));
    else
        CliPrinter(m_ctx).lines(rows);
    return ExitOk;
}

int CacheActions::prune(qint64 maxSize, bool dryRun)
{
    ImageCache cache(m_ctx.location);
    // A dry run is a run that deleted nothing: the plan is printed the same way as what was pruned.
    const ImageCache::PruneRun run = dryRun ? asRun(cache.planPrune(maxSize)) : cache.prune(maxSize);
    const PrunePlan &plan = run.done;
    if (!run.ok() && plan.victims.isEmpty())
        return fail(run.error());
    CliRows victims = deletedRows();
    const QString line = dryRun ? tr("would prune %1 (%2 bytes)") : tr("pruned %1 (%2 bytes)");
    for (const PruneVictim &v : std::as_const(plan.victims))
        addDeleted(&victims, v.imageId, v.size, line);
    const CliPrinter printer(m_ctx);
    if (m_ctx.json) {
        printer.json(CliJson::members({{"total_files_pruned", PyJson::number(qint64(victims.size()))},
                                       {"total_bytes_pruned", PyJson::number(plan.bytesFreed)},
                                       {"pruned_images", CliJson::array(victims)},
                                       {"dry_run", flag(dryRun)},
                                       {"max_size", PyJson::number(plan.maxSize)},
                                       {"size_before", PyJson::number(plan.sizeBefore)},
                                       {"size_after", PyJson::number(plan.sizeAfter())}}));
    } else if ((plan.sizeBefore < maxSize || plan.victims.isEmpty()) && plan.neverEnds.isEmpty()) {
        m_out << tr("The cache (%1) is within its limit of %2; nothing to prune.")
                     .arg(human(plan.sizeBefore), human(plan.maxSize))
              << Qt::endl;
    } else {
        printer.lines(victims);
        m_out << (dryRun ? tr("Would prune %Ln image(s), %1 bytes (%2); the cache would go from %3 to %4 (limit %5).",
                              nullptr, int(plan.victims.size()))
                         : tr("Pruned %Ln image(s), %1 bytes (%2); the cache went from %3 to %4 (limit %5).",
                              nullptr, int(plan.victims.size())))
                         .arg(plan.bytesFreed)
                         .arg(human(plan.bytesFreed), human(plan.sizeBefore), human(plan.sizeAfter()),
                              human(plan.maxSize))
              << Qt::endl;
        // A run that did not end (centralized_db) says why on stderr, as a failure; a dry run says it here.
        if (!plan.neverEnds.isEmpty() && dryRun)
            m_out << plan.neverEnds << Qt::endl;
        else if (plan.sizeAfter() > plan.maxSize && plan.neverEnds.isEmpty())
            m_out << tr("Still over the limit: files without a record in cache.db are counted but cannot be pruned.")
                  << Qt::endl;
    }
    if (!run.ok())
        return fail(run.error());
    return ExitOk;
}

int CacheActions::clean(qint64 stallTime, bool dryRun)
{
    ImageCache cache(m_ctx.location);
    const ImageCache::CleanRun run = dryRun ? asRun(cache.planClean(stallTime)) : cache.clean(stallTime);
    const CleanPlan &plan = run.done;
    if (!run.ok() && plan.invalid.isEmpty() && plan.stalled.isEmpty())
        return fail(run.error());
    CliRows invalid = deletedRows();
    const QString invalidLine = dryRun ? tr("would delete invalid %1 (%2 bytes)") : tr("deleted invalid %1 (%2 bytes)");
    for (const PartialImage &p : std::as_const(plan.invalid))
        addDeleted(&invalid, p.imageId, p.size, invalidLine);
    CliRows stalled = deletedRows();
    const QString stalledLine = dryRun ? tr("would delete stalled %1 (%2 bytes)") : tr("deleted stalled %1 (%2 bytes)");
    for (const PartialImage &p : std::as_const(plan.stalled))
        addDeleted(&stalled, p.imageId, p.size, stalledLine);
    const qint64 files = invalid.size() + stalled.size();
    const CliPrinter printer(m_ctx);
    if (m_ctx.json) {
        printer.json(CliJson::members({{"total_files_cleaned", PyJson::number(files)},
                                       {"total_bytes_cleaned", PyJson::number(plan.bytesFreed)},
                                       {"invalid_images", CliJson::array(invalid)},
                                       {"stalled_images", CliJson::array(stalled)},
                                       {"stall_time", PyJson::number(plan.stallTime)},
                                       {"dry_run", flag(dryRun)}}));
    } else {
        printer.lines(invalid);
        printer.lines(stalled);
        m_out << (dryRun ? tr("Would clean %Ln file(s), %1.", nullptr, int(files))
                         : tr("Cleaned %Ln file(s), %1.", nullptr, int(files)))
                         .arg(human(plan.bytesFreed))
              << Qt::endl;
    }
    if (!run.ok())
        return fail(run.error());
    return ExitOk;
}
