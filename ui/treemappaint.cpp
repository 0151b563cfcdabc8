#include "treemappaint.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <iterator>

namespace TreemapPaint {

// Warm for images prune takes first, cool for those it keeps longest, through orange and yellow so
// neighbouring ranks still differ. Mid-lightness stops: black or white text reads on every tile, and
// the tiles stand out on light and dark palettes alike.
struct ColorStop
{
    double at;
    QRgb rgb;
};
constexpr ColorStop EvictionStops[] = {
    { 0.00, 0xd73027 },
    { 0.25, 0xf07e3a },
    { 0.50, 0xe5c15a },
    { 0.75, 0x56ae8c },
    { 1.00, 0x3f73b8 },
};

QColor evictionColor(double fraction)
{
    if (fraction < 0)
        return QColor(0x9a, 0x9a, 0xa2); // no prune order known
    fraction = std::min(fraction, 1.0);
    int i = 1;
    while (i < int(std::size(EvictionStops)) - 1 && EvictionStops[i].at < fraction)
        ++i;
    const ColorStop &a = EvictionStops[i - 1];
    const ColorStop &b = EvictionStops[i];
    const double t = (fraction - a.at) / (b.at - a.at);
    auto mix = [t](int x, int y) { return int(x + (y - x) * t + 0.5); };
    return QColor(mix(qRed(a.rgb), qRed(b.rgb)), mix(qGreen(a.rgb), qGreen(b.rgb)), mix(qBlue(a.rgb), qBlue(b.rgb)));
}

QGradientStops evictionGradientStops()
{
    QGradientStops stops;
    for (const ColorStop &stop : EvictionStops)
        stops.append({stop.at, QColor(stop.rgb)});
    return stops;
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

void paintFocusFrame(QPainter &painter, QRect r)
{
    constexpr int minSide = 15; // leaves a 5-pixel square inside the selection frame's 4 pixels and this frame
    if (r.width() < minSide)
        r.adjust(-(minSide - r.width()) / 2, 0, (minSide - r.width() + 1) / 2, 0);
    if (r.height() < minSide)
        r.adjust(0, -(minSide - r.height()) / 2, 0, (minSide - r.height() + 1) / 2);
    painter.save();
    painter.setBrush(Qt::NoBrush);
    for (const QRect &f : { r.adjusted(4, 4, -5, -5), r.adjusted(5, 5, -6, -6) }) {
        painter.setPen(QPen(Qt::white, 0));
        painter.drawRect(f);
        painter.setPen(QPen(Qt::black, 0, Qt::DotLine));
        painter.drawRect(f);
    }
    painter.restore();
}

// Draws text in the top left of room only if all of it fits: a clipped ID is worse than none, and the
// tooltip has everything anyway. Returns whether it drew.
bool drawIfFits(QPainter &painter, const QRect &room, int flags, const QString &text)
{
    const QRect needed = painter.fontMetrics().boundingRect(room, flags, text);
    if (needed.width() > room.width() || needed.height() > room.height())
        return false;
    painter.drawText(room, flags, text);
    return true;
}

} // namespace TreemapPaint
