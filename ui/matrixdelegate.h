#pragma once

#include "entrydelegate.h"

// Paints the node × image matrix: each node cell tinted by what the node holds (cached green, queued
// amber, unknown grey), and rows that need a look (cached unevenly, or gone from Glance) in the warning
// colour like the entry tables. Reads only model roles (CacheRoles::MatrixStateRole).
class MatrixDelegate : public EntryDelegate
{
    Q_OBJECT
public:
    explicit MatrixDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
