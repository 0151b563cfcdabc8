#include "remote/cachematrix.h"
#include "itemmodels/cachematrixmodel.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/matrixproxymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString id(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

CachedImage cached(int n, qint64 hits, qint64 size = 1000)
{
    CachedImage c;
    c.imageId = id(n);
    c.hits = hits;
    c.size = size;
    c.lastAccessed = 1700000000 + n;
    c.lastModified = 1700000000;
    return c;
}

MatrixSource node(const QString &name, const QVector<CachedImage> &images, const QStringList &queued)
{
    MatrixSource s;
    s.name = name;
    s.ok = true;
    s.state.cached = images;
    s.state.queued = queued;
    return s;
}

ImageInfo image(int n, const QString &name, qint64 size = 1000)
{
    ImageInfo i;
    i.id = id(n);
    i.name = name;
    i.size = size;
    i.status = u"active"_s;
    return i;
}

} // namespace

// The node × image matrix: joining listings and image names, partial and orphan rows, failed sources,
// and the table model over it.
class TestCacheMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinsSourcesAndNames()
    {
        const QVector<MatrixSource> sources{ node(u"a"_s, { cached(1, 5), cached(2, 0) }, { id(3) }),
            node(u"b"_s, { cached(1, 2) }, { id(2) }) };
        const CacheMatrix m = CacheMatrix::build(sources, { image(1, u"cirros"_s), image(2, u"Ubuntu"_s),
                                                              image(3, u"debian"_s), image(4, u"never cached"_s) },
            true);
        // Only images cached or queued somewhere, sorted by name whatever the case.
        QCOMPARE(m.rows.size(), 3);
        QCOMPARE(m.rows.at(0).name, u"cirros"_s);
        QCOMPARE(m.rows.at(1).name, u"debian"_s);
        QCOMPARE(m.rows.at(2).name, u"Ubuntu"_s);
        const MatrixRow &cirros = m.rows.at(m.rowOf(id(1)));
        QCOMPARE(cirros.cells.at(0).state, MatrixCell::Cached);
        QCOMPARE(cirros.cells.at(0).hits, 5);
        QCOMPARE(cirros.cells.at(1).hits, 2);
        QCOMPARE(cirros.cachedCount, 2);
        QVERIFY(!CacheMatrix::isPartial(cirros));
        QVERIFY(!m.isOrphan(cirros));
        const MatrixRow &ubuntu10 = m.rows.at(m.rowOf(id(2)));
        QCOMPARE(ubuntu10.cells.at(0).state, MatrixCell::Cached);
        QCOMPARE(ubuntu10.cells.at(1).state, MatrixCell::Queued);
        QVERIFY(CacheMatrix::isPartial(ubuntu10));
        const MatrixRow &ubuntu9 = m.rows.at(m.rowOf(id(3)));
        QCOMPARE(ubuntu9.cachedCount, 0);
        QCOMPARE(ubuntu9.queuedCount, 1);
        QVERIFY(!CacheMatrix::isPartial(ubuntu9)); // queued is not cached anywhere: nothing uneven yet
        QCOMPARE(m.rowOf(id(4)), -1);
    }

    void orphansOnlyWhenImagesKnown()
    {
        const QVector<MatrixSource> sources{ node(u"a"_s, { cached(1, 0), cached(7, 0) }, {}) };
        const CacheMatrix known = CacheMatrix::build(sources, { image(1, u"kept"_s) }, true);
        QVERIFY(known.isOrphan(known.rows.at(known.rowOf(id(7)))));
        QVERIFY(!known.isOrphan(known.rows.at(known.rowOf(id(1)))));
        // Unnamed rows (here: the orphan) sort last.
        QCOMPARE(known.rows.last().imageId, id(7));
        // Without the image list nothing can be called an orphan.
        const CacheMatrix unknown = CacheMatrix::build(sources, {}, false);
        QVERIFY(!unknown.isOrphan(unknown.rows.at(0)));
        QVERIFY(!unknown.isOrphan(unknown.rows.at(1)));
    }

    void failedSourceIsUnknownNotAbsent()
    {
        MatrixSource down;
        down.name = u"down"_s;
        down.error = u"refused the connection"_s;
        const CacheMatrix m = CacheMatrix::build({ node(u"a"_s, { cached(1, 0) }, {}), down }, {}, false);
        QCOMPARE(m.rows.size(), 1);
        QCOMPARE(m.rows.at(0).cells.at(1).state, MatrixCell::Unknown);
        QCOMPARE(m.rows.at(0).answeringSources, 1);
        // Cached on every source that answered: not partial, whatever the failed one holds.
        QVERIFY(!CacheMatrix::isPartial(m.rows.at(0)));
    }

    void cachedWinsOverQueued()
    {
        // Glance lists an image in both while it caches it from the queue.
        const CacheMatrix m = CacheMatrix::build({ node(u"a"_s, { cached(1, 0) }, { id(1) }) }, {}, false);
        QCOMPARE(m.rows.at(0).cells.at(0).state, MatrixCell::Cached);
        QCOMPARE(m.rows.at(0).queuedCount, 0);
    }

    void model()
    {
        CacheMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(CacheMatrixModel::FirstSourceColumn));
        const QVector<MatrixSource> sources{ node(u"node-1"_s, { cached(1, 3, 2048), cached(9, 0) }, {}),
            node(u"node-2"_s, {}, { id(1) }) };
        model.setMatrix(CacheMatrix::build(sources, { image(1, u"cirros"_s, 2048) }, true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CacheMatrixModel::FirstSourceColumn) + 2);
        QCOMPARE(model.headerData(CacheMatrixModel::FirstSourceColumn + 1, Qt::Horizontal).toString(), u"node-2"_s);
        const int cirros = 0;
        QCOMPARE(model.imageIdAt(cirros), id(1));
        const QModelIndex n1 = model.index(cirros, CacheMatrixModel::FirstSourceColumn);
        const QModelIndex n2 = model.index(cirros, CacheMatrixModel::FirstSourceColumn + 1);
        QCOMPARE(n1.data(CacheRoles::MatrixStateRole).toInt(), int(MatrixCell::Cached));
        QCOMPARE(n2.data(CacheRoles::MatrixStateRole).toInt(), int(MatrixCell::Queued));
        QVERIFY(n1.data().toString().contains(u"3"_s));
        // Sorting by a node column puts cached before queued before absent.
        QVERIFY(n1.data(CacheRoles::RawValueRole).toDouble() > n2.data(CacheRoles::RawValueRole).toDouble());
        QCOMPARE(model.index(cirros, CacheMatrixModel::SizeColumn).data(CacheRoles::RawValueRole).toLongLong(), 2048);
        QVERIFY(model.index(cirros, CacheMatrixModel::NameColumn).data(CacheRoles::AttentionRole).toBool()); // 1 of 2
        const QModelIndex orphanName = model.index(1, CacheMatrixModel::NameColumn);
        QVERIFY(orphanName.data(CacheRoles::AttentionRole).toBool());
        QVERIFY(orphanName.data().toString().contains(u"deleted"_s));
        QVERIFY(!orphanName.data(Qt::ToolTipRole).toString().isEmpty());
        model.setMatrix({});
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyFiltersAndSorts()
    {
        CacheMatrixModel model;
        MatrixProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVector<MatrixSource> sources{ node(u"a"_s, { cached(1, 9), cached(2, 1), cached(3, 0) }, {}),
            node(u"b"_s, { cached(1, 0), cached(2, 0) }, {}) };
        model.setMatrix(CacheMatrix::build(
            sources, { image(1, u"cirros"_s), image(2, u"debian"_s), image(3, u"fedora"_s) }, true));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setText(u"DEB"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(id(3).right(6)); // by ID too
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        proxy.setAttentionOnly(true); // fedora: cached on a only
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(CacheRoles::ImageIdRole).toString(), id(3));
        proxy.setAttentionOnly(false);
        // Sorting node a's column descending: most hits first.
        proxy.sort(CacheMatrixModel::FirstSourceColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(CacheRoles::ImageIdRole).toString(), id(1));
        QCOMPARE(proxy.index(2, 0).data(CacheRoles::ImageIdRole).toString(), id(3));
    }
};

QTEST_GUILESS_MAIN(TestCacheMatrix)
#include "tst_cachematrix.moc"
