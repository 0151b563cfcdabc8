#include "core/translations.h"
#include "itemmodels/cachematrixmodel.h"
#include "glancenode.h"
#include "itemmodels/cacheroles.h"
#include "nodeswindow.h"
#include "remote/remoteconnection.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The nodes window against two real glance-api nodes (Debian's Glance Zed, no Keystone) sharing one
// database: the matrix, queue on every node, delete everywhere, and a node that does not answer.
class TestNodesWindow : public QObject
{
    Q_OBJECT
private:
    GlanceNode m_a, m_b;
    QStringList m_images;
    QTemporaryDir m_home; // no clouds.yaml, no OS_* variables: the nodes alone
    std::unique_ptr<RemoteConnection> m_connection;
    std::unique_ptr<NodesWindow> m_window;

    static bool cachedOn(GlanceNode &node, const QString &id) { return node.cachedImages().contains(id); }

    bool refreshed()
    {
        QSignalSpy spy(m_window.get(), &NodesWindow::refreshed);
        m_window->refresh();
        return spy.wait(30000);
    }

    // The state the matrix shows for an image on a source, after a fresh refresh.
    int stateOf(const QString &id, int source)
    {
        if (!refreshed())
            return -1;
        const CacheMatrix &m = m_window->matrixModel()->matrix();
        const int row = m.rowOf(id);
        return row < 0 ? int(MatrixCell::Absent) : int(m.rows.at(row).cells.at(source).state);
    }

