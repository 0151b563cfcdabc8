#include "remote/cachematrix.h"

#include <algorithm>

CacheMatrix CacheMatrix::build(const QVector<MatrixSource> &sources, const QVector<ImageInfo> &images, bool imagesKnown)
{
    CacheMatrix m;
    m.sources = sources;
    m.imagesKnown = imagesKnown;
    const int columns = int(sources.size());
    int answering = 0;
    for (const MatrixSource &s : sources)
        answering += s.ok ? 1 : 0;

    auto rowFor = [&](const QString &id) -> MatrixRow & {
        auto it = m.m_index.constFind(id);
        if (it != m.m_index.constEnd())
            return m.rows[*it];
        MatrixRow row;
        row.imageId = id;
        row.answeringSources = answering;
        row.cells.resize(columns);
        for (int c = 0; c < columns; ++c) {
            if (!sources.at(c).ok)
                row.cells[c].state = MatrixCell::Unknown;
        }
        m.m_index.insert(id, int(m.rows.size()));
        m.rows.append(row);
        return m.rows.last();
    };

    for (int c = 0; c < columns; ++c) {
        const MatrixSource &s = sources.at(c);
        if (!s.ok)
            continue;
        for (const CachedImage &image : s.state.cached) {
            MatrixCell &cell = rowFor(image.imageId).cells[c];
            cell.state = MatrixCell::Cached;
            cell.size = image.size;
            cell.hits = image.hits;
            cell.lastAccessed = image.lastAccessed;
        }
        for (const QString &id : s.state.queued) {
            MatrixCell &cell = rowFor(id).cells[c];
            // Glance lists an image both ways for a moment while it is cached from the queue: cached wins.
            if (cell.state != MatrixCell::Cached)
                cell.state = MatrixCell::Queued;
        }
    }

    QHash<QString, const ImageInfo *> byId;
    byId.reserve(images.size());
    for (const ImageInfo &info : images)
        byId.insert(info.id.toLower(), &info);
    for (MatrixRow &row : m.rows) {
        for (const MatrixCell &cell : std::as_const(row.cells)) {
            row.cachedCount += cell.state == MatrixCell::Cached ? 1 : 0;
            row.queuedCount += cell.state == MatrixCell::Queued ? 1 : 0;
        }
        if (const ImageInfo *info = byId.value(row.imageId)) {
            row.inGlance = true;
            row.name = info->name;
            row.status = info->status;
            row.imageSize = info->size;
        }
    }

    std::stable_sort(m.rows.begin(), m.rows.end(), [](const MatrixRow &a, const MatrixRow &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.imageId < b.imageId;
    });
    m.m_index.clear();
    for (int r = 0; r < m.rows.size(); ++r)
        m.m_index.insert(m.rows.at(r).imageId, r);
    return m;
}

bool CacheMatrix::isPartial(const MatrixRow &row)
{
    return row.cachedCount > 0 && row.cachedCount < row.answeringSources;
}

QString CacheMatrix::cellText(const MatrixCell &cell)
{
    switch (cell.state) {
    case MatrixCell::Cached:
        return tr("cached");
    case MatrixCell::Queued:
        return tr("queued");
    case MatrixCell::Unknown:
        return QStringLiteral("?");
    case MatrixCell::Absent:
        break;
    }
    return QStringLiteral("—");
}
