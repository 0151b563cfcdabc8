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
    setFocusPolicy(Qt::ClickFocus);
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
    if (selection)
        connect(selection, &QItemSelectionModel::selectionChanged, this, &TreemapWidget::selectionChanged);
    modelChanged();
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
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0)
        return;

    // One linear pass: with a million rows this runs on the GUI thread whenever the model changes.
    // bytesAt() is the model's plain accessor for BytesRole, without the QModelIndex and QVariant per
    // row that data() would cost.
    QVector<qint64> bytes(rows);
    qint64 *out = bytes.data();
    qint64 totalBytes = 0;
    for (int row = 0; row < rows; ++row) {
        const qint64 b = m_model->bytesAt(row);
        out[row] = b > 0 ? b : 0;
        totalBytes += out[row];
    }
    const QVector<int> kept = TreemapLayout::largest(bytes, m_maxTiles);

    m_tiles.reserve(kept.size());
    qint64 keptBytes = 0;
    for (int row : kept) {
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
    m_restCount = rows - int(kept.size());
    m_restBytes = totalBytes - keptBytes;
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
    const QRect area = rect().adjusted(1, 1, 0, -legendRect().height());
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
    qint64 selectedRows = 0;
    for (const auto &span : std::as_const(merged))
        selectedRows += span.second - span.first + 1;

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

void TreemapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model || !m_selection) {
        QWidget::mousePressEvent(event);
        return;
    }
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        // Making the row current as well lets the table scroll to it.
        const auto mode = toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect;
        m_selection->setCurrentIndex(m_model->index(row, CachedImagesModel::Id), mode | QItemSelectionModel::Rows);
    } else if (!toggle) {
        // Empty space and the aggregate tile stand for no image in particular.
        m_selection->clearSelection();
    }
    event->accept();
}

bool TreemapWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int tile = tileAt(help->pos());
    if (tile >= 0) {
        QToolTip::showText(help->globalPos(), toolTipForRow(m_tiles.at(tile).row), this, m_tiles.at(tile).rect);
    } else if (m_restCount > 0 && m_restRect.contains(help->pos())) {
        QToolTip::showText(help->globalPos(), toolTipForAggregate(), this, m_restRect);
    } else if (!m_tiles.isEmpty() && legendRect().contains(help->pos())) {
        QToolTip::showText(help->globalPos(),
            tr("Each tile is a cached image: its area is the image's size, its colour how soon "
               "prune would delete it, from red (next to go) to blue (kept longest)."),
            this, legendRect());
    } else {
        QToolTip::hideText();
        event->ignore();
    }
    return true;
}

QString TreemapWidget::toolTipForRow(int row) const
{
    // Everything comes from the model's own columns so the tooltip says what the table says.
    auto cell = [this, row](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role).toString();
    };
    auto header = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    auto line = [](const QString &label, const QString &value) { return tr("%1: %2").arg(label, value); };

    QStringList lines;
    lines << line(header(CachedImagesModel::Id), cell(CachedImagesModel::Id));
    lines << line(header(CachedImagesModel::Size),
        tr("%1 (%2)").arg(cell(CachedImagesModel::Size), cell(CachedImagesModel::Size, Qt::ToolTipRole)));
    lines << line(header(CachedImagesModel::Share), cell(CachedImagesModel::Share));
    lines << line(header(CachedImagesModel::Hits), cell(CachedImagesModel::Hits));
    lines << line(header(CachedImagesModel::LastAccessed), cell(CachedImagesModel::LastAccessed));
    const QString rank = cell(CachedImagesModel::EvictionRank);
    lines << line(header(CachedImagesModel::EvictionRank),
        rank.isEmpty() ? tr("unknown")
                       : tr("%1 of %2 (1 is evicted first)").arg(rank, QLocale().toString(m_model->entryCount())));
    const QString note = cell(CachedImagesModel::Id, Qt::ToolTipRole);
    if (!note.isEmpty())
        lines << note;
    return lines.join(QLatin1Char('\n'));
}

QString TreemapWidget::toolTipForAggregate() const
{
    return tr(
        "%Ln smaller image(s), %1 in all.\nToo small to draw one by one; the table lists them.", nullptr, m_restCount)
        .arg(DisplayFormat::size(m_restBytes));
}
