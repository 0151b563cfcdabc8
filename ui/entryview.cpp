#include "entryview.h"

#include "entrydelegate.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/entrytablemodel.h"
#include "itemmodels/selectionkeeper.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

EntryView::EntryView(const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    // Tab leaves the table (to the next widget) instead of walking its cells and, when it wraps, moving the
    // selection to a row the person did not pick for the next Del.
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void EntryView::setEntryModel(EntryTableModel *model, int barColumn, int sortColumn, Qt::SortOrder order)
{
    m_model = model;
    setModel(model);
    setItemDelegate(new EntryDelegate(barColumn, this));
    m_keeper = new SelectionKeeper(model, selectionModel(), this);
    setSortingEnabled(true);
    sortByColumn(sortColumn, order);
    // The model resets on refresh: remember which entry was at the top and scroll back to it.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        const QModelIndex top = indexAt(QPoint(1, 1));
        m_topKey = top.isValid() ? m_model->keyAt(top.row()) : QString();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            // Only the rows in the viewport are measured, so this stays cheap for huge tables.
            resizeColumnsToContents();
            m_columnsSized = true;
        }
        if (m_topKey.isEmpty())
            return;
        const int row = m_model->rowOfKey(m_topKey);
        if (row >= 0)
            scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &EntryView::selectionTotalsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &EntryView::selectionTotalsChanged);
}

void EntryView::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+C: the selected IDs, one per line; Ctrl+Shift+C: the selected rows, tab-separated with raw values.
    if (event->matches(QKeySequence::Copy)) {
        const QStringList keys = selectedKeys();
        QApplication::clipboard()->setText(keys.isEmpty() ? QString() : keys.join(u'\n') + u'\n');
        return;
    }
    if (event->key() == Qt::Key_C && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        QApplication::clipboard()->setText(selectedRowsText());
        return;
    }
    QTableView::keyPressEvent(event);
}

QString EntryView::selectedRowsText() const
{
    QStringList rows;
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(logical))
            columns.append(logical);
    }
    QStringList titles;
    for (int c : columns)
        titles.append(model()->headerData(c, Qt::Horizontal).toString());
    rows.append(titles.join(u'\t'));
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected)) {
        QStringList cells;
        for (int c : columns) {
            const QVariant raw = index.siblingAtColumn(c).data(CacheRoles::RawValueRole);
            cells.append((raw.isValid() ? raw : index.siblingAtColumn(c).data()).toString());
        }
        rows.append(cells.join(u'\t'));
    }
    return rows.join(u'\n') + u'\n';
}

QStringList EntryView::selectedKeys() const
{
    return m_keeper ? m_keeper->selectedKeys() : QStringList();
}

qint64 EntryView::selectedBytes() const
{
    qint64 total = 0;
    if (!selectionModel())
        return total;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        total += m_model->bytesAt(index.row());
    return total;
}

void EntryView::selectKeys(const QStringList &keys)
{
    if (m_keeper)
        m_keeper->select(keys, keys.isEmpty() ? QString() : keys.constFirst());
}
