#include "remotecommands.h"

#include "clijson.h"
#include "cliprinter.h"
#include "imagerows.h"
#include "cache/imagecache.h"
#include "core/imageid.h"

#include <QEventLoop>
#include <QLocale>

namespace {

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

RemoteCommands::RemoteCommands(const CliContext &context, const ConnectionOptions &connection)
    : m_ctx(context)
    , m_out(*context.out)
    , m_err(*context.err)
    , m_fleet(&m_connection)
{
    m_connection.setOptions(connection);
    // Said on every run, scripts included: a switch left on by mistake must not go unnoticed.
    if (connection.insecure)
        m_err << "glance-cachectl: "
              << tr("warning: TLS certificates are not verified (--insecure): anyone on the path can read or alter "
                    "what the nodes answer and see the token. For test clouds only.")
              << Qt::endl;
}

bool RemoteCommands::setNodes(const QStringList &values, QString *error)
{
    QStringList urls;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty() && !urls.contains(part.trimmed()))
                urls.append(part.trimmed());
        }
    }
    if (urls.isEmpty()) {
        *error = tr("--node needs the URL of a glance-api node, such as http://node-1:9292.");
        return false;
    }
    if (!m_fleet.setNodes(urls, error))
        return false;
    m_connection.setNodes(urls);
    return true;
}

QVector<NodeOutcome> RemoteCommands::wait(const std::function<void(NodeFleet::Done)> &start)
{
    QEventLoop loop;
    QVector<NodeOutcome> outcomes;
    start([&](const QVector<NodeOutcome> &o) {
        outcomes = o;
        loop.quit();
    });
    loop.exec();
    return outcomes;
}

bool RemoteCommands::checkIds(const QStringList &ids, QStringList *normalized)
{
    return m_ctx.checkIds(ids, normalized, tr("Nothing was sent to any node."));
}

bool RemoteCommands::confirmOrRefuse(const QString &command, const QString &question)
{
    return m_ctx.confirmOrRefuse(question,
        tr("%1 changes the caches of the nodes; confirm with --yes when not running on a terminal. Nothing was sent.")
            .arg(command),
        tr("Cancelled; nothing was sent."));
}

QVector<CliColumn> RemoteCommands::nodeColumns(const QVector<CliColumn> &more, const QString &nodeTitle)
{
    return QVector<CliColumn>{{"node", nodeTitle}, {"image_id", QString()}, {"ok", QString()},
                              {"http_status", QString()}, {"error", QString()}}
        + more;
}

QVector<CliCell> RemoteCommands::nodeCells(const NodeOutcome &o, const QVector<CliCell> &more) const
{
    return QVector<CliCell>{CliCell::string(m_fleet.nodes().value(o.node), o.nodeName),
                            o.imageId.isEmpty() ? CliCell() : CliCell::string(o.imageId), CliCell::flag(o.result.ok),
                            CliCell::number(o.result.httpStatus),
                            o.result.ok ? CliCell() : CliCell::string(o.result.error)}
        + more;
}

QString RemoteCommands::failure(const NodeOutcome &o)
{
    return o.nodeName + QStringLiteral(": ") + o.result.error;
}

int RemoteCommands::report(const QVector<NodeOutcome> &outcomes, const QString &okText)
{
    CliRows rows(nodeColumns());
    for (const NodeOutcome &o : outcomes) {
        const QString line = o.result.ok ? o.nodeName + QStringLiteral(": ") + QString(okText).replace(QLatin1String("%ID"), o.imageId)
                                         : failure(o);
        rows.add(nodeCells(o), line, !o.result.ok);
    }
    return CliPrinter(m_ctx).lines("results", rows);
}

