#include "treemapwidget.h"

#include "itemmodels/cachedimagesmodel.h"
#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"
#include "core/treemaplayout.h"
#include "treemappaint.h"

#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr int ShortIdLength = 8;

} // namespace

using namespace TreemapPaint;

TreemapWidget::TreemapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("treemap"));
    setAccessibleName(tr("Cached images treemap"));
    // Tab reaches it: every tile can be reached and acted on from the keyboard.
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

TreemapWidget::~TreemapWidget() = default;

void TreemapWidget::setModel(CachedImagesModel *model, QItemSelectionModel *selection)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    if (selection && selection->model() != model) {
        qWarning("TreemapWidget::setModel: the selection model belongs to another model; ignoring it");
        selection = nullptr;
    }
    m_model = model;
    m_selection = selection;
    m_levels.clear(); // another model's thresholds mean nothing here
    m_aggregateCurrent = false;
    if (model) {
        // Any of these can change which rows exist, their order or their sizes.
        connect(model, &QAbstractItemModel::modelReset, this, &TreemapWidget::modelChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TreemapWidget::modelChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TreemapWidget::modelChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TreemapWidget::modelChanged);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TreemapWidget::modelChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &TreemapWidget::modelChanged);
        connect(model, &QObject::destroyed, this, &TreemapWidget::modelChanged);
    }
    if (selection) {
        connect(selection, &QItemSelectionModel::selectionChanged, this, &TreemapWidget::selectionChanged);
        connect(selection, &QItemSelectionModel::currentChanged, this, &TreemapWidget::currentChanged);
    }
    modelChanged();
}

int TreemapWidget::level() const
{
    ensureLayout();
    return int(m_levels.size());
}

bool TreemapWidget::enterAggregate()
{
    ensureLayout();
    if (m_restCount == 0 || m_tiles.isEmpty() || m_levels.size() >= std::numeric_limits<quint16>::max())
        return false;
    // The aggregate is everything below the smallest own tile (ties after it, as largest() breaks them).
    const Tile &smallest = m_tiles.constLast();
    m_levels.append({ smallest.bytes, m_model->keyAt(smallest.row), m_restCount, m_restBytes });
    m_aggregateCurrent = false;
    modelChanged();
    updateAccessibleDescription();
    return true;
}

void TreemapWidget::leaveTo(int level)
{
    if (level < 0 || level >= m_levels.size())
        return;
    m_levels.resize(level);
    // Like a file manager: the aggregate just left is current, so Enter goes straight back in.
    m_aggregateCurrent = true;
    modelChanged();
    updateAccessibleDescription();
}

void TreemapWidget::showAll()
{
    m_levels.clear();
    m_aggregateCurrent = false;
    modelChanged();
}

void TreemapWidget::leaveOneLevel()
{
    leaveTo(int(m_levels.size()) - 1);
}

void TreemapWidget::setMaxTiles(int count)
{
    m_maxTiles = std::max(1, count);
    modelChanged();
}

void TreemapWidget::modelChanged()
{
    m_tilesStale = true;
    update();
}

void TreemapWidget::selectionChanged()
{
    m_highlightsStale = true;
    update();
}

void TreemapWidget::currentChanged()
{
    // The table (or a click here) chose an image: the keyboard continues from it, not from the aggregate.
    m_aggregateCurrent = false;
    update();
    updateAccessibleDescription();
}

void TreemapWidget::ensureLayout() const
{
    if (m_tilesStale)
        collectTiles();
    if (m_geometryStale)
        layoutTiles();
    if (m_highlightsStale)
        updateHighlights();
}

