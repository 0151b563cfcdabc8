#include "entrydelegate.h"

#include "itemmodels/cacheroles.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int barInset = 5; // how far the percentage sits from each side of the cell: the bar's 3 px and 2 more
} // namespace

EntryDelegate::EntryDelegate(int barColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_barColumn(barColumn)
{
}

void EntryDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->state & QStyle::State_Selected)
        return;
    // A stand-in (an image Glance did not list) is greyed, whatever else the row needs.
    if (index.data(CacheRoles::PlaceholderRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    else if (index.data(CacheRoles::AttentionRole).toBool())
        option->palette.setColor(QPalette::Text, QColor(0xb2, 0x3c, 0x00));
}

QSize EntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    return index.column() == m_barColumn ? hint + QSize(2 * barInset, 0) : hint;
}

void EntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != m_barColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then the bar, then the percentage on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Drawn directly: QStyledItemDelegate::paint() would fill the option again from the index, text included.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const double share = qBound(0.0, index.data(CacheRoles::RawValueRole).toDouble(), 1.0);
    const QRect area = option.rect.adjusted(3, 4, -3, -4);
    painter->save();
    const QColor bar = (option.state & QStyle::State_Selected) ? option.palette.highlightedText().color()
                                                               : QColor(0x42, 0x85, 0xf4);
    QColor track = bar;
    track.setAlpha(40);
    painter->fillRect(area, track);
    // Tiny shares still get a visible sliver.
    const int width = share > 0 ? qMax(2, int(area.width() * share)) : 0;
    painter->fillRect(QRect(area.left(), area.top(), width, area.height()), bar.lighter(110));
    painter->setPen((option.state & QStyle::State_Selected) ? option.palette.highlightedText().color()
                                                            : option.palette.text().color());
    painter->drawText(area.adjusted(2, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}
