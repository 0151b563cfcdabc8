#include "treemapwidget.h"

#include "cachedimagesmodel.h"
#include "cacheroles.h"
#include "displayformat.h"
#include "treemaplayout.h"

#include <QHelpEvent>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <iterator>

namespace {

constexpr int LabelPadding = 4;
constexpr int ShortIdLength = 8;

// Warm for images prune takes first, cool for those it keeps longest. Mid-lightness stops so that
// either black or white text reads on every tile, on light and dark palettes alike.
QColor evictionColor(double fraction, bool darkPalette)
{
    struct Stop
    {
        double at;
        QRgb rgb;
    };
    static constexpr Stop stops[] = {
        {0.00, 0xd0392b}, {0.30, 0xe8833a}, {0.55, 0xc8b35a}, {0.78, 0x4f9f8c}, {1.00, 0x4270b4},
    };
    if (fraction < 0)
        return darkPalette ? QColor(0x70, 0x70, 0x78) : QColor(0xa8, 0xa8, 0xb0); // no prune order known
    fraction = std::min(fraction, 1.0);
    int i = 1;
    while (i < int(std::size(stops)) - 1 && stops[i].at < fraction)
        ++i;
    const Stop &a = stops[i - 1];
    const Stop &b = stops[i];
    const double t = (fraction - a.at) / (b.at - a.at);
    auto mix = [t](int x, int y) { return int(x + (y - x) * t + 0.5); };
    QColor c(mix(qRed(a.rgb), qRed(b.rgb)), mix(qGreen(a.rgb), qGreen(b.rgb)), mix(qBlue(a.rgb), qBlue(b.rgb)));
    // Full-strength colours glare against a dark window; dim them a little there.
    return darkPalette ? c.darker(125) : c;
}

bool isDark(const QColor &c)
{
    // Perceived brightness (ITU-R BT.601 weights) is enough to choose between black and white text.
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.55;
}

QRect snapped(const QRectF &r)
{
    // Rounding edges rather than sizes keeps neighbours sharing an edge exactly: no gaps, no overlaps.
    const int left = qRound(r.left());
    const int top = qRound(r.top());
    return QRect(left, top, qRound(r.right()) - left, qRound(r.bottom()) - top);
}

// A frame drawn inside r (grown to a visible minimum first, so even a one-pixel tile shows it's selected).
void paintSelectionFrame(QPainter &painter, QRect r, const QColor &outer, const QColor &inner)
{
    constexpr int minSide = 9;
    if (r.width() < minSide)
        r.adjust(-(minSide - r.width()) / 2, 0, (minSide - r.width() + 1) / 2, 0);
    if (r.height() < minSide)
        r.adjust(0, -(minSide - r.height()) / 2, 0, (minSide - r.height() + 1) / 2);
    auto frame = [&painter](const QRect &f, int width, const QColor &color) {
        painter.fillRect(QRect(f.left(), f.top(), f.width(), width), color);
        painter.fillRect(QRect(f.left(), f.bottom() - width + 1, f.width(), width), color);
        painter.fillRect(QRect(f.left(), f.top(), width, f.height()), color);
        painter.fillRect(QRect(f.right() - width + 1, f.top(), width, f.height()), color);
    };
    frame(r, 3, outer);
    frame(r.adjusted(3, 3, -3, -3), 1, inner);
}

} // namespace

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

    // One linear pass plus a selection, never a full sort: with a million rows this runs on the GUI
    // thread whenever the model changes. bytesAt() is the model's plain accessor for BytesRole, without
    // the QModelIndex and QVariant per row that data() would cost.
    struct Candidate
    {
        qint64 bytes;
        int row;
    };
    std::vector<Candidate> candidates(size_t(rows), Candidate{0, 0});
    QElapsedTimer tt; tt.start();
    qint64 totalBytes = 0;
    for (int row = 0; row < rows; ++row) {
        const qint64 bytes = std::max<qint64>(0, m_model->bytesAt(row));
        candidates[size_t(row)] = {bytes, row};
        totalBytes += bytes;
    }
    // Larger first; ties by row so the picture does not shuffle between equal images.
    auto larger = [](const Candidate &a, const Candidate &b) {
        return a.bytes > b.bytes || (a.bytes == b.bytes && a.row < b.row);
    };
    qInfo("scan %lld", tt.restart());
    const int kept = std::min(rows, m_maxTiles);
    if (kept < rows)
        std::nth_element(candidates.begin(), candidates.begin() + kept, candidates.end(), larger);
    std::sort(candidates.begin(), candidates.begin() + kept, larger);

    qInfo("select %lld", tt.restart());
    m_tiles.reserve(kept);
    qint64 keptBytes = 0;
    for (int k = 0; k < kept; ++k) {
        const Candidate &c = candidates[size_t(k)];
        const QModelIndex index = m_model->index(c.row, CachedImagesModel::Id);
        Tile tile;
        tile.row = c.row;
        tile.bytes = c.bytes;
        // The model's fraction is rank / (entries - 1); a negative one means the rank is unknown.
        tile.evictionFraction = index.data(CacheRoles::EvictionFractionRole).toDouble();
        tile.attention = index.data(CacheRoles::AttentionRole).toBool();
        tile.label = index.data(CacheRoles::ImageIdRole).toString().left(ShortIdLength);
        tile.sizeText = DisplayFormat::size(c.bytes);
        m_tiles.append(tile);
        keptBytes += c.bytes;
    }
    qInfo("tiles %lld", tt.restart());
    m_restCount = rows - kept;
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
    const QVector<QRectF> rects = TreemapLayout::squarify(weights, QRectF(rect()).adjusted(1, 1, 0, 0));
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
            spans.append({range.top(), range.bottom()});
    }
    if (spans.isEmpty())
        return;
    std::sort(spans.begin(), spans.end());
    QVector<QPair<int, int>> merged{spans.first()};
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

