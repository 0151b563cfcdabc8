// The region's item models fed from a real Glance database (SQLite, the three-node region of
// tests/support/regionfixture read by RegionReader): RegionNodesModel, and the node × image matrix
// RegionMatrix builds for CacheMatrixModel, both under QAbstractItemModelTester.

#include "cache/regionreader.h"
#include "itemmodels/cachematrixmodel.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/matrixproxymodel.h"
#include "itemmodels/regionmatrix.h"
#include "itemmodels/regionnodesmodel.h"
#include "regionfixture.h"
#include "scratchdatabases.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace RegionFixture;

class TestRegionModels : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;
    RegionCacheMap m_map;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.start({ QStringLiteral("sqlite") }, {}, &error), qPrintable(error));
        QVERIFY2(m_db.schema(QStringLiteral("sqlite"), &error), qPrintable(error));
        QVERIFY2(populate(m_db.url(QStringLiteral("sqlite")), &error), qPrintable(error));
        const Expected<RegionCacheMap> map = RegionReader::read(m_db.url(QStringLiteral("sqlite")));
        QVERIFY2(map, qPrintable(map.error()));
        m_map = *map;
    }

    void nodesModel()
    {
        RegionNodesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        // The connection knows node-1..3 (one with a trailing slash); the old URL is not among them.
        model.setRegion(m_map,
            { RegionFixture::nodes().at(0).url, RegionFixture::nodes().at(1).url + QLatin1Char('/'),
                RegionFixture::nodes().at(2).url });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RegionNodesModel::ColumnCount));
        for (int r = 0; r < 3; ++r)
            QVERIFY(!model.index(r, 0).data(CacheRoles::AttentionRole).toBool());
        const QModelIndex orphan = model.index(3, RegionNodesModel::NodeColumn);
        QCOMPARE(orphan.data().toString(), orphanUrl());
        QVERIFY(orphan.data(CacheRoles::AttentionRole).toBool());
        QVERIFY(orphan.data(Qt::ToolTipRole).toString().contains(QLatin1String("old URL")));

        QCOMPARE(model.index(0, RegionNodesModel::CachedColumn).data(CacheRoles::RawValueRole).toInt(), 3);
        QCOMPARE(model.index(0, RegionNodesModel::SizeColumn).data(CacheRoles::RawValueRole).toLongLong(), 3270);
        QCOMPARE(model.index(0, RegionNodesModel::HitsColumn).data().toLongLong(), 46);
        QCOMPARE(model.index(0, RegionNodesModel::LastAccessColumn).data(CacheRoles::RawValueRole).toDouble(),
            epoch(QStringLiteral("2024-05-05 05:05:05.000005"), false));
        QVERIFY(model.index(0, RegionNodesModel::LastAccessColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QLatin1String("UTC")));

        // Sorted by the raw value, most hits first: node-1 (46), node-3 (13), the old URL (12), node-2 (9).
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CacheRoles::RawValueRole);
        proxy.sort(RegionNodesModel::HitsColumn, Qt::DescendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order.append(proxy.index(r, 0).data().toString());
        QCOMPARE(order,
            (QStringList { RegionFixture::nodes().at(0).url, RegionFixture::nodes().at(2).url, orphanUrl(),
                RegionFixture::nodes().at(1).url }));

        // Without a connection's nodes nothing is marked; a refresh with an empty region empties the list.
        model.setRegion(m_map, {});
        QVERIFY(!model.index(3, 0).data(CacheRoles::AttentionRole).toBool());
        model.setRegion({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void matrixModel()
    {
        CacheMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatrix(RegionMatrix::build(m_map));
        QCOMPARE(model.rowCount(), 6); // fedora is cached nowhere
        QCOMPARE(model.columnCount(), int(CacheMatrixModel::FirstSourceColumn) + 4);
        QCOMPARE(model.headerData(CacheMatrixModel::FirstSourceColumn + 3, Qt::Horizontal).toString(), orphanUrl());
        const CacheMatrix &m = model.matrix();

        const int ubuntu = m.rowOf(ubuntuId());
        QCOMPARE(model.index(ubuntu, CacheMatrixModel::NameColumn).data().toString(), QStringLiteral("ubuntu-22.04"));
        QCOMPARE(model.index(ubuntu, CacheMatrixModel::StatusColumn).data().toString(), QStringLiteral("active"));
        QCOMPARE(model.index(ubuntu, CacheMatrixModel::SizeColumn).data(CacheRoles::RawValueRole).toLongLong(), 3000);
        QCOMPARE(model.index(ubuntu, CacheMatrixModel::SpreadColumn).data().toString(), QStringLiteral("3 of 4"));
        for (int n = 0; n < 3; ++n)
            QCOMPARE(
                model.index(ubuntu, CacheMatrixModel::FirstSourceColumn + n).data(CacheRoles::MatrixStateRole).toInt(),
                int(MatrixCell::Cached));
        QCOMPARE(model.index(ubuntu, CacheMatrixModel::FirstSourceColumn + 3).data(CacheRoles::MatrixStateRole).toInt(),
            int(MatrixCell::Absent));
        const MatrixCell &onNode3 = m.rows.at(ubuntu).cells.at(2);
        QCOMPARE(onNode3.hits, qint64(9));
        QCOMPARE(onNode3.lastAccessed, epoch(QStringLiteral("2024-05-03 12:30:00.750000"), false));

        // Deleted in Glance: an orphan that keeps its name and status; missing: an orphan without either.
        const int centos = m.rowOf(centosId());
        QVERIFY(m.isOrphan(m.rows.at(centos)));
        QCOMPARE(model.index(centos, CacheMatrixModel::NameColumn).data().toString(),
            QStringLiteral("centos-7 (deleted from Glance)"));
        QCOMPARE(model.index(centos, CacheMatrixModel::StatusColumn).data().toString(), QStringLiteral("deleted"));
        QVERIFY(model.index(centos, CacheMatrixModel::NameColumn).data(CacheRoles::AttentionRole).toBool());
        const int missing = m.rowOf(missingId());
        QVERIFY(m.isOrphan(m.rows.at(missing)));
        QCOMPARE(model.index(missing, CacheMatrixModel::NameColumn).data().toString(),
            QStringLiteral("(deleted from Glance)"));
        QVERIFY(model.index(missing, CacheMatrixModel::StatusColumn).data().toString().isEmpty());
        const int windows = m.rowOf(windowsId());
        QCOMPARE(model.index(windows, CacheMatrixModel::StatusColumn).data().toString(), QStringLiteral("deactivated"));
        QVERIFY(!m.isOrphan(m.rows.at(windows)));
        const int unnamed = m.rowOf(unnamedId());
        QVERIFY(!m.isOrphan(m.rows.at(unnamed)));
        QCOMPARE(model.index(unnamed, CacheMatrixModel::NameColumn).data().toString(), QStringLiteral("(no name)"));

        // Counted against the connection's nodes, the old URL's entry no longer makes ubuntu look uneven; its
        // column stays.
        model.setMatrix(RegionMatrix::build(m_map,
            { RegionFixture::nodes().at(0).url, RegionFixture::nodes().at(1).url, RegionFixture::nodes().at(2).url }));
        QCOMPARE(model.columnCount(), int(CacheMatrixModel::FirstSourceColumn) + 4);
        QCOMPARE(model.index(m.rowOf(ubuntuId()), CacheMatrixModel::SpreadColumn).data().toString(),
            QStringLiteral("3 of 3"));
        QVERIFY(
            !model.index(m.rowOf(ubuntuId()), CacheMatrixModel::NameColumn).data(CacheRoles::AttentionRole).toBool());
        QCOMPARE(model.index(m.rowOf(centosId()), CacheMatrixModel::SpreadColumn).data().toString(),
            QStringLiteral("1 of 3"));
        QVERIFY(CacheMatrix::isPartial(m.rows.at(m.rowOf(windowsId()))));
        // A connection that lists none of the database's nodes counts them all.
        model.setMatrix(RegionMatrix::build(m_map, { QStringLiteral("http://elsewhere:9292") }));
        QCOMPARE(model.index(m.rowOf(ubuntuId()), CacheMatrixModel::SpreadColumn).data().toString(),
            QStringLiteral("3 of 4"));

        // The window's proxy over it: the filter finds the deleted image by its old name.
        MatrixProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setText(QStringLiteral("centos"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(CacheRoles::ImageIdRole).toString(), centosId());
    }
};

QTEST_GUILESS_MAIN(TestRegionModels)
#include "tst_regionmodels.moc"
