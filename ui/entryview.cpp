#include "entryview.h"

#include "entrydelegate.h"
#include "itemmodels/entrytablemodel.h"
#include "itemmodels/selectionkeeper.h"

#include <QHeaderView>

EntryView::EntryView(const QString &objectName, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
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
