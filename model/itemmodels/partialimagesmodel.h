#pragma once

#include "core/cacheentries.h"
#include "itemmodels/entrytablemodel.h"

#include <memory>

// The Incomplete and Invalid views: files in incomplete/ (with their age against
// image_cache_stall_time, stalled ones marked) or in invalid/ (with the xattr driver's user.error).
class PartialImagesModel : public EntryTableModel
{
    Q_OBJECT
public:
    enum class Kind { Incomplete, Invalid };
    enum Column { Id, ImageName, Size, LastModified, Detail, ColumnCount }; // Detail: age, or the error

    explicit PartialImagesModel(Kind kind, QObject *parent = nullptr);

    // now and stallTime decide which incomplete files count as stalled (as the cleaner would see them).
    void setEntries(QVector<PartialImage> entries, double now, qint64 stallTime);
    const PartialImage &entry(int row) const { return m_entries->at(entryAt(row)); }
    bool isStalled(const PartialImage &e) const;

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
    using Entries = std::shared_ptr<const QVector<PartialImage>>;
    Kind m_kind;
    Entries m_entries;
    Entries m_staged;
    double m_now = 0;
    double m_stagedNow = 0;
    qint64 m_stallTime = 0;
    qint64 m_stagedStallTime = 0;
};
