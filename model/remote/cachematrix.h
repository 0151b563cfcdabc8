#pragma once

#include "remote/glanceapi.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

// One column of the node × image matrix: a glance-api node (GET /v2/cache) or a local cache directory.
struct MatrixSource
{
    QString name; // "http://node-1:9292", or "local: /var/lib/glance/image-cache"
    bool local = false;
    bool ok = false; // false: the listing failed; its cells are Unknown
    QString error; // why, when !ok
    NodeCacheState state;
};

// What one source holds of one image.
struct MatrixCell
{
    enum State { Absent, Cached, Queued, Unknown };
    State state = Absent;
    qint64 size = 0; // Cached only
    qint64 hits = 0;
    double lastAccessed = 0; // seconds since the epoch, as Glance reports
};

struct MatrixRow
{
    QString imageId;
    QString name; // from GET /v2/images; empty when unnamed or unknown
    QString status; // Glance's status (active, deactivated, ...); empty when unknown
    qint64 imageSize = -1; // Glance's size, -1 unknown
    bool inGlance = false; // the image list was read and has this image
    QVector<MatrixCell> cells; // one per source, in the sources' order
    int cachedCount = 0;
    int queuedCount = 0;
    int answeringSources = 0; // sources that listed successfully
};

// The node × image matrix as a value: which source caches or queues which image, joined with Glance's
// image names. Built by the pure function build(); no I/O, callable from any thread.
class CacheMatrix
{
    Q_DECLARE_TR_FUNCTIONS(CacheMatrix)

public:
    QVector<MatrixSource> sources;
    QVector<MatrixRow> rows; // images cached or queued somewhere; then by name, then ID
    bool imagesKnown = false; // GET /v2/images succeeded: orphans can be told
    QString imagesError;

    // Joins the listings. images: every image Glance knows, when imagesKnown. Rows are the images cached
    // or queued on at least one source, sorted by name ignoring case (unnamed last) then ID. Only images that appear in
    // a listing get a row: the matrix is about caches, not the whole catalogue.
    static CacheMatrix build(const QVector<MatrixSource> &sources, const QVector<ImageInfo> &images, bool imagesKnown);

    // Cached on some answering sources but not on all of them.
    static bool isPartial(const MatrixRow &row);
    // Cached or queued somewhere although Glance no longer has the image (only when imagesKnown).
    bool isOrphan(const MatrixRow &row) const { return imagesKnown && !row.inGlance; }

    int rowOf(const QString &imageId) const { return m_index.value(imageId, -1); }

    // A short text for a cell: "cached", "queued", "—", "?" — translated.
    static QString cellText(const MatrixCell &cell);

private:
    QHash<QString, int> m_index;
};
