#include "cache/imagecache.h"
#include "core/xattrs.h"
#include "testcache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Removing orphans by kind on real sqlite and xattr caches: a record without a file is forgotten and frees
// nothing, a file without a record or a foreign file is deleted and frees its bytes, Glance's lock files are
// named, and whatever changed since it was read (or is cache.db's journal) is left alone. Also: a directory
// that is not a Glance cache is refused before anything is read or changed.
class TestOrphanRemoval : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    const double t0 = 1700000000.5;

    static QVector<OrphanEntry> orphansOf(ImageCache &cache)
    {
        const Expected<CacheSnapshot> s = cache.snapshot();
        return s ? s->orphans : QVector<OrphanEntry>();
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void sqliteEachKindItsOwnWay()
    {
        TestCache tc(m_tmp->path(), QStringLiteral("sqlite"));
        QVERIFY(tc.init());
        QVERIFY(tc.addCached(TestCache::id(1), 100, t0, 1));
        QVERIFY(tc.addRecordOnly(TestCache::id(9), 5000, t0)); // 5000 recorded, nothing on disk
        QVERIFY(tc.addFile(TestCache::id(8), 80, t0)); // served, never pruned
        QVERIFY(tc.addFile(QStringLiteral("image_cache_db_init"), 7, t0)); // Glance's lock
        QVERIFY(tc.addFile(QStringLiteral("tmpk3j2_x"), 13, t0)); // someone's temp file
        // cache.db's journal, empty as SQLite leaves it between transactions (a non-empty one would be hot).
        QVERIFY(tc.addFile(QStringLiteral("cache.db-journal"), 0, t0));
        ImageCache cache(tc.location());
        QVector<OrphanEntry> chosen = orphansOf(cache);
        QCOMPARE(chosen.size(), 5);
        // A stale choice: image 1 is a complete cached image, not a record without file.
        chosen.append({ OrphanEntry::RecordWithoutFile, TestCache::id(1), 100, true });
        const Expected<qint64> before = cache.cacheSize();
        QVERIFY(before.ok());

        const ImageCache::OrphanRun run = cache.removeOrphans(chosen);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        const OrphanRemoval &done = run.done;
        QCOMPARE(done.recordsForgotten, 1);
        QCOMPARE(done.filesDeleted, 1);
        QCOMPARE(done.fileBytesFreed, qint64(80));
        QCOMPARE(done.foreignRemoved, 2);
        QCOMPARE(done.foreignBytesFreed, qint64(7 + 13));
        QCOMPARE(done.locksRemoved, QStringList { QStringLiteral("image_cache_db_init") });
        QCOMPARE(done.bytesFreed(), qint64(100));
        QCOMPARE(done.leftAlone.size(), 2);
        QVERIFY(done.leftAlone.at(0).startsWith(QStringLiteral("cache.db-journal:")));
        QVERIFY(done.leftAlone.at(1).startsWith(TestCache::id(1) + u':'));

        // On disk: the record is gone, the orphan files are gone, the image, its row and the journal stay.
        const QMap<QString, qint64> rows = tc.rows();
        QVERIFY(!rows.contains(TestCache::id(9)));
        QVERIFY(rows.contains(TestCache::id(1)));
        QVERIFY(tc.exists(TestCache::id(1)));
        QVERIFY(!tc.exists(TestCache::id(8)));
        QVERIFY(!tc.exists(QStringLiteral("image_cache_db_init")));
        QVERIFY(!tc.exists(QStringLiteral("tmpk3j2_x")));
        // The bytes said to be freed are the bytes the cache lost.
        QCOMPARE(*cache.cacheSize(), *before - done.bytesFreed());
        // The journal is SQLite's to delete after a transaction (it just did); asked for alone, it stays.
        QVERIFY(tc.addFile(QStringLiteral("cache.db-journal"), 0, t0));
        const ImageCache::OrphanRun journal
            = cache.removeOrphans({{OrphanEntry::FileWithoutRecord, QStringLiteral("cache.db-journal"), 0, false}});
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        QCOMPARE(journal.done.foreignRemoved, 0);
        QCOMPARE(journal.done.leftAlone.size(), 1);
        QVERIFY(tc.exists(QStringLiteral("cache.db-journal")));
    }

    void sqliteLeavesWhatChangedSinceRead()
    {
        TestCache tc(m_tmp->path(), QStringLiteral("sqlite"));
        QVERIFY(tc.init());
        QVERIFY(tc.addRecordOnly(TestCache::id(9), 900, t0));
        QVERIFY(tc.addFile(TestCache::id(8), 80, t0));
        ImageCache cache(tc.location());
        const QVector<OrphanEntry> chosen = orphansOf(cache);
        QCOMPARE(chosen.size(), 2);
        // Meanwhile glance-api cached image 9 again and recorded image 8.
        QVERIFY(tc.addFile(TestCache::id(9), 900, t0 + 1));
        QVERIFY(tc.addRecordOnly(TestCache::id(8), 80, t0 + 1));

        const ImageCache::OrphanRun run = cache.removeOrphans(chosen);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QCOMPARE(run.done.recordsForgotten, 0);
        QCOMPARE(run.done.filesDeleted, 0);
        QCOMPARE(run.done.bytesFreed(), qint64(0));
        QCOMPARE(run.done.leftAlone.size(), 2);
        QVERIFY(tc.exists(TestCache::id(9)));
        QVERIFY(tc.exists(TestCache::id(8)));
        QVERIFY(tc.rows().contains(TestCache::id(9)));
        QVERIFY(tc.rows().contains(TestCache::id(8)));
    }

    void xattrForeignFilesAndLinks()
    {
        QTemporaryDir probe;
        QVERIFY2(Xattrs::probe(probe.path()) == Xattrs::Support::Supported,
            "The temporary directory's filesystem lacks user extended attributes (set TMPDIR to ext4, xfs or tmpfs).");
        const QString cacheDir = m_tmp->path() + QStringLiteral("/cache");
        QVERIFY(QDir().mkpath(cacheDir));
        TestCache tc(cacheDir, QStringLiteral("xattr"));
        QVERIFY(tc.init());
        QVERIFY(tc.addCached(TestCache::id(1), 100, t0, 2));
        QVERIFY(tc.addFile(QStringLiteral("glance-cache"), 4, t0)); // glance-cache-prefetcher's lock
        QVERIFY(tc.addFile(QStringLiteral("checkme"), 3, t0));
        // A foreign link to a file outside the cache: the link goes, never what it points to.
        const QString outside = m_tmp->path() + QStringLiteral("/precious");
        {
            QFile f(outside);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write(QByteArray(11, 'p')) == 11);
        }
        QVERIFY(QFile::link(outside, cacheDir + QStringLiteral("/link")));
        ImageCache cache(tc.location());
        QVector<OrphanEntry> chosen = orphansOf(cache);
        QCOMPARE(chosen.size(), 3);
        for (const OrphanEntry &o : std::as_const(chosen))
            QVERIFY(o.isForeignFile());
        chosen.append({ OrphanEntry::FileWithoutRecord, TestCache::id(1), 100, true }); // an image, not an orphan

        const ImageCache::OrphanRun run = cache.removeOrphans(chosen);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QCOMPARE(run.done.recordsForgotten, 0);
        QCOMPARE(run.done.filesDeleted, 0);
        QCOMPARE(run.done.foreignRemoved, 3);
        QCOMPARE(run.done.foreignBytesFreed, qint64(4 + 3 + 11));
        QCOMPARE(run.done.locksRemoved, QStringList { QStringLiteral("glance-cache") });
        QCOMPARE(run.done.leftAlone.size(), 1);
        QVERIFY(tc.exists(TestCache::id(1)));
        QVERIFY(!QFileInfo(cacheDir + QStringLiteral("/link")).isSymLink());
        QVERIFY(!tc.exists(QStringLiteral("glance-cache")));
        QVERIFY(QFileInfo(outside).isFile());
        QCOMPARE(QFileInfo(outside).size(), qint64(11));
    }

    void notACacheIsRefused_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("xattr") << QStringLiteral("xattr");
    }

    void notACacheIsRefused()
    {
        QFETCH(QString, driver);
        // A home directory by mistake: files and folders, nothing of Glance.
        const QString dir = m_tmp->path();
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/photos")));
        TestCache tc(dir, driver);
        QVERIFY(tc.addFile(QStringLiteral("notes.txt"), 10, t0));
        ImageCache cache(tc.location());
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("is not a Glance image cache")), qPrintable(s.error()));
        QVERIFY(!cache.clear(ClearTarget::Both).ok());
        QCOMPARE(cache.queue(TestCache::id(1)).outcome, ImageCache::QueueOutcome::Failed);
        QVERIFY(
            !cache.removeOrphans({ { OrphanEntry::FileWithoutRecord, QStringLiteral("notes.txt"), 10, false } }).ok());
        QVERIFY(tc.exists(QStringLiteral("notes.txt")));
        QVERIFY(!tc.exists(QStringLiteral("queue")));
        QVERIFY(!QFileInfo::exists(tc.dbPath()));

        // An empty directory is a cache glance-api has not started on yet, and one with its areas is a cache.
        QTemporaryDir empty;
        QVERIFY(ImageCache(TestCache(empty.path(), driver).location()).snapshot().ok());
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/queue")));
        QVERIFY(cache.snapshot().ok());
    }
};

QTEST_GUILESS_MAIN(TestOrphanRemoval)
#include "tst_orphanremoval.moc"
