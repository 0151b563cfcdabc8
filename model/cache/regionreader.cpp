#include "cache/regionreader.h"

#include "cache/centraldbconnection.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The images in the order every view starts from: by name ignoring case, unnamed last, then by ID.
void sortImages(QVector<RegionImage> *images)
{
    std::sort(images->begin(), images->end(), [](const RegionImage &a, const RegionImage &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.imageId < b.imageId;
    });
}

} // namespace

// Long on purpose: connect, check the schema, the two queries and the aggregation, read top to bottom.
Expected<RegionCacheMap> RegionReader::read(const QString &databaseUrl)
{
    using Result = Expected<RegionCacheMap>;
    const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(databaseUrl);
    if (!url)
        return Result::failure(url.error());
    RegionCacheMap map;
    map.database = url->redacted();
    CentralDbConnection connection;
    if (const Expected<void> opened = connection.open(*url); !opened)
        return Result::failure(opened.error());
    const QSqlDatabase db = connection.db();
    if (const Expected<void> schema = CentralDbConnection::checkSchema(db, *url); !schema)
        return Result::failure(schema.error());
    const auto failed = [&](const QSqlQuery &q) {
        return Result::failure(tr("Reading the region's cache records from %1 failed: %2")
                                   .arg(map.database, url->scrub(q.lastError().text())));
    };

    QHash<qint64, int> nodeIndex;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT node_reference_id, node_reference_url FROM node_reference "
                                   "ORDER BY node_reference_id")))
            return failed(q);
        while (q.next()) {
            RegionNode node;
            node.id = q.value(0).toLongLong();
            node.url = q.value(1).toString();
            nodeIndex.insert(node.id, int(map.nodes.size()));
            map.nodes.append(node);
        }
        if (q.lastError().isValid())
            return failed(q);
    }

    // One row per copy, in node then insertion order, each with its image's row (NULLs when Glance has
    // none). Glance's own columns: images.deleted is its soft-delete flag (status turns 'deleted' too).
    const auto dialect = url->dialect();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, c.node_reference_id, c.image_id, c.size, c.hits, %1, %2, c.checksum, "
                               "i.id, i.name, i.status, i.size, i.checksum, i.os_hash_algo, i.os_hash_value, "
                               "i.deleted FROM cached_images c LEFT JOIN images i ON i.id = c.image_id "
                               "ORDER BY c.node_reference_id, c.id")
                    .arg(CentralDbConnection::timeAsText(dialect, "c.last_accessed"),
                        CentralDbConnection::timeAsText(dialect, "c.last_modified"))))
        return failed(q);
    QHash<QString, int> imageIndex;
    while (q.next()) {
        const qint64 nodeId = q.value(1).toLongLong();
        if (!nodeIndex.contains(nodeId)) {
            // SQLite does not enforce the foreign key: a row may name a node that is not there.
            RegionNode node;
            node.id = nodeId;
            node.url = tr("(node %1, missing from node_reference)").arg(nodeId);
            nodeIndex.insert(nodeId, int(map.nodes.size()));
            map.nodes.append(node);
        }
        RegionCopy copy;
        copy.node = nodeIndex.value(nodeId);
        copy.rowId = q.value(0).toLongLong();
        copy.size = q.value(3).toLongLong();
        copy.hits = q.value(4).toLongLong();
        copy.lastAccessed = CentralDbConnection::epochOf(q.value(5).toString());
        copy.lastModified = CentralDbConnection::epochOf(q.value(6).toString());
        copy.checksum = q.value(7).toString();

        const QString imageId = q.value(2).toString();
        auto it = imageIndex.constFind(imageId);
        if (it == imageIndex.constEnd()) {
            RegionImage image;
            image.imageId = imageId;
            if (!q.value(8).isNull()) {
                image.glance = q.value(15).toBool() ? RegionImage::Deleted : RegionImage::Present;
                image.name = q.value(9).toString();
                image.status = q.value(10).toString();
                image.size = q.value(11).isNull() ? -1 : q.value(11).toLongLong();
                image.checksum = q.value(12).toString();
                image.osHashAlgo = q.value(13).toString();
                image.osHashValue = q.value(14).toString();
            }
            it = imageIndex.insert(imageId, int(map.images.size()));
            map.images.append(image);
        }
        map.images[*it].copies.append(copy);

        RegionNode &node = map.nodes[copy.node];
        ++node.images;
        node.bytes += copy.size;
        node.hits += copy.hits;
        node.lastAccessed = std::max(node.lastAccessed, copy.lastAccessed);
    }
    if (q.lastError().isValid())
        return failed(q);
    sortImages(&map.images);
    return map;
}
