#include "itemmodels/cachematrixmodel.h"

#include "itemmodels/cacheroles.h"
#include "core/displayformat.h"

#include <QLocale>

CacheMatrixModel::CacheMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CacheMatrixModel::setMatrix(const CacheMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
    // The source columns are part of the reset, but views size their header sections on this signal.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString CacheMatrixModel::imageIdAt(int row) const
{
    return row >= 0 && row < m_matrix.rows.size() ? m_matrix.rows.at(row).imageId : QString();
}

int CacheMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int CacheMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSourceColumn + int(m_matrix.sources.size());
}

QString CacheMatrixModel::rowNote(const MatrixRow &row) const
{
    if (m_matrix.isOrphan(row))
        return tr("Glance no longer has this image: the cached copies only take space.");
    if (CacheMatrix::isPartial(row))
        return tr("Cached on %1 of %2 answering sources: requests served by the others read it from the store.")
            .arg(QLocale().toString(row.cachedCount), QLocale().toString(row.answeringSources));
    return {};
}

QVariant CacheMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matrix.rows.size())
        return {};
    const MatrixRow &row = m_matrix.rows.at(index.row());
    if (role == CacheRoles::ImageIdRole)
        return row.imageId;
    if (role == CacheRoles::AttentionRole)
        return m_matrix.isOrphan(row) || CacheMatrix::isPartial(row);
    const int source = sourceOfColumn(index.column());
    if (source >= 0)
        return cellData(row, source, role);

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole) {
            if (m_matrix.isOrphan(row))
                return row.name.isEmpty() ? tr("(deleted from Glance)") : tr("%1 (deleted from Glance)").arg(row.name);
            return row.name.isEmpty() && m_matrix.imagesKnown ? tr("(no name)") : row.name;
        }
        if (role == CacheRoles::RawValueRole)
            return row.name.isEmpty() ? QStringLiteral("\uffff") + row.imageId : row.name.toLower(); // unnamed last
        if (role == Qt::ToolTipRole)
            return rowNote(row);
        break;
    case IdColumn:
        if (role == Qt::DisplayRole || role == CacheRoles::RawValueRole)
            return row.imageId;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == CacheRoles::RawValueRole)
            return row.status;
        break;
    case SizeColumn: {
        qint64 bytes = row.imageSize;
        for (const MatrixCell &c : row.cells) {
            if (bytes < 0 && c.state == MatrixCell::Cached)
                bytes = c.size;
        }
        if (role == Qt::DisplayRole)
            return bytes < 0 ? QString() : DisplayFormat::size(bytes);
        if (role == Qt::ToolTipRole)
            return bytes < 0 ? QString() : DisplayFormat::exactBytes(bytes);
        if (role == CacheRoles::RawValueRole || role == CacheRoles::BytesRole)
            return bytes;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case SpreadColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 of %2").arg(QLocale().toString(row.cachedCount), QLocale().toString(row.answeringSources));
        if (role == CacheRoles::RawValueRole)
            return row.cachedCount * 1000 + row.queuedCount;
        if (role == Qt::ToolTipRole) {
            const QString note = rowNote(row);
            const QString counts = tr("Cached on %Ln source(s)", nullptr, row.cachedCount) + QStringLiteral(", ")
                + tr("queued on %Ln", nullptr, row.queuedCount) + u'.';
            return note.isEmpty() ? counts : counts + u'\n' + note;
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CacheMatrixModel::cellData(const MatrixRow &row, int source, int role) const
{
    if (source >= row.cells.size())
        return {};
    const MatrixCell &cell = row.cells.at(source);
    switch (role) {
    case Qt::DisplayRole:
        if (cell.state == MatrixCell::Cached)
            return tr("cached · %Ln hit(s)", nullptr, int(qMin<qint64>(cell.hits, INT_MAX)));
        return CacheMatrix::cellText(cell);
    case CacheRoles::MatrixStateRole:
        return int(cell.state);
    case CacheRoles::RawValueRole:
        // Cached first (most hits first when sorted descending), then queued, absent, unknown.
        switch (cell.state) {
        case MatrixCell::Cached:
            return 3.0 + double(cell.hits) / (1.0 + double(cell.hits));
        case MatrixCell::Queued:
            return 2.0;
        case MatrixCell::Absent:
            return 1.0;
        case MatrixCell::Unknown:
            return 0.0;
        }
        return 0.0;
    case CacheRoles::BytesRole:
        return cell.state == MatrixCell::Cached ? cell.size : qint64(0);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const MatrixSource &s = m_matrix.sources.at(source);
        if (cell.state == MatrixCell::Unknown)
            return tr("%1 could not be listed: %2").arg(s.name, s.error);
        if (cell.state == MatrixCell::Cached)
            return tr("Cached on %1: %2, %Ln hit(s), last accessed %3.", nullptr, int(qMin<qint64>(cell.hits, INT_MAX)))
                .arg(s.name, DisplayFormat::size(cell.size), DisplayFormat::localTime(cell.lastAccessed));
        if (cell.state == MatrixCell::Queued)
            return tr("Queued on %1.").arg(s.name);
        return tr("Not cached on %1.").arg(s.name);
    }
    default:
        return {};
    }
}

QVariant CacheMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int source = sourceOfColumn(section);
    if (source >= 0 && source < m_matrix.sources.size()) {
        const MatrixSource &s = m_matrix.sources.at(source);
        if (role == Qt::DisplayRole)
            return s.ok ? s.name : tr("%1 (failed)").arg(s.name);
        if (role == Qt::ToolTipRole)
            return s.ok ? tr("%Ln image(s) cached, %1 queued", nullptr, int(s.state.cached.size()))
                              .arg(QLocale().toString(s.state.queued.size()))
                        : s.error;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Image ID");
    case StatusColumn:
        return tr("Status");
    case SizeColumn:
        return tr("Size");
    case SpreadColumn:
        return tr("Cached on");
    default:
        return {};
    }
}
