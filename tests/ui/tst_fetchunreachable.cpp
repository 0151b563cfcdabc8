#include "downloadspanel.h"
#include "entryview.h"
#include "glancenode.h"
#include "itemmodels/activitylog.h"
#include "itemmodels/cacheroles.h"
#include "itemmodels/cachesession.h"
#include "itemmodels/downloadsmodel.h"
#include "mainwindow.h"
#include "remote/remoteconnection.h"
#include "testcache.h"
#include "refusingport.h"
#include "core/translations.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using RowState = DownloadsModel::RowState;

// Fetch from the main window when the Image API cannot be reached at all (a real closed port: one error,
// not a failed row per image), and against a real glance-api, where an image it does not have fails on its
// own row, drawn as failed, with the whole reason in its tooltips.
class TestFetchUnreachable : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<RemoteConnection> m_remote;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(const QString &imageUrl)
    {
        m_session = std::make_unique<CacheSession>();
        m_remote = std::make_unique<RemoteConnection>();
        m_remote->setEnvironment(QProcessEnvironment(), m_tmp->path()); // no OS_* or clouds.yaml of this machine
        ConnectionOptions o;
        o.imageUrl = imageUrl;
        m_remote->setConnection(o, {});
        m_window = std::make_unique<MainWindow>(m_session.get(), m_remote.get());
        m_window->show();
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->open(m_cache->location());
        QVERIFY(loaded.wait(10000));
    }
    const ActivityLog *log() const
    {
        return qobject_cast<const ActivityLog *>(m_window->findChild<QTreeView *>(u"activityView"_s)->model());
    }
    static bool isErrorRed(const QColor &c) { return c.red() > 150 && c.green() < 80 && c.blue() < 90; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), u"en"_s);
    }

    void init()
    {
        QSettings().remove(u"activity"_s); // each test starts with an empty log
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->filePath(u"cache"_s), u"sqlite"_s);
        QVERIFY(m_cache->init());
    }

    void cleanup()
    {
        m_window.reset();
        m_remote.reset();
        m_session.reset();
        m_cache.reset();
        m_tmp.reset();
    }

    void closedPortGivesOneError()
    {
        // A port bound but never listening: the connection is refused, and nobody can take the port meanwhile.
        RefusingPort refusing;
        const quint16 port = refusing.port();
        QVERIFY(port != 0);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(m_cache->addQueued(TestCache::id(i), 1700000000 + i));
        openWindow(u"http://127.0.0.1:%1"_s.arg(port));
        // The name lookup on the same dead endpoint logs its own failure, whenever it ends: count the fetch's.
        const auto fetchEntries = [this]() {
            QVector<ActivityEntry> found;
            for (const ActivityEntry &e : log()->entries())
                if (e.action != u"Image names"_s)
                    found.append(e);
            return found;
        };
        const qsizetype logged = fetchEntries().size();
        m_window->findChild<QAction *>(u"actionFetch"_s)->trigger();
        auto *panel = m_window->findChild<DownloadsPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->error().isEmpty(), 30000);
        QVERIFY2(panel->error().contains("refused the connection"_L1), qPrintable(panel->error()));
        QVERIFY(panel->findChild<QLabel *>(u"downloadsError"_s)->isVisible());
        QVERIFY(m_window->findChild<QDockWidget *>(u"downloadsDock"_s)->isVisible());
        QCOMPARE(panel->model()->rowCount(), 0); // no row per image
        QVERIFY(!panel->findChild<QProgressBar *>(u"downloadsProgress"_s)->isVisible());
        QCOMPARE(fetchEntries().size(), logged + 1); // one entry for the batch
        const ActivityEntry e = fetchEntries().constLast();
        QCOMPARE(e.level, ActivityEntry::Level::Failed);
        QCOMPARE(e.result, panel->error());
        QVERIFY(m_window->findChild<QLabel *>(u"resultLabel"_s)->text().contains(panel->error()));
        QVERIFY(!QApplication::activeModalWidget()); // no dialog on top of it
        QCOMPARE(m_window->view(MainWindow::QueuedTab)->model()->rowCount(), 8); // nothing changed
        QCOMPARE(m_cache->rows().size(), 0);
    }

    void realGlanceFailsOnlyTheImageItLacks()
    {
        GlanceNode glance;
        QVERIFY(glance.start());
        const QString present = glance.createImage("present", QByteArray(200 * 1024, 'x'));
        QVERIFY(!present.isEmpty());
        // Asked about first (the probe): Glance answers 404 for it, which is this image's failure, not the
        // endpoint's; the batch goes on.
        const QString absent = TestCache::id(42);
        QVERIFY(m_cache->addQueued(absent, 1700000000));
        QVERIFY(m_cache->addQueued(present, 1700000001));
        openWindow(glance.url);
        m_window->findChild<QAction *>(u"actionFetch"_s)->trigger();
        auto *panel = m_window->findChild<DownloadsPanel *>();
        DownloadsModel *model = panel->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->totals().running && model->totals().imagesDone == 2, 60000);
        QVERIFY(panel->error().isEmpty());
        const int bad = model->rowOfImage(absent);
        QCOMPARE(model->rowState(bad), RowState::Failed);
        QCOMPARE(model->rowState(model->rowOfImage(present)), RowState::Cached);
        QTRY_COMPARE_WITH_TIMEOUT(m_cache->rows().keys(), QStringList{ present }, 10000);

        // The failed row: its whole reason on the bar, the ID and the message, its bar in the error colour.
        const QString reason = model->index(bad, DownloadsModel::Message).data().toString();
        QVERIFY(!reason.isEmpty());
        for (int c : { int(DownloadsModel::Id), int(DownloadsModel::Progress), int(DownloadsModel::Message) })
            QCOMPARE(model->index(bad, c).data(Qt::ToolTipRole).toString(), reason);
        QTableView *view = panel->view();
        view->scrollTo(model->index(bad, DownloadsModel::Progress));
        const QRect cell = view->visualRect(model->index(bad, DownloadsModel::Progress));
        const QImage shot = view->viewport()->grab().toImage();
        int red = 0;
        for (int x = cell.left() + 6; x < cell.right() - 6; x += 4)
            red += isErrorRed(shot.pixelColor(x, cell.center().y() + cell.height() / 4)) ? 1 : 0;
        QVERIFY2(red > (cell.width() - 12) / 8, qPrintable(u"%1 red samples"_s.arg(red)));
        const QRect good = view->visualRect(model->index(model->rowOfImage(present), DownloadsModel::Progress));
        QVERIFY(!isErrorRed(shot.pixelColor(good.center().x(), good.center().y() + good.height() / 4)));

        // The batch's bar ended with a failure: in the error colour, saying so.
        auto *bar = panel->findChild<QProgressBar *>(u"downloadsProgress"_s);
        QVERIFY(bar->property("failed").toBool());
        QVERIFY(isErrorRed(bar->palette().color(QPalette::Highlight)));
        QVERIFY(bar->toolTip().contains("1 image failed"_L1));
        const ActivityEntry &e = log()->entry(log()->rowCount() - 1);
        QCOMPARE(e.level, ActivityEntry::Level::Failed);
        QVERIFY(e.result.contains("Fetched 1 of 2 images; 1 failed."_L1));
    }
};

QTEST_MAIN(TestFetchUnreachable)
#include "tst_fetchunreachable.moc"
