#include "wrappingdelegate.h"

#include <QTreeView>

WrappingDelegate::WrappingDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    int depth = 0;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        ++depth;
    const bool decorated = m_view->rootIsDecorated() || depth > 0;
    const int indent = m_view->indentation() * (depth + (decorated ? 1 : 0));
    const bool hasIcon = !index.data(Qt::DecorationRole).isNull();
    const int iconWidth = hasIcon ? option.decorationSize.width() + 6 : 0;
    const int width = m_view->columnWidth(index.column()) - indent - iconWidth - 8;
    if (width <= 20)
        return size;
    const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap,
                                                       index.data(Qt::DisplayRole).toString());
    size.setHeight(qMax(size.height(), text.height() + 4));
    size.setWidth(qMin(size.width(), width + indent + iconWidth));
    return size;
}
