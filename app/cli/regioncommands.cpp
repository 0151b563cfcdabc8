#include "regioncommands.h"

#include "cache/defaultcache.h"
#include "cache/regionreader.h"
#include "clicommand.h"
#include "clijson.h"
#include "cliprinter.h"
#include "clitable.h"
#include "commandline.h"
#include "config/cachelocator.h"

#include <QFileInfo>
#include <QLocale>

namespace {

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString glanceName(RegionImage::Glance g)
{
    switch (g) {
    case RegionImage::Present:
        return QStringLiteral("present");
    case RegionImage::Deleted:
        return QStringLiteral("deleted");
    case RegionImage::Missing:
        break;
    }
    return QStringLiteral("missing");
}

// Per node what it holds of image: the --node form's cell members, and last_modified, which only the
// database has.
QByteArray cellsJson(const RegionCacheMap &map, const RegionImage &image)
{
    CliRows cells({ { "state", QString() }, { "hits", QString() }, { "size", QString() },
        { "last_accessed", QString() }, { "last_modified", QString() } });
    for (int n = 0; n < map.nodes.size(); ++n) {
        const RegionCopy *c = image.copyOn(n);
        cells.add({ CliCell::string(c ? QStringLiteral("cached") : QStringLiteral("absent")),
            c ? CliCell::number(c->hits) : CliCell(), c ? CliCell::number(c->size) : CliCell(),
            c ? CliCell::time(c->lastAccessed) : CliCell(), c ? CliCell::time(c->lastModified) : CliCell() });
    }
    return CliJson::array(cells);
}

// What a person should notice about an image: gone from Glance, held by only some nodes, copies whose size
// is not Glance's.
QString noteOf(const RegionCacheMap &map, const RegionImage &image)
{
    QStringList notes;
    if (image.glance == RegionImage::Deleted)
        notes << RegionCommands::tr("deleted in Glance");
    else if (image.glance == RegionImage::Missing)
        notes << RegionCommands::tr("not in Glance");
    else if (map.isPartial(image))
        notes << RegionCommands::tr("cached on %1 of %2").arg(image.copies.size()).arg(map.nodes.size());
    if (image.size >= 0) {
        for (const RegionCopy &c : image.copies) {
            if (c.size != image.size)
                notes << RegionCommands::tr("%1 holds %2 bytes, Glance says %3")
                             .arg(map.nodes.at(c.node).url)
                             .arg(c.size)
                             .arg(image.size);
        }
    }
    return notes.join(QLatin1String("; "));
}

} // namespace

RegionCommands::RegionCommands(const CliContext &context)
    : m_ctx(context)
{ }

int RegionCommands::fail(const CommandLine &line, const QString &message, int code) const
{
    *m_ctx.err << "glance-cachectl " << line.command->name << ": " << message << Qt::endl;
    return code;
}

int RegionCommands::run(const CommandLine &line, bool matrix)
{
    LocationOptions options = line.location;
    if (!options.any()) {
        const QString system = DefaultCache::systemConfig();
        if (!QFileInfo(system).isReadable())
            return fail(line,
                tr("give the glance-api nodes with --node URL, or a glance-api.conf whose image_cache_driver is "
                   "centralized_db (--config-file) to read the region from Glance's database."),
                ExitUsage);
        options.configFiles = { system };
    }
    if (!options.cacheDir.isEmpty() && options.configFiles.isEmpty() && options.configDir.isEmpty())
        return fail(line,
            tr("a cache directory does not say where Glance's database is: give the glance-api.conf with "
               "--config-file, or the nodes with --node URL."),
            ExitUsage);
    const Expected<CacheLocation> location = CacheLocator::resolveDatabase(options);
    if (!location)
        return fail(line, location.error(), ExitFailure);
    if (!line.fromDatabase && location->driver != QLatin1String("centralized_db"))
        return fail(line,
            tr("%1 sets image_cache_driver = %2, so Glance's database holds no cache records of its nodes: give "
               "the nodes with --node URL, or add --from-database to read the region from its [database] "
               "connection anyway.")
                .arg(location->configFiles.join(QLatin1String(", ")), location->driver),
            ExitUsage);
    const Expected<RegionCacheMap> map = RegionReader::read(location->databaseUrl);
    if (!map)
        return fail(line, map.error(), ExitFailure);
    return matrix ? this->matrix(*map) : nodes(*map, location->nodeUrl);
}

