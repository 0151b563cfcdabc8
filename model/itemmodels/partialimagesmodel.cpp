#include "itemmodels/partialimagesmodel.h"

#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"

PartialImagesModel::PartialImagesModel(Kind kind, QObject *parent)
    : EntryTableModel(parent)
    , m_kind(kind)
    , m_entries(std::make_shared<const QVector<PartialImage>>())
{
}

void PartialImagesModel::setEntries(QVector<PartialImage> entries, double now, qint64 stallTime)
{
    m_staged = std::make_shared<const QVector<PartialImage>>(std::move(entries));
    m_stagedNow = now;
    m_stagedStallTime = stallTime;
    stageChanged();
}

void PartialImagesModel::commitStaged()
{
    releaseLater(std::exchange(m_entries, m_staged));
    m_now = m_stagedNow;
    m_stallTime = m_stagedStallTime;
    m_staged.reset();
}

bool PartialImagesModel::isStalled(const PartialImage &e) const
{
    return m_kind == Kind::Incomplete && e.modified < m_now - double(m_stallTime);
}

int PartialImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartialImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == ImageName)
        return nameHeader(role);
    if (role == Qt::ToolTipRole && section == Detail && m_kind == Kind::Incomplete)
        return tr("Time since the download last wrote; older than image_cache_stall_time (%1) means stalled.")
            .arg(DisplayFormat::duration(m_stallTime));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Image ID");
    case Size:
        return tr("Size");
    case LastModified:
        return tr("Last written");
    case Detail:
        return m_kind == Kind::Incomplete ? tr("Age") : tr("Error");
    }
    return {};
}

QVariant PartialImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PartialImage &e = entry(index.row());
    if (index.column() == ImageName) {
        if (const auto name = nameData(e.imageId, role))
            return *name;
    }
    const qint64 age = qint64(m_now - e.modified);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return e.imageId;
        case Size:
            return DisplayFormat::size(e.size);
        case LastModified:
            return DisplayFormat::localTime(e.modified);
        case Detail:
            if (m_kind == Kind::Invalid)
                return e.error.isEmpty() ? tr("(no reason recorded)") : e.error.simplified();
            return isStalled(e) ? tr("%1 — stalled").arg(DisplayFormat::duration(age)) : DisplayFormat::duration(age);
        }
        break;
    case CacheRoles::RawValueRole:
        switch (index.column()) {
        case Id:
            return e.imageId;
        case Size:
            return e.size;
        case LastModified:
            return e.modified;
        case Detail:
            return m_kind == Kind::Invalid ? QVariant(e.error) : QVariant(age);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Size)
            return DisplayFormat::exactBytes(e.size);
        if (index.column() == LastModified)
            return DisplayFormat::utcTime(e.modified);
        if (index.column() == Detail && m_kind == Kind::Invalid && !e.error.isEmpty())
            return e.error;
        if (index.column() == Detail && isStalled(e))
            return tr("Older than image_cache_stall_time: Clean will delete it.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CacheRoles::ImageIdRole:
        return e.imageId;
    case CacheRoles::BytesRole:
        return e.size;
    case CacheRoles::AttentionRole:
        return isStalled(e);
    }
    return {};
}

EntryTableModel::ViewSource PartialImagesModel::viewSource(bool staged, int column, const QString &filter) const
{
    const Entries data = staged ? m_staged : m_entries;
    const bool invalid = m_kind == Kind::Invalid;
    ViewSource source;
    source.count = int(data->size());
    switch (column) {
    case Id:
        source.less = [data](int a, int b) { return data->at(a).imageId < data->at(b).imageId; };
        break;
    case ImageName:
        source.less = byName(source.count, [data](int i) { return data->at(i).imageId; });
        break;
    case Size:
        source.less = [data](int a, int b) { return data->at(a).size < data->at(b).size; };
        break;
    case LastModified:
        source.less = [data](int a, int b) { return data->at(a).modified < data->at(b).modified; };
        break;
    case Detail:
        if (invalid)
            source.less = [data](int a, int b) { return data->at(a).error < data->at(b).error; };
        else // age grows as modified shrinks
            source.less = [data](int a, int b) { return data->at(a).modified > data->at(b).modified; };
        break;
    default:
        break;
    }
    if (!filter.isEmpty())
        source.accept = [data, filter, named = matching([data](int i) { return data->at(i).imageId; }, filter)](int i) {
            return named(i) || data->at(i).error.contains(filter, Qt::CaseInsensitive);
        };
    return source;
}
