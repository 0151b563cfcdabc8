#include "treemapwidget.h"

TreemapWidget::TreemapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("treemap"));
}

void TreemapWidget::setModel(CachedImagesModel *, QItemSelectionModel *)
{
}
