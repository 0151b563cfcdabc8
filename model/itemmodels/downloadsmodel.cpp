#include "itemmodels/downloadsmodel.h"

#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {
constexpr int flushIntervalMs = 100; // the fetcher's own progress interval: one repaint per report
}

DownloadsModel::DownloadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(flushIntervalMs);
    connect(&m_flush, &QTimer::timeout, this, &DownloadsModel::flush);
}

void DownloadsModel::setFetcher(ImageFetcher *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (!fetcher)
        return;
    connect(fetcher, &ImageFetcher::imageStarted, this, &DownloadsModel::onStarted);
    connect(fetcher, &ImageFetcher::imageProgress, this, &DownloadsModel::onProgress);
    connect(fetcher, &ImageFetcher::imageFinished, this, &DownloadsModel::onFinished);
    connect(fetcher, &ImageFetcher::finished, this, &DownloadsModel::onBatchFinished);
}

void DownloadsModel::addImages(const QStringList &imageIds)
{
    if (m_batchOver && !m_rows.isEmpty()) {
        // A new batch: keep only the rows it starts again, in their order.
        const QSet<QString> wanted(imageIds.cbegin(), imageIds.cend());
        QVector<Row> kept;
        for (const Row &r : std::as_const(m_rows)) {
            if (wanted.contains(r.id))
                kept.append(r);
        }
        if (kept.size() != m_rows.size()) {
            beginResetModel();
            m_rows = kept;
            m_index.clear();
            for (int i = 0; i < m_rows.size(); ++i)
                m_index.insert(m_rows.at(i).id, i);
            m_dirty.clear();
            endResetModel();
        }
    }
    m_batchOver = false;
    for (const QString &id : imageIds) {
        const int row = ensureRow(id);
        Row &r = m_rows[row];
        if (r.state == RowState::Waiting || r.state == RowState::Downloading)
            continue; // already part of this batch
        r = Row { id, RowState::Waiting, 0, -1, 0, -1, {} };
        markDirty(row);
    }
    m_totalsDirty = true;
    flush(); // a person just asked: show the rows now
}

int DownloadsModel::ensureRow(const QString &imageId)
{
    const auto it = m_index.constFind(imageId);
    if (it != m_index.cend())
        return *it;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row { imageId, RowState::Waiting, 0, -1, 0, -1, {} });
    m_index.insert(imageId, row);
    endInsertRows();
    m_totalsDirty = true;
    return row;
}

QStringList DownloadsModel::imageIds(std::initializer_list<RowState> states) const
{
    QStringList ids;
    for (const Row &r : m_rows) {
        if (std::find(states.begin(), states.end(), r.state) != states.end())
            ids.append(r.id);
    }
    return ids;
}

void DownloadsModel::markDirty(int row)
{
    m_dirty.insert(row);
    m_totalsDirty = true;
    if (!m_flush.isActive())
        m_flush.start();
}

