#include "fetchcommand.h"

#include "cache/imagecache.h"
#include "fetch/fetchservice.h"
#include "clijson.h"
#include "cliprinter.h"
#include "clirows.h"
#include "core/pyjson.h"
#include "remote/remoteconnection.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace {

const char *outcomeName(ImageFetcher::Outcome o)
{
    switch (o) {
    case ImageFetcher::Outcome::Cached:
        return "cached";
    case ImageFetcher::Outcome::AlreadyCached:
        return "already_cached";
    case ImageFetcher::Outcome::Refused:
        return "refused";
    case ImageFetcher::Outcome::Failed:
        return "failed";
    case ImageFetcher::Outcome::Cancelled:
        return "cancelled";
    case ImageFetcher::Outcome::Verified:
        return "verified";
    case ImageFetcher::Outcome::Mismatch:
        return "mismatch";
    case ImageFetcher::Outcome::NotCached:
        return "not_cached";
    }
    return "failed";
}

} // namespace

FetchCommand::FetchCommand(const CliContext &context, const ResolvedConnection &connection)
    : m_ctx(context)
    , m_connection(connection)
{
}

int FetchCommand::fetch(const QStringList &ids)
{
    return run(ids, false);
}

int FetchCommand::verify(const QStringList &ids)
{
    return run(ids, true);
}

int FetchCommand::run(const QStringList &givenIds, bool verifying)
{
    QStringList ids = givenIds;
    if (ids.isEmpty()) {
        // verify: every cached image, in Glance's listing order; fetch: the queue, which the service reads.
        const Expected<ImageCache::ApiListing> listing = ImageCache(m_ctx.location).listForApi();
        if (!listing) {
            *m_ctx.err << "glance-cachectl: " << listing.error() << Qt::endl;
            return ExitFailure;
        }
        if (verifying) {
            for (const CachedImage &c : listing->cached)
                ids.append(c.imageId);
        }
        if (verifying ? ids.isEmpty() : listing->queued.isEmpty()) {
            if (m_ctx.json)
                *m_ctx.out << "{\"results\": []}" << Qt::endl;
            else
                *m_ctx.out << (verifying ? tr("Nothing is cached; there is nothing to verify.")
                                         : tr("Nothing is queued; give image IDs to fetch."))
                           << Qt::endl;
            return ExitOk;
        }
    }

    // Said on every run, scripts included: a switch left on by mistake must not go unnoticed.
    if (m_connection.options.insecure)
        *m_ctx.err << "glance-cachectl: "
                   << tr("warning: TLS certificates are not verified (--insecure): anyone on the path can read or "
                         "alter the images and the token. For test clouds only.")
                   << Qt::endl;

    QVector<ImageFetcher::Result> results;
    QString failure;
    if (!runService(ids, verifying, &results, &failure)) {
        *m_ctx.err << "glance-cachectl: " << failure << Qt::endl;
        return ExitFailure;
    }
    const int exit = print(results);
    if (verifying)
        deleteMismatches(results);
    return exit;
}

bool FetchCommand::runService(const QStringList &ids, bool verifying, QVector<ImageFetcher::Result> *results,
                              QString *failure)
{
    QTextStream &err = *m_ctx.err;
    QEventLoop loop;
    // The same service as the window's: access, and the 401 rule, from a RemoteConnection.
    RemoteConnection connection;
    connection.setOptions(m_connection.options);
    FetchService service(&connection);
    service.setParallelLimit(m_parallel);
    service.setLocation(m_ctx.location);
    // Progress on a terminal only; cron and scripts get the results alone.
    const bool showProgress = !m_ctx.json && ::isatty(STDERR_FILENO);
    QObject::connect(&service, &FetchService::imageProgress, &loop,
        [&](const QString &id, qint64 done, qint64 total, double rate, double eta) {
            if (!showProgress)
                return;
            const QString percent = total > 0 ? QStringLiteral("%1%").arg(100 * done / total) : QStringLiteral("?");
            err << '\r' << id.left(8) << ' ' << percent << ' '
                << QLocale::c().formattedDataSize(qint64(rate), 1, QLocale::DataSizeIecFormat) << "/s"
                << (eta >= 0 ? tr(" ETA %1 s").arg(qint64(eta)) : QString()) << "        " << Qt::flush;
        });
    auto done = [&](const QVector<ImageFetcher::Result> &r) {
        *results = r;
        loop.quit();
    };
    QObject::connect(&service, &FetchService::finished, &loop, done);
    QObject::connect(&service, &FetchService::verified, &loop, done);
    auto started = [&](const FetchService::Start &s) {
        if (!s.ok) {
            *failure = s.error;
            loop.quit();
        }
    };
    if (verifying)
        service.verify(ids, &loop, started);
    else if (ids.isEmpty())
        service.fetchQueued(&loop, started);
    else
        service.fetch(ids, &loop, started);
    loop.exec();
    if (showProgress)
        err << '\r' << QString(60, u' ') << '\r' << Qt::flush;
    return failure->isEmpty();
}

int FetchCommand::print(const QVector<ImageFetcher::Result> &results) const
{
    CliRows rows({ { "image_id", {} }, { "ok", {} }, { "outcome", {} }, { "bytes", {} }, { "seconds", {} },
                   { "message", {} } });
    bool allOk = true;
    for (const ImageFetcher::Result &r : results) {
        // Already cached is nothing to do, not a failure (but, as any result that is not ok, said on stderr).
        allOk = allOk && (r.ok || r.outcome == ImageFetcher::Outcome::AlreadyCached);
        rows.add({ CliCell::string(r.imageId), CliCell::flag(r.ok),
                   CliCell::string(QLatin1String(outcomeName(r.outcome))), CliCell::number(r.bytes),
                   CliCell::raw(PyJson::number(r.seconds)), CliCell::string(r.message) },
                 r.imageId + QStringLiteral(": ") + r.message, !r.ok);
    }
    CliPrinter printer(m_ctx);
    if (m_ctx.json)
        printer.json(CliJson::members({ { "results", CliJson::array(rows) } }));
    else
        printer.lines(rows);
    return allOk ? ExitOk : ExitFailure;
}

void FetchCommand::deleteMismatches(const QVector<ImageFetcher::Result> &results)
{
    QStringList mismatched;
    for (const ImageFetcher::Result &r : results) {
        if (r.outcome == ImageFetcher::Outcome::Mismatch)
            mismatched.append(r.imageId);
    }
    if (mismatched.isEmpty())
        return;
    QTextStream &err = *m_ctx.err;
    // A mismatching copy serves corrupt data to every boot from this node: offer to delete it, but only an
    // explicit yes (or --yes) deletes; cron without --yes just reports.
    if (!m_ctx.yes) {
        if (!m_ctx.interactive || m_ctx.json) {
            err << "glance-cachectl: "
                << tr("%Ln cached image(s) do not match Glance's checksums; run verify again with --yes to delete them.",
                       nullptr, int(mismatched.size()))
                << Qt::endl;
            return;
        }
        if (!m_ctx.confirm(tr("Delete the %Ln cached image(s) that do not match?", nullptr, int(mismatched.size()))))
            return;
    }
    ImageCache cache(m_ctx.location);
    for (const QString &id : std::as_const(mismatched)) {
        const ImageCache::DeleteResult r = cache.deleteCached(id);
        err << r.message << Qt::endl;
    }
}