void TreemapWidget::collectTiles() const
{
    m_tilesStale = false;
    m_geometryStale = true;
    m_highlightsStale = true;
    m_tiles.clear();
    m_restCount = 0;
    m_restBytes = 0;
    QVector<qint64> bytes;
    readRows(bytes);
    // A level stays while it holds images and the level above it still has an aggregate to enter.
    while (!m_levels.isEmpty()) {
        const int depth = int(m_levels.size());
        const int above = depth == 1 ? m_topCount : m_levels.at(depth - 2).count;
        if (m_levels.constLast().count > 0 && above > m_maxTiles)
            break;
        m_levels.removeLast();
    }
    const int depth = int(m_levels.size());
    const int count = depth == 0 ? m_topCount : m_levels.constLast().count;
    if (count == 0)
        return;
    qint64 levelBytes = depth == 0 ? m_topBytes : m_levels.constLast().bytes;
    if (depth > 0) {
        // Rows of upper levels rank below every size (even 0 bytes) and so are never picked.
        const quint16 *d = m_depth.constData();
        qint64 *b = bytes.data();
        for (int row = 0; row < bytes.size(); ++row) {
            if (d[row] < depth)
                b[row] = -1;
        }
    }
    QVector<int> kept = TreemapLayout::largest(bytes, m_maxTiles);
    while (!kept.isEmpty() && bytes.at(kept.constLast()) < 0)
        kept.removeLast();

    m_tiles.reserve(kept.size());
    qint64 keptBytes = 0;
    for (int row : std::as_const(kept)) {
        const QModelIndex index = m_model->index(row, CachedImagesModel::Id);
        Tile tile;
        tile.row = row;
        tile.bytes = bytes.at(row);
        // The model's fraction is rank / (entries - 1); a negative one means the rank is unknown.
        tile.evictionFraction = index.data(CacheRoles::EvictionFractionRole).toDouble();
        tile.attention = index.data(CacheRoles::AttentionRole).toBool();
        tile.label = index.data(CacheRoles::ImageIdRole).toString().left(ShortIdLength);
        m_tiles.append(tile);
        keptBytes += tile.bytes;
    }
    m_restCount = count - int(kept.size());
    m_restBytes = levelBytes - keptBytes;
}

void TreemapWidget::readRows(QVector<qint64> &bytes) const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    bytes.resize(rows);
    m_depth.fill(0, m_levels.isEmpty() ? 0 : rows);
    m_topCount = rows;
    m_topBytes = 0;
    for (Level &level : m_levels) {
        level.count = 0;
        level.bytes = 0;
    }
    // Whether each level's boundary image has been passed yet: equal sizes after it belong to the level.
    QVector<bool> passed(m_levels.size(), false);

    // One linear pass: with a million rows this runs on the GUI thread whenever the model changes.
    // bytesAt() is the model's plain accessor for BytesRole, without the QModelIndex and QVariant per
    // row that data() would cost; image IDs are read only for the rare rows exactly at a level's bound.
    qint64 *out = bytes.data();
    const int levels = int(m_levels.size());
    Level *level = m_levels.data();
    quint16 *depthOut = m_depth.data();
    for (int row = 0; row < rows; ++row) {
        const qint64 b = std::max<qint64>(m_model->bytesAt(row), 0);
        out[row] = b;
        m_topBytes += b;
        int depth = 0;
        while (depth < levels) {
            Level &next = level[depth];
            if (b > next.boundBytes)
                break;
            if (b == next.boundBytes && !passed.at(depth)) {
                if (m_model->keyAt(row) == next.boundKey)
                    passed[depth] = true;
                break;
            }
            ++next.count;
            next.bytes += b;
            ++depth;
        }
        if (levels > 0)
            depthOut[row] = quint16(depth);
    }
}

void TreemapWidget::layoutTiles() const
{
    m_geometryStale = false;
    QVector<double> weights;
    weights.reserve(m_tiles.size() + 1);
    for (const Tile &tile : std::as_const(m_tiles))
        weights.append(double(tile.bytes));
    weights.append(m_restCount > 0 ? double(m_restBytes) : 0.0);
    // One pixel of margin on the top and left; tiles leave theirs on the right and bottom when painted.
    const QRect area = rect().adjusted(1, 1 + breadcrumbArea().height(), 0, -legendRect().height());
    const QVector<QRectF> rects = TreemapLayout::squarify(weights, QRectF(area));
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i].rect = snapped(rects.at(i));
    m_restRect = snapped(rects.last());
}