int RegionCommands::nodes(const RegionCacheMap &map, const QString &thisNode)
{
    CliRows rows({ { "node", tr("Node") }, { "node_reference_id", tr("ID") }, { "cached_images", tr("Cached") },
        { "size", tr("Size") }, { "hits", tr("Hits") }, { "last_accessed", tr("Last access (UTC)") },
        { "this_node", QString() } });
    for (const RegionNode &n : map.nodes) {
        rows.add({ CliCell::string(n.url), CliCell::number(n.id), CliCell::number(n.images),
            CliCell::number(n.bytes, human(n.bytes)), CliCell::number(n.hits),
            n.images ? CliCell::time(n.lastAccessed) : CliCell::null(QStringLiteral("-")),
            CliCell::flag(!thisNode.isEmpty() && n.url == thisNode) });
    }
    const CliPrinter printer(m_ctx);
    if (m_ctx.json) {
        printer.json(CliJson::members(
            { { "database", CliCell::string(map.database).json }, { "nodes", CliJson::array(rows) } }));
        return ExitOk;
    }
    if (rows.isEmpty())
        *m_ctx.out
            << tr("No glance-api has started with the cache against %1 yet: node_reference is empty.").arg(map.database)
            << Qt::endl;
    else
        *m_ctx.out << CliTable(rows).render() << Qt::flush;
    return ExitOk;
}

int RegionCommands::matrix(const RegionCacheMap &map)
{
    QVector<CliColumn> columns = { { "name", tr("Name") }, { "image_id", QStringLiteral("ID") },
        { "status", tr("Status") }, { "in_glance", QString() }, { "glance", QString() }, { "partial", QString() },
        { "glance_size", QString() }, { "checksum", QString() }, { "os_hash_algo", QString() },
        { "os_hash_value", QString() }, { "cells", QString() } };
    for (const RegionNode &n : map.nodes)
        columns.append({ QByteArray(), n.url });
    columns.append({ QByteArray(), tr("Note") });
    CliRows rows(columns);
    rows.setJsonOrder({ 1, 0, 3, 5, 10, 2, 4, 6, 7, 8, 9 });
    const auto text = [](const QString &s) { return s.isEmpty() ? CliCell::null(QString()) : CliCell::string(s); };
    for (const RegionImage &image : map.images) {
        QVector<CliCell> cells = { CliCell::string(image.name), CliCell::string(image.imageId), text(image.status),
            CliCell::flag(image.inGlance()), CliCell::string(glanceName(image.glance)),
            CliCell::flag(map.isPartial(image)),
            image.size >= 0 ? CliCell::number(image.size) : CliCell::null(QString()), text(image.checksum),
            text(image.osHashAlgo), text(image.osHashValue), CliCell::raw(cellsJson(map, image)) };
        for (int n = 0; n < map.nodes.size(); ++n) {
            const RegionCopy *c = image.copyOn(n);
            cells.append(CliCell::display(
                c ? tr("cached (%Ln hit(s))", nullptr, int(qMin<qint64>(c->hits, INT_MAX))) : QStringLiteral("—")));
        }
        cells.append(CliCell::display(noteOf(map, image)));
        rows.add(cells);
    }
    CliRows sources(
        { { "name", QString() }, { "node_reference_id", QString() }, { "local", QString() }, { "ok", QString() } });
    for (const RegionNode &n : map.nodes)
        sources.add({ CliCell::string(n.url), CliCell::number(n.id), CliCell::flag(false), CliCell::flag(true) });
    const CliPrinter printer(m_ctx);
    if (m_ctx.json) {
        printer.json(CliJson::members(
            { { "database", CliCell::string(map.database).json }, { "sources", CliJson::array(sources) },
                { "images_known", CliCell::flag(true).json }, { "images", CliJson::array(rows) } }));
        return ExitOk;
    }
    if (rows.isEmpty())
        *m_ctx.out << tr("No node has anything cached according to %1.").arg(map.database) << Qt::endl;
    else
        *m_ctx.out << CliTable(rows).render() << Qt::flush;
    return ExitOk;
}
