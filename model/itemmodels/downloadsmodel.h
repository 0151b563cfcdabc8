#pragma once

#include "fetch/imagefetcher.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>

// The downloads panel's table: one row per image of the ImageFetcher's batch, fed by its signals.
// Rows appear when the caller announces images (addImages(), before ImageFetcher::fetch()) so waiting
// ones show too; an image the fetcher reports without being announced gets a row then. Progress arrives
// every 100 ms per image; changed rows are collected and announced together (one dataChanged per run of
// adjacent rows) at most every 100 ms, never for the whole table. GUI thread only; does not own the fetcher.
class DownloadsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, State, Progress, Received, Size, Rate, TimeLeft, Message, ColumnCount };
    enum class RowState { Waiting, Downloading, Cached, AlreadyCached, Refused, Failed, Cancelled };
    Q_ENUM(RowState)

    // The batch as a whole, summed over the rows (the same figures as ImageFetcher::progress, plus the
    // rate of the running images and the time left at that rate).
    struct Totals
    {
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0; // sizes known so far (an image's size is known once its description arrived)
        int imagesDone = 0;
        int imagesTotal = 0;
        int failed = 0; // Failed, Refused and Cancelled rows: what Retry would start again
        double bytesPerSecond = 0;
        double etaSeconds = -1; // -1 = unknown
        bool running = false;
    };

    explicit DownloadsModel(QObject *parent = nullptr);

    // Listens to fetcher (nullptr: none). The model never calls it.
    void setFetcher(ImageFetcher *fetcher);

    // Announces images about to be handed to the fetcher: new rows "waiting", and rows of IDs already
    // shown set back to waiting (a retry). When the previous batch is over, its other rows go first, so
    // the table shows the batch the totals describe.
    void addImages(const QStringList &imageIds);

    QString imageId(int row) const { return m_rows.at(row).id; }
    RowState rowState(int row) const { return m_rows.at(row).state; }
    int rowOfImage(const QString &imageId) const { return m_index.value(imageId, -1); }
    // IDs of the rows in the given states, in row order.
    QStringList imageIds(std::initializer_list<RowState> states) const;
    Totals totals() const { return m_totals; }
    static QString stateName(RowState state);
    static bool isActive(RowState s) { return s == RowState::Waiting || s == RowState::Downloading; }
    static bool isRetryable(RowState s)
    {
        return s == RowState::Failed || s == RowState::Refused || s == RowState::Cancelled;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The totals changed (coalesced like the rows).
    void totalsChanged();
    // The fetcher's batch ended; results as ImageFetcher::finished gave them.
    void batchFinished(const QVector<ImageFetcher::Result> &results);

private:
    struct Row
    {
        QString id;
        RowState state = RowState::Waiting;
        qint64 done = 0;
        qint64 total = -1;
        double rate = 0;
        double eta = -1;
        QString message;
    };
    int ensureRow(const QString &imageId);
    void markDirty(int row);
    void flush();
    void updateTotals();
    void onStarted(const QString &imageId);
    void onProgress(const QString &imageId, qint64 done, qint64 total, double rate, double eta);
    void onFinished(const ImageFetcher::Result &result);
    void onBatchFinished(const QVector<ImageFetcher::Result> &results);

    QPointer<ImageFetcher> m_fetcher;
    QVector<Row> m_rows;
    QHash<QString, int> m_index; // image ID -> row
    QSet<int> m_dirty;
    bool m_totalsDirty = false;
    bool m_batchOver = true;
    Totals m_totals;
    QTimer m_flush;
};
