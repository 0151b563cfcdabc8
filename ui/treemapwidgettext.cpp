#include "treemapwidget.h"

#include "core/displayformat.h"
#include "itemmodels/cachedimagesmodel.h"

#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>

// TreemapWidget's words: the tooltips of tiles, the aggregate, the breadcrumb and the legend, and the
// accessible description of the current tile. Everything about an image comes from the model's own
// columns, so the treemap says what the table says.

bool TreemapWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int tile = tileAt(help->pos());
    if (tile >= 0) {
        QToolTip::showText(help->globalPos(), toolTipForRow(m_tiles.at(tile).row), this, m_tiles.at(tile).rect);
    } else if (m_restCount > 0 && m_restRect.contains(help->pos())) {
        QToolTip::showText(help->globalPos(), toolTipForAggregate(), this, m_restRect);
    } else if (breadcrumbArea().contains(help->pos())) {
        QToolTip::showText(help->globalPos(), tr("Click a part to go back to it; Backspace goes up one level."), this,
            breadcrumbArea());
    } else if (!m_tiles.isEmpty() && legendRect().contains(help->pos())) {
        QToolTip::showText(help->globalPos(),
            tr("Each tile is a cached image: its area is the image's size, its colour how soon "
               "prune would delete it, from red (next to go) to blue (kept longest)."),
            this, legendRect());
    } else {
        QToolTip::hideText();
        event->ignore();
    }
    return true;
}

QString TreemapWidget::toolTipForRow(int row) const
{
    auto cell = [this, row](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role).toString();
    };
    auto header = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    auto line = [](const QString &label, const QString &value) { return tr("%1: %2").arg(label, value); };

    QStringList lines;
    lines << line(header(CachedImagesModel::Id), cell(CachedImagesModel::Id));
    lines << line(header(CachedImagesModel::Size),
        tr("%1 (%2)").arg(cell(CachedImagesModel::Size), cell(CachedImagesModel::Size, Qt::ToolTipRole)));
    lines << line(header(CachedImagesModel::Share), cell(CachedImagesModel::Share));
    lines << line(header(CachedImagesModel::Hits), cell(CachedImagesModel::Hits));
    lines << line(header(CachedImagesModel::LastAccessed), cell(CachedImagesModel::LastAccessed));
    const QString rank = cell(CachedImagesModel::EvictionRank);
    lines << line(header(CachedImagesModel::EvictionRank),
        rank.isEmpty() ? tr("unknown")
                       : tr("%1 of %2 (1 is evicted first)").arg(rank, QLocale().toString(m_model->entryCount())));
    const QString note = cell(CachedImagesModel::Id, Qt::ToolTipRole);
    if (!note.isEmpty())
        lines << note;
    return lines.join(QLatin1Char('\n'));
}

QString TreemapWidget::toolTipForAggregate() const
{
    return tr("%Ln smaller image(s), %1 in all.\nToo small to draw one by one: double-click or press Enter "
              "to show them on their own.",
        nullptr, m_restCount)
        .arg(DisplayFormat::size(m_restBytes));
}

QString TreemapWidget::describeCurrent() const
{
    const int tile = currentTile();
    if (tile < 0)
        return tr("No tile is current; the arrow keys move between tiles.");
    return tile < m_tiles.size() ? toolTipForRow(m_tiles.at(tile).row) : toolTipForAggregate();
}

void TreemapWidget::updateAccessibleDescription()
{
    // Only a focused treemap is read out; computing the description brings the layout up to date, which
    // a hidden or idle treemap leaves until it is painted.
    if (hasFocus())
        setAccessibleDescription(describeCurrent());
}
