#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Lets a tree's long texts wrap to the width of their column instead of ending in "…": QTreeView's word wrap
// paints wrapped text but sizes rows as if unwrapped. Lay the view out again when the column's width changes.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};
