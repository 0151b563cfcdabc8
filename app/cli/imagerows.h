#pragma once

#include "clirows.h"
#include "core/cacheentries.h"

#include <QPair>
#include <QStringList>

// The rows of a cache listing, the same for the local cache and a node's: glanceclient's cache-list
// columns (ID, State, Last Accessed (UTC), Last Modified (UTC), Size, Hits), JSON members in the v2
// cache API's order (image_id, hits, last_accessed, last_modified, size). With a node name the rows
// start with a Node column (table only: a node's JSON names it once, around its listing).
class ImageRows
{
public:
    // No rows yet, the columns alone (with the Node column or not).
    static CliRows columnsOnly(bool withNode);
    static CliRows cached(const QVector<CachedImage> &images, const QString &node = QString());
    // Queued images are IDs only; the other columns say N/A and are not in the JSON.
    static CliRows queued(const QStringList &ids, const QString &node = QString());
    // "cached_images": [{...}], "queued_images": ["id", ...]: GET /v2/cache's document, as members.
    static QVector<QPair<QByteArray, QByteArray>> apiMembers(const CliRows &cached, const CliRows &queued);
};
