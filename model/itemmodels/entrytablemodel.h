#pragma once

#include "core/background.h"
#include "core/imagenames.h"

#include <QAbstractTableModel>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

// Base of the cache entry tables. Rows are a view (filtered and sorted) over immutable entries owned
// by the subclass; the view is computed from raw values by plain functions, synchronously for small
// tables and on a worker thread for large ones, so a million-entry table never blocks the GUI thread.
// New entries are staged and switched in together with their view (one model reset); sorting alone
// moves rows with layoutChanged so persistent indexes (the selection) follow. GUI thread only.
class EntryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit EntryTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows whose text matches (case-insensitive substring of the ID, or of the image's name when names are
    // known) stay visible.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Entries before filtering.
    virtual int entryCount() const = 0;
    // The image ID (or file name) at a visible row; the key selections are kept by.
    virtual QString keyAt(int row) const = 0;
    // Bytes of the entry at a visible row, for selection totals.
    virtual qint64 bytesAt(int row) const = 0;
    // The visible row showing key, or -1.
    int rowOfKey(const QString &key) const;

    // The names the Name column shows, filters and sorts by; a default ImageNames (nothing known) leaves the
    // column empty and the view hides it. Recomputes the view (a model reset) and emits imageNamesChanged().
    void setImageNames(const ImageNames &names);
    const ImageNames &imageNames() const { return m_names; }
    // The column holding image names.
    virtual int nameColumn() const = 0;

    // Tables with more entries than this compute their view on a worker thread (tests lower it).
    void setAsyncThreshold(int entries) { m_asyncThreshold = entries; }
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    // Emitted after new entries, a sort or a filter became visible.
    void viewChanged();
    void busyChanged(bool busy);
    void imageNamesChanged();

protected:
    // What a worker needs to order entries without touching the model: the entry count, a strict
    // weak order for a column and a filter predicate, all capturing shared immutable data.
    struct ViewSource
    {
        int count = 0;
        std::function<bool(int, int)> less;
        std::function<bool(int)> accept; // empty: everything
    };
    virtual ViewSource viewSource(bool staged, int column, const QString &filter) const = 0;
    // Makes the staged entries current; called inside a model reset.
    virtual void commitStaged() = 0;

    // Subclasses call this after staging new entries.
    void stageChanged();
    // Drops data on a worker thread, so freeing a million entries never blocks the GUI thread.
    static void releaseLater(std::shared_ptr<const void> data);
    int entryAt(int row) const { return m_view.at(row); }

    // The Name column's data for the image (or file) id: display, raw value (the name, empty when unknown:
    // sorting and exports), tooltip, PlaceholderRole; nullopt for the roles the subclass answers itself.
    std::optional<QVariant> nameData(const QString &id, int role) const;
    QVariant nameHeader(int role) const;
    // A worker-safe order by name (case-insensitive, then by ID) of count entries whose ID idOf gives; unlisted
    // images (no name) come first, as their empty raw value would. Names are looked up once per entry, on the
    // worker, the first time two are compared.
    std::function<bool(int, int)> byName(int count, std::function<QString(int)> idOf) const;
    // A worker-safe filter on the ID idOf gives and its name.
    std::function<bool(int)> matching(std::function<QString(int)> idOf, const QString &filter) const;

private:
    enum class Kind { Entries, Sort, Filter };
    void request(Kind kind);
    void apply(Kind kind, quint64 generation, QVector<int> view);
    static QVector<int> computeView(const ViewSource &source, Qt::SortOrder order);

    QVector<int> m_view;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    ImageNames m_names;
    int m_asyncThreshold = 20000;
    BackgroundLane m_views { this }; // the newest sort/filter/entries request wins
    int m_pending = 0;
    bool m_stageWaiting = false;
};
