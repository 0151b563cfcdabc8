#include "treemapwidget.h"

#include "itemmodels/cachedimagesmodel.h"
#include "treemapnavigation.h"

#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

// TreemapWidget's interaction: clicks and the breadcrumb, double-click and Enter into the aggregate,
// Backspace, Alt+Up and the back button out of it, arrows between neighbouring tiles, and the context
// menu. Layout is in treemapwidget.cpp, painting in treemapwidgetpaint.cpp.

void TreemapWidget::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::BackButton && level() > 0) {
        leaveOneLevel();
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || !m_model || !m_selection) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (breadcrumbArea().contains(pos)) {
        for (const Crumb &crumb : crumbs()) {
            if (crumb.level >= 0 && crumb.rect.contains(pos))
                leaveTo(crumb.level);
        }
        event->accept();
        return;
    }
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    const int tile = tileAt(pos);
    if (tile >= 0) {
        // Making the row current as well lets the table scroll to it.
        setCurrentTile(tile, toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect);
    } else if (m_restCount > 0 && m_restRect.contains(pos)) {
        // The aggregate stands for no image in particular: it is entered, not selected.
        setCurrentTile(int(m_tiles.size()), toggle ? QItemSelectionModel::NoUpdate : QItemSelectionModel::Clear);
    } else if (!toggle) {
        m_selection->clearSelection();
    }
    event->accept();
}

void TreemapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_restCount > 0 && aggregateRect().contains(event->position().toPoint())) {
        enterAggregate();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TreemapWidget::keyPressEvent(QKeyEvent *event)
{
    if (navigate(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

bool TreemapWidget::navigate(QKeyEvent *event)
{
    ensureLayout();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if ((key == Qt::Key_Backspace && modifiers == Qt::NoModifier)
        || (key == Qt::Key_Up && modifiers == Qt::AltModifier)) {
        if (m_levels.isEmpty())
            return false;
        leaveOneLevel();
        return true;
    }
    const int current = currentTile();
    const int aggregate = int(m_tiles.size());
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && modifiers == Qt::NoModifier)
        return current == aggregate && enterAggregate();
    if (m_tiles.isEmpty() || !m_selection || (modifiers & ~(Qt::ShiftModifier | Qt::ControlModifier)))
        return false;
    if (key == Qt::Key_Space) {
        // Space selects the current image, Ctrl+Space toggles it, as in the table.
        if (current < 0 || current == aggregate)
            return current == aggregate;
        const QModelIndex index = m_model->index(m_tiles.at(current).row, CachedImagesModel::Id);
        const auto mode = modifiers & Qt::ControlModifier ? QItemSelectionModel::Toggle : QItemSelectionModel::Select;
        m_selection->select(index, mode | QItemSelectionModel::Rows);
        return true;
    }

    QVector<QRect> rects;
    rects.reserve(aggregate + 1);
    for (const Tile &tile : std::as_const(m_tiles))
        rects.append(tile.rect);
    rects.append(m_restCount > 0 ? m_restRect : QRect());
    int target = -1;
    using TreemapNavigation::Direction;
    auto move = [&](Direction d) { return current < 0 ? 0 : TreemapNavigation::neighbour(rects, current, d); };
    switch (key) {
    case Qt::Key_Left:
        target = move(Direction::Left);
        break;
    case Qt::Key_Right:
        target = move(Direction::Right);
        break;
    case Qt::Key_Up:
        target = move(Direction::Up);
        break;
    case Qt::Key_Down:
        target = move(Direction::Down);
        break;
    case Qt::Key_Home: // the largest image
        target = 0;
        break;
    case Qt::Key_End:
        // The aggregate (the rest) when there is one, otherwise the smallest image that covers a pixel.
        target = int(rects.size()) - 1;
        while (target >= 0 && rects.at(target).isEmpty())
            --target;
        break;
    default:
        return false;
    }
    if (target >= 0) {
        // Shift adds the tile reached to the selection, Ctrl only moves, as views do.
        const int flags = modifiers & Qt::ShiftModifier ? QItemSelectionModel::Select
            : modifiers & Qt::ControlModifier           ? QItemSelectionModel::NoUpdate
                                                        : QItemSelectionModel::ClearAndSelect;
        setCurrentTile(target, flags);
    }
    return true; // at the edge the key is still ours: it must not move focus elsewhere
}

void TreemapWidget::setCurrentTile(int tile, int flags)
{
    ensureLayout();
    if (!m_model || !m_selection || tile < 0 || tile > m_tiles.size())
        return;
    const auto mode = QItemSelectionModel::SelectionFlags(flags);
    if (tile == m_tiles.size()) {
        if (mode & QItemSelectionModel::Clear)
            m_selection->clearSelection();
        m_aggregateCurrent = m_restCount > 0;
    } else {
        m_aggregateCurrent = false;
        m_selection->setCurrentIndex(
            m_model->index(m_tiles.at(tile).row, CachedImagesModel::Id), mode | QItemSelectionModel::Rows);
    }
    update();
    updateAccessibleDescription();
}

void TreemapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    ensureLayout();
    const int aggregate = int(m_tiles.size());
    int tile = currentTile();
    QPoint where = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        tile = tileAt(event->pos());
        if (tile < 0 && m_restCount > 0 && m_restRect.contains(event->pos()))
            tile = aggregate;
    } else if (tile >= 0) {
        where = mapToGlobal(tileRectAt(tile).center());
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("treemapMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (tile >= 0 && tile == aggregate) {
        setCurrentTile(tile, QItemSelectionModel::NoUpdate);
        QAction *enter = menu->addAction(tr("&Enter"), this, [this]() { enterAggregate(); });
        enter->setObjectName(QStringLiteral("actionTreemapEnter"));
        enter->setToolTip(tr("Show only the %Ln smaller image(s)", nullptr, m_restCount));
    } else {
        // Like a table row: a right-click on an image outside the selection selects just it first, so the
        // actions apply to what was clicked.
        if (tile >= 0 && m_selection) {
            const bool selected = m_selection->isRowSelected(m_tiles.at(tile).row, QModelIndex());
            setCurrentTile(tile, selected ? QItemSelectionModel::NoUpdate : QItemSelectionModel::ClearAndSelect);
        }
        menu->addActions(actions());
    }
    if (!m_levels.isEmpty()) {
        menu->addSeparator();
        QAction *up = menu->addAction(tr("&Up One Level"), this, [this]() { leaveOneLevel(); });
        up->setObjectName(QStringLiteral("actionTreemapUp"));
    }
    if (menu->isEmpty()) {
        delete menu;
        event->ignore();
        return;
    }
    menu->popup(where);
    event->accept();
}

void TreemapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    updateAccessibleDescription();
    update();
}

void TreemapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}
