// glance-cachectl --node ... matrix: the node x image matrix as rows, printed as a table or JSON.
#include "remotecommands.h"

#include "cache/imagecache.h"
#include "clijson.h"
#include "cliprinter.h"
#include "clitable.h"
#include "remote/cachematrix.h"

#include <QEventLoop>

namespace {

QString stateName(MatrixCell::State s)
{
    switch (s) {
    case MatrixCell::Cached:
        return QStringLiteral("cached");
    case MatrixCell::Queued:
        return QStringLiteral("queued");
    case MatrixCell::Unknown:
        return QStringLiteral("unknown");
    case MatrixCell::Absent:
        break;
    }
    return QStringLiteral("absent");
}

// What each source holds of one image, as the JSON's "cells": the state, and the figures when cached.
QByteArray cellsJson(const MatrixRow &r)
{
    CliRows cells(
        { { "state", QString() }, { "hits", QString() }, { "size", QString() }, { "last_accessed", QString() } });
    for (const MatrixCell &cell : r.cells) {
        const bool cached = cell.state == MatrixCell::Cached;
        cells.add({ CliCell::string(stateName(cell.state)), cached ? CliCell::number(cell.hits) : CliCell(),
            cached ? CliCell::number(cell.size) : CliCell(), cached ? CliCell::time(cell.lastAccessed) : CliCell() });
    }
    return CliJson::array(cells);
}

// One row per image: name and ID, a column per source (table only) and a note; the JSON adds whether
// Glance knows the image, whether only some sources cache it, and the cells.
CliRows imageRows(const CacheMatrix &m)
{
    QVector<CliColumn> columns = { { "name", RemoteCommands::tr("Name") }, { "image_id", QStringLiteral("ID") },
        { "in_glance", QString() }, { "partial", QString() }, { "cells", QString() } };
    for (const MatrixSource &s : m.sources)
        columns.append({ QByteArray(), s.name });
    columns.append({ QByteArray(), RemoteCommands::tr("Note") });
    CliRows rows(columns);
    rows.setJsonOrder({ 1, 0, 2, 3, 4 });
    for (const MatrixRow &r : m.rows) {
        QVector<CliCell> cells = { CliCell::string(r.name), CliCell::string(r.imageId),
            m.imagesKnown ? CliCell::flag(r.inGlance) : CliCell::null(QString()),
            CliCell::flag(CacheMatrix::isPartial(r)), CliCell::raw(cellsJson(r)) };
        for (const MatrixCell &cell : r.cells) {
            cells.append(CliCell::display(cell.state == MatrixCell::Cached
                    ? RemoteCommands::tr("cached (%Ln hit(s))", nullptr, int(qMin<qint64>(cell.hits, INT_MAX)))
                    : CacheMatrix::cellText(cell)));
        }
        QString note;
        if (m.isOrphan(r))
            note = RemoteCommands::tr("not in Glance");
        else if (CacheMatrix::isPartial(r))
            note = RemoteCommands::tr("cached on %1 of %2").arg(r.cachedCount).arg(r.answeringSources);
        cells.append(CliCell::display(note));
        rows.add(cells);
    }
    return rows;
}

} // namespace

MatrixSource RemoteCommands::localSource() const
{
    MatrixSource local;
    local.name = tr("local: %1").arg(m_ctx.location.cacheDir);
    local.local = true;
    const Expected<ImageCache::ApiListing> listing = ImageCache(m_ctx.location).listForApi();
    local.ok = listing.ok();
    local.error = listing.error();
    local.state.cached = listing->cached;
    for (const QueuedImage &q : std::as_const(listing->queued))
        local.state.queued.append(q.imageId);
    return local;
}

QVector<ImageInfo> RemoteCommands::imagesHeld(const QVector<MatrixSource> &sources, ApiResult *result)
{
    // Names, and a check of every image some cache holds that the listing leaves out.
    QStringList held;
    for (const MatrixSource &s : sources) {
        for (const CachedImage &c : s.state.cached)
            held.append(c.imageId);
        held += s.state.queued;
    }
    QVector<ImageInfo> images;
    QEventLoop loop;
    m_fleet.listImages(held, &m_fleet, [&](const ApiResult &r, const QVector<ImageInfo> &list) {
        *result = r;
        images = list;
        loop.quit();
    });
    loop.exec();
    return images;
}

int RemoteCommands::matrix()
{
    const QVector<NodeOutcome> outcomes
        = wait([this](NodeFleet::Done d) { m_fleet.listCaches(m_fleet.allNodes(), &m_fleet, d); });
    QVector<MatrixSource> sources;
    for (const NodeOutcome &o : outcomes)
        sources.append({ o.nodeName, false, o.result.ok, o.result.error, o.state });
    if (m_withLocal)
        sources.append(localSource());
    ApiResult imagesResult;
    const QVector<ImageInfo> images = imagesHeld(sources, &imagesResult);
    const CacheMatrix m = CacheMatrix::build(sources, images, imagesResult.ok);

    CliRows sourceRows({ { "name", QString() }, { "local", QString() }, { "ok", QString() }, { "error", QString() } });
    for (const MatrixSource &s : std::as_const(m.sources)) {
        sourceRows.add({ CliCell::string(s.name), CliCell::flag(s.local), CliCell::flag(s.ok),
                           s.ok ? CliCell() : CliCell::string(s.error) },
            s.name + QStringLiteral(": ") + s.error, !s.ok);
    }
    const CliRows rows = imageRows(m);
    const CliPrinter printer(m_ctx);
    if (m_ctx.json) {
        QVector<QPair<QByteArray, QByteArray>> members
            = { { "sources", CliJson::array(sourceRows) }, { "images_known", CliCell::flag(m.imagesKnown).json } };
        if (!m.imagesKnown)
            members.append({ "images_error", CliCell::string(imagesResult.error).json });
        members.append({ "images", CliJson::array(rows) });
        printer.json(CliJson::members(members));
        return CliPrinter::exitCode(sourceRows);
    }
    printer.errors(sourceRows);
    if (!imagesResult.ok)
        *m_ctx.err << tr("Image names and orphans are not shown: %1").arg(imagesResult.error) << Qt::endl;
    if (rows.isEmpty())
        m_out << tr("No source has anything cached or queued.") << Qt::endl;
    else
        m_out << CliTable(rows).render() << Qt::flush;
    return CliPrinter::exitCode(sourceRows);
}
