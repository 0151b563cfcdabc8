#pragma once

#include <QString>
#include <QVector>

// The whole region's image cache as Glance's main database records it with the centralized_db driver
// (GLANCE_CACHE.md §4, "Fleet"): every node in node_reference, every row of cached_images, and what the
// images table says of each cached image. Read by RegionReader; value types, safe to copy across threads.
// The database knows nothing of queues (queue/ markers are files on each node), so nothing here is queued.

// One row of node_reference: a glance-api that started with the cache at that worker_self_reference_url.
// A node whose URL changed keeps its old entry, and its rows, forever.
struct RegionNode
{
    qint64 id = 0; // node_reference_id
    QString url; // node_reference_url
    int images = 0; // its rows in cached_images
    qint64 bytes = 0; // the sum of their size
    qint64 hits = 0; // the sum of their hits
    double lastAccessed = 0; // the most recent last_accessed of its rows, epoch seconds (UTC); 0: no rows

    bool operator==(const RegionNode &o) const
    {
        return id == o.id && url == o.url && images == o.images && bytes == o.bytes && hits == o.hits
            && lastAccessed == o.lastAccessed;
    }
};

// One row of cached_images: one node holds one image.
struct RegionCopy
{
    int node = -1; // index into RegionCacheMap::nodes
    qint64 rowId = 0; // cached_images.id
    qint64 size = 0;
    qint64 hits = 0;
    double lastAccessed = 0; // epoch seconds, true UTC (not Glance's API's local-time reading)
    double lastModified = 0;
    QString checksum; // cached_images.checksum: Glance never writes it, so normally empty
};

// An image some node caches, with what the images table says of it.
struct RegionImage
{
    // Present: a live row in images. Deleted: a row marked deleted (Glance deletes softly: deleted = 1,
    // status 'deleted'). Missing: no row at all (purged with glance-manage db purge, or never there).
    enum Glance { Present, Deleted, Missing };

    QString imageId;
    Glance glance = Missing;
    QString name; // the images row's, also for a deleted row; empty when missing or unnamed
    QString status; // e.g. active, deactivated, deleted; empty when missing
    qint64 size = -1; // Glance's size; -1 unknown
    QString checksum; // MD5 hex
    QString osHashAlgo;
    QString osHashValue;
    QVector<RegionCopy> copies; // in node order

    bool inGlance() const { return glance == Present; }
    // The copy on node (an index into nodes), or nullptr.
    const RegionCopy *copyOn(int node) const
    {
        for (const RegionCopy &c : copies) {
            if (c.node == node)
                return &c;
        }
        return nullptr;
    }
};

struct RegionCacheMap
{
    QString database; // the [database] connection's redacted form, for headings
    QVector<RegionNode> nodes; // in node_reference_id order
    QVector<RegionImage> images; // by name ignoring case (unnamed last), then image ID

    // Cached on some nodes but not on all of them.
    bool isPartial(const RegionImage &image) const
    {
        return !image.copies.isEmpty() && image.copies.size() < nodes.size();
    }
    int indexOfNode(const QString &url) const
    {
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes.at(i).url == url)
                return i;
        }
        return -1;
    }
};
