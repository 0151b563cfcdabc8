#include "itemmodels/orphansmodel.h"

#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"

OrphansModel::OrphansModel(QObject *parent)
    : EntryTableModel(parent)
    , m_entries(std::make_shared<const QVector<OrphanEntry>>())
{
}

void OrphansModel::setEntries(QVector<OrphanEntry> entries)
{
    m_staged = std::make_shared<const QVector<OrphanEntry>>(std::move(entries));
    stageChanged();
}

void OrphansModel::commitStaged()
{
    releaseLater(std::exchange(m_entries, m_staged));
    m_staged.reset();
}

int OrphansModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrphansModel::kindText(const OrphanEntry &e) const
{
    return e.kind == OrphanEntry::FileWithoutRecord ? tr("File without record") : tr("Record without file");
}

QString OrphansModel::noteText(const OrphanEntry &e) const
{
    if (e.kind == OrphanEntry::RecordWithoutFile)
        return tr("Listed as cached and pruned as 0 bytes; deleting it removes the record.");
    if (!e.isImageId)
        return tr("Not an image (lock, temp or leftover file): counts toward the size, never pruned.");
    return tr("Served and counted toward the size, but prune can never remove it.");
}

QVariant OrphansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The file's name has the "Name" column here; Glance's name of the image is told apart.
    if (section == ImageName)
        return role == Qt::DisplayRole ? QVariant(tr("Image name")) : nameHeader(role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Problem");
    case Size:
        return tr("Size");
    case Note:
        return tr("What it means");
    }
    return {};
}

QVariant OrphansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const OrphanEntry &e = entry(index.row());
    if (index.column() == ImageName) {
        if (const auto name = nameData(e.name, role))
            return *name;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Kind:
            return kindText(e);
        case Size:
            return DisplayFormat::size(e.size);
        case Note:
            return noteText(e);
        }
        break;
    case CacheRoles::RawValueRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Kind:
            return int(e.kind);
        case Size:
            return e.size;
        case Note:
            return noteText(e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Size)
            return DisplayFormat::exactBytes(e.size);
        if (index.column() == Note)
            return noteText(e);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CacheRoles::ImageIdRole:
        return e.name;
    case CacheRoles::BytesRole:
        return bytesAt(index.row());
    case CacheRoles::AttentionRole:
        return true;
    }
    return {};
}

OrphansModel::ViewSource OrphansModel::viewSource(bool staged, int column, const QString &filter) const
{
    const Entries data = staged ? m_staged : m_entries;
    ViewSource source;
    source.count = int(data->size());
    switch (column) {
    case Name:
        source.less = [data](int a, int b) { return data->at(a).name < data->at(b).name; };
        break;
    case ImageName:
        source.less = byName(source.count, [data](int i) { return data->at(i).name; });
        break;
    case Kind:
    case Note:
        source.less = [data](int a, int b) {
            const OrphanEntry &x = data->at(a), &y = data->at(b);
            return x.kind != y.kind ? x.kind < y.kind : x.isImageId < y.isImageId;
        };
        break;
    case Size:
        source.less = [data](int a, int b) { return data->at(a).size < data->at(b).size; };
        break;
    default:
        break;
    }
    if (!filter.isEmpty())
        source.accept = matching([data](int i) { return data->at(i).name; }, filter);
    return source;
}
