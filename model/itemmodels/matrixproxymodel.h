#pragma once

#include <QSortFilterProxyModel>

// Sorting and filtering of the node × image matrix: sorts on CacheRoles::RawValueRole, keeps rows whose
// name or image ID contains the filter text, and, when asked, only the rows that need a look (cached on
// some nodes only, or gone from Glance). GUI thread only.
class MatrixProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MatrixProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setAttentionOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_attentionOnly = false;
};
