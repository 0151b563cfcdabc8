#include "treemapwidget.h"

#include "itemmodels/cachedimagesmodel.h"
#include "core/displayformat.h"
#include "treemappaint.h"

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

// TreemapWidget's painting: tiles coloured by eviction order with their labels, the aggregate of the
// smallest images, the legend, and the selection frames. Layout and interaction are in treemapwidget.cpp.

using namespace TreemapPaint;

void TreemapWidget::paintLegend(QPainter &painter) const
{
    const QRect legend = legendRect().adjusted(LabelPadding, 3, -LabelPadding, -3);
    if (legend.isEmpty())
        return;
    const QString first = tr("Pruned first");
    const QString last = tr("Pruned last");
    const QFontMetrics fm = painter.fontMetrics();
    const int gap = 2 * LabelPadding;
    const QRect bar = legend.adjusted(fm.horizontalAdvance(first) + gap, 2, -fm.horizontalAdvance(last) - gap, -2);
    if (bar.width() < 40)
        return;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(legend, Qt::AlignLeft | Qt::AlignVCenter, first);
    painter.drawText(legend, Qt::AlignRight | Qt::AlignVCenter, last);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    gradient.setStops(evictionGradientStops());
    painter.fillRect(bar, gradient);
}

void TreemapWidget::paintFocus(QPainter &painter) const
{
    if (!hasFocus())
        return;
    // The widget's frame says where the keys go; the dotted frame which tile they act on.
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.fillRect(QRect(0, 0, width(), 1), highlight);
    painter.fillRect(QRect(0, 0, 1, height()), highlight);
    painter.fillRect(QRect(0, height() - 1, width(), 1), highlight);
    painter.fillRect(QRect(width() - 1, 0, 1, height()), highlight);
    const QRect tile = tileRectAt(currentTile());
    if (!tile.isEmpty())
        paintFocusFrame(painter, tile.width() > 2 && tile.height() > 2 ? tile.adjusted(0, 0, -1, -1) : tile);
}

void TreemapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    ensureLayout();

    paintBreadcrumb(painter);
    if (m_tiles.isEmpty()) {
        paintFocus(painter);
        const bool filtered = m_model && m_model->entryCount() > 0;
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            filtered ? tr("No cached image matches the filter") : tr("No cached images"));
        return;
    }
    paintLegend(painter);

    const QColor lightText(Qt::white);
    const QColor darkText(0x1a, 0x1a, 0x1a);
    // The gap on the right and bottom of each tile is its border; tiles under three pixels get none so
    // that a crowd of tiny images still shows as colour rather than as border.
    auto body = [](const QRect &r) { return r.width() > 2 && r.height() > 2 ? r.adjusted(0, 0, -1, -1) : r; };
    auto room = [](const QRect &r) { return r.adjusted(LabelPadding, LabelPadding - 1, -LabelPadding, -LabelPadding); };
    const int lineHeight = painter.fontMetrics().height();
    const int flags = Qt::AlignLeft | Qt::AlignTop;

    for (const Tile &tile : std::as_const(m_tiles)) {
        if (tile.rect.isEmpty())
            continue;
        const QColor fill = evictionColor(tile.evictionFraction);
        const QRect r = body(tile.rect);
        painter.fillRect(r, fill);
        const QColor text = isDark(fill) ? lightText : darkText;
        if (tile.attention) {
            // A record without its file: hatched, so it stands out without changing the colour scale.
            QColor hatch = text;
            hatch.setAlphaF(0.35f);
            painter.fillRect(r, QBrush(hatch, Qt::BDiagPattern));
        }
        const QRect labelRoom = room(r);
        if (labelRoom.width() < 3 * lineHeight || labelRoom.height() < lineHeight)
            continue; // cheaply rules out most tiles of a big cache before measuring text
        painter.setPen(text);
        if (!drawIfFits(painter, labelRoom, flags, tile.label + QLatin1Char('\n') + DisplayFormat::size(tile.bytes)))
            drawIfFits(painter, labelRoom, flags, tile.label);
    }
    if (m_restCount > 0 && !m_restRect.isEmpty()) {
        const QColor fill = pal.color(QPalette::Mid);
        const QRect r = body(m_restRect);
        painter.fillRect(r, fill);
        painter.setPen(isDark(fill) ? lightText : darkText);
        const QString what = tr("%Ln smaller image(s)", nullptr, m_restCount);
        const QString size = DisplayFormat::size(m_restBytes);
        const int wrapping = flags | Qt::TextWordWrap;
        // Where there is room, the tile says it can be entered: the grey block is not a dead end.
        const QString hint = tr("Double-click to show them");
        if (!drawIfFits(painter, room(r), wrapping, what + QLatin1Char('\n') + size + QStringLiteral("\n\n") + hint)
            && !drawIfFits(painter, room(r), wrapping, what + QLatin1Char('\n') + size)
            && !drawIfFits(painter, room(r), wrapping, what))
            drawIfFits(painter, room(r), flags, tr("+%1").arg(QLocale().toString(m_restCount)));
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
    paintFocus(painter);
}
