#include "itemmodels/selectionkeeper.h"

#include "itemmodels/entrytablemodel.h"

#include <QItemSelectionModel>
#include <QSet>

SelectionKeeper::SelectionKeeper(EntryTableModel *model, QItemSelectionModel *selection, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_selection(selection)
{
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        m_saved = selectedKeys();
        const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
        m_savedCurrent = current.isValid() ? m_model->keyAt(current.row()) : QString();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        if (!m_saved.isEmpty() || !m_savedCurrent.isEmpty())
            select(m_saved, m_savedCurrent);
        m_saved.clear();
        m_savedCurrent.clear();
    });
}

QStringList SelectionKeeper::selectedKeys() const
{
    QStringList keys;
    if (!m_model || !m_selection)
        return keys;
    const QModelIndexList rows = m_selection->selectedRows();
    keys.reserve(rows.size());
    for (const QModelIndex &index : rows)
        keys.append(m_model->keyAt(index.row()));
    return keys;
}

void SelectionKeeper::select(const QStringList &keys, const QString &currentKey)
{
    if (!m_model || !m_selection)
        return;
    const QSet<QString> wanted(keys.cbegin(), keys.cend());
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    int runStart = -1;
    int currentRow = -1;
    const int rows = m_model->rowCount();
    // One range per run of consecutive rows keeps a large selection cheap.
    for (int row = 0; row <= rows; ++row) {
        const bool take = row < rows && !wanted.isEmpty() && wanted.contains(m_model->keyAt(row));
        if (row < rows && currentRow < 0 && !currentKey.isEmpty() && m_model->keyAt(row) == currentKey)
            currentRow = row;
        if (take && runStart < 0)
            runStart = row;
        if (!take && runStart >= 0) {
            selection.append(QItemSelectionRange(m_model->index(runStart, 0), m_model->index(row - 1, lastColumn)));
            runStart = -1;
        }
    }
    if (currentRow >= 0)
        m_selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    m_selection->select(selection, QItemSelectionModel::ClearAndSelect);
}
