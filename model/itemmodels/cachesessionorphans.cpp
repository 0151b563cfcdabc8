// CacheSession's removal of orphans, and the sentences that say what each kind of orphan gave back.
#include "itemmodels/cachesession.h"

#include "core/displayformat.h"

QString CacheSession::orphanSummary(const OrphanRemoval &done)
{
    QStringList parts;
    if (done.recordsForgotten)
        parts.append(tr("Forgot %Ln record(s) without a file: nothing freed.", nullptr, done.recordsForgotten));
    if (done.filesDeleted)
        parts.append(tr("Deleted %Ln file(s) without a record: %1 freed.", nullptr, done.filesDeleted)
                         .arg(DisplayFormat::size(done.fileBytesFreed)));
    if (done.foreignRemoved)
        parts.append(tr("Removed %Ln foreign file(s): %1 freed.", nullptr, done.foreignRemoved)
                         .arg(DisplayFormat::size(done.foreignBytesFreed)));
    if (!done.locksRemoved.isEmpty())
        parts.append(tr("Among them Glance's own lock file(s) %1.", nullptr, int(done.locksRemoved.size()))
                         .arg(done.locksRemoved.join(QStringLiteral(", "))));
    if (parts.isEmpty())
        parts.append(tr("Nothing was removed."));
    if (!done.leftAlone.isEmpty())
        parts.append(tr("%Ln orphan(s) left alone.", nullptr, int(done.leftAlone.size())));
    return parts.join(u' ');
}

void CacheSession::removeOrphans(const QVector<OrphanEntry> &entries)
{
    startOperation(tr("Removing orphans"), [entries](ImageCache &cache) {
        OperationResult r;
        r.kind = OperationResult::Kind::Orphans;
        const ImageCache::OrphanRun run = cache.removeOrphans(entries);
        r.ok = run.ok();
        r.orphans = run.done;
        r.summary = orphanSummary(run.done);
        if (!r.ok)
            r.summary += u' ' + run.error();
        r.details = run.done.leftAlone;
        return r;
    });
}
