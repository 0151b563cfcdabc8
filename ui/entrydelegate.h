#pragma once

#include <QStyledItemDelegate>

// Paints the entry tables: the share column as an in-cell bar from its raw value (0…1), and rows that
// need attention (stalled, orphaned) in the palette's warning colour. Reads only model roles.
class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // barColumn: the column whose raw value is a fraction to draw as a bar; -1 for none.
    explicit EntryDelegate(int barColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The bar column's text sits inside the bar's inset: a few pixels wider, so the percentage is never cut.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_barColumn;
};
