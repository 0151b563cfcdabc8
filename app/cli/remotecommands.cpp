#include "remotecommands.h"

#include "clitable.h"
#include "cache/imagecache.h"
#include "core/imageid.h"
#include "pyjson.h"

#include <QEventLoop>
#include <QLocale>

namespace {

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QByteArray cachedJson(const NodeCacheState &s)
{
    QByteArray j = "\"cached_images\": [";
    for (qsizetype i = 0; i < s.cached.size(); ++i) {
        const CachedImage &c = s.cached.at(i);
        j += i ? ", {\"image_id\": " : "{\"image_id\": ";
        PyJson::appendString(j, c.imageId);
        j += ", \"hits\": ";
        PyJson::appendNumber(j, c.hits);
        j += ", \"last_accessed\": ";
        PyJson::appendNumber(j, c.lastAccessed);
        j += ", \"last_modified\": ";
        PyJson::appendNumber(j, c.lastModified);
        j += ", \"size\": ";
        PyJson::appendNumber(j, c.size);
        j += '}';
    }
    j += "], \"queued_images\": [";
    for (qsizetype i = 0; i < s.queued.size(); ++i) {
        if (i)
            j += ", ";
        PyJson::appendString(j, s.queued.at(i));
    }
    return j + ']';
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

QByteArray RemoteCommands::nodeJson(const NodeOutcome &o) const
{
    QByteArray j = "{\"node\": " + PyJson::string(m_fleet.nodes().value(o.node)) + ", ";
    if (!o.imageId.isEmpty())
        j += "\"image_id\": " + PyJson::string(o.imageId) + ", ";
    j += QByteArray("\"ok\": ") + (o.result.ok ? "true" : "false") + ", \"http_status\": "
        + PyJson::number(qint64(o.result.httpStatus));
    if (!o.result.ok)
        j += ", \"error\": " + PyJson::string(o.result.error);
    return j;
}

int RemoteCommands::report(const QVector<NodeOutcome> &outcomes, const QString &okText, const char *what)
{
    bool failed = false;
    QByteArray j = QByteArray("{\"") + what + "\": [";
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const NodeOutcome &o = outcomes.at(i);
        failed = failed || !o.result.ok;
        if (m_ctx.json) {
            j += (i ? ", " : "") + nodeJson(o) + '}';
        } else if (o.result.ok) {
            m_out << o.nodeName << ": " << QString(okText).replace(QLatin1String("%ID"), o.imageId) << Qt::endl;
        } else {
            m_err << o.nodeName << ": " << o.result.error << Qt::endl;
        }
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    return failed ? ExitFailure : ExitOk;
}

int RemoteCommands::nodes()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.discover(m_fleet.allNodes(), &m_fleet, d); });
    bool failed = false;
    CliTable table({ tr("Node"), tr("API version"), tr("Cache API"), tr("Prune/clean API"), tr("Status") });
    QByteArray j = "{\"nodes\": [";
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const NodeOutcome &o = outcomes.at(i);
        const NodeVersions &v = o.versions;
        failed = failed || !o.result.ok;
        if (m_ctx.json) {
            j += (i ? ", " : "") + nodeJson(o);
            if (o.result.ok) {
                j += ", \"current\": " + PyJson::string(v.current) + ", \"versions\": [";
                for (qsizetype k = 0; k < v.versions.size(); ++k)
                    j += (k ? ", " : "") + PyJson::string(v.versions.at(k));
                j += QByteArray("], \"cache_api\": ") + (v.hasCacheApi ? "true" : "false")
                    + ", \"prune_clean_api\": " + (v.hasPruneClean ? "true" : "false");
            }
            j += '}';
            continue;
        }
        table.addRow({ o.nodeName, o.result.ok ? v.current : QStringLiteral("-"),
            o.result.ok ? (v.hasCacheApi ? tr("yes") : tr("no")) : QStringLiteral("-"),
            o.result.ok ? (v.hasPruneClean ? tr("yes") : tr("no")) : QStringLiteral("-"),
            o.result.ok ? tr("ok") : tr("unreachable") });
        if (!o.result.ok)
            m_err << o.nodeName << ": " << o.result.error << Qt::endl;
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    else
        m_out << table.render() << Qt::flush;
    return failed ? ExitFailure : ExitOk;
}

int RemoteCommands::status()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, d); });
    bool failed = false;
    CliTable table({ tr("Node"), tr("Cached"), tr("Size"), tr("Queued"), tr("Status") });
    QByteArray j = "{\"nodes\": [";
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const NodeOutcome &o = outcomes.at(i);
        failed = failed || !o.result.ok;
        qint64 bytes = 0;
        for (const CachedImage &c : o.state.cached)
            bytes += c.size;
        if (m_ctx.json) {
            j += (i ? ", " : "") + nodeJson(o);
            if (o.result.ok)
                j += ", \"cached_images\": " + PyJson::number(qint64(o.state.cached.size())) + ", \"size\": "
                    + PyJson::number(bytes) + ", \"queued_images\": " + PyJson::number(qint64(o.state.queued.size()));
            j += '}';
            continue;
        }
        if (o.result.ok) {
            table.addRow({ o.nodeName, QString::number(o.state.cached.size()), human(bytes),
                QString::number(o.state.queued.size()), tr("ok") });
        } else {
            table.addRow({ o.nodeName, QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), tr("failed") });
            m_err << o.nodeName << ": " << o.result.error << Qt::endl;
        }
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    else
        m_out << table.render() << Qt::flush;
    return failed ? ExitFailure : ExitOk;
}

