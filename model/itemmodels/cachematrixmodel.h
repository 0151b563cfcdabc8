#pragma once

#include "remote/cachematrix.h"

#include <QAbstractTableModel>

// The node × image matrix as a table: one row per image cached or queued somewhere, the image's name,
// ID, status and size, on how many sources it is cached, then one column per source (nodes, and the local cache
// when it is one of them). Cells carry their MatrixCell::State in CacheRoles::MatrixStateRole and a sort
// value in RawValueRole; rows cached on only some sources, or whose image Glance no longer has, carry
// AttentionRole. Refreshes replace the whole matrix (one model reset). GUI thread only.
class CacheMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, StatusColumn, SizeColumn, SpreadColumn, FirstSourceColumn };

    explicit CacheMatrixModel(QObject *parent = nullptr);

    void setMatrix(const CacheMatrix &matrix);
    const CacheMatrix &matrix() const { return m_matrix; }
    // The source a column shows, or -1 for the fixed columns.
    int sourceOfColumn(int column) const { return column >= FirstSourceColumn ? column - FirstSourceColumn : -1; }
    QString imageIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const MatrixRow &row, int source, int role) const;
    QString rowNote(const MatrixRow &row) const;

    CacheMatrix m_matrix;
};
