#include "cache/imagecache.h"
#include "testcache.h"
#include "core/xattrs.h"

#include <QDir>
#include <QProcess>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The engine on caches laid out like Glance's xattr driver, on a filesystem with user xattrs, and the
// fallback to sqlite on one without them.
class TestXattrCache : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    const double t0 = 1700000000.75;

    static bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTemporaryDir probe;
        QVERIFY2(Xattrs::probe(probe.path()) == Xattrs::Support::Supported,
                 "The temporary directory's filesystem lacks user extended attributes; the xattr tests need them "
                 "(set TMPDIR to a directory on ext4, xfs or tmpfs).");
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->path(), QStringLiteral("xattr"));
        QVERIFY(m_cache->init());
    }

    void listsEveryFileWithIntegerTimes()
    {
        QVERIFY(m_cache->addCached(TestCache::id(2), 200, t0 + 20, 5, t0 + 1.5));
        QVERIFY(m_cache->addCached(TestCache::id(1), 100, t0 + 10, 0));
        QVERIFY(m_cache->addFile(QStringLiteral("checkme"), 3, t0)); // left by a failed probe: listed by Glance
        // Setting an attribute never creates the file: on a missing one it fails with the system's reason.
        QString error;
        const QString missing = m_cache->dir() + QStringLiteral("/invalid/x");
        QVERIFY(!Xattrs::set(missing, "user.error", "x", &error));
        QVERIFY2(error.contains(QLatin1String("No such file")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(m_cache->addFile(QStringLiteral("invalid/") + TestCache::id(3), 9, t0));
        QVERIFY(Xattrs::set(m_cache->dir() + QStringLiteral("/invalid/") + TestCache::id(3), "user.error",
                            "Checksum verification failed", &error));
        ImageCache cache(m_cache->location());
        QCOMPARE(cache.effectiveDriver(), QStringLiteral("xattr"));
        const Expected<CacheSnapshot> snapshot = cache.snapshot();
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
        const CacheSnapshot &s = *snapshot;
        QCOMPARE(s.cached.size(), 3);
        QCOMPARE(s.totalSize, qint64(303));
        const QStringList order = QDir(m_cache->dir()).entryList(QDir::Files, QDir::Unsorted);
        for (const CachedImage &c : std::as_const(s.cached)) {
            QVERIFY(order.contains(c.imageId));
            if (c.imageId == TestCache::id(2)) {
                QCOMPARE(c.hits, qint64(5));
                QCOMPARE(c.lastAccessed, double(qint64(t0 + 20)));
                QCOMPARE(c.lastModified, double(qint64(t0 + 1.5)));
            }
        }
        QCOMPARE(s.invalid.size(), 1);
        QCOMPARE(s.invalid.at(0).error, QStringLiteral("Checksum verification failed"));
        QCOMPARE(s.orphans.size(), 1); // checkme is not an image
        QCOMPARE(s.orphans.at(0).name, QStringLiteral("checkme"));

        // status's summary: the same figures without reading any user.hits
        const Expected<ImageCache::Summary> summary = cache.summary();
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const ImageCache::Summary &sum = *summary;
        QCOMPARE(sum.effectiveDriver, QStringLiteral("xattr"));
        QCOMPARE(sum.totalSize, s.totalSize);
        QCOMPARE(sum.cachedCount, qint64(s.cached.size()));
        QCOMPARE(sum.invalidCount, qint64(1));
        QVERIFY(sum.orphans == s.orphans);
    }

    void manyFilesListedInParallel()
    {
        // Enough files for the listing to stat and read user.hits on several threads.
        const int count = 2500;
        for (int i = 0; i < count; ++i)
            QVERIFY(m_cache->addCached(TestCache::id(i), i % 97, t0 + i, i));
        ImageCache cache(m_cache->location());
        const Expected<ImageCache::ApiListing> listing = cache.listForApi();
        QVERIFY2(listing.ok(), qPrintable(listing.error()));
        const QVector<CachedImage> &api = listing->cached;
        QCOMPARE(api.size(), count);
        const QStringList order = QDir(m_cache->dir()).entryList(QDir::Files, QDir::Unsorted);
        QHash<QString, int> index;
        for (int i = 0; i < count; ++i)
            index.insert(TestCache::id(i), i);
        QSet<QString> seen;
        for (const CachedImage &c : std::as_const(api)) {
            const int i = index.value(c.imageId, -1);
            QVERIFY2(i >= 0, qPrintable(c.imageId));
            QCOMPARE(c.hits, qint64(i));
            QCOMPARE(c.size, qint64(i % 97));
            QCOMPARE(c.lastAccessed, double(qint64(t0 + i)));
            seen.insert(c.imageId);
        }
        QCOMPARE(seen.size(), count);
        // Glance's order: the directory's
        QStringList listed;
        for (const CachedImage &c : std::as_const(api))
            listed.append(c.imageId);
        QCOMPARE(listed, order);
    }

    void pruneOrderAtimeSizeName()
    {
        // equal atime seconds: the smaller file goes first, then the smaller name
        const double second = 1700000100.0;
        QVERIFY(m_cache->addCached(TestCache::id(3), 300, second + 0.9, 0));
        QVERIFY(m_cache->addCached(TestCache::id(2), 300, second + 0.1, 0));
        QVERIFY(m_cache->addCached(TestCache::id(1), 100, second + 0.5, 0));
        QVERIFY(m_cache->addCached(TestCache::id(4), 50, second + 50, 0));
        ImageCache cache(m_cache->location());
        const Expected<PrunePlan> plan = cache.planPrune(60);
        QVERIFY(plan.ok());
        QCOMPARE(plan->victims.size(), 3);
        QCOMPARE(plan->victims.at(0).imageId, TestCache::id(1));
        QCOMPARE(plan->victims.at(1).imageId, TestCache::id(2));
        QCOMPARE(plan->victims.at(2).imageId, TestCache::id(3));
        {
            // the rank shown in the views is the order a prune to 0 takes
            const Expected<PrunePlan> all = cache.planPrune(0);
            QVERIFY(all.ok());
            const Expected<CacheSnapshot> snap = cache.snapshot();
            QVERIFY(snap.ok());
            QStringList byRank(snap->cached.size());
            for (const CachedImage &c : std::as_const(snap->cached))
                byRank[c.evictionRank] = c.imageId;
            QStringList planned;
            for (const PruneVictim &v : std::as_const(all->victims))
                planned.append(v.imageId);
            QCOMPARE(byRank, planned);
        }
        const ImageCache::PruneRun run = cache.prune(60);
        QVERIFY(run.ok());
        QCOMPARE(run.done.bytesFreed, qint64(700));
        QCOMPARE(QDir(m_cache->dir()).entryList(QDir::Files), QStringList{TestCache::id(4)});
    }

    void deleteAndClear()
    {
        QVERIFY(m_cache->addCached(TestCache::id(1), 10, t0, 1));
        QVERIFY(m_cache->addCached(TestCache::id(2), 10, t0, 1));
        QVERIFY(m_cache->addQueued(TestCache::id(1), t0));
        ImageCache cache(m_cache->location());
        const ImageCache::DeleteResult r = cache.deleteCached(TestCache::id(1));
        QVERIFY(r.ok && r.wasCached && r.wasQueued);
        QVERIFY(!m_cache->exists(TestCache::id(1)));
        const Expected<ImageCache::ClearResult> cr = cache.clear(ClearTarget::Both);
        QVERIFY(cr.ok());
        QCOMPARE(cr->cacheDeleted, 1);
        QVERIFY(QDir(m_cache->dir()).entryList(QDir::Files).isEmpty());
    }

    void cleanWithZeroStallTimeTakesAll()
    {
        const double now = double(QDateTime::currentSecsSinceEpoch());
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(1), 5, now + 60)); // even "future"
        ImageCache cache(m_cache->location());
        const Expected<CleanPlan> plan = cache.planClean(0);
        QVERIFY(plan.ok());
        QCOMPARE(plan->stalled.size(), 1); // the xattr driver has no grace period at 0
    }

    void fallsBackToSqliteWithoutUserXattrs()
    {
        // ramfs has no user.* attributes: Glance's start-up probe fails and it uses sqlite instead.
        QVERIFY2(::geteuid() == 0, "This test mounts a ramfs and needs root (CI runs as root).");
        QTemporaryDir mnt;
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("ramfs"), QStringLiteral("none"), mnt.path()}));
        TestCache onRamfs(mnt.path(), QStringLiteral("xattr"));
        const bool initialised = onRamfs.init();
        ImageCache cache(onRamfs.location());
        QString note;
        const QString driver = cache.effectiveDriver(&note);
        QVERIFY(run(QStringLiteral("umount"), {mnt.path()}));
        QVERIFY(initialised);
        QCOMPARE(driver, QStringLiteral("sqlite"));
        QVERIFY(note.contains(QLatin1String("falls back")));
    }
};

QTEST_GUILESS_MAIN(TestXattrCache)
#include "tst_xattrcache.moc"
