#pragma once

#include <QRectF>
#include <QVector>

// Squarified treemap layout (Bruls, Huizing, van Wijk, "Squarified Treemaps", 2000).
// Pure functions on values: safe to call from any thread.
namespace TreemapLayout {

// Lays out weights (in any order) inside bounds and returns one rectangle per weight, in the input's
// order. Each positive weight gets an area proportional to its share of the total; together they tile
// bounds without overlapping, with aspect ratios kept close to 1. Weights that are zero, negative or not
// finite get an empty QRectF(), and so does every weight when bounds is empty. O(n log n) for n weights.
QVector<QRectF> squarify(const QVector<double> &weights, const QRectF &bounds);

// The indexes of the count largest values (all of them when there are fewer), largest first; equal
// values in index order. O(n) expected: a sampled threshold leaves only a few candidates to select
// among, so a million values cost about one pass.
QVector<int> largest(const QVector<qint64> &values, int count);

} // namespace TreemapLayout
