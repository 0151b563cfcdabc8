#pragma once

#include "cache/regioncachemap.h"

#include <QAbstractTableModel>
#include <QStringList>

// The nodes of a region as Glance's database knows them (node_reference, centralized_db): one row per node
// that ever started with the cache, with what it caches (images, bytes, hits) and its most recent access.
// A node whose URL is not among the connection's nodes carries AttentionRole: an old URL of a node whose
// address changed (its rows stay behind forever) or a node nobody added to the connection yet. Raw values
// for sorting in CacheRoles::RawValueRole. Refreshes replace the whole list (one reset). GUI thread only.
class RegionNodesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NodeColumn, IdColumn, CachedColumn, SizeColumn, HitsColumn, LastAccessColumn, ColumnCount };

    explicit RegionNodesModel(QObject *parent = nullptr);

    // knownNodes: the node URLs the connection lists; empty: nothing is marked.
    void setRegion(const RegionCacheMap &map, const QStringList &knownNodes);
    const RegionCacheMap &region() const { return m_map; }
    bool isKnown(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RegionCacheMap m_map;
    QStringList m_known;
};
