#pragma once

#include <QColor>
#include <QGradient>
#include <QRect>
#include <QString>

class QPainter;

// Colours and small drawing helpers of the treemap, kept apart from its layout and interaction.
namespace TreemapPaint {

// Warm (pruned first, 0) to cool (pruned last, 1); grey for an unknown order (< 0).
QColor evictionColor(double fraction);
// The same scale as stops for a legend gradient.
QGradientStops evictionGradientStops();
// Whether white text reads better than black on c.
bool isDark(const QColor &c);
// A pixel rectangle whose edges are the rounded edges of r, so neighbours share edges exactly.
QRect snapped(const QRectF &r);
// A selection frame inside r, grown to a visible minimum for tiny tiles.
void paintSelectionFrame(QPainter &painter, QRect r, const QColor &outer, const QColor &inner);
// The keyboard's focus inside r (within a selection frame's width, grown for tiny tiles): a dotted
// line, black on white, that shows on every tile colour.
void paintFocusFrame(QPainter &painter, QRect r);
// Draws text in room only when all of it fits; returns whether it drew.
bool drawIfFits(QPainter &painter, const QRect &room, int flags, const QString &text);

} // namespace TreemapPaint
