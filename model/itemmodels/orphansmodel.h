#pragma once

#include "core/cacheentries.h"
#include "itemmodels/entrytablemodel.h"

#include <memory>

// The Orphans view: files without a record and records without a file, and foreign files (locks,
// temp files) that count as cache but can never be pruned. Reported, never fixed automatically.
class OrphansModel : public EntryTableModel
{
    Q_OBJECT
public:
    enum Column { Name, ImageName, Kind, Size, Note, ColumnCount }; // Name: the file's, ImageName: Glance's

    explicit OrphansModel(QObject *parent = nullptr);

    void setEntries(QVector<OrphanEntry> entries);
    const OrphanEntry &entry(int row) const { return m_entries->at(entryAt(row)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int entryCount() const override { return int(m_entries->size()); }
    QString keyAt(int row) const override { return entry(row).name; }
    // What removing the row frees: a record without a file frees nothing, whatever size it records.
    qint64 bytesAt(int row) const override
    {
        return entry(row).kind == OrphanEntry::RecordWithoutFile ? 0 : entry(row).size;
    }
    int nameColumn() const override { return ImageName; }

protected:
    ViewSource viewSource(bool staged, int column, const QString &filter) const override;
    void commitStaged() override;

private:
    QString kindText(const OrphanEntry &e) const;
    QString noteText(const OrphanEntry &e) const;

    using Entries = std::shared_ptr<const QVector<OrphanEntry>>;
    Entries m_entries;
    Entries m_staged;
};
