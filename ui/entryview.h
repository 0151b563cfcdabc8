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
    // Restores a QHeaderView::saveState() (order, widths, hidden columns); false when there was none or it
    // did not apply. The key column is widened to a whole ID either way.
    bool restoreColumns(const QByteArray &state);

    // The column holding the entries' IDs: never narrower than a whole image ID (a UUID).
    void setKeyColumn(int column);
    int keyColumn() const { return m_keyColumn; }
    // The width a whole UUID needs in a cell of this view, margins included.
    int idWidth() const;
    // The order the columns appear in until a person moves them (logical indexes, first to last).
    void setDefaultColumnOrder(const QList<int> &logical);

    // The Name column is shown while the model knows image names (a connection answered) and hidden otherwise,
    // unless the person hid it from the columns menu: that choice stands until they show it again.
    bool isNameColumnShown() const;

    // The header's context menu: a check box per column to hide and show it, and "Fit Columns to Contents".
    // Opened at globalPos; it deletes itself when closed (objectName "columnsMenu").
    void showColumnsMenu(const QPoint &globalPos);

    // The selected rows as a header line and tab-separated raw values (bytes, epoch seconds), for Ctrl+Shift+C.
    QString selectedRowsText() const;

Q_SIGNALS:
    void selectionTotalsChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // Qt measures the rows around the viewport; a table sorted by one column then has its largest numbers
    // in other columns further down (rank 61,234 of a big cache). This also measures a sample spread over
    // every row and the last rows, so numbers are not cut.
    int sizeHintForColumn(int column) const override;

private:
    EntryTableModel *m_model = nullptr;
    SelectionKeeper *m_keeper = nullptr;
    QString m_topKey;
    bool m_columnsSized = false;
    int m_keyColumn = -1;

    bool m_nameColumnHiddenByPerson = false;

    void fitColumns();
    void widenKeyColumn();
    void applyNameColumn();
};
