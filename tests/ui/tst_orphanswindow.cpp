#include "core/translations.h"
#include "entryview.h"
#include "itemmodels/cachesession.h"
#include "mainwindow.h"
#include "testcache.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The Orphans tab as a tester uses it: each kind of orphan selected, the confirmation read (its words and the
// bytes it frees), confirmed, and the disk and the result line checked. And a directory that is missing or not
// a Glance cache: said so, tabs named, not remembered in Open Recent.
class TestOrphansWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    const double t0 = 1700000000.0;
    static constexpr qint64 recorded = 5LL * 1024 * 1024 * 1024; // what the orphan record claims: 5.0 GiB

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs")); }
    QString resultLine() const { return m_window->findChild<QLabel *>(QStringLiteral("resultLabel"))->text(); }

    void select(const QStringList &keys)
    {
        tabs()->setCurrentIndex(MainWindow::OrphansTab);
        m_window->view(MainWindow::OrphansTab)->selectKeys(keys);
        QCOMPARE(m_window->view(MainWindow::OrphansTab)->selectedKeys().size(), keys.size());
    }

    // Triggers Delete on the selection and returns the confirmation's text, answered with button.
    QString confirm(const char *button)
    {
        action("actionDelete")->trigger();
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return QStringLiteral("(no confirmation)");
        const QString text = box->text();
        QTest::mouseClick(box->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        return text;
    }

    bool waitOperation()
    {
        QSignalSpy done(m_session.get(), &CacheSession::operationFinished);
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        return done.wait(10000) && loaded.wait(10000);
    }

    QStringList recent() const { return QSettings().value(QStringLiteral("recent")).toStringList(); }

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
        QVERIFY(m_cache->addRecordOnly(TestCache::id(9), recorded, t0));
        QVERIFY(m_cache->addFile(TestCache::id(8), 3 * 1024, t0));
        QVERIFY(m_cache->addFile(QStringLiteral("image_cache_db_init"), 0, t0));
        QVERIFY(m_cache->addFile(QStringLiteral("tmpa1b2c3"), 1024, t0));
        QSettings().remove(QStringLiteral("recent"));
        QSettings().remove(QStringLiteral("activity"));
        m_session = std::make_unique<CacheSession>();
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->open(m_cache->location());
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(m_window->view(MainWindow::OrphansTab)->model()->rowCount(), 4);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void eachKindInItsOwnWords()
    {
        select(
            { TestCache::id(9), TestCache::id(8), QStringLiteral("image_cache_db_init"), QStringLiteral("tmpa1b2c3") });
        // The selection's bytes are what removing it frees: not the record's 5.0 GiB.
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"))->text(),
            QStringLiteral("4 selected, 4.0 KiB"));
        const QString question = confirm("cancelButton");
        QVERIFY2(question.startsWith(QStringLiteral("Remove 4 orphans from ") + m_cache->dir() + u'?'),
            qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 record without a file: forgetting a record frees nothing")),
            qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 file without a record: deleting frees 3.0 KiB.")),
            qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral(
                     "2 foreign files, not images (lock, temporary or leftover files): removing frees 1.0 KiB.")),
            qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("Warning: this removes Glance's own lock file image_cache_db_init.")),
            qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("only while glance-api and glance-cache-prefetcher are stopped")));
        QVERIFY2(question.contains(QStringLiteral("In all, 4.0 KiB freed.")), qPrintable(question));
        QVERIFY(!question.contains(QStringLiteral("GiB")));
        QVERIFY(!question.contains(QStringLiteral("Delete")));
        // Cancelled: all there.
        QVERIFY(m_cache->rows().contains(TestCache::id(9)));
        QVERIFY(m_cache->exists(QStringLiteral("image_cache_db_init")));

        confirm("confirmButton");
        QVERIFY(waitOperation());
        QVERIFY(!m_cache->rows().contains(TestCache::id(9)));
        QVERIFY(!m_cache->exists(TestCache::id(8)));
        QVERIFY(!m_cache->exists(QStringLiteral("image_cache_db_init")));
        QVERIFY(!m_cache->exists(QStringLiteral("tmpa1b2c3")));
        QVERIFY(m_cache->exists(TestCache::id(1)));
        QCOMPARE(m_cache->rows().keys(), QStringList { TestCache::id(1) });
        const QString result = resultLine();
        QVERIFY2(
            result.endsWith(QStringLiteral("Forgot 1 record without a file: nothing freed. Deleted 1 file without a "
                                           "record: 3.0 KiB freed. Removed 2 foreign files: 1.0 KiB freed. Among "
                                           "them Glance's own lock file image_cache_db_init.")),
            qPrintable(result));
        QVERIFY(!result.contains(QStringLiteral("failed")));
        QTRY_COMPARE(m_window->view(MainWindow::OrphansTab)->model()->rowCount(), 0);
        QTRY_COMPARE(tabs()->tabText(MainWindow::OrphansTab), QStringLiteral("Orphans (0)"));
    }

    void aRecordAloneFreesNothing()
    {
        select({ TestCache::id(9) });
        QCOMPARE(
            m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"))->text(), QStringLiteral("1 selected, 0 bytes"));
        const QString question = confirm("confirmButton");
        QVERIFY2(question.contains(QStringLiteral("frees nothing")), qPrintable(question));
        QVERIFY(!question.contains(QStringLiteral("Warning")));
        QVERIFY(!question.contains(QStringLiteral("In all")));
        QVERIFY(!question.contains(QStringLiteral("5.0 GiB")));
        QVERIFY(waitOperation());
        QVERIFY(resultLine().endsWith(QStringLiteral("Forgot 1 record without a file: nothing freed.")));
        QVERIFY(!m_cache->rows().contains(TestCache::id(9)));
        QVERIFY(m_cache->exists(TestCache::id(8))); // not chosen, still there
    }

    void missingOrForeignDirectory_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::newRow("missing") << false;
        QTest::newRow("not a cache") << true;
    }

    void missingOrForeignDirectory()
    {
        QFETCH(bool, exists);
        QCOMPARE(recent().size(), 1); // the cache read in init()
        QTemporaryDir other;
        CacheLocation bad = m_cache->location();
        bad.cacheDir = exists ? other.path() : other.filePath(QStringLiteral("missing"));
        if (exists) {
            TestCache home(other.path(), QStringLiteral("sqlite"));
            QVERIFY(home.addFile(QStringLiteral("notes.txt"), 10, t0));
            QVERIFY(QDir(other.path()).mkpath(QStringLiteral("Documents")));
            QVERIFY(home.addFile(QStringLiteral("Documents/letter.odt"), 10, t0));
        }
        QSignalSpy failed(m_session.get(), &CacheSession::loadFailed);
        m_session->open(bad);
        QVERIFY(failed.wait(10000));
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("headerMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(
                     exists ? QStringLiteral("is not a Glance image cache") : QStringLiteral("does not exist")),
            qPrintable(message->text()));
        // The tabs keep their names, and show nothing of the cache read before.
        const QStringList names { QStringLiteral("Cached"), QStringLiteral("Queued"), QStringLiteral("Incomplete"),
            QStringLiteral("Invalid"), QStringLiteral("Orphans") };
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            QCOMPARE(tabs()->tabText(tab), names.at(tab));
            QTRY_COMPARE(m_window->view(tab)->model()->rowCount(), 0);
        }
        QVERIFY(!action("actionDelete")->isEnabled());
        // Not remembered: Open Recent still holds only the cache that was read.
        QCOMPARE(recent(), QStringList { QStringLiteral("dir:%1|sqlite").arg(m_cache->dir()) });
        QVERIFY(m_cache->exists(TestCache::id(1)));
    }
};

QTEST_MAIN(TestOrphansWindow)
#include "tst_orphanswindow.moc"
