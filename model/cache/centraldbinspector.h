#pragma once

#include "core/cachelocation.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

// Facts about a centralized_db cache beyond this node's own rows, for `check` and `status`: the other node
// URLs with rows in node_reference, the records an old cache.db still holds, and the host's UTC offset.
// Reads only (short read-only queries); blocking, any thread but the GUI's.
class CentralDbInspector
{
    Q_DECLARE_TR_FUNCTIONS(CentralDbInspector)

public:
    struct NodeRows
    {
        QString url;
        qint64 rows = 0;
    };
    // What the sqlite driver's cache.db in the cache directory still holds.
    struct LegacyRows
    {
        qint64 rows = 0;        // records in cache.db
        qint64 alreadyCentral = 0; // of those, images this node already has a central row for
    };

    explicit CentralDbInspector(const CacheLocation &location);

    // Every node_reference URL with its number of cached_images rows, in node_reference_id order.
    Expected<QVector<NodeRows>> nodes() const;

    // The image IDs of this node's central rows (empty when the node is not in node_reference).
    Expected<QSet<QString>> centralImageIds() const;

    // The records of <cache dir>/<image_cache_sqlite_db> (read-only; none when the file does not exist or has
    // no cached_images table). withCentral: also count those the central database has for this node already.
    Expected<LegacyRows> legacyRows(bool withCentral, int busyTimeoutMs = 2000) const;

    // Whether other names the same host as ours but is not the same text (another scheme or port, a trailing
    // slash, the host's case): Glance compares the URL as text, so this is likely our old URL.
    static bool looksLikeOurs(const QString &ours, const QString &other);

    // The host's offset from UTC now, in seconds (TZ honoured).
    static int utcOffsetNow();

private:
    CacheLocation m_location;
};
