#include "treemaplayout.h"

namespace TreemapLayout {

QVector<QRectF> squarify(const QVector<double> &weights, const QRectF &bounds)
{
    // Placeholder until the real layout lands: equal slices.
    QVector<QRectF> out;
    const double w = weights.isEmpty() ? 0 : bounds.width() / weights.size();
    for (int i = 0; i < weights.size(); ++i)
        out.append(QRectF(bounds.left() + i * w, bounds.top(), w, bounds.height()));
    return out;
}

} // namespace TreemapLayout