QSize TreemapWidget::minimumSizeHint() const
{
    return {120, 100};
}

QSize TreemapWidget::sizeHint() const
{
    return {240, 200};
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
    return tr("%n smaller image(s), %1 in all.\nToo small to draw one by one; the table lists them.", nullptr,
              m_restCount)
        .arg(DisplayFormat::size(m_restBytes));
}

void TreemapWidget::paintLabel(QPainter &painter, const QRect &rect, const QString &first, const QString &second,
                               const QColor &color) const
{
    // Labels only where they fit whole: a clipped ID is worse than none, the tooltip has it anyway.
    const QRect room = rect.adjusted(LabelPadding, LabelPadding - 1, -LabelPadding, -LabelPadding);
    const QFontMetrics bold(painter.font());
    if (room.height() < bold.height() || bold.horizontalAdvance(first) > room.width())
        return;
    const bool both = room.height() >= 2 * bold.height() && bold.horizontalAdvance(second) <= room.width();
    painter.setPen(color);
    painter.drawText(room, Qt::AlignLeft | Qt::AlignTop, first);
    if (both)
        painter.drawText(room.adjusted(0, bold.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop, second);
}

void TreemapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    ensureLayout();

    if (m_tiles.isEmpty()) {
        const bool filtered = m_model && m_model->entryCount() > 0;
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         filtered ? tr("No cached image matches the filter") : tr("No cached images"));
        return;
    }

    const bool darkPalette = isDark(pal.color(QPalette::Window));
    const QColor lightText(Qt::white);
    const QColor darkText(0x1a, 0x1a, 0x1a);
    // The gap on the right and bottom of each tile is its border; tiles under three pixels get none so
    // that a crowd of tiny images still shows as colour rather than as border.
    auto body = [](const QRect &r) { return r.width() > 2 && r.height() > 2 ? r.adjusted(0, 0, -1, -1) : r; };
    QFont labelFont = font();
    labelFont.setBold(true);
    painter.setFont(labelFont);

    for (const Tile &tile : std::as_const(m_tiles)) {
        if (tile.rect.isEmpty())
            continue;
        const QColor fill = evictionColor(tile.evictionFraction, darkPalette);
        const QRect r = body(tile.rect);
        painter.fillRect(r, fill);
        const QColor text = isDark(fill) ? lightText : darkText;
        if (tile.attention) {
            // A record without its file: hatched, so it stands out without changing the colour scale.
            QColor hatch = text;
            hatch.setAlphaF(0.35f);
            painter.fillRect(r, QBrush(hatch, Qt::BDiagPattern));
        }
        if (r.width() > 2 * LabelPadding + 20 && r.height() > 2 * LabelPadding + 8)
            paintLabel(painter, r, tile.label, tile.sizeText, text);
    }
    if (m_restCount > 0 && !m_restRect.isEmpty()) {
        const QColor fill = pal.color(QPalette::Mid);
        const QRect r = body(m_restRect);
        painter.fillRect(r, fill);
        const QColor text = isDark(fill) ? lightText : darkText;
        const QString first = tr("%n smaller image(s)", nullptr, m_restCount);
        if (QFontMetrics(labelFont).horizontalAdvance(first) + 2 * LabelPadding <= r.width())
            paintLabel(painter, r, first, DisplayFormat::size(m_restBytes), text);
        else
            paintLabel(painter, r, tr("+%1").arg(QLocale().toString(m_restCount)), DisplayFormat::size(m_restBytes), text);
    }

    // Selection frames last, so no neighbour paints over a frame that had to grow past its tile.
    const QColor outer = pal.color(QPalette::WindowText);
    const QColor inner = pal.color(QPalette::Window);
    for (const Tile &tile : std::as_const(m_tiles)) {
        // A selected image too small to cover a pixel still gets a frame where it would be.
        if (tile.highlighted && tile.bytes > 0)
            paintSelectionFrame(painter, body(tile.rect), outer, inner);
    }
    if (m_restHighlighted && !m_restRect.isEmpty())
        paintSelectionFrame(painter, body(m_restRect), outer, inner);
}
