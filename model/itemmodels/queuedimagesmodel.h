#pragma once

#include "core/cacheentries.h"
#include "itemmodels/entrytablemodel.h"

#include <memory>

// The Queued view: markers in queue/, numbered in the order Glance processes them.
class QueuedImagesModel : public EntryTableModel
{
    Q_OBJECT
public:
    enum Column { Position, Id, ImageName, QueuedAt, ColumnCount };

    explicit QueuedImagesModel(QObject *parent = nullptr);

    // entries must be in Glance's order (as CacheSnapshot::queued is).
    void setEntries(QVector<QueuedImage> entries);
    const QueuedImage &entry(int row) const { return m_entries->at(entryAt(row)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int entryCount() const override { return int(m_entries->size()); }
    QString keyAt(int row) const override { return entry(row).imageId; }
    qint64 bytesAt(int) const override { return 0; }
    int nameColumn() const override { return ImageName; }

protected:
    ViewSource viewSource(bool staged, int column, const QString &filter) const override;
    void commitStaged() override;

private:
    using Entries = std::shared_ptr<const QVector<QueuedImage>>;
    Entries m_entries;
    Entries m_staged;
};
