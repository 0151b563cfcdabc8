#include "remotecommands.h"

#include "cachematrix.h"
#include "clitable.h"
#include "imagecache.h"
#include "imageid.h"
#include "pyjson.h"

#include <QEventLoop>
#include <QLocale>

namespace {

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

const char *stateName(MatrixCell::State s)
{
    switch (s) {
    case MatrixCell::Cached:
        return "cached";
    case MatrixCell::Queued:
        return "queued";
    case MatrixCell::Unknown:
        return "unknown";
    case MatrixCell::Absent:
        break;
    }
    return "absent";
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

bool RemoteCommands::supports(const QString &command)
{
    static const QStringList remote = { QStringLiteral("nodes"), QStringLiteral("matrix"), QStringLiteral("status"),
        QStringLiteral("list"), QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("clear"),
        QStringLiteral("prune"), QStringLiteral("clean") };
    return remote.contains(command);
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
    bool ok = true;
    for (const QString &id : ids) {
        if (!ImageId::isValid(id)) {
            m_err << "glance-cachectl: " << ImageId::problem(id) << Qt::endl;
            ok = false;
        }
        normalized->append(ImageId::normalized(id));
    }
    if (!ok)
        m_err << "glance-cachectl: " << tr("Nothing was sent to any node.") << Qt::endl;
    return ok;
}

bool RemoteCommands::confirmOrRefuse(const QString &command, const QString &question)
{
    if (m_ctx.yes)
        return true;
    if (!m_ctx.interactive) {
        m_err << "glance-cachectl: "
              << tr("%1 changes the caches of the nodes; confirm with --yes when not running on a terminal. "
                    "Nothing was sent.")
                     .arg(command)
              << Qt::endl;
        return false;
    }
    if (!m_ctx.confirm(question)) {
        m_err << tr("Cancelled; nothing was sent.") << Qt::endl;
        return false;
    }
    return true;
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
    const auto outcomes
        = wait([this, &valid](NodeFleet::Done d) { m_fleet.queue(m_fleet.allNodes(), valid, &m_fleet, d); });
    return report(outcomes, tr("image %ID queued; the node caches it now."), "results");
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

int RemoteCommands::matrix()
{
    QVector<ImageInfo> images;
    ApiResult imagesResult;
    QEventLoop loop;
    QVector<NodeOutcome> outcomes;
    int pending = 2;
    auto oneDone = [&]() {
        if (--pending == 0)
            loop.quit();
    };
    m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, [&](const QVector<NodeOutcome> &o) {
        outcomes = o;
        oneDone();
    });
    m_fleet.listImages(&m_fleet, [&](const ApiResult &r, const QVector<ImageInfo> &list) {
        imagesResult = r;
        images = list;
        oneDone();
    });
    loop.exec();

    bool failed = false;
    QVector<MatrixSource> sources;
    for (const NodeOutcome &o : std::as_const(outcomes)) {
        failed = failed || !o.result.ok;
        sources.append({ o.nodeName, false, o.result.ok, o.result.error, o.state });
        if (!o.result.ok && !m_ctx.json)
            m_err << o.nodeName << ": " << o.result.error << Qt::endl;
    }
    if (m_withLocal) {
        MatrixSource local;
        local.name = tr("local: %1").arg(m_ctx.location.cacheDir);
        local.local = true;
        QVector<CachedImage> cached;
        QVector<QueuedImage> queued;
        ImageCache cache(m_ctx.location);
        local.ok = cache.listForApi(&cached, &queued, &local.error);
        local.state.cached = cached;
        for (const QueuedImage &q : std::as_const(queued))
            local.state.queued.append(q.imageId);
        failed = failed || !local.ok;
        if (!local.ok && !m_ctx.json)
            m_err << local.name << ": " << local.error << Qt::endl;
        sources.append(local);
    }
    if (!imagesResult.ok && !m_ctx.json)
        m_err << tr("Image names and orphans are not shown: %1").arg(imagesResult.error) << Qt::endl;
    const CacheMatrix m = CacheMatrix::build(sources, images, imagesResult.ok);

    if (m_ctx.json) {
        QByteArray j = "{\"sources\": [";
        for (qsizetype i = 0; i < m.sources.size(); ++i) {
            const MatrixSource &s = m.sources.at(i);
            j += QByteArray(i ? ", " : "") + "{\"name\": " + PyJson::string(s.name) + ", \"local\": "
                + (s.local ? "true" : "false") + ", \"ok\": " + (s.ok ? "true" : "false");
            if (!s.ok)
                j += ", \"error\": " + PyJson::string(s.error);
            j += '}';
        }
        j += QByteArray("], \"images_known\": ") + (m.imagesKnown ? "true" : "false");
        if (!m.imagesKnown)
            j += ", \"images_error\": " + PyJson::string(imagesResult.error);
        j += ", \"images\": [";
        for (qsizetype i = 0; i < m.rows.size(); ++i) {
            const MatrixRow &r = m.rows.at(i);
            j += QByteArray(i ? ", " : "") + "{\"image_id\": " + PyJson::string(r.imageId) + ", \"name\": "
                + PyJson::string(r.name) + ", \"in_glance\": " + (m.imagesKnown ? (r.inGlance ? "true" : "false") : "null")
                + ", \"partial\": " + (CacheMatrix::isPartial(r) ? "true" : "false") + ", \"cells\": [";
            for (qsizetype c = 0; c < r.cells.size(); ++c) {
                const MatrixCell &cell = r.cells.at(c);
                j += QByteArray(c ? ", " : "") + "{\"state\": \"" + stateName(cell.state) + '"';
                if (cell.state == MatrixCell::Cached)
                    j += ", \"hits\": " + PyJson::number(cell.hits) + ", \"size\": " + PyJson::number(cell.size)
                        + ", \"last_accessed\": " + PyJson::number(cell.lastAccessed);
                j += '}';
            }
            j += "]}";
        }
        m_out << j << "]}" << Qt::endl;
        return failed ? ExitFailure : ExitOk;
    }

    QStringList headers{ tr("Name"), QStringLiteral("ID") };
    for (const MatrixSource &s : m.sources)
        headers.append(s.name);
    headers.append(tr("Note"));
    CliTable table(headers);
    for (const MatrixRow &r : m.rows) {
        QStringList cells{ r.name, r.imageId };
        for (const MatrixCell &cell : r.cells) {
            cells.append(cell.state == MatrixCell::Cached ? tr("cached (%n hit(s))", nullptr, int(qMin<qint64>(cell.hits, INT_MAX)))
                                                          : CacheMatrix::cellText(cell));
        }
        QString note;
        if (m.isOrphan(r))
            note = tr("not in Glance");
        else if (CacheMatrix::isPartial(r))
            note = tr("cached on %1 of %2").arg(r.cachedCount).arg(r.answeringSources);
        cells.append(note);
        table.addRow(cells);
    }
    if (m.rows.isEmpty())
        m_out << tr("No source has anything cached or queued.") << Qt::endl;
    else
        m_out << table.render() << Qt::flush;
    return failed ? ExitFailure : ExitOk;
}