    void selectImage(const QString &id)
    {
        QTableView *view = m_window->matrixView();
        view->clearSelection();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(CacheRoles::ImageIdRole).toString() == id)
                view->selectRow(r);
        }
    }

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // Confirms the next dialog once it shows; the result says whether it did (the caller checks: a dialog
    // that never showed must fail the test, not let the action pass unconfirmed).
    static std::shared_ptr<bool> confirmNextModal()
    {
        auto *timer = new QTimer;
        auto attempts = std::make_shared<int>(0);
        auto confirmed = std::make_shared<bool>(false);
        QObject::connect(timer, &QTimer::timeout, [timer, attempts, confirmed]() {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal && ++*attempts < 500)
                return;
            timer->stop();
            timer->deleteLater();
            if (auto *button = modal ? modal->findChild<QPushButton *>(u"confirmButton"_s) : nullptr) {
                *confirmed = true;
                QTest::mouseClick(button, Qt::LeftButton);
            } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                dialog->reject();
            }
        });
        timer->start(10);
        return confirmed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(*QCoreApplication::instance(), u"en"_s); // plural forms, as the app has them
        QVERIFY(m_a.start());
        QVERIFY(m_b.start({ u"--shared-with"_s, m_a.workdir() }));
        for (int i = 0; i < 2; ++i) {
            m_images.append(m_a.createImage("nodes-" + QByteArray::number(i), QByteArray(4096 * (i + 1), 'n')));
            QVERIFY(!m_images.last().isEmpty());
        }
        int status = 0;
        m_a.request("PUT", "/v2/cache/"_L1 + m_images.at(0), {}, &status);
        QCOMPARE(status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(cachedOn(m_a, m_images.at(0)), 30000);

        m_connection = std::make_unique<RemoteConnection>();
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home.path());
        m_connection->setEnvironment(env, m_home.path());
        m_connection->setNodes({ m_a.url, m_b.url });
        m_window = std::make_unique<NodesWindow>(m_connection.get(), nullptr);
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QVERIFY(m_b.stop());
        QVERIFY(m_a.stop());
    }

    void matrixShowsWhatEachNodeHolds()
    {
        QVERIFY(refreshed());
        CacheMatrixModel *model = m_window->matrixModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->columnCount(), int(CacheMatrixModel::FirstSourceColumn) + 2);
        QCOMPARE(model->index(0, CacheMatrixModel::NameColumn).data().toString(), u"nodes-0"_s);
        QCOMPARE(model->index(0, CacheMatrixModel::FirstSourceColumn).data(CacheRoles::MatrixStateRole).toInt(),
            int(MatrixCell::Cached));
        QCOMPARE(model->index(0, CacheMatrixModel::FirstSourceColumn + 1).data(CacheRoles::MatrixStateRole).toInt(),
            int(MatrixCell::Absent));
        QVERIFY(model->index(0, CacheMatrixModel::NameColumn).data(CacheRoles::AttentionRole).toBool());
        auto *nodes = m_window->findChild<QTreeWidget *>(u"nodeList"_s);
        QCOMPARE(nodes->topLevelItemCount(), 2);
        QCOMPARE(nodes->topLevelItem(1)->text(1), u"v2.16"_s);
        QVERIFY2(nodes->topLevelItem(0)->text(4).startsWith(u"1 image"_s) && !nodes->topLevelItem(0)->text(4).contains(u"(s)"_s),
            qPrintable(nodes->topLevelItem(0)->text(4)));
        QCOMPARE(model->index(0, CacheMatrixModel::FirstSourceColumn).data().toString(), u"cached · 0 hits"_s);
        QVERIFY(m_window->findChild<QLabel *>(u"nodesSummary"_s)->text().contains(u"2 of 2"_s));

        // For people to look at: build/screenshots/nodes-window.png.
        QDir().mkpath(QStringLiteral(GCA_SCREENSHOT_DIR));
        QVERIFY(m_window->grab().save(QStringLiteral(GCA_SCREENSHOT_DIR "/nodes-window.png")));
    }

    void queueOnEveryNode()
    {
        QVERIFY(refreshed()); // the matrix as the nodes hold it, also when this runs alone
        selectImage(m_images.at(0));
        QVERIFY(action("queueEverywhereAction")->isEnabled());
        QSignalSpy finished(m_window.get(), &NodesWindow::operationFinished);
        action("queueEverywhereAction")->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).toBool(), false); // no failure
        QTRY_VERIFY_WITH_TIMEOUT(cachedOn(m_b, m_images.at(0)), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_images.at(0), 1), int(MatrixCell::Cached), 30000);
        QVERIFY(!m_window->matrixModel()->index(0, 0).data(CacheRoles::AttentionRole).toBool());
    }

    void deleteEverywhere()
    {
        QVERIFY(refreshed());
        selectImage(m_images.at(0));
        QSignalSpy finished(m_window.get(), &NodesWindow::operationFinished);
        const auto confirmed = confirmNextModal();
        action("deleteEverywhereAction")->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY2(*confirmed, "no confirmation was asked");
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(!cachedOn(m_a, m_images.at(0)));
        QVERIFY(!cachedOn(m_b, m_images.at(0)));
        QVERIFY(refreshed());
        QCOMPARE(m_window->matrixModel()->rowCount(), 0);
    }

    void nodeThatDoesNotAnswer()
    {
        int status = 0;
        m_b.request("PUT", "/v2/cache/"_L1 + m_images.at(1), {}, &status);
        QTRY_VERIFY_WITH_TIMEOUT(cachedOn(m_b, m_images.at(1)), 30000);
        m_connection->setNodes({ m_b.url, u"http://127.0.0.1:1"_s });
        QVERIFY(refreshed());
        CacheMatrixModel *model = m_window->matrixModel();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->headerData(CacheMatrixModel::FirstSourceColumn + 1, Qt::Horizontal).toString().contains(u"failed"_s));
        QCOMPARE(model->index(0, CacheMatrixModel::FirstSourceColumn + 1).data(CacheRoles::MatrixStateRole).toInt(),
            int(MatrixCell::Unknown));
        auto *nodes = m_window->findChild<QTreeWidget *>(u"nodeList"_s);
        QVERIFY(nodes->topLevelItem(1)->text(6).contains(u"refused"_s));
        QVERIFY(m_window->findChild<QLabel *>(u"nodesSummary"_s)->text().contains(u"1 of 2"_s));
        // Zed has no prune/clean API: the node actions say so by being off.
        nodes->setCurrentItem(nodes->topLevelItem(0));
        QVERIFY(action("clearNodeCacheAction")->isEnabled());
        QVERIFY(!action("pruneNodeAction")->isEnabled());
    }
};

QTEST_MAIN(TestNodesWindow)
#include "tst_nodeswindow.moc"