void TreemapWidget::updateHighlights() const
{
    m_highlightsStale = false;
    m_restHighlighted = false;
    for (Tile &tile : m_tiles)
        tile.highlighted = false;
    if (!m_selection || !m_model || m_tiles.isEmpty())
        return;

    // Selected rows as merged, sorted intervals: a select-all over a million rows is one interval, and
    // each tile is then a binary search rather than a walk over the selection.
    QVector<QPair<int, int>> spans;
    const QItemSelection selection = m_selection->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.isValid() && !range.parent().isValid())
            spans.append({ range.top(), range.bottom() });
    }
    if (spans.isEmpty())
        return;
    std::sort(spans.begin(), spans.end());
    QVector<QPair<int, int>> merged { spans.first() };
    for (const auto &span : std::as_const(spans)) {
        if (span.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
    }
    // Selected rows of this level: at the top every row is; deeper, those whose depth reaches it.
    qint64 selectedRows = 0;
    const int depth = int(m_levels.size());
    for (const auto &span : std::as_const(merged)) {
        if (depth == 0) {
            selectedRows += span.second - span.first + 1;
            continue;
        }
        for (int row = span.first; row <= span.second && row < m_depth.size(); ++row)
            selectedRows += m_depth.at(row) >= depth ? 1 : 0;
    }

    qint64 highlightedTiles = 0;
    for (Tile &tile : m_tiles) {
        auto after = std::upper_bound(merged.cbegin(), merged.cend(), tile.row,
            [](int row, const QPair<int, int> &span) { return row < span.first; });
        tile.highlighted = after != merged.cbegin() && tile.row <= std::prev(after)->second;
        highlightedTiles += tile.highlighted;
    }
    // Whatever is selected but has no tile of its own lies in the aggregate.
    m_restHighlighted = m_restCount > 0 && selectedRows > highlightedTiles;
}

int TreemapWidget::tileAt(const QPoint &pos) const
{
    ensureLayout();
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

int TreemapWidget::rowAt(const QPoint &pos) const
{
    const int tile = tileAt(pos);
    return tile < 0 ? -1 : m_tiles.at(tile).row;
}

QRect TreemapWidget::tileRect(int row) const
{
    ensureLayout();
    for (const Tile &tile : std::as_const(m_tiles)) {
        if (tile.row == row)
            return tile.rect;
    }
    return {};
}

bool TreemapWidget::isHighlighted(int row) const
{
    ensureLayout();
    for (const Tile &tile : std::as_const(m_tiles)) {
        if (tile.row == row)
            return tile.highlighted;
    }
    return false;
}

int TreemapWidget::tileCount() const
{
    ensureLayout();
    return int(m_tiles.size());
}

int TreemapWidget::aggregatedCount() const
{
    ensureLayout();
    return m_restCount;
}

QRect TreemapWidget::aggregateRect() const
{
    ensureLayout();
    return m_restCount > 0 ? m_restRect : QRect();
}

QRect TreemapWidget::legendRect() const
{
    const int height = fontMetrics().height() + 6;
    if (this->height() < 5 * height)
        return {};
    return QRect(0, this->height() - height, width(), height);
}

QSize TreemapWidget::minimumSizeHint() const
{
    return { 120, 100 };
}

QSize TreemapWidget::sizeHint() const
{
    return { 240, 200 };
}

void TreemapWidget::resizeEvent(QResizeEvent *event)
{
    m_geometryStale = true;
    QWidget::resizeEvent(event);
}

int TreemapWidget::currentTile() const
{
    ensureLayout();
    if (m_aggregateCurrent)
        return m_restCount > 0 ? int(m_tiles.size()) : -1;
    if (!m_selection || !m_model)
        return -1;
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid() || current.model() != m_model)
        return -1;
    const int row = current.row();
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).row == row)
            return i;
    }
    // The table's current image is one of the aggregate's: the aggregate stands for it here.
    const int depth = int(m_levels.size());
    const bool inLevel = depth == 0 ? row < m_topCount : row < m_depth.size() && m_depth.at(row) >= depth;
    return inLevel && m_restCount > 0 ? int(m_tiles.size()) : -1;
}

QRect TreemapWidget::tileRectAt(int tile) const
{
    if (tile >= 0 && tile < m_tiles.size())
        return m_tiles.at(tile).rect;
    return tile == m_tiles.size() && m_restCount > 0 ? m_restRect : QRect();
}

int TreemapWidget::currentRow() const
{
    const int tile = currentTile();
    return tile >= 0 && tile < m_tiles.size() ? m_tiles.at(tile).row : -1;
}

bool TreemapWidget::aggregateIsCurrent() const
{
    const int tile = currentTile();
    return tile >= 0 && tile == m_tiles.size();
}