int RemoteCommands::list()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, d); });
    bool failed = false;
    // glanceclient's cache-list columns, with the node in front.
    CliTable table({ QStringLiteral("Node"), QStringLiteral("ID"), QStringLiteral("State"),
        QStringLiteral("Last Accessed (UTC)"), QStringLiteral("Last Modified (UTC)"), QStringLiteral("Size"),
        QStringLiteral("Hits") });
    QByteArray j = "{\"nodes\": [";
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const NodeOutcome &o = outcomes.at(i);
        failed = failed || !o.result.ok;
        if (m_ctx.json) {
            j += (i ? ", " : "") + nodeJson(o);
            if (o.result.ok)
                j += ", " + cachedJson(o.state);
            j += '}';
            continue;
        }
        if (!o.result.ok) {
            m_err << o.nodeName << ": " << o.result.error << Qt::endl;
            continue;
        }
        for (const CachedImage &c : o.state.cached) {
            table.addRow({ o.nodeName, c.imageId, QStringLiteral("cached"),
                c.lastAccessed == 0 ? QStringLiteral("N/A") : PyJson::utcIso(c.lastAccessed),
                PyJson::utcIso(c.lastModified), QString::number(c.size), QString::number(c.hits) });
        }
        for (const QString &id : o.state.queued) {
            table.addRow({ o.nodeName, id, QStringLiteral("queued"), QStringLiteral("N/A"), QStringLiteral("N/A"),
                QStringLiteral("N/A"), QStringLiteral("N/A") });
        }
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    else
        m_out << table.render() << Qt::flush;
    return failed ? ExitFailure : ExitOk;
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

    bool failed = false;
    QByteArray j = "{\"results\": [";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const NodeOutcome &o = lines.at(i).outcome;
        const QByteArray result = lines.at(i).result;
        failed = failed || result == "failed";
        if (m_ctx.json) {
            j += (i ? ", " : "") + nodeJson(o) + ", \"result\": \"" + result + "\"}";
        } else if (result == "failed") {
            m_err << o.nodeName << ": " << o.result.error << Qt::endl;
        } else {
            m_out << o.nodeName << ": "
                  << (result == "queued"          ? tr("image %1 queued; the node caches it now.")
                         : result == "already_cached" ? tr("image %1 is already cached; nothing sent.")
                                                       : tr("image %1 is already queued; nothing sent."))
                         .arg(o.imageId)
                  << Qt::endl;
        }
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    return failed ? ExitFailure : ExitOk;
}

int RemoteCommands::remove(const QStringList &ids)
{
    QStringList valid;
    if (!checkIds(ids, &valid))
        return ExitFailure;
    const int nodeCount = int(m_fleet.nodes().size());
    if (!confirmOrRefuse(QStringLiteral("delete"),
            tr("Delete %n image(s) from the caches and queues of %1?", nullptr, int(valid.size()))
                .arg(tr("%n node(s)", nullptr, nodeCount))))
        return ExitFailure;
    const auto outcomes
        = wait([this, &valid](NodeFleet::Done d) { m_fleet.deleteCached(m_fleet.allNodes(), valid, &m_fleet, d); });
    return report(outcomes, tr("image %ID removed from the cache and queue."), "results");
}

int RemoteCommands::clear(const QString &target)
{
    const GlanceApi::ClearTarget t = target == QLatin1String("cache") ? GlanceApi::ClearTarget::Cache
        : target == QLatin1String("queue")                           ? GlanceApi::ClearTarget::Queue
                                                                      : GlanceApi::ClearTarget::Both;
    const int nodeCount = int(m_fleet.nodes().size());
    const QString what = t == GlanceApi::ClearTarget::Cache ? tr("every cached image")
        : t == GlanceApi::ClearTarget::Queue               ? tr("every queued image")
                                                            : tr("every cached and queued image");
    if (!confirmOrRefuse(QStringLiteral("clear"),
            tr("Delete %1 on %2?").arg(what, tr("%n node(s)", nullptr, nodeCount))))
        return ExitFailure;
    const auto outcomes = wait([this, t](NodeFleet::Done d) { m_fleet.clear(m_fleet.allNodes(), t, &m_fleet, d); });
    return report(outcomes, tr("cleared."), "results");
}

int RemoteCommands::prune()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.prune(m_fleet.allNodes(), &m_fleet, d); });
    bool failed = false;
    QByteArray j = "{\"results\": [";
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const NodeOutcome &o = outcomes.at(i);
        failed = failed || !o.result.ok;
        if (m_ctx.json) {
            j += (i ? ", " : "") + nodeJson(o);
            if (o.result.ok)
                j += ", \"total_files_pruned\": " + PyJson::number(o.pruned.filesPruned)
                    + ", \"total_bytes_pruned\": " + PyJson::number(o.pruned.bytesPruned);
            j += '}';
        } else if (o.result.ok) {
            m_out << o.nodeName << ": "
                  << tr("pruned %n file(s)", nullptr, int(o.pruned.filesPruned)) << " ("
                  << human(o.pruned.bytesPruned) << ")." << Qt::endl;
        } else {
            m_err << o.nodeName << ": " << o.result.error << Qt::endl;
        }
    }
    if (m_ctx.json)
        m_out << j << "]}" << Qt::endl;
    return failed ? ExitFailure : ExitOk;
}

int RemoteCommands::clean()
{
    const auto outcomes = wait([this](NodeFleet::Done d) { m_fleet.clean(m_fleet.allNodes(), &m_fleet, d); });
    return report(outcomes, tr("cleaned (invalid and stalled files removed)."), "results");
}
