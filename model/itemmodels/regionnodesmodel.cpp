#include "itemmodels/regionnodesmodel.h"

#include "core/displayformat.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/regionmatrix.h"

RegionNodesModel::RegionNodesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RegionNodesModel::setRegion(const RegionCacheMap &map, const QStringList &knownNodes)
{
    beginResetModel();
    m_map = map;
    m_known = knownNodes;
    endResetModel();
}

bool RegionNodesModel::isKnown(int row) const
{
    if (m_known.isEmpty() || row < 0 || row >= m_map.nodes.size())
        return true;
    return RegionMatrix::isKnown(m_map.nodes.at(row).url, m_known);
}

int RegionNodesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_map.nodes.size());
}

int RegionNodesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionNodesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_map.nodes.size())
        return {};
    const RegionNode &n = m_map.nodes.at(index.row());
    if (role == CacheRoles::AttentionRole)
        return !isKnown(index.row());
    if (role == Qt::ToolTipRole && !isKnown(index.row()))
        return tr("%1 is not among the connection's nodes: an old URL of a node whose address changed (its "
                  "records stay in Glance's database), or a node not added to the connection yet.")
            .arg(n.url);
    switch (index.column()) {
    case NodeColumn:
        if (role == Qt::DisplayRole || role == CacheRoles::RawValueRole)
            return n.url;
        break;
    case IdColumn:
        if (role == Qt::DisplayRole || role == CacheRoles::RawValueRole)
            return n.id;
        break;
    case CachedColumn:
        if (role == Qt::DisplayRole)
            return tr("%Ln image(s)", nullptr, n.images);
        if (role == CacheRoles::RawValueRole)
            return n.images;
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return DisplayFormat::size(n.bytes);
        if (role == Qt::ToolTipRole)
            return DisplayFormat::exactBytes(n.bytes);
        if (role == CacheRoles::RawValueRole || role == CacheRoles::BytesRole)
            return n.bytes;
        break;
    case HitsColumn:
        if (role == Qt::DisplayRole || role == CacheRoles::RawValueRole)
            return n.hits;
        break;
    case LastAccessColumn:
        if (role == Qt::DisplayRole)
            return n.images ? DisplayFormat::localTime(n.lastAccessed) : QString();
        if (role == Qt::ToolTipRole)
            return n.images ? DisplayFormat::utcTime(n.lastAccessed) : tr("No cached image recorded.");
        if (role == CacheRoles::RawValueRole)
            return n.lastAccessed;
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole && index.column() != NodeColumn && index.column() != LastAccessColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RegionNodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case IdColumn:
        return tr("ID");
    case CachedColumn:
        return tr("Cached");
    case SizeColumn:
        return tr("Size");
    case HitsColumn:
        return tr("Hits");
    case LastAccessColumn:
        return tr("Last access");
    default:
        return {};
    }
}