void DownloadsModel::flush()
{
    m_flush.stop();
    QList<int> rows(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    std::sort(rows.begin(), rows.end());
    // One dataChanged per run of adjacent rows.
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
    if (m_totalsDirty) {
        m_totalsDirty = false;
        updateTotals();
        Q_EMIT totalsChanged();
    }
}

void DownloadsModel::updateTotals()
{
    Totals t;
    for (const Row &r : std::as_const(m_rows)) {
        t.bytesDone += r.done;
        t.bytesTotal += std::max<qint64>(r.total, r.done);
        t.imagesDone += isActive(r.state) ? 0 : 1;
        t.failed += isRetryable(r.state) ? 1 : 0;
        if (r.state == RowState::Downloading)
            t.bytesPerSecond += r.rate;
        t.running = t.running || isActive(r.state);
    }
    t.imagesTotal = int(m_rows.size());
    if (t.running && t.bytesPerSecond > 0 && t.bytesTotal >= t.bytesDone)
        t.etaSeconds = double(t.bytesTotal - t.bytesDone) / t.bytesPerSecond;
    m_totals = t;
}

void DownloadsModel::onStarted(const QString &imageId)
{
    m_batchOver = false;
    const int row = ensureRow(imageId);
    Row &r = m_rows[row];
    r.state = RowState::Downloading;
    r.done = 0;
    r.rate = 0;
    r.eta = -1;
    r.message.clear();
    markDirty(row);
}

void DownloadsModel::onProgress(const QString &imageId, qint64 done, qint64 total, double rate, double eta)
{
    const int row = ensureRow(imageId);
    Row &r = m_rows[row];
    r.done = done;
    r.total = total;
    r.rate = rate;
    r.eta = eta;
    markDirty(row);
}

void DownloadsModel::onFinished(const ImageFetcher::Result &result)
{
    const int row = ensureRow(result.imageId);
    Row &r = m_rows[row];
    switch (result.outcome) {
    case ImageFetcher::Outcome::Cached:
        r.state = RowState::Cached;
        break;
    case ImageFetcher::Outcome::AlreadyCached:
        r.state = RowState::AlreadyCached;
        break;
    case ImageFetcher::Outcome::Refused:
        r.state = RowState::Refused;
        break;
    case ImageFetcher::Outcome::Cancelled:
        r.state = RowState::Cancelled;
        break;
    default:
        r.state = RowState::Failed;
        break;
    }
    r.done = result.bytes;
    if (result.ok)
        r.total = result.bytes;
    r.rate = result.seconds > 0 ? double(result.bytes) / result.seconds : 0; // the average, once over
    r.eta = -1;
    r.message = result.message;
    markDirty(row);
}

void DownloadsModel::onBatchFinished(const QVector<ImageFetcher::Result> &results)
{
    m_batchOver = true;
    flush();
    Q_EMIT batchFinished(results);
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DownloadsModel::stateName(RowState state)
{
    switch (state) {
    case RowState::Waiting:
        return tr("Waiting");
    case RowState::Downloading:
        return tr("Downloading");
    case RowState::Cached:
        return tr("Cached");
    case RowState::AlreadyCached:
        return tr("Already cached");
    case RowState::Refused:
        return tr("Refused");
    case RowState::Failed:
        return tr("Failed");
    case RowState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Image ID");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Received:
        return tr("Received");
    case Size:
        return tr("Size");
    case Rate:
        return tr("Rate");
    case TimeLeft:
        return tr("Time left");
    case Message:
        return tr("Message");
    }
    return {};
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool complete = r.state == RowState::Cached || r.state == RowState::AlreadyCached;
    const double fraction = complete ? 1.0 : r.total > 0 ? std::clamp(double(r.done) / double(r.total), 0.0, 1.0) : 0.0;
    switch (role) {
    case CacheRoles::RawValueRole:
        switch (index.column()) {
        case Id:
            return r.id;
        case State:
            return int(r.state);
        case Progress:
            return fraction;
        case Received:
            return r.done;
        case Size:
            return r.total;
        case Rate:
            return r.rate;
        case TimeLeft:
            return r.eta;
        case Message:
            return r.message;
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return r.id;
        case State:
            return stateName(r.state);
        case Progress:
            if (r.state == RowState::Waiting || r.state == RowState::AlreadyCached || (r.total <= 0 && !complete))
                return QString();
            return QLocale().toString(std::floor(fraction * 1000) / 10, 'f', 1) + QStringLiteral(" %");
        case Received:
            return r.state == RowState::Waiting || r.state == RowState::AlreadyCached ? QString()
                                                                                      : DisplayFormat::size(r.done);
        case Size:
            return r.total >= 0 ? DisplayFormat::size(r.total) : QString();
        case Rate:
            return r.rate > 0 ? tr("%1/s").arg(DisplayFormat::size(qint64(r.rate))) : QString();
        case TimeLeft:
            return r.state == RowState::Downloading && r.eta >= 0 ? DisplayFormat::duration(qint64(std::ceil(r.eta)))
                                                                  : QString();
        case Message:
            return r.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Received || index.column() == Size) {
            const qint64 bytes = index.column() == Received ? r.done : r.total;
            return bytes >= 0 ? DisplayFormat::exactBytes(bytes) : QVariant();
        }
        // The whole reason wherever a person points at the row's words or bar (the Message cell is cut short).
        if (index.column() == Message || index.column() == State || index.column() == Progress || index.column() == Id)
            return r.message.isEmpty() ? QVariant() : QVariant(r.message);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Received && index.column() <= TimeLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CacheRoles::ImageIdRole:
        return r.id;
    case CacheRoles::BytesRole:
        return r.done;
    case CacheRoles::AttentionRole:
        return r.state == RowState::Failed || r.state == RowState::Refused;
    }
    return {};
}
