#include "cachesession.h"
#include "democache.h"
#include "defaultcache.h"
#include "cachelocator.h"
#include "mainwindow.h"
#include "planpreviewdialog.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
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
        CacheLocation location;
        QString error;
        QVERIFY2(CacheLocator::resolve(options, &location, &error), qPrintable(error));
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
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("configDialog"));
        QVERIFY(dialog);
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
        m_window->findChild<QAction *>(QStringLiteral("actionHealth"))->trigger();
        auto *summary = m_window->findChild<QLabel *>(QStringLiteral("healthSummary"));
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Warnings")) || summary->text().contains(QLatin1String("No problems")), 10000);
        save(m_window.get(), QStringLiteral("main-health.png"), QSize(1280, 800));
    }

    void queueDialog()
    {
        bool saved = false;
        QTimer::singleShot(0, this, [this, &saved]() {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("idsEdit"))
                ->setPlainText(QStringLiteral("4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11\n"
                                              "9b1e2f60-55a1-4d1c-8f47-5e2a1c0d9e33, not-an-id\n"));
            save(dialog, QStringLiteral("queue-dialog.png"));
            saved = true;
            qobject_cast<QDialog *>(dialog)->reject();
        });
        m_window->findChild<QAction *>(QStringLiteral("actionQueue"))->trigger();
        QVERIFY(saved);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
