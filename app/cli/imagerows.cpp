#include "imagerows.h"

#include "clijson.h"

namespace {

QVector<CliColumn> listColumns(const QString &node)
{
    QVector<CliColumn> columns = { { "image_id", QStringLiteral("ID") }, { QByteArray(), QStringLiteral("State") },
        { "last_accessed", QStringLiteral("Last Accessed (UTC)") },
        { "last_modified", QStringLiteral("Last Modified (UTC)") }, { "size", QStringLiteral("Size") },
        { "hits", QStringLiteral("Hits") } };
    if (!node.isNull())
        columns.prepend({ QByteArray(), QStringLiteral("Node") });
    return columns;
}

CliRows listRows(const QString &node)
{
    CliRows rows(listColumns(node));
    const int at = node.isNull() ? 0 : 1;
    rows.setJsonOrder({ at, at + 5, at + 2, at + 3, at + 4 });
    return rows;
}

} // namespace

CliRows ImageRows::columnsOnly(bool withNode)
{
    return listRows(withNode ? QStringLiteral("node") : QString());
}

CliRows ImageRows::cached(const QVector<CachedImage> &images, const QString &node)
{
    CliRows rows = listRows(node);
    const QString notAvailable = QStringLiteral("N/A");
    for (const CachedImage &c : images) {
        QVector<CliCell> cells
            = { CliCell::string(c.imageId), CliCell::display(QStringLiteral("cached")), CliCell::time(c.lastAccessed),
                  CliCell::time(c.lastModified), CliCell::number(c.size), CliCell::number(c.hits) };
        // Glance records 0 for an image never read since it was cached.
        if (c.lastAccessed == 0)
            cells[2].text = notAvailable;
        if (!node.isNull())
            cells.prepend(CliCell::display(node));
        rows.add(cells);
    }
    return rows;
}

CliRows ImageRows::queued(const QStringList &ids, const QString &node)
{
    CliRows rows = listRows(node);
    const CliCell notAvailable = CliCell::display(QStringLiteral("N/A"));
    for (const QString &id : ids) {
        QVector<CliCell> cells = { CliCell::string(id), CliCell::display(QStringLiteral("queued")), notAvailable,
            notAvailable, notAvailable, notAvailable };
        if (!node.isNull())
            cells.prepend(CliCell::display(node));
        rows.add(cells);
    }
    return rows;
}

QVector<QPair<QByteArray, QByteArray>> ImageRows::apiMembers(const CliRows &cached, const CliRows &queued)
{
    return { { "cached_images", CliJson::array(cached) }, { "queued_images", CliJson::values(queued, "image_id") } };
}
