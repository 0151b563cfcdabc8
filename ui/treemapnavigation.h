#pragma once

#include <QRect>
#include <QVector>

// Moving between treemap tiles with the arrow keys: a pure function on rectangles, so it is tested
// without a widget. Any thread.
namespace TreemapNavigation {

enum class Direction { Left, Right, Up, Down };

// The index of the tile a person expects to reach from rects[from] in direction: among the non-empty
// rectangles entirely on that side, one sharing part of the edge's span comes first (nearest first,
// then the one whose middle is closest to from's); failing that, the nearest by gap plus offset.
// -1 when from is out of range or empty, or nothing lies that way.
int neighbour(const QVector<QRect> &rects, int from, Direction direction);

} // namespace TreemapNavigation
