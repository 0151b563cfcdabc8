#include "itemmodels/matrixproxymodel.h"

#include "itemmodels/cachematrixmodel.h"
#include "itemmodels/cacheroles.h"

MatrixProxyModel::MatrixProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CacheRoles::RawValueRole);
}

void MatrixProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void MatrixProxyModel::setAttentionOnly(bool on)
{
    m_attentionOnly = on;
    invalidateFilter();
}

bool MatrixProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex name = source->index(sourceRow, CacheMatrixModel::NameColumn, sourceParent);
    if (m_attentionOnly && !name.data(CacheRoles::AttentionRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive)
        || name.data(CacheRoles::ImageIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}
