#pragma once

#include "core/cacheentries.h"
#include "itemmodels/entrytablemodel.h"

#include <memory>

// The Cached view: one row per image Glance lists as cached, with its share of the cache and the rank
// in which prune would evict it.
class CachedImagesModel : public EntryTableModel
{
    Q_OBJECT
public:
    enum Column { Id, ImageName, Size, Share, Hits, LastAccessed, LastModified, EvictionRank, ColumnCount };

    explicit CachedImagesModel(QObject *parent = nullptr);

    // Shows new entries; totalSize is the pruner's size of the cache, the base of the share column.
    void setEntries(QVector<CachedImage> entries, qint64 totalSize);
    const CachedImage &entry(int row) const { return m_entries->at(entryAt(row)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int entryCount() const override { return int(m_entries->size()); }
    QString keyAt(int row) const override { return entry(row).imageId; }
    qint64 bytesAt(int row) const override { return entry(row).size; }
    int nameColumn() const override { return ImageName; }

protected:
    ViewSource viewSource(bool staged, int column, const QString &filter) const override;
    void commitStaged() override;

private:
    using Entries = std::shared_ptr<const QVector<CachedImage>>;
    Entries m_entries;
    Entries m_staged;
    qint64 m_totalSize = 0;
    qint64 m_stagedTotal = 0;
};