int RemoteCommands::nodes()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.discover(m_fleet.allNodes(), &m_fleet, d); });
    CliRows rows(nodeColumns({{"current", tr("API version")},
                              {"versions", QString()},
                              {"cache_api", tr("Cache API")},
                              {"prune_clean_api", tr("Prune/clean API")},
                              {QByteArray(), tr("Status")}},
                             tr("Node")));
    const CliCell none = CliCell::display(QStringLiteral("-"));
    for (const NodeOutcome &o : outcomes) {
        const NodeVersions &v = o.versions;
        if (!o.result.ok) {
            rows.add(nodeCells(o, {none, CliCell(), none, none, CliCell::display(tr("unreachable"))}), failure(o), true);
            continue;
        }
        QByteArray versions = "[";
        for (qsizetype k = 0; k < v.versions.size(); ++k)
            versions += (k ? ", " : "") + CliCell::string(v.versions.at(k)).json;
        rows.add(nodeCells(o, {CliCell::string(v.current), CliCell::raw(versions + ']'),
                               CliCell::flag(v.hasCacheApi, v.hasCacheApi ? tr("yes") : tr("no")),
                               CliCell::flag(v.hasPruneClean, v.hasPruneClean ? tr("yes") : tr("no")),
                               CliCell::display(tr("ok"))}));
    }
    return CliPrinter(m_ctx).table("nodes", rows);
}

int RemoteCommands::status()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, d); });
    CliRows rows(nodeColumns(
        {{"cached_images", tr("Cached")}, {"size", tr("Size")}, {"queued_images", tr("Queued")}, {QByteArray(), tr("Status")}},
        tr("Node")));
    const CliCell none = CliCell::display(QStringLiteral("-"));
    for (const NodeOutcome &o : outcomes) {
        if (!o.result.ok) {
            rows.add(nodeCells(o, {none, none, none, CliCell::display(tr("failed"))}), failure(o), true);
            continue;
        }
        qint64 bytes = 0;
        for (const CachedImage &c : o.state.cached)
            bytes += c.size;
        rows.add(nodeCells(o, {CliCell::number(o.state.cached.size()), CliCell::number(bytes, human(bytes)),
                               CliCell::number(o.state.queued.size()), CliCell::display(tr("ok"))}));
    }
    return CliPrinter(m_ctx).table("nodes", rows);
}

int RemoteCommands::list()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, d); });
    // Per node for --json (its listing inside), per image for the table: glanceclient's cache-list
    // columns with the node in front.
    CliRows nodes(nodeColumns({{"cached_images", QString()}, {"queued_images", QString()}}));
    CliRows images = ImageRows::columnsOnly(true);
    for (const NodeOutcome &o : outcomes) {
        if (!o.result.ok) {
            nodes.add(nodeCells(o, {CliCell(), CliCell()}), failure(o), true);
            continue;
        }
        const CliRows cached = ImageRows::cached(o.state.cached, o.nodeName);
        const CliRows queued = ImageRows::queued(o.state.queued, o.nodeName);
        const auto members = ImageRows::apiMembers(cached, queued);
        nodes.add(nodeCells(o, {CliCell::raw(members.at(0).second), CliCell::raw(members.at(1).second)}));
        images.append(cached);
        images.append(queued);
    }
    return CliPrinter(m_ctx).table("nodes", nodes, images);
}

