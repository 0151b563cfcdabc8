#include "itemmodels/cachedimagesmodel.h"

#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"

#include <QLocale>

CachedImagesModel::CachedImagesModel(QObject *parent)
    : EntryTableModel(parent)
    , m_entries(std::make_shared<const QVector<CachedImage>>())
{
}

void CachedImagesModel::setEntries(QVector<CachedImage> entries, qint64 totalSize)
{
    m_staged = std::make_shared<const QVector<CachedImage>>(std::move(entries));
    m_stagedTotal = totalSize;
    stageChanged();
}

void CachedImagesModel::commitStaged()
{
    releaseLater(std::exchange(m_entries, m_staged));
    m_totalSize = m_stagedTotal;
    m_staged.reset();
}

int CachedImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CachedImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == ImageName)
        return nameHeader(role);
    if (role == Qt::ToolTipRole && section == EvictionRank)
        return tr("The order in which prune would delete: 1 goes first (least recently accessed).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Image ID");
    case Size:
        return tr("Size");
    case Share:
        return tr("Share");
    case Hits:
        return tr("Hits");
    case LastAccessed:
        return tr("Last accessed");
    case LastModified:
        return tr("Cached at");
    case EvictionRank:
        return tr("Prune order");
    }
    return {};
}

QVariant CachedImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CachedImage &e = entry(index.row());
    if (index.column() == ImageName) {
        if (const auto name = nameData(e.imageId, role))
            return *name;
    }
    const double share = m_totalSize > 0 ? double(e.size) / double(m_totalSize) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return e.imageId;
        case Size:
            return DisplayFormat::size(e.size);
        case Share:
            return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
        case Hits:
            return QLocale().toString(e.hits);
        case LastAccessed:
            return DisplayFormat::localTime(e.lastAccessed);
        case LastModified:
            return DisplayFormat::localTime(e.lastModified);
        case EvictionRank:
            return e.evictionRank < 0 ? QString() : QLocale().toString(e.evictionRank + 1);
        }
        break;
    case CacheRoles::RawValueRole:
        switch (index.column()) {
        case Id:
            return e.imageId;
        case Size:
            return e.size;
        case Share:
            return share;
        case Hits:
            return e.hits;
        case LastAccessed:
            return e.lastAccessed;
        case LastModified:
            return e.lastModified;
        case EvictionRank:
            return e.evictionRank;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Size:
            return DisplayFormat::exactBytes(e.size);
        case Share:
            return tr("%1 of the cache's %2").arg(DisplayFormat::exactBytes(e.size), DisplayFormat::exactBytes(m_totalSize));
        case LastAccessed:
            return DisplayFormat::utcTime(e.lastAccessed);
        case LastModified:
            return DisplayFormat::utcTime(e.lastModified);
        case Id:
            return e.hasFile ? QVariant() : tr("cache.db records this image but its file is missing.");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Id && index.column() != ImageName)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CacheRoles::ImageIdRole:
        return e.imageId;
    case CacheRoles::BytesRole:
        return e.size;
    case CacheRoles::EvictionFractionRole:
        return entryCount() > 1 ? double(e.evictionRank) / double(entryCount() - 1) : 0.0;
    case CacheRoles::AttentionRole:
        return !e.hasFile;
    }
    return {};
}

EntryTableModel::ViewSource CachedImagesModel::viewSource(bool staged, int column, const QString &filter) const
{
    const Entries data = staged ? m_staged : m_entries;
    ViewSource source;
    source.count = int(data->size());
    auto by = [data](auto key) {
        return [data, key](int a, int b) { return key(data->at(a)) < key(data->at(b)); };
    };
    switch (column) {
    case Id:
        source.less = by([](const CachedImage &e) -> const QString & { return e.imageId; });
        break;
    case ImageName:
        source.less = byName(source.count, [data](int i) { return data->at(i).imageId; });
        break;
    case Size:
    case Share:
        source.less = by([](const CachedImage &e) { return e.size; });
        break;
    case Hits:
        source.less = by([](const CachedImage &e) { return e.hits; });
        break;
    case LastAccessed:
        source.less = by([](const CachedImage &e) { return e.lastAccessed; });
        break;
    case LastModified:
        source.less = by([](const CachedImage &e) { return e.lastModified; });
        break;
    case EvictionRank:
        source.less = by([](const CachedImage &e) { return e.evictionRank; });
        break;
    default:
        break;
    }
    if (!filter.isEmpty())
        source.accept = matching([data](int i) { return data->at(i).imageId; }, filter);
    return source;
}
