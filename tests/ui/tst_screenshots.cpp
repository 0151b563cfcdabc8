#include "itemmodels/cachesession.h"
#include "cache/democache.h"
#include "cache/defaultcache.h"
#include "config/cachelocator.h"
#include "connectiondialog.h"
#include "itemmodels/downloadsmodel.h"
#include "downloadspanel.h"
#include "fetch/imagefetcher.h"
#include "mainwindow.h"
#include "manualwindow.h"
#include "planpreviewdialog.h"
#include "core/translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTimer>

// Writes PNGs of what a person sees (each view, the prune preview, the queue dialog) at 1280×800 into
// the build folder's screenshots/ for a human to look at, and checks they are not blank.
class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QDir m_out{QStringLiteral(GCA_SCREENSHOT_DIR)};

    // A picture with real content has many colours; a blank or black one has a handful.
    static int colours(const QImage &image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                seen.insert(image.pixel(x, y));
        return int(seen.size());
    }

    void save(QWidget *w, const QString &name, QSize expected = {})
    {
        const QImage image = w->grab().toImage();
        if (expected.isValid())
            QCOMPARE(image.size(), expected);
        QVERIFY2(colours(image) > 40, qPrintable(name + QStringLiteral(" looks blank")));
        QVERIFY(image.save(m_out.filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
        QString demoError;
        QVERIFY2(DemoCache::create(m_tmp.path(), 1796000000.0, &demoError), qPrintable(demoError));
        LocationOptions options;
        options.configFiles = {m_tmp.filePath(QStringLiteral("glance-api.conf"))};
        const Expected<CacheLocation> resolved = CacheLocator::resolve(options);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        CacheLocation location = *resolved;
        location.isDemo = true;
        m_session = std::make_unique<CacheSession>();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->open(location);
        QVERIFY(loaded.wait(10000));
    }

    void eachView_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("file");
        QTest::newRow("cached") << int(MainWindow::CachedTab) << QStringLiteral("main-cached.png");
        QTest::newRow("queued") << int(MainWindow::QueuedTab) << QStringLiteral("main-queued.png");
        QTest::newRow("incomplete") << int(MainWindow::IncompleteTab) << QStringLiteral("main-incomplete.png");
        QTest::newRow("invalid") << int(MainWindow::InvalidTab) << QStringLiteral("main-invalid.png");
        QTest::newRow("orphans") << int(MainWindow::OrphansTab) << QStringLiteral("main-orphans.png");
    }
    void eachView()
    {
        QFETCH(int, tab);
        QFETCH(QString, file);
        m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(tab);
        save(m_window.get(), file, QSize(1280, 800));
    }

    void prunePreview()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionPrune"))->trigger();
        auto *dialog = m_window->findChild<PlanPreviewDialog *>(QStringLiteral("prunePreview"));
        QVERIFY(dialog);
        auto *execute = dialog->findChild<QPushButton *>(QStringLiteral("executeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(execute->isEnabled(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        save(dialog, QStringLiteral("prune-preview.png"));
        dialog->reject();
    }

    void configDialog()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionEditOptions"))->trigger();
        // The sibling glance-cache.conf is looked for on a worker: the dialog comes a moment later.
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("configDialog"))));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(0); // rows added to a shown dialog become visible on the next pass of the event loop
        save->setFocus();
        dialog->layout()->activate();
        this->save(dialog, QStringLiteral("config-dialog.png"));
        dialog->reject();
    }

    void healthPanel()
    {
        if (auto *show = m_window->findChild<QAction *>(QStringLiteral("actionHealth")); !show->isChecked())
            show->trigger();
        auto *summary = m_window->findChild<QLabel *>(QStringLiteral("healthSummary"));
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Warnings")) || summary->text().contains(QLatin1String("No problems")), 10000);
        save(m_window.get(), QStringLiteral("main-health.png"), QSize(1280, 800));
    }

    // The downloads panel fed with a batch's signals as the fetcher emits them: cached, downloading,
    // failed, already cached and waiting rows.
    void downloadsPanel()
    {
        ImageFetcher fetcher; // a signal source only: nothing is fetched
        DownloadsPanel panel(&fetcher);
        panel.resize(1280, 320);
        const QStringList ids = {QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11"), QStringLiteral("9b1e2f60-55a1-4d1c-8f47-5e2a1c0d9e33"),
                                 QStringLiteral("0a7f3c52-1e4b-4f0d-9c21-6b5d8e2f7a44"), QStringLiteral("c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e00"),
                                 QStringLiteral("7e8f9a0b-1c2d-4e3f-a4b5-c6d7e8f90a1b"), QStringLiteral("5f4e3d2c-1b0a-4998-8877-665544332211")};
        panel.model()->addImages(ids);
        constexpr qint64 gib = 1024LL * 1024 * 1024;
        auto finish = [&](int i, ImageFetcher::Outcome outcome, qint64 bytes, double seconds, const QString &message) {
            ImageFetcher::Result r;
            r.imageId = ids.at(i);
            r.ok = outcome == ImageFetcher::Outcome::Cached;
            r.outcome = outcome;
            r.bytes = bytes;
            r.seconds = seconds;
            r.message = message;
            Q_EMIT fetcher.imageFinished(r);
        };
        for (int i : {0, 1, 2, 3})
            Q_EMIT fetcher.imageStarted(ids.at(i));
        Q_EMIT fetcher.imageProgress(ids.at(0), 2 * gib + 12345, 2 * gib + 12345, 98e6, 0);
        finish(0, ImageFetcher::Outcome::Cached, 2 * gib + 12345, 21.9, QString());
        Q_EMIT fetcher.imageProgress(ids.at(1), 3 * gib / 5, 4 * gib, 87.5e6, 41.7);
        Q_EMIT fetcher.imageProgress(ids.at(2), 700LL * 1024 * 1024, 900LL * 1024 * 1024, 61e6, 3.4);
        Q_EMIT fetcher.imageProgress(ids.at(3), 96LL * 1024 * 1024, 512LL * 1024 * 1024, 40e6, 10);
        finish(3, ImageFetcher::Outcome::Failed, 96LL * 1024 * 1024, 2.4,
               QStringLiteral("Image %1: connection reset after 96.0 MiB; the partial file is in invalid/.").arg(ids.at(3)));
        Q_EMIT fetcher.imageStarted(ids.at(4));
        finish(4, ImageFetcher::Outcome::AlreadyCached, 0, 0, QStringLiteral("Image %1 is already cached.").arg(ids.at(4)));
        panel.view()->selectRow(1);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.findChild<QPushButton *>(QStringLiteral("downloadsRetry"))->isEnabled());
        save(&panel, QStringLiteral("downloads-panel.png"));
    }

    // The panel when the Image API could not be reached: one sentence, no row per image.
    void downloadsUnreachable()
    {
        ImageFetcher fetcher;
        DownloadsPanel panel(&fetcher);
        panel.resize(1280, 200);
        panel.showError(QStringLiteral("No image was fetched: 127.0.0.1:9292 refused the connection: glance-api is not "
                                       "running there, or listens on another port."));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        save(&panel, QStringLiteral("downloads-unreachable.png"));
    }

    // Help → Manual (F1; the key itself is tried in tst_mainwindow).
    void manual()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionManual"))->trigger();
        ManualWindow *manual = nullptr;
        QTRY_VERIFY((manual = m_window->findChild<ManualWindow *>()) && manual->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(manual));
        save(manual, QStringLiteral("manual.png"));
        manual->close();
    }

    void connectionDialog()
    {
        ConnectionDialog dialog(m_window.get());
        ConnectionOptions o;
        o.authUrl = QStringLiteral("https://keystone.example.com:5000/v3");
        o.username = QStringLiteral("glance-ops");
        o.password = QStringLiteral("not shown");
        o.projectName = QStringLiteral("service");
        o.userDomainName = QStringLiteral("Default");
        o.projectDomainName = QStringLiteral("Default");
        o.regionName = QStringLiteral("RegionOne");
        o.interface = QStringLiteral("internal");
        dialog.setOptions(o, {QStringLiteral("http://glance-node-1:9292"), QStringLiteral("http://glance-node-2:9292"),
                              QStringLiteral("http://glance-node-3:9292")});
        dialog.findChild<QCheckBox *>(QStringLiteral("insecureCheck"))->setChecked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, QStringLiteral("connection-dialog.png"));
    }

    void queueDialog()
    {
        // The dialog is opened window-modally (open()): it is up once the action returns.
        m_window->findChild<QAction *>(QStringLiteral("actionQueue"))->trigger();
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // A table copied from `openstack image list`: one image the demo cache holds, one it has queued.
        const QString border = QStringLiteral("+--------------------------------------+--------------------------+--------+\n");
        const auto row = [](const QString &id, const QString &name) {
            return QStringLiteral("| %1 | %2 | active |\n").arg(id, name.leftJustified(24));
        };
        const CacheSnapshot &s = m_session->snapshot();
        QVERIFY(!s.cached.isEmpty() && !s.queued.isEmpty());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("idsEdit"))
            ->setPlainText(border + QStringLiteral("| ID                                   | Name                     | Status |\n")
                           + border + row(QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11"), QStringLiteral("cirros-0.6.2-x86_64"))
                           + row(s.cached.first().imageId, QStringLiteral("ubuntu-22.04-server"))
                           + row(s.queued.first().imageId, QStringLiteral("debian-12-generic"))
                           + row(QStringLiteral("9b1e2f60-55a1-4d1c-8f47-5e2a1c0d9e33"), QStringLiteral("fedora-39"))
                           + row(QStringLiteral("9b1e2f60-55a1-4d1c-8f47-5e2a1c0d9e3"), QStringLiteral("typo")) + border);
        save(dialog, QStringLiteral("queue-dialog.png"));
        dialog->reject();
    }

    // Last: it changes the demo cache. A queue with a refusal and a failed delete, then the log.
    void activityLog()
    {
        const QString cachedId = m_session->snapshot().cached.value(0).imageId;
        QSignalSpy done(m_session.get(), &CacheSession::operationFinished);
        m_session->queue({ QStringLiteral("3f1d5c2e-8a4b-4c6d-9e0f-123456789abc"), cachedId });
        QVERIFY(done.wait(10000));
        m_session->deleteCached({ QStringLiteral("00000000-0000-0000-0000-000000000000") });
        QVERIFY(done.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget() || (QApplication::activeModalWidget()->close(), false), 5000);
        if (auto *show = m_window->findChild<QAction *>(QStringLiteral("actionActivity")); !show->isChecked())
            show->trigger();
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("activityView"));
        QTRY_VERIFY(view->isVisible());
        view->setCurrentIndex(view->model()->index(0, 0));
        save(m_window.get(), QStringLiteral("main-activity.png"), QSize(1280, 800));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
