#pragma once

#include <QWidget>

class CachedImagesModel;
class QItemSelectionModel;

// Placeholder; the real treemap replaces this file.
class TreemapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TreemapWidget(QWidget *parent = nullptr);
    void setModel(CachedImagesModel *model, QItemSelectionModel *selection);
};
