#pragma once

#include <QRectF>
#include <QVector>

// Squarified treemap layout (Bruls, Huizing, van Wijk). Pure function: safe on any thread.
namespace TreemapLayout {

// Lays out weights (all > 0, in any order) inside bounds; returns one rectangle per weight, in the
// same order as the input.
QVector<QRectF> squarify(const QVector<double> &weights, const QRectF &bounds);

} // namespace TreemapLayout
