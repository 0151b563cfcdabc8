#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class EntryTableModel;
class QItemSelectionModel;

// Keeps a view's selection and current row across model resets (new entries, a new filter) by
// remembering the keys (image IDs) of the selected rows and selecting them again afterwards.
// Lives in the GUI thread beside the selection model it watches.
class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    SelectionKeeper(EntryTableModel *model, QItemSelectionModel *selection, QObject *parent = nullptr);

    QStringList selectedKeys() const;
    // Selects the rows showing keys (those still present) and makes current the row of currentKey.
    void select(const QStringList &keys, const QString &currentKey = {});

private:
    QPointer<EntryTableModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QStringList m_saved;
    QString m_savedCurrent;
};