int RemoteCommands::queue(const QStringList &ids)
{
    QStringList valid;
    if (!checkIds(ids, &valid))
        return ExitFailure;
    // Zed's worker downloads a queued image again even when the node caches it already: look first and
    // queue only where the image is neither cached nor queued.
    const auto listings = wait([this](NodeFleet::Done d) { m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, d); });
    struct Line
    {
        NodeOutcome outcome;
        const char *result;
    };
    QVector<Line> lines;
    QVector<QPair<int, QStringList>> work;
    for (const NodeOutcome &listing : listings) {
        if (!listing.result.ok) {
            lines.append({ listing, "failed" });
            continue;
        }
        QStringList missing;
        for (const QString &id : std::as_const(valid)) {
            const bool cached = std::any_of(listing.state.cached.cbegin(), listing.state.cached.cend(),
                [&id](const CachedImage &c) { return c.imageId == id; });
            if (cached || listing.state.queued.contains(id)) {
                NodeOutcome held = listing;
                held.imageId = id;
                lines.append({ held, cached ? "already_cached" : "already_queued" });
            } else {
                missing.append(id);
            }
        }
        if (!missing.isEmpty())
            work.append({ listing.node, missing });
    }
    // Every node at once; the answers are reported in node order.
    QVector<QVector<NodeOutcome>> sent(work.size());
    if (!work.isEmpty()) {
        QEventLoop loop;
        int pending = int(work.size());
        for (qsizetype i = 0; i < work.size(); ++i) {
            m_fleet.queue({ work.at(i).first }, work.at(i).second, &m_fleet, [&, i](const QVector<NodeOutcome> &o) {
                sent[i] = o;
                if (--pending == 0)
                    loop.quit();
            });
        }
        loop.exec();
    }
    for (const QVector<NodeOutcome> &outcomes : std::as_const(sent)) {
        for (const NodeOutcome &o : outcomes)
            lines.append({ o, o.result.ok ? "queued" : "failed" });
    }

    CliRows rows(nodeColumns({{"result", QString()}}));
    for (const Line &l : std::as_const(lines)) {
        const NodeOutcome &o = l.outcome;
        const QByteArray result = l.result;
        const QString text = result == "failed" ? failure(o)
            : o.nodeName + QStringLiteral(": ")
                + (result == "queued"              ? tr("image %1 queued; the node caches it now.")
                       : result == "already_cached" ? tr("image %1 is already cached; nothing sent.")
                                                    : tr("image %1 is already queued; nothing sent."))
                      .arg(o.imageId);
        rows.add(nodeCells(o, {CliCell::string(QString::fromLatin1(result))}), text, result == "failed");
    }
    return CliPrinter(m_ctx).lines("results", rows);
}

int RemoteCommands::remove(const QStringList &ids)
{
    QStringList valid;
    if (!checkIds(ids, &valid))
        return ExitFailure;
    const int nodeCount = int(m_fleet.nodes().size());
    if (!confirmOrRefuse(QStringLiteral("delete"),
            tr("Delete %Ln image(s) from the caches and queues of %1?", nullptr, int(valid.size()))
                .arg(tr("%Ln node(s)", nullptr, nodeCount))))
        return ExitFailure;
    const auto outcomes
        = wait([this, &valid](NodeFleet::Done d) { m_fleet.deleteCached(m_fleet.allNodes(), valid, &m_fleet, d); });
    return report(outcomes, tr("image %ID removed from the cache and queue."));
}

int RemoteCommands::clear(const QString &target)
{
    const ClearTarget t = target == QLatin1String("cache") ? ClearTarget::Cache
        : target == QLatin1String("queue")                           ? ClearTarget::Queue
                                                                      : ClearTarget::Both;
    const int nodeCount = int(m_fleet.nodes().size());
    const QString what = t == ClearTarget::Cache ? tr("every cached image")
        : t == ClearTarget::Queue               ? tr("every queued image")
                                                            : tr("every cached and queued image");
    if (!confirmOrRefuse(QStringLiteral("clear"),
            tr("Delete %1 on %2?").arg(what, tr("%Ln node(s)", nullptr, nodeCount))))
        return ExitFailure;
    const auto outcomes = wait([this, t](NodeFleet::Done d) { m_fleet.clear(m_fleet.allNodes(), t, &m_fleet, d); });
    return report(outcomes, tr("cleared."));
}

int RemoteCommands::prune()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.prune(m_fleet.allNodes(), &m_fleet, d); });
    CliRows rows(nodeColumns({{"total_files_pruned", QString()}, {"total_bytes_pruned", QString()}}));
    for (const NodeOutcome &o : outcomes) {
        if (!o.result.ok) {
            rows.add(nodeCells(o, {CliCell(), CliCell()}), failure(o), true);
            continue;
        }
        rows.add(nodeCells(o, {CliCell::number(o.pruned.filesPruned), CliCell::number(o.pruned.bytesPruned)}),
                 o.nodeName + QStringLiteral(": ") + tr("pruned %Ln file(s)", nullptr, int(o.pruned.filesPruned))
                     + QStringLiteral(" (") + human(o.pruned.bytesPruned) + QStringLiteral(")."));
    }
    return CliPrinter(m_ctx).lines("results", rows);
}

int RemoteCommands::clean()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.clean(m_fleet.allNodes(), &m_fleet, d); });
    return report(outcomes, tr("cleaned (invalid and stalled files removed)."));
}
