#include "cacheactions.h"

#include "cache/imagecache.h"
#include "core/imageid.h"
#include "pyjson.h"

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

QByteArray partialsJson(const QVector<PartialImage> &items)
{
    QByteArray j = "[";
    for (qsizetype i = 0; i < items.size(); ++i)
        j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(items.at(i).imageId) + ", \"size\": "
            + PyJson::number(items.at(i).size) + "}";
    return j + "]";
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
    bool failed = false;
    QByteArray j = "{\"results\": [";
    for (qsizetype i = 0; i < valid.size(); ++i) {
        const ImageCache::QueueResult r = cache.queue(valid.at(i));
        failed = failed || r.outcome == ImageCache::QueueOutcome::Failed;
        if (m_ctx.json)
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(r.imageId) + ", \"result\": \""
                + outcomeName(r.outcome) + "\", \"message\": " + PyJson::string(r.message) + "}";
        else
            (r.outcome == ImageCache::QueueOutcome::Failed ? m_err : m_out) << r.message << Qt::endl;
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    return failed ? ExitFailure : ExitOk;
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
                         tr("Delete %n image(s) (%1) from the cache in %2?", nullptr, int(valid.size()))
                             .arg(human(bytes), m_ctx.location.cacheDir)))
        return ExitFailure;
    ImageCache cache(m_ctx.location);
    bool failed = false;
    QByteArray j = "{\"results\": [";
    for (qsizetype i = 0; i < valid.size(); ++i) {
        const ImageCache::DeleteResult r = cache.deleteCached(valid.at(i));
        failed = failed || !r.ok;
        if (m_ctx.json)
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(r.imageId) + ", \"ok\": "
                + (r.ok ? "true" : "false") + ", \"was_cached\": " + (r.wasCached ? "true" : "false")
                + ", \"was_queued\": " + (r.wasQueued ? "true" : "false") + ", \"message\": " + PyJson::string(r.message)
                + "}";
        else
            (r.ok ? m_out : m_err) << r.message << Qt::endl;
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    return failed ? ExitFailure : ExitOk;
}

