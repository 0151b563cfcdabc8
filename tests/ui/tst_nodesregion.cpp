// The nodes window showing a three-node region from Glance's database (centralized_db): the nodes of
// node_reference with their totals, the matrix from cached_images with names and status from images, the
// old URL of a node marked, the API actions off, an unreadable database said in a sentence. SQLite
// holds the region (tests/support/regionfixture); no node is contacted.

#include "core/translations.h"
#include "itemmodels/cachematrixmodel.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/regionnodesmodel.h"
#include "nodeswindow.h"
#include "regionfixture.h"
#include "remote/remoteconnection.h"
#include "scratchdatabases.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace RegionFixture;

class TestNodesRegion : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;
    std::unique_ptr<RemoteConnection> m_connection;
    std::unique_ptr<NodesWindow> m_window;

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QString summary() const { return m_window->findChild<QLabel *>(QStringLiteral("nodesSummary"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); // plural forms, as the app has them
        QString error;
        QVERIFY2(m_db.start({ QStringLiteral("sqlite") }, {}, &error), qPrintable(error));
        QVERIFY2(m_db.schema(QStringLiteral("sqlite"), &error), qPrintable(error));
        QVERIFY2(populate(m_db.url(QStringLiteral("sqlite")), &error), qPrintable(error));
        m_connection = std::make_unique<RemoteConnection>();
        m_connection->setNodes({ nodes().at(0).url, nodes().at(1).url, nodes().at(2).url });
        m_window = std::make_unique<NodesWindow>(m_connection.get(), nullptr);
        m_window->resize(1280, 720);
        m_window->show();
    }

    void cleanupTestCase() { m_window.reset(); }

    void showsTheRegion()
    {
        QVERIFY(!action("fromDatabaseAction")->isEnabled()); // no centralized_db database known yet
        const QString url = m_db.url(QStringLiteral("sqlite"));
        m_window->setDatabase(url, url);
        QVERIFY(action("fromDatabaseAction")->isEnabled());
        QSignalSpy refreshed(m_window.get(), &NodesWindow::refreshed);
        action("fromDatabaseAction")->trigger();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(m_window->showsDatabase());

        RegionNodesModel *nodesModel = m_window->regionNodesModel();
        QVERIFY(m_window->findChild<QTreeView *>(QStringLiteral("regionNodeList"))->isVisible());
        QVERIFY(!m_window->findChild<QTreeWidget *>(QStringLiteral("nodeList"))->isVisible());
        QCOMPARE(nodesModel->rowCount(), 4);
        QCOMPARE(nodesModel->index(1, RegionNodesModel::CachedColumn).data().toString(), QStringLiteral("3 images"));
        QCOMPARE(nodesModel->index(3, RegionNodesModel::CachedColumn).data().toString(), QStringLiteral("1 image"));
        QVERIFY(nodesModel->index(3, 0).data(CacheRoles::AttentionRole).toBool()); // not among the connection's nodes
        QVERIFY(!nodesModel->index(0, 0).data(CacheRoles::AttentionRole).toBool());

        CacheMatrixModel *matrix = m_window->matrixModel();
        QCOMPARE(matrix->rowCount(), 6);
        QCOMPARE(matrix->columnCount(), int(CacheMatrixModel::FirstSourceColumn) + 4);
        const int cirros = matrix->matrix().rowOf(cirrosId());
        QCOMPARE(matrix->index(cirros, CacheMatrixModel::FirstSourceColumn).data().toString(),
            QStringLiteral("cached · 41 hits"));
        QCOMPARE(
            matrix->index(cirros, CacheMatrixModel::FirstSourceColumn + 1).data(CacheRoles::MatrixStateRole).toInt(),
            int(MatrixCell::Absent));
        // Everywhere the connection knows: not uneven, though the old URL's entry does not hold it.
        const int ubuntu = matrix->matrix().rowOf(ubuntuId());
        QCOMPARE(matrix->index(ubuntu, CacheMatrixModel::SpreadColumn).data().toString(), QStringLiteral("3 of 3"));
        QVERIFY(!matrix->index(ubuntu, CacheMatrixModel::NameColumn).data(CacheRoles::AttentionRole).toBool());
        QVERIFY2(summary().contains(QLatin1String("4 nodes"))
                && summary().contains(QLatin1String("6 images cached somewhere"))
                && summary().contains(QLatin1String("5 cached on only some"))
                && summary().contains(QLatin1String("2 no longer in Glance")),
            qPrintable(summary()));

        // The database's nodes are not the fleet's: the API actions stay off, selection or not.
        m_window->matrixView()->selectRow(0);
        QVERIFY(!action("queueEverywhereAction")->isEnabled());
        QVERIFY(!action("deleteEverywhereAction")->isEnabled());
        QVERIFY(!action("clearNodeAction")->isEnabled());
        QVERIFY(!m_window->findChild<QCheckBox *>(QStringLiteral("includeLocal"))->isEnabled());

        // For people to look at: build/screenshots/nodes-region.png.
        m_window->matrixView()->clearSelection();
        QDir().mkpath(QStringLiteral(GCA_SCREENSHOT_DIR));
        QVERIFY(m_window->grab().save(QStringLiteral(GCA_SCREENSHOT_DIR "/nodes-region.png")));
    }

    void unreadableDatabase()
    {
        // A database that is not Glance's: the sentence, empty models, and nothing stale left behind.
        const QString empty = QStringLiteral("sqlite:///") + m_db.filePath(QStringLiteral("empty.sqlite"));
        QSignalSpy refreshed(m_window.get(), &NodesWindow::refreshed);
        m_window->setDatabase(empty, empty);
        if (!m_window->showsDatabase()) // run alone: showsTheRegion did not switch the region view on
            action("fromDatabaseAction")->trigger();
        QVERIFY(refreshed.wait(30000));
        QVERIFY2(summary().contains(QLatin1String("does not hold Glance's database")), qPrintable(summary()));
        QCOMPARE(m_window->regionNodesModel()->rowCount(), 0);
        QCOMPARE(m_window->matrixModel()->rowCount(), 0);

        // Forgetting the database goes back to asking the nodes.
        m_window->setDatabase(QString(), QString());
        QVERIFY(!m_window->showsDatabase());
        QVERIFY(!action("fromDatabaseAction")->isChecked());
        QVERIFY(!action("fromDatabaseAction")->isEnabled());
    }
};

QTEST_MAIN(TestNodesRegion)
#include "tst_nodesregion.moc"
