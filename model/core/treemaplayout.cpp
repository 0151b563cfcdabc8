#include "core/treemaplayout.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace TreemapLayout {

namespace {

// The worse aspect ratio of a row of areas laid along a side of the given length, from the row's sum
// and its extreme areas (the paper's worst(R, w), which needs nothing else).
double worstRatio(double side, double sum, double minArea, double maxArea)
{
    const double side2 = side * side;
    const double sum2 = sum * sum;
    return std::max(side2 * maxArea / sum2, sum2 / (side2 * minArea));
}

} // namespace

QVector<int> largest(const QVector<qint64> &values, int count)
{
    const qint64 *value = values.constData();
    const int n = int(values.size());
    count = std::clamp(count, 0, n);
    auto larger = [value](int a, int b) { return value[a] > value[b] || (value[a] == value[b] && a < b); };

    // Only values at or above a threshold can be among the largest. Take it from an even sample, at
    // about twice the rank the count-th largest should have there, so it almost always lets through
    // more than count candidates; when it lets through too few, every index is a candidate.
    QVector<int> candidates;
    constexpr int sampleSize = 16384;
    if (count > 0 && n > 4 * sampleSize && count < n / 8) {
        const int step = n / sampleSize;
        QVector<qint64> sample(sampleSize);
        for (int i = 0; i < sampleSize; ++i)
            sample[i] = value[i * step];
        const int rank = std::min(sampleSize - 1, int(2.0 * count * sampleSize / n) + 16);
        std::nth_element(sample.begin(), sample.begin() + rank, sample.end(), std::greater<qint64>());
        const qint64 threshold = sample.at(rank);
        candidates.reserve(4 * count);
        for (int i = 0; i < n; ++i) {
            if (value[i] >= threshold)
                candidates.append(i);
        }
    }
    if (candidates.size() < count) {
        candidates.resize(n);
        std::iota(candidates.begin(), candidates.end(), 0);
    }
    if (count < candidates.size())
        std::nth_element(candidates.begin(), candidates.begin() + count, candidates.end(), larger);
    candidates.resize(count);
    std::sort(candidates.begin(), candidates.end(), larger);
    return candidates;
}

QVector<QRectF> squarify(const QVector<double> &weights, const QRectF &bounds)
{
    QVector<QRectF> out(weights.size());
    QVector<int> order;
    order.reserve(weights.size());
    double total = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double w = weights.at(i);
        if (w > 0 && std::isfinite(w)) {
            order.append(i);
            total += w;
        }
    }
    if (order.isEmpty() || !(bounds.width() > 0) || !(bounds.height() > 0) || !std::isfinite(total))
        return out;

    // Largest first, as the algorithm requires; equal weights keep their input order so the same input
    // always gives the same picture.
    std::sort(order.begin(), order.end(), [&weights](int a, int b) {
        const double wa = weights.at(a);
        const double wb = weights.at(b);
        return wa > wb || (wa == wb && a < b);
    });
    const double scale = bounds.width() * bounds.height() / total;
    auto area = [&](int k) { return weights.at(order.at(k)) * scale; };

    QRectF rest = bounds;
    const int n = int(order.size());
    int start = 0;
    while (start < n) {
        // Rows run along the shorter side of what is left, which is what keeps the tiles square-ish.
        const bool vertical = rest.width() >= rest.height();
        const double side = vertical ? rest.height() : rest.width();
        double sum = area(start);
        const double maxArea = sum;
        double worst = worstRatio(side, sum, sum, sum);
        int end = start + 1;
        for (; end < n; ++end) {
            // Sorted descending, so the newcomer is the row's smallest.
            const double a = area(end);
            const double candidate = worstRatio(side, sum + a, a, maxArea);
            if (candidate > worst)
                break;
            sum += a;
            worst = candidate;
        }

        // The last row takes whatever is left so rounding never leaves a sliver of bounds uncovered;
        // likewise the last tile of each row ends exactly at the row's end.
        const bool lastRow = end == n;
        const double thickness = lastRow ? (vertical ? rest.width() : rest.height()) : sum / side;
        double offset = vertical ? rest.top() : rest.left();
        for (int k = start; k < end; ++k) {
            const double length
                = k + 1 == end ? (vertical ? rest.bottom() : rest.right()) - offset : area(k) / thickness;
            out[order.at(k)] = vertical ? QRectF(rest.left(), offset, thickness, length)
                                        : QRectF(offset, rest.top(), length, thickness);
            offset += length;
        }
        if (vertical)
            rest.setLeft(rest.left() + thickness);
        else
            rest.setTop(rest.top() + thickness);
        start = end;
    }
    return out;
}

} // namespace TreemapLayout
