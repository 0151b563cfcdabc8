#include "core/translations.h"
#include "entryview.h"
#include "itemmodels/cachesession.h"
#include "itemmodels/entrytablemodel.h"
#include "mainwindow.h"
#include "testcache.h"
#include "treemapwidget.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

// The treemap inside the main window, on a real sqlite cache: its context menu is the Cached table's (the
// same QAction objects), Del deletes from it, a re-read keeps the level and another cache starts at the
// top; and a 100,000-image cache zoomed one and two levels in, saved for people to look at.
class TestTreemapWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    TreemapWidget *m_treemap = nullptr;
    const double t0 = 1700000000.0;

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }
    EntryView *cached() const { return m_window->view(MainWindow::CachedTab); }

    bool open(const CacheLocation &location, int timeout = 10000)
    {
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->open(location);
        return loaded.wait(timeout);
    }

    bool reread()
    {
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        m_session->refresh();
        return loaded.wait(10000);
    }

    // As the window system delivers a right-click: the press, then the context menu event.
    static void rightClick(QWidget *w, const QPoint &pos)
    {
        QTest::mouseClick(w->window()->windowHandle(), Qt::RightButton, {}, w->mapTo(w->window(), pos));
    }

    // The image (by key) of the largest tile.
    QString largestTileKey() const
    {
        auto *model = cached()->entryModel();
        QString key;
        qint64 best = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!m_treemap->tileRect(row).isEmpty() && model->bytesAt(row) > best) {
                best = model->bytesAt(row);
                key = model->keyAt(row);
            }
        }
        return key;
    }

    // A sqlite cache of count images laid out as Glance's driver leaves it: sparse files (no disk used)
    // of log-uniform sizes from 1 MiB to 40 GiB, as real caches mix kernels, minimal and full images.
    static bool buildBigCache(TestCache &cache, int count)
    {
        if (!cache.init())
            return false;
        QRandomGenerator random(17);
        const QString connection = QStringLiteral("bigcache");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(cache.dbPath());
            ok = db.open() && db.transaction();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            for (int i = 0; ok && i < count; ++i) {
                const QString id = TestCache::id(i);
                const qint64 size = qint64(std::exp(std::log(1 << 20) + random.generateDouble() * std::log(40960.0)));
                const int fd = ::open(QFile::encodeName(cache.dir() + u'/' + id).constData(), O_WRONLY | O_CREAT, 0644);
                ok = fd >= 0 && ::ftruncate(fd, size) == 0;
                if (fd >= 0)
                    ::close(fd);
                q.bindValue(0, id);
                q.bindValue(1, 1700000000.0 + random.bounded(86400 * 90));
                q.bindValue(2, 1690000000.0 + i);
                q.bindValue(3, size);
                q.bindValue(4, int(random.bounded(50)));
                ok = ok && q.exec();
            }
            ok = ok && db.commit();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
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
        m_cache = std::make_unique<TestCache>(m_tmp->path() + QStringLiteral("/cache"), QStringLiteral("sqlite"));
        QVERIFY(QDir().mkpath(m_cache->dir()));
        QVERIFY(m_cache->init());
        // 30 images of distinct sizes: with ten tiles, twenty go into the aggregate.
        for (int i = 1; i <= 30; ++i)
            QVERIFY(m_cache->addCached(TestCache::id(i), 1000 * i, t0 + i, i % 4));
        m_session = std::make_unique<CacheSession>();
        QSettings().remove(QStringLiteral("activity"));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_treemap = m_window->findChild<TreemapWidget *>(QStringLiteral("treemap"));
        QVERIFY(m_treemap);
        m_treemap->setMaxTiles(10);
        QVERIFY(open(m_cache->location(1 << 30)));
        QCOMPARE(cached()->model()->rowCount(), 30);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_tmp.reset();
    }

    void contextMenuIsTheTables()
    {
        // The table's context menu is its actions; the treemap's is the same QAction objects.
        const QList<QAction *> tableActions = cached()->actions();
        QVERIFY(tableActions.contains(action("actionDelete")));
        QVERIFY(tableActions.contains(action("actionQueue")));
        QVERIFY(tableActions.contains(action("actionVerify")));
        QCOMPARE(cached()->contextMenuPolicy(), Qt::ActionsContextMenu);

        QVERIFY(cached()->selectedKeys().isEmpty());
        QVERIFY(!action("actionDelete")->isEnabled());
        const QString key = largestTileKey();
        QCOMPARE(key, TestCache::id(30));
        rightClick(m_treemap, m_treemap->tileRect(cached()->entryModel()->rowOfKey(key)).center());
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->actions(), tableActions);
        // The click selected the image in the table, so the window's actions are enabled for it.
        QCOMPARE(cached()->selectedKeys(), QStringList { key });
        QVERIFY(action("actionDelete")->isEnabled());
        QVERIFY(action("actionVerify")->isEnabled());
        menu->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    void delOnTheTreemapDeletes()
    {
        m_treemap->setFocus();
        QVERIFY(m_treemap->hasFocus());
        QTest::keyClick(m_treemap, Qt::Key_Home);
        QCOMPARE(cached()->selectedKeys(), QStringList { TestCache::id(30) });
        QTest::keyClick(m_treemap, Qt::Key_Delete);
        auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY2(box, "Del opened no confirmation");
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(confirm);
        QSignalSpy done(m_session.get(), &CacheSession::operationFinished);
        QSignalSpy loaded(m_session.get(), &CacheSession::snapshotChanged);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!m_cache->exists(TestCache::id(30)));
        QCOMPARE(m_cache->rows().size(), 29);
    }

    void reReadKeepsTheLevel()
    {
        QTest::mouseDClick(m_treemap, Qt::LeftButton, {}, m_treemap->aggregateRect().center());
        QCOMPARE(m_treemap->level(), 1);
        QCOMPARE(m_treemap->breadcrumb().constLast(), QStringLiteral("20 smaller images"));
        // Glance caches one more small image; the re-read keeps the level, which now holds it too.
        QVERIFY(m_cache->addCached(TestCache::id(100), 500, t0 + 100, 0));
        QVERIFY(reread());
        QCOMPARE(cached()->model()->rowCount(), 31);
        QCOMPARE(m_treemap->level(), 1);
        QCOMPARE(m_treemap->breadcrumb().constLast(), QStringLiteral("21 smaller images"));
        QVERIFY(!m_treemap->tileRect(cached()->entryModel()->rowOfKey(TestCache::id(20))).isEmpty());
        QVERIFY(m_treemap->tileRect(cached()->entryModel()->rowOfKey(TestCache::id(21))).isEmpty());

        // Another cache opened: the top level, whatever its sizes.
        TestCache other(m_tmp->path() + QStringLiteral("/other"), QStringLiteral("sqlite"));
        QVERIFY(QDir().mkpath(other.dir()));
        QVERIFY(other.init());
        for (int i = 1; i <= 30; ++i)
            QVERIFY(other.addCached(TestCache::id(200 + i), 10 * i, t0 + i, 0));
        QVERIFY(open(other.location(1 << 30)));
        QCOMPARE(m_treemap->level(), 0);
        QCOMPARE(m_treemap->tileCount(), 10);
    }

    void hundredThousandImages()
    {
        constexpr int count = 100000;
        TestCache big(m_tmp->path() + QStringLiteral("/big"), QStringLiteral("sqlite"));
        QVERIFY(QDir().mkpath(big.dir()));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(buildBigCache(big, count));
        const qint64 built = timer.restart();
        QVERIFY(open(big.location(qint64(1) << 42), 120000));
        QTRY_COMPARE_WITH_TIMEOUT(cached()->model()->rowCount(), count, 30000);
        const qint64 read = timer.elapsed();
        m_treemap->setMaxTiles(TreemapWidget::DefaultMaxTiles);
        QDir out(QStringLiteral(GCA_SCREENSHOT_DIR));
        QVERIFY(out.mkpath(QStringLiteral(".")));

        QStringList figures;
        for (int level = 0; level < 3; ++level) {
            if (level > 0)
                QVERIFY(m_treemap->enterAggregate());
            // The cost of a level: one pass over the rows and the layout (forced by a model change), then
            // a paint from the cached layout. Best of three, as the machine may be busy.
            qint64 collect = std::numeric_limits<qint64>::max();
            qint64 paint = std::numeric_limits<qint64>::max();
            QPixmap shot;
            for (int i = 0; i < 3; ++i) {
                m_treemap->setMaxTiles(TreemapWidget::DefaultMaxTiles);
                timer.start();
                QCOMPARE(m_treemap->level(), level);
                collect = std::min(collect, timer.nsecsElapsed() / 1000);
                timer.start();
                shot = m_treemap->grab();
                paint = std::min(paint, timer.nsecsElapsed() / 1000);
            }
            QCOMPARE(m_treemap->tileCount(), TreemapWidget::DefaultMaxTiles);
            QCOMPARE(m_treemap->aggregatedCount(), count - (level + 1) * TreemapWidget::DefaultMaxTiles);
            QCOMPARE(m_treemap->breadcrumb().size(), level + 1);
            figures << QStringLiteral("level %1: collect and lay out %2 us, paint %3 us")
                           .arg(level)
                           .arg(collect)
                           .arg(paint);
            // Not blank: the largest tile is drawn in an eviction colour, not the window's.
            const QImage image = shot.toImage();
            const QRect largest = m_treemap->tileRect(cached()->entryModel()->rowOfKey(largestTileKey()));
            QVERIFY(image.pixelColor(largest.center()) != m_treemap->palette().color(QPalette::Window));
            const QString name = QStringLiteral("treemap-100k-level%1.png").arg(level);
            QVERIFY(m_window->grab().save(out.filePath(name)));
        }
        // Two levels down, by keyboard: the largest image there is current, framed, and selected in the table.
        m_treemap->setFocus();
        QTest::keyClick(m_treemap, Qt::Key_Home);
        QTest::keyClick(m_treemap, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(cached()->selectedKeys().size(), 2);
        QVERIFY(cached()->selectedKeys().contains(cached()->entryModel()->keyAt(m_treemap->currentRow())));
        QVERIFY(m_treemap->grab().save(out.filePath(QStringLiteral("treemap-100k-keyboard.png"))));
        qInfo("100,000 images: cache built in %lld ms, read in %lld ms; %s", built, read,
            qPrintable(figures.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestTreemapWindow)
#include "tst_treemapwindow.moc"
