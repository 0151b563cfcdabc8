#include "itemmodels/cachesession.h"
#include "entryview.h"
#include "itemmodels/entrytablemodel.h"
#include "mainwindow.h"
#include "planpreviewdialog.h"
#include "testcache.h"
#include "core/translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// The main window driven as a person would: actions found by objectName, confirmations accepted or
// cancelled, and the disk checked afterwards.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    const double t0 = 1700000000.0;

    // Runs f on the next modal dialog once it is shown (the action that opens it blocks in exec()).
    static void onModal(std::function<void(QWidget *)> f)
    {
        auto *timer = new QTimer;
        auto attempts = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, [timer, f, attempts]() {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal && ++*attempts < 500)
                return;
            timer->stop();
            timer->deleteLater();
            if (!modal)
                return;
            f(modal);
            // A failed check inside f returns early: close the dialog so the test fails instead of hanging.
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                dialog->reject();
        });
        timer->start(10);
    }

    static void click(QWidget *dialog, const char *buttonName)
    {
        auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(buttonName));
        QVERIFY2(button, buttonName);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

    bool waitOperation()
    {
        QSignalSpy done(m_session.get(), &CacheSession::operationFinished);
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        return done.wait(10000) && loaded.wait(10000);
    }

    void select(int tab, const QStringList &keys)
    {
        m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(tab);
        m_window->view(tab)->selectKeys(keys);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->path(), QStringLiteral("sqlite"));
        QVERIFY(m_cache->init());
        QVERIFY(m_cache->addCached(TestCache::id(1), 1000, t0 + 1, 5));
        QVERIFY(m_cache->addCached(TestCache::id(2), 2000, t0 + 2, 1));
        QVERIFY(m_cache->addCached(TestCache::id(3), 3000, t0 + 3, 9));
        QVERIFY(m_cache->addQueued(TestCache::id(4), t0));
        QVERIFY(m_cache->addFile(QStringLiteral("invalid/") + TestCache::id(5), 50, t0));
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(6), 60, t0));
        m_session = std::make_unique<CacheSession>();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->open(m_cache->location(4500));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_window->view(MainWindow::CachedTab)->model()->rowCount(), 3);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void deleteAsksAndCancelKeepsEverything()
    {
        select(MainWindow::CachedTab, {TestCache::id(2)});
        QVERIFY(action("actionDelete")->isEnabled());
        QString question;
        onModal([&question](QWidget *box) {
            question = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"))->text();
            click(box, "cancelButton");
        });
        action("actionDelete")->trigger();
        QVERIFY(question.contains(QLatin1String("1 image")));
        QVERIFY(question.contains(QLatin1String("2.0 KiB")) || question.contains(QLatin1String("1.95 KiB")));
        QVERIFY(m_cache->exists(TestCache::id(2)));
        QCOMPARE(m_cache->rows().size(), 3);

        // Enter lands on the safe default button
        onModal([](QWidget *box) { QTest::keyClick(box, Qt::Key_Return); });
        action("actionDelete")->trigger();
        QVERIFY(m_cache->exists(TestCache::id(2)));

        onModal([](QWidget *box) { click(box, "confirmButton"); });
        action("actionDelete")->trigger();
        QVERIFY(waitOperation());
        QVERIFY(!m_cache->exists(TestCache::id(2)));
        QCOMPARE(m_cache->rows().keys(), (QStringList{TestCache::id(1), TestCache::id(3)}));
        QCOMPARE(m_window->view(MainWindow::CachedTab)->model()->rowCount(), 2);
    }

    void queueDialogValidatesAndQueues()
    {
        onModal([](QWidget *dialog) {
            auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("idsEdit"));
            auto *queue = dialog->findChild<QPushButton *>(QStringLiteral("queueButton"));
            edit->setPlainText(TestCache::id(7) + QStringLiteral(", ../etc/passwd\n") + TestCache::id(8));
            QVERIFY(!queue->isEnabled()); // one bad entry blocks the lot
            edit->setPlainText(TestCache::id(7) + QStringLiteral(",\n") + TestCache::id(8) + u' ' + TestCache::id(7));
            QVERIFY(queue->isEnabled());
            QCOMPARE(queue->text(), QStringLiteral("Queue 2 images"));
            QTest::mouseClick(queue, Qt::LeftButton);
        });
        action("actionQueue")->trigger();
        QVERIFY(waitOperation());
        QVERIFY(m_cache->exists(QStringLiteral("queue/") + TestCache::id(7)));
        QVERIFY(m_cache->exists(QStringLiteral("queue/") + TestCache::id(8)));
        QCOMPARE(m_window->view(MainWindow::QueuedTab)->model()->rowCount(), 3);
    }

    void prunePreviewShowsThePlanBeforeDeleting()
    {
        action("actionPrune")->trigger();
        auto *dialog = m_window->findChild<PlanPreviewDialog *>(QStringLiteral("prunePreview"));
        QVERIFY(dialog);
        auto *execute = dialog->findChild<QPushButton *>(QStringLiteral("executeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(execute->isEnabled(), 10000);
        // 6000 > 4500: the least recently accessed go until the rest fits
        QCOMPARE(dialog->prunePlan().victims.size(), 2);
        QCOMPARE(dialog->prunePlan().victims.at(0).imageId, TestCache::id(1));
        QCOMPARE(dialog->prunePlan().victims.at(1).imageId, TestCache::id(2));
        QCOMPARE(execute->text(), QStringLiteral("Prune 2 images"));
        QVERIFY(!execute->isDefault());
        // a different limit recomputes the plan
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("parameterEdit"));
        edit->setText(QStringLiteral("5K"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recalculateButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->prunePlan().victims.size(), 1, 10000); // 5120: 6000 - 1000 fits
        QTRY_VERIFY_WITH_TIMEOUT(execute->isEnabled(), 10000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(m_cache->rows().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PlanPreviewDialog *>(QStringLiteral("prunePreview")), 5000);

        action("actionPrune")->trigger();
        dialog = m_window->findChild<PlanPreviewDialog *>(QStringLiteral("prunePreview"));
        QVERIFY(dialog);
        execute = dialog->findChild<QPushButton *>(QStringLiteral("executeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(execute->isEnabled(), 10000);
        QTest::mouseClick(execute, Qt::LeftButton);
        QVERIFY(waitOperation());
        QCOMPARE(m_cache->rows().keys(), QStringList{TestCache::id(3)});
        QVERIFY(!m_cache->exists(TestCache::id(1)) && !m_cache->exists(TestCache::id(2)));
    }

    void cleanPreviewThenClean()
    {
        action("actionClean")->trigger();
        auto *dialog = m_window->findChild<PlanPreviewDialog *>(QStringLiteral("cleanPreview"));
        QVERIFY(dialog);
        auto *execute = dialog->findChild<QPushButton *>(QStringLiteral("executeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(execute->isEnabled(), 10000);
        QCOMPARE(dialog->cleanPlan().invalid.size(), 1);
        QCOMPARE(dialog->cleanPlan().stalled.size(), 1); // written in 2023: long stalled
        QTest::mouseClick(execute, Qt::LeftButton);
        QVERIFY(waitOperation());
        QVERIFY(!m_cache->exists(QStringLiteral("invalid/") + TestCache::id(5)));
        QVERIFY(!m_cache->exists(QStringLiteral("incomplete/") + TestCache::id(6)));
    }

    void clearAndDequeue()
    {
        select(MainWindow::QueuedTab, {TestCache::id(4)});
        onModal([](QWidget *box) { click(box, "confirmButton"); });
        action("actionDequeue")->trigger();
        QVERIFY(waitOperation());
        QVERIFY(!m_cache->exists(QStringLiteral("queue/") + TestCache::id(4)));

        QVERIFY(m_cache->addQueued(TestCache::id(10), t0));
        QVERIFY(m_cache->addQueued(TestCache::id(11), t0));
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(action("actionClearQueue")->isEnabled(), 10000);
        onModal([](QWidget *box) { click(box, "confirmButton"); });
        action("actionClearQueue")->trigger();
        QVERIFY(waitOperation());
        QVERIFY(QDir(m_cache->dir() + QStringLiteral("/queue")).isEmpty());
        QCOMPARE(m_cache->rows().size(), 3); // the cache itself untouched

        onModal([](QWidget *box) { click(box, "cancelButton"); });
        action("actionClearCache")->trigger();
        QCOMPARE(m_cache->rows().size(), 3);
        onModal([](QWidget *box) { click(box, "confirmButton"); });
        action("actionClearCache")->trigger();
        QVERIFY(waitOperation());
        QVERIFY(m_cache->rows().isEmpty());
        QVERIFY(!m_cache->exists(TestCache::id(3)));
        QVERIFY(m_cache->exists(QStringLiteral("cache.db")));
    }

    void filterAndSelectionTotals()
    {
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, TestCache::id(3));
        QCOMPARE(m_window->view(MainWindow::CachedTab)->model()->rowCount(), 1);
        filter->clear();
        select(MainWindow::CachedTab, {TestCache::id(1), TestCache::id(3)});
        const QString status = m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"))->text();
        QVERIFY2(status.startsWith(QLatin1String("2 selected")), qPrintable(status));
    }

    void followsGlanceWorkingInTheCache()
    {
        m_session->setFollowing(true, 60000);
        select(MainWindow::CachedTab, {TestCache::id(3)});
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        QVERIFY(m_cache->addCached(TestCache::id(9), 10, t0 + 9, 0)); // glance-api cached an image
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->view(MainWindow::CachedTab)->model()->rowCount(), 4, 10000);
        QCOMPARE(m_window->view(MainWindow::CachedTab)->selectedKeys(), QStringList{TestCache::id(3)});
    }

    void errorsShowInTheWindow()
    {
        CacheLocation gone = m_cache->location();
        gone.cacheDir = m_tmp->filePath(QStringLiteral("missing"));
        QSignalSpy failed(m_session.get(), &CacheSession::loadFailed);
        m_session->open(gone);
        QVERIFY(failed.wait(10000));
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("headerMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("does not exist")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
