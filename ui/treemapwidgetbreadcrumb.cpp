#include "treemapwidget.h"

#include <QPainter>

#include <cmath>

// TreemapWidget's breadcrumb: where the person is among the levels ("All images › 97,000 smaller images"),
// each level above a link back to it. Only drawn below the top level, so the top keeps its whole area.

namespace {

const QString Separator = QStringLiteral(" \u203a ");
const QString Ellipsis = QStringLiteral("\u2026");

} // namespace

QRect TreemapWidget::breadcrumbArea() const
{
    if (m_levels.isEmpty())
        return {};
    return QRect(0, 0, width(), fontMetrics().height() + 6);
}

QStringList TreemapWidget::breadcrumb() const
{
    ensureLayout();
    QStringList parts { tr("All images") };
    for (const Level &level : std::as_const(m_levels))
        parts << tr("%Ln smaller image(s)", nullptr, level.count);
    return parts;
}

QVector<TreemapWidget::Crumb> TreemapWidget::crumbs() const
{
    const QRect area = breadcrumbArea().adjusted(LabelPadding, 0, -LabelPadding, 0);
    if (area.isEmpty())
        return {};
    const QStringList parts = breadcrumb();
    QFont bold = font();
    bold.setBold(true);
    // Rounded up, plus a pixel: a part drawn in exactly its measured width is never elided.
    auto advance = [](const QFont &f, const QString &text) {
        return int(std::ceil(QFontMetricsF(f).horizontalAdvance(text))) + 1;
    };
    const int last = int(parts.size()) - 1;
    auto partWidth = [&](int i) { return advance(i == last ? bold : font(), parts.at(i)); };
    const int separator = advance(font(), Separator);

    // Deep down, the middle parts give way to one "…" so the top and the current level stay in view.
    int skipped = 0;
    auto total = [&]() {
        int w = partWidth(0);
        for (int i = skipped + 1; i <= last; ++i)
            w += separator + partWidth(i);
        return w + (skipped > 0 ? separator + advance(font(), Ellipsis) : 0);
    };
    while (skipped < last - 1 && total() > area.width())
        ++skipped;

    QVector<Crumb> out;
    int x = area.left();
    auto add = [&](int level, const QString &text, int width) {
        if (!out.isEmpty())
            x += separator;
        // Whatever still does not fit is cut from the right (and elided when drawn).
        const int w = std::min(width, std::max(0, area.right() + 1 - x));
        out.append({ level, text, QRect(x, area.top(), w, area.height()) });
        x += w;
    };
    add(0, parts.at(0), partWidth(0));
    if (skipped > 0)
        add(-1, Ellipsis, advance(font(), Ellipsis));
    for (int i = skipped + 1; i <= last; ++i)
        add(i, parts.at(i), partWidth(i));
    return out;
}

QRect TreemapWidget::breadcrumbRect(int level) const
{
    for (const Crumb &crumb : crumbs()) {
        if (crumb.level == level)
            return crumb.rect;
    }
    return {};
}

void TreemapWidget::paintBreadcrumb(QPainter &painter) const
{
    const QVector<Crumb> parts = crumbs();
    if (parts.isEmpty())
        return;
    const QPalette pal = palette();
    const int last = int(m_levels.size());
    for (int i = 0; i < parts.size(); ++i) {
        const Crumb &crumb = parts.at(i);
        if (i > 0) {
            const int before = parts.at(i - 1).rect.right() + 1;
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(before, crumb.rect.top(), crumb.rect.left() - before, crumb.rect.height()),
                Qt::AlignCenter, Separator);
        }
        // The levels above are links back to them; where we are is plain bold text.
        QFont f = font();
        const bool link = crumb.level >= 0 && crumb.level < last;
        f.setUnderline(link);
        f.setBold(crumb.level == last);
        painter.setFont(f);
        painter.setPen(pal.color(link ? QPalette::Link : QPalette::WindowText));
        painter.drawText(crumb.rect, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(crumb.text, Qt::ElideRight, crumb.rect.width()));
    }
    painter.setFont(font());
}
