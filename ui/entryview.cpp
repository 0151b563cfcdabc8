#include "entryview.h"

#include "entrydelegate.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/entrytablemodel.h"
#include "itemmodels/selectionkeeper.h"

#include <QApplication>
#include <QBitArray>
#include <QClipboard>
#include <QDataStream>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

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
    // Not stretched: a stretched last column is cut to the room left, with no scroll bar to reach the rest.
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnsMenu(horizontalHeader()->mapToGlobal(pos)); });
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
            fitColumns();
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
    connect(model, &EntryTableModel::imageNamesChanged, this, &EntryView::applyNameColumn);
    applyNameColumn();
}

bool EntryView::isNameColumnShown() const
{
    return m_model && !isColumnHidden(m_model->nameColumn());
}

void EntryView::applyNameColumn()
{
    if (!m_model)
        return;
    const int column = m_model->nameColumn();
    const bool show = m_model->imageNames().isKnown() && !m_nameColumnHiddenByPerson;
    if (show == !isColumnHidden(column))
        return;
    setColumnHidden(column, !show);
    if (!show)
        return;
    // Fitted to the names, but a name of hundreds of characters must not push every other column away.
    resizeColumnToContents(column);
    setColumnWidth(column, qMin(columnWidth(column), fontMetrics().averageCharWidth() * 40));
}

void EntryView::fitColumns()
{
    // A few hundred rows are measured per column (sizeHintForColumn), so this stays cheap for huge tables.
    resizeColumnsToContents();
    widenKeyColumn();
}

namespace {
// The number of sections a QHeaderView::saveState() describes, or -1 when it cannot be read. Its layout (Qt 5
// and 6 alike): a marker, a version, then QHeaderViewPrivate::write's orientation, sort indicator, visual and
// logical indexes, hidden bits, hidden sizes, length and section count.
int savedSectionCount(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_5_0);
    int marker = 0, version = 0, orientation = 0, sortOrder = 0, sortSection = 0, length = 0, count = -1;
    bool sortShown = false;
    QList<int> visual, logical;
    QBitArray hidden;
    QHash<int, int> hiddenSizes;
    in >> marker >> version >> orientation >> sortOrder >> sortSection >> sortShown >> visual >> logical >> hidden
        >> hiddenSizes >> length >> count;
    return in.status() == QDataStream::Ok && marker == 0xff ? count : -1;
}
} // namespace

bool EntryView::restoreColumns(const QByteArray &state)
{
    // A layout saved with another number of columns (before the Name column existed, say) would put its widths
    // and hidden flags on the wrong columns: the defaults are better.
    const bool fits = !state.isEmpty() && m_model && savedSectionCount(state) == m_model->columnCount();
    m_columnsSized = fits && horizontalHeader()->restoreState(state);
    // Saved at another scale or font, the key column may be too narrow for an ID now.
    widenKeyColumn();
    // Whether names are shown follows the connection of this session, not the one the layout was saved in.
    if (m_model)
        setColumnHidden(m_model->nameColumn(), !(m_model->imageNames().isKnown() && !m_nameColumnHiddenByPerson));
    return m_columnsSized;
}

void EntryView::setKeyColumn(int column)
{
    m_keyColumn = column;
    widenKeyColumn();
}

int EntryView::idWidth() const
{
    // The widest hex digit 32 times and four hyphens: every UUID fits, whatever the font's letter widths.
    const QFontMetrics metrics = fontMetrics();
    int digit = 0;
    for (QChar c : QStringLiteral("0123456789abcdef"))
        digit = qMax(digit, metrics.horizontalAdvance(c));
    const int text = 32 * digit + 4 * metrics.horizontalAdvance(u'-');
    // The cell's text margins as the style draws them, and the grid line.
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 1;
    return text + margin + 4;
}

void EntryView::widenKeyColumn()
{
    if (m_keyColumn < 0 || !model() || m_keyColumn >= model()->columnCount())
        return;
    if (columnWidth(m_keyColumn) < idWidth())
        setColumnWidth(m_keyColumn, idWidth());
}

void EntryView::setDefaultColumnOrder(const QList<int> &logical)
{
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < logical.size(); ++visual)
        header->moveSection(header->visualIndex(logical.at(visual)), visual);
}

void EntryView::showColumnsMenu(const QPoint &globalPos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    int shown = 0;
    for (int c = 0; c < header->count(); ++c)
        shown += header->isSectionHidden(c) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        QAction *a = menu->addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("column_%1").arg(c));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || shown > 1); // the last column shown stays
        if (m_model && c == m_model->nameColumn() && !m_model->imageNames().isKnown()) {
            // Without names there is nothing to show: say why instead of offering an empty column.
            a->setEnabled(false);
            a->setToolTip(tr("Names are looked up in Glance's image list once a connection is set up "
                             "(Remote → Connection…)."));
        }
        connect(a, &QAction::toggled, this, [this, c](bool show) {
            if (m_model && c == m_model->nameColumn())
                m_nameColumnHiddenByPerson = !show;
            setColumnHidden(c, !show);
            if (show && columnWidth(c) < horizontalHeader()->minimumSectionSize() * 2)
                resizeColumnToContents(c);
            widenKeyColumn();
        });
    }
    menu->addSeparator();
    QAction *fit = menu->addAction(tr("Fit Columns to Contents"));
    fit->setObjectName(QStringLiteral("fitColumns"));
    connect(fit, &QAction::triggered, this, &EntryView::fitColumns);
    menu->popup(globalPos);
}

int EntryView::sizeHintForColumn(int column) const
{
    int hint = QTableView::sizeHintForColumn(column);
    if (!model() || isColumnHidden(column))
        return hint;
    const int rows = model()->rowCount(rootIndex());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const auto measure = [&](int row) {
        const QModelIndex index = model()->index(row, column, rootIndex());
        if (QAbstractItemDelegate *delegate = itemDelegateForIndex(index))
            hint = qMax(hint, delegate->sizeHint(option, index).width() + (showGrid() ? 1 : 0));
    };
    constexpr int samples = 256, tail = 32;
    const int step = qMax(1, rows / samples);
    for (int row = 0; row < rows; row += step)
        measure(row);
    for (int row = qMax(0, rows - tail); row < rows; ++row)
        measure(row);
    return column == m_keyColumn ? qMax(hint, idWidth()) : hint;
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
