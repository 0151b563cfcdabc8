#include "itemmodels/entrytablemodel.h"

#include "itemmodels/cacheroles.h"

#include <algorithm>
#include <mutex>
#include <numeric>

EntryTableModel::EntryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int EntryTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_view.size(); ++row) {
        if (keyAt(row) == key)
            return row;
    }
    return -1;
}

void EntryTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    request(Kind::Sort);
}

void EntryTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    request(Kind::Filter);
}

void EntryTableModel::setImageNames(const ImageNames &names)
{
    m_names = names;
    // The filter and a sort by name depend on the names: the view is computed again (a reset keeps the
    // selection through SelectionKeeper, which follows keys).
    request(Kind::Filter);
    Q_EMIT headerDataChanged(Qt::Horizontal, nameColumn(), nameColumn());
    Q_EMIT imageNamesChanged();
}

std::optional<QVariant> EntryTableModel::nameData(const QString &id, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_names.isMissing(id) ? ImageNames::placeholder() : m_names.name(id);
    case CacheRoles::RawValueRole:
        return m_names.name(id);
    case Qt::ToolTipRole:
        if (m_names.isMissing(id))
            return ImageNames::missingExplanation();
        return QVariant();
    case CacheRoles::PlaceholderRole:
        return m_names.isMissing(id);
    default:
        return std::nullopt;
    }
}

QVariant EntryTableModel::nameHeader(int role) const
{
    if (role == Qt::DisplayRole)
        return tr("Name");
    if (role == Qt::ToolTipRole)
        return tr("The image's name in Glance's image list, looked up once per connection (View → Refresh Names).");
    return {};
}

std::function<bool(int, int)> EntryTableModel::byName(int count, std::function<QString(int)> idOf) const
{
    // Case-folded once per entry rather than looked up and folded twice per comparison (a million entries
    // take twenty million comparisons).
    struct Keys
    {
        std::once_flag once;
        QVector<QString> folded;
    };
    auto keys = std::make_shared<Keys>();
    return [names = m_names, idOf = std::move(idOf), keys, count](int a, int b) {
        std::call_once(keys->once, [&]() {
            keys->folded.resize(count);
            for (int i = 0; i < count; ++i)
                keys->folded[i] = names.name(idOf(i)).toCaseFolded();
        });
        const QString &x = keys->folded.at(a), &y = keys->folded.at(b);
        return x != y ? x < y : idOf(a) < idOf(b);
    };
}

std::function<bool(int)> EntryTableModel::matching(std::function<QString(int)> idOf, const QString &filter) const
{
    return [names = m_names, idOf = std::move(idOf), filter](int i) { return names.matches(idOf(i), filter); };
}

void EntryTableModel::releaseLater(std::shared_ptr<const void> data)
{
    if (data && data.use_count() == 1)
        QThreadPool::globalInstance()->start([d = std::move(data)]() mutable { d.reset(); });
}

void EntryTableModel::stageChanged()
{
    m_stageWaiting = true;
    request(Kind::Entries);
}

QVector<int> EntryTableModel::computeView(const ViewSource &source, Qt::SortOrder order)
{
    QVector<int> view;
    view.reserve(source.count);
    for (int i = 0; i < source.count; ++i) {
        if (!source.accept || source.accept(i))
            view.append(i);
    }
    if (source.less) {
        if (order == Qt::AscendingOrder)
            std::stable_sort(view.begin(), view.end(), source.less);
        else
            std::stable_sort(view.begin(), view.end(), [&](int a, int b) { return source.less(b, a); });
    }
    return view;
}

void EntryTableModel::request(Kind kind)
{
    // A sort or filter asked for while new entries wait must be computed for those entries.
    if (m_stageWaiting)
        kind = Kind::Entries;
    const quint64 generation = m_views.begin();
    const ViewSource source = viewSource(kind == Kind::Entries, m_sortColumn, m_filter);
    const Qt::SortOrder order = m_sortOrder;
    if (source.count <= m_asyncThreshold) {
        apply(kind, generation, computeView(source, order));
        return;
    }
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    Background::run(this, [source, order]() { return computeView(source, order); },
                    [this, kind, generation](const QVector<int> &view) {
                        if (--m_pending == 0)
                            Q_EMIT busyChanged(false);
                        apply(kind, generation, view);
                    });
}

void EntryTableModel::apply(Kind kind, quint64 generation, QVector<int> view)
{
    if (!m_views.isCurrent(generation))
        return; // a newer request supersedes this one
    if (kind == Kind::Sort && view.size() == m_view.size()) {
        // Same rows, new order: move persistent indexes (selection, current) with their entries.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QVector<int> rowOfEntry(entryCount(), -1);
        for (int row = 0; row < view.size(); ++row)
            rowOfEntry[view.at(row)] = row;
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const int newRow = rowOfEntry.value(m_view.value(index.row(), -1), -1);
            after.append(newRow < 0 ? QModelIndex() : createIndex(newRow, index.column()));
        }
        m_view = std::move(view);
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        if (kind == Kind::Entries) {
            commitStaged();
            m_stageWaiting = false;
        }
        m_view = std::move(view);
        endResetModel();
    }
    Q_EMIT viewChanged();
}
