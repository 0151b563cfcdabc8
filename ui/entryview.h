#pragma once

#include <QTableView>

class EntryTableModel;
class SelectionKeeper;

// A table of cache entries: sorts through the model (off the GUI thread for large tables), keeps the
// selection, current row and scroll position when the model is refreshed, and offers totals of what is
// selected. Rows have a fixed height so a million of them cost nothing to lay out.
class EntryView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryView(const QString &objectName, QWidget *parent = nullptr);

    // Takes the model (and a delegate drawing barColumn as a share bar, if ≥ 0); sorts by sortColumn.
    void setEntryModel(EntryTableModel *model, int barColumn, int sortColumn, Qt::SortOrder order);
    EntryTableModel *entryModel() const { return m_model; }

    QStringList selectedKeys() const;
    qint64 selectedBytes() const;
    void selectKeys(const QStringList &keys);
    // Columns are fitted to their contents the first time rows arrive, unless a saved layout was restored.
    void setColumnsSized(bool sized) { m_columnsSized = sized; }

    // The selected rows as a header line and tab-separated raw values (bytes, epoch seconds), for Ctrl+Shift+C.
    QString selectedRowsText() const;

Q_SIGNALS:
    void selectionTotalsChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    EntryTableModel *m_model = nullptr;
    SelectionKeeper *m_keeper = nullptr;
    QString m_topKey;
    bool m_columnsSized = false;
};
