// glance-cachectl --node ... matrix: the node x image matrix as a table or JSON.
#include "remotecommands.h"

#include "remote/cachematrix.h"
#include "clitable.h"
#include "cache/imagecache.h"
#include "pyjson.h"

#include <QEventLoop>

namespace {

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

} // namespace

int RemoteCommands::matrix()
{
    const QVector<NodeOutcome> outcomes
        = wait([this](NodeFleet::Done d) { m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, d); });
    MatrixSource local;
    if (m_withLocal) {
        local.name = tr("local: %1").arg(m_ctx.location.cacheDir);
        local.local = true;
        QVector<CachedImage> cached;
        QVector<QueuedImage> queued;
        ImageCache cache(m_ctx.location);
        local.ok = cache.listForApi(&cached, &queued, &local.error);
        local.state.cached = cached;
        for (const QueuedImage &q : std::as_const(queued))
            local.state.queued.append(q.imageId);
    }
    // Names, and a check of every image some cache holds that the listing leaves out.
    QStringList held;
    auto collect = [&held](const NodeCacheState &state) {
        for (const CachedImage &c : state.cached)
            held.append(c.imageId);
        held += state.queued;
    };
    for (const NodeOutcome &o : outcomes)
        collect(o.state);
    collect(local.state);
    QVector<ImageInfo> images;
    ApiResult imagesResult;
    QEventLoop loop;
    m_fleet.listImages(held, &m_fleet, [&](const ApiResult &r, const QVector<ImageInfo> &list) {
        imagesResult = r;
        images = list;
        loop.quit();
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