int CacheActions::dequeue(const QStringList &ids)
{
    QStringList valid;
    if (!checkIds(ids, &valid))
        return ExitFailure;
    if (!confirmOrRefuse(QStringLiteral("dequeue"),
                         tr("Remove %n image(s) from the queue in %1?", nullptr, int(valid.size())).arg(m_ctx.location.cacheDir)))
        return ExitFailure;
    ImageCache cache(m_ctx.location);
    bool failed = false;
    QByteArray j = "{\"results\": [";
    for (qsizetype i = 0; i < valid.size(); ++i) {
        bool existed = false;
        QString error;
        const bool ok = cache.dequeue(valid.at(i), &existed, &error);
        failed = failed || !ok;
        const QString message = !ok ? error
            : existed                ? tr("Removed image %1 from the queue.").arg(valid.at(i))
                                     : tr("Image %1 was not queued.").arg(valid.at(i));
        if (m_ctx.json)
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(valid.at(i)) + ", \"ok\": "
                + (ok ? "true" : "false") + ", \"was_queued\": " + (existed ? "true" : "false")
                + ", \"message\": " + PyJson::string(message) + "}";
        else
            (ok ? m_out : m_err) << message << Qt::endl;
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    return failed ? ExitFailure : ExitOk;
}

int CacheActions::clear(const QString &target)
{
    ImageCache::ClearTarget t = ImageCache::ClearTarget::Both;
    if (target == QLatin1String("cache"))
        t = ImageCache::ClearTarget::Cache;
    else if (target == QLatin1String("queue"))
        t = ImageCache::ClearTarget::Queue;
    ImageCache cache(m_ctx.location);
    CacheSnapshot s;
    QString error;
    if (!cache.snapshot(&s, &error))
        return fail(error);
    QString question;
    if (t == ImageCache::ClearTarget::Queue)
        question = tr("Remove all %n queued image(s) in %1?", nullptr, int(s.queued.size())).arg(s.location.cacheDir);
    else
        question = tr("Delete all %n cached image(s) (%1)%2 in %3?", nullptr, int(s.cached.size()))
                       .arg(human(s.totalSize),
                            t == ImageCache::ClearTarget::Both
                                ? tr(" and %n queued image(s)", nullptr, int(s.queued.size()))
                                : QString(),
                            s.location.cacheDir);
    if (!confirmOrRefuse(QStringLiteral("clear"), question))
        return ExitFailure;
    ImageCache::ClearResult r;
    if (!cache.clear(t, &r, &error))
        return fail(error);
    if (m_ctx.json) {
        QByteArray j = "{";
        if (t != ImageCache::ClearTarget::Queue)
            j += "\"cache_deleted\": " + PyJson::number(qint64(r.cacheDeleted));
        if (t == ImageCache::ClearTarget::Both)
            j += ", ";
        if (t != ImageCache::ClearTarget::Cache)
            j += "\"queue_deleted\": " + PyJson::number(qint64(r.queueDeleted));
        m_out << j << "}" << Qt::endl;
    } else {
        if (t != ImageCache::ClearTarget::Queue)
            m_out << tr("Deleted %n file(s) from the cache.", nullptr, r.cacheDeleted) << Qt::endl;
        if (t != ImageCache::ClearTarget::Cache)
            m_out << tr("Removed %n image(s) from the queue.", nullptr, r.queueDeleted) << Qt::endl;
    }
    return ExitOk;
}

int CacheActions::prune(qint64 maxSize, bool dryRun)
{
    ImageCache cache(m_ctx.location);
    PrunePlan plan;
    QString error;
    const bool ok = dryRun ? cache.planPrune(maxSize, &plan, &error) : cache.prune(maxSize, &plan, &error);
    if (!ok && plan.victims.isEmpty())
        return fail(error);
    if (m_ctx.json) {
        QByteArray j = "{\"total_files_pruned\": " + PyJson::number(qint64(plan.victims.size()))
            + ", \"total_bytes_pruned\": " + PyJson::number(plan.bytesFreed) + ", \"pruned_images\": [";
        for (qsizetype i = 0; i < plan.victims.size(); ++i)
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(plan.victims.at(i).imageId)
                + ", \"size\": " + PyJson::number(plan.victims.at(i).size) + "}";
        j += "], \"dry_run\": " + QByteArray(dryRun ? "true" : "false") + ", \"max_size\": " + PyJson::number(plan.maxSize)
            + ", \"size_before\": " + PyJson::number(plan.sizeBefore) + ", \"size_after\": "
            + PyJson::number(plan.sizeAfter()) + "}";
        m_out << j << Qt::endl;
    } else {
        if (plan.sizeBefore < maxSize || plan.victims.isEmpty()) {
            m_out << tr("The cache (%1) is within its limit of %2; nothing to prune.")
                         .arg(human(plan.sizeBefore), human(plan.maxSize))
                  << Qt::endl;
        } else {
            for (const PruneVictim &v : std::as_const(plan.victims))
                m_out << (dryRun ? tr("would prune %1 (%2 bytes)") : tr("pruned %1 (%2 bytes)")).arg(v.imageId).arg(v.size)
                      << '\n'; // flushed once below, not per line (a prune may list 50k images)
            m_out << (dryRun ? tr("Would prune %n image(s), %1 bytes (%2); the cache would go from %3 to %4 (limit %5).",
                                  nullptr, int(plan.victims.size()))
                             : tr("Pruned %n image(s), %1 bytes (%2); the cache went from %3 to %4 (limit %5).",
                                  nullptr, int(plan.victims.size())))
                             .arg(plan.bytesFreed)
                             .arg(human(plan.bytesFreed), human(plan.sizeBefore), human(plan.sizeAfter()),
                                  human(plan.maxSize))
                  << Qt::endl;
            if (plan.sizeAfter() > plan.maxSize)
                m_out << tr("Still over the limit: files without a record in cache.db are counted but cannot be pruned.")
                      << Qt::endl;
        }
    }
    if (!ok)
        return fail(error);
    return ExitOk;
}

int CacheActions::clean(qint64 stallTime, bool dryRun)
{
    ImageCache cache(m_ctx.location);
    CleanPlan plan;
    QString error;
    const bool ok = dryRun ? cache.planClean(stallTime, &plan, &error) : cache.clean(stallTime, &plan, &error);
    if (!ok && plan.invalid.isEmpty() && plan.stalled.isEmpty())
        return fail(error);
    const qint64 files = plan.invalid.size() + plan.stalled.size();
    if (m_ctx.json) {
        m_out << "{\"total_files_cleaned\": " << PyJson::number(files) << ", \"total_bytes_cleaned\": "
              << PyJson::number(plan.bytesFreed) << ", \"invalid_images\": " << partialsJson(plan.invalid)
              << ", \"stalled_images\": " << partialsJson(plan.stalled) << ", \"stall_time\": "
              << PyJson::number(plan.stallTime) << ", \"dry_run\": " << (dryRun ? "true" : "false") << "}" << Qt::endl;
    } else {
        for (const PartialImage &p : std::as_const(plan.invalid))
            m_out << (dryRun ? tr("would delete invalid %1 (%2 bytes)") : tr("deleted invalid %1 (%2 bytes)"))
                         .arg(p.imageId)
                         .arg(p.size)
                  << Qt::endl;
        for (const PartialImage &p : std::as_const(plan.stalled))
            m_out << (dryRun ? tr("would delete stalled %1 (%2 bytes)") : tr("deleted stalled %1 (%2 bytes)"))
                         .arg(p.imageId)
                         .arg(p.size)
                  << Qt::endl;
        m_out << (dryRun ? tr("Would clean %n file(s), %1.", nullptr, int(files))
                         : tr("Cleaned %n file(s), %1.", nullptr, int(files)))
                         .arg(human(plan.bytesFreed))
              << Qt::endl;
    }
    if (!ok)
        return fail(error);
    return ExitOk;
}
