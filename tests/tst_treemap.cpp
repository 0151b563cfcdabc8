#include "treemaplayout.h"

#include <QTest>

class TestTreemap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QCOMPARE(TreemapLayout::squarify({1.0}, QRectF(0, 0, 10, 10)).size(), 1); }
};

QTEST_MAIN(TestTreemap)
#include "tst_treemap.moc"
