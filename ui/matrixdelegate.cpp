#include "matrixdelegate.h"

#include "remote/cachematrix.h"
#include "itemmodels/cacheroles.h"

MatrixDelegate::MatrixDelegate(QObject *parent)
    : EntryDelegate(-1, parent)
{
}

void MatrixDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    EntryDelegate::initStyleOption(option, index);
    const QVariant state = index.data(CacheRoles::MatrixStateRole);
    if (!state.isValid())
        return;
    // Light tints that keep the text readable and still show through the selection's outline.
    switch (state.toInt()) {
    case MatrixCell::Cached:
        option->backgroundBrush = QColor(0x4c, 0xaf, 0x50, 70);
        break;
    case MatrixCell::Queued:
        option->backgroundBrush = QColor(0xff, 0xa0, 0x00, 70);
        break;
    case MatrixCell::Unknown:
        option->backgroundBrush = QBrush(QColor(0x80, 0x80, 0x80, 60), Qt::BDiagPattern);
        break;
    default:
        break;
    }
    // The node columns are about what each node holds; the row's warning colour is for the fixed columns.
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, option->widget ? option->widget->palette().color(QPalette::Text)
                                                                : option->palette.color(QPalette::WindowText));
}
