#pragma once

#include "cache/regioncachemap.h"
#include "remote/cachematrix.h"

// The region read from Glance's database as the node × image matrix the nodes window already shows: one
// source per node_reference entry, cells from cached_images, names and status from the images table. An
// image whose row is deleted or missing is an orphan ("no longer in Glance"), its status kept when the row
// is there. Nothing is queued (the database knows no queues). A pure function; any thread.
namespace RegionMatrix {

// knownNodes: the node URLs the connection lists. When some of them are in node_reference, "cached on N of
// M" counts only those: an entry the connection does not list (an old URL whose rows stayed behind) keeps
// its column but does not make every image look unevenly cached. Empty: every entry counts.
CacheMatrix build(const RegionCacheMap &map, const QStringList &knownNodes = {});

// Whether url is one of knownNodes, a trailing slash either side aside.
bool isKnown(const QString &url, const QStringList &knownNodes);

} // namespace RegionMatrix
