#pragma once

#include "cache/regioncachemap.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QString>

// Reads the region's cache map from Glance's main database (the centralized_db driver's node_reference and
// cached_images, joined with images) in two queries: the nodes, then every row with its image's facts
// (a LEFT JOIN: an image deleted from Glance keeps its rows). No node URL is needed and no node is
// contacted. Blocking: call it off the GUI thread (Background::run); any thread, each call opens and
// removes its own connection.
class RegionReader
{
    Q_DECLARE_TR_FUNCTIONS(RegionReader)

public:
    // databaseUrl is [database] connection (holds the password; no sentence from here contains it). Fails
    // with a sentence for a URL that does not parse, a server that cannot be reached or refuses the
    // account, a database without the cache tables (naming its alembic revision), or a failed query.
    static Expected<RegionCacheMap> read(const QString &databaseUrl);
};
