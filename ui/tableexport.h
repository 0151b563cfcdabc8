#pragma once

#include "core/cacheentries.h"
#include "core/expected.h"
#include "core/imagenames.h"

#include <QByteArray>
#include <QStringList>
#include <QVariant>
#include <QVector>

class EntryView;

// File → Export: rows of a tab as CSV or JSON. take() copies what is exported from the view on the GUI
// thread (value types); the rest are pure functions that may run on any thread.
namespace TableExport {

enum class Format { Csv, Json };

struct Table
{
    QStringList headers;               // the visible columns' titles, in their visual order
    QVector<QVector<QVariant>> rows;   // raw values (bytes, epoch seconds, counts), else the shown text
    QVector<CachedImage> cached;       // the Cached tab: its entries, for the JSON glance-cachectl prints
    QStringList queued;                // the Queued tab: its IDs, likewise
    bool isCached = false;
    bool isQueued = false;
    bool wholeSeconds = false;         // the xattr driver: times are whole seconds, printed as integers
    ImageNames names;                  // the view's names (JSON "name" members only when known)
};

// The selected rows of view, or every row it shows (filtered) when none is selected, in the view's order.
Table take(const EntryView *view);

// RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
QByteArray csv(const Table &table);
// The Cached tab: {"cached_images": [...]} with the members, order and number forms of glance-cachectl list
// --json; the Queued tab: {"queued_images": [...]} likewise; any other tab: an array of objects keyed by
// the column titles. Ends with a newline, like the CLI's. When names are known, each cached image also has
// "name" (last; null for an image Glance did not list) and the queued list is followed by "names", an object
// of the same by image ID; without names the output is exactly the CLI's.
QByteArray json(const Table &table);

// Writes data to path through a temporary file renamed over it, so a reader never sees half a file and
// a failure leaves an existing file as it was. The bytes written, or a sentence saying what failed.
Expected<qint64> write(const QString &path, const QByteArray &data);

} // namespace TableExport
