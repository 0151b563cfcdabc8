#include "itemmodels/queuedimagesmodel.h"

#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"

#include <QLocale>

QueuedImagesModel::QueuedImagesModel(QObject *parent)
    : EntryTableModel(parent)
    , m_entries(std::make_shared<const QVector<QueuedImage>>())
{
}

void QueuedImagesModel::setEntries(QVector<QueuedImage> entries)
{
    m_staged = std::make_shared<const QVector<QueuedImage>>(std::move(entries));
    stageChanged();
}

void QueuedImagesModel::commitStaged()
{
    releaseLater(std::exchange(m_entries, m_staged));
    m_staged.reset();
}

int QueuedImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueuedImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == ImageName)
        return nameHeader(role);
    if (role == Qt::ToolTipRole && section == Position)
        return tr("Glance processes the queue oldest marker first.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Order");
    case Id:
        return tr("Image ID");
    case QueuedAt:
        return tr("Queued at");
    }
    return {};
}

QVariant QueuedImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int position = entryAt(index.row());
    const QueuedImage &e = m_entries->at(position);
    if (index.column() == ImageName) {
        if (const auto name = nameData(e.imageId, role))
            return *name;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Position:
            return QLocale().toString(position + 1);
        case Id:
            return e.imageId;
        case QueuedAt:
            return DisplayFormat::localTime(e.queuedAt);
        }
        break;
    case CacheRoles::RawValueRole:
        switch (index.column()) {
        case Position:
            return position;
        case Id:
            return e.imageId;
        case QueuedAt:
            return e.queuedAt;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == QueuedAt)
            return DisplayFormat::utcTime(e.queuedAt);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Position)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CacheRoles::ImageIdRole:
        return e.imageId;
    case CacheRoles::BytesRole:
        return qint64(0);
    }
    return {};
}

EntryTableModel::ViewSource QueuedImagesModel::viewSource(bool staged, int column, const QString &filter) const
{
    const Entries data = staged ? m_staged : m_entries;
    ViewSource source;
    source.count = int(data->size());
    if (column == Id)
        source.less = [data](int a, int b) { return data->at(a).imageId < data->at(b).imageId; };
    else if (column == ImageName)
        source.less = byName(source.count, [data](int i) { return data->at(i).imageId; });
    else if (column == Position || column == QueuedAt)
        source.less = [](int a, int b) { return a < b; }; // already Glance's order
    if (!filter.isEmpty())
        source.accept = matching([data](int i) { return data->at(i).imageId; }, filter);
    return source;
}
