#include "treemapnavigation.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace TreemapNavigation {

namespace {

// The span of r across the direction of travel, and where r starts and ends along it, turned so that
// travel always goes towards larger values: one scoring rule then serves all four directions.
struct Spans
{
    int acrossFrom, acrossTo; // inclusive
    int alongFrom, alongTo; // inclusive
};

Spans spans(const QRect &r, Direction d)
{
    switch (d) {
    case Direction::Right:
        return { r.top(), r.bottom(), r.left(), r.right() };
    case Direction::Left:
        return { r.top(), r.bottom(), -r.right(), -r.left() };
    case Direction::Down:
        return { r.left(), r.right(), r.top(), r.bottom() };
    case Direction::Up:
        break;
    }
    return { r.left(), r.right(), -r.bottom(), -r.top() };
}

} // namespace

int neighbour(const QVector<QRect> &rects, int from, Direction direction)
{
    if (from < 0 || from >= rects.size() || rects.at(from).isEmpty())
        return -1;
    const Spans here = spans(rects.at(from), direction);
    // Doubled middles keep the arithmetic in integers.
    const int middle = here.acrossFrom + here.acrossTo;
    using Score = std::tuple<int, int, int>; // (shares no span, distance, offset of the middles)
    Score best { 2, 0, 0 };
    int bestIndex = -1;
    for (int i = 0; i < rects.size(); ++i) {
        if (i == from || rects.at(i).isEmpty())
            continue;
        const Spans there = spans(rects.at(i), direction);
        if (there.alongFrom <= here.alongTo)
            continue; // not entirely on that side
        const int gap = there.alongFrom - here.alongTo - 1;
        const int overlap = std::min(here.acrossTo, there.acrossTo) - std::max(here.acrossFrom, there.acrossFrom) + 1;
        const int offset = std::abs(there.acrossFrom + there.acrossTo - middle);
        const Score score = overlap > 0 ? Score { 0, gap, offset } : Score { 1, gap + 1 - overlap, offset };
        if (score < best) {
            best = score;
            bestIndex = i;
        }
    }
    return bestIndex;
}

} // namespace TreemapNavigation
