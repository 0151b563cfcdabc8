#include "cache/imagecache.h"
#include "testcache.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The engine on caches laid out like Glance's sqlite driver: listing, queue rules, deletes, prune and
// clean, each checked against the files and rows left on disk.
class TestSqliteCache : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    const double t0 = 1700000000.25;

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->path(), QStringLiteral("sqlite"));
        QVERIFY(m_cache->init());
    }

    void listsLikeGlance()
    {
        QVERIFY(m_cache->addCached(TestCache::id(3), 300, t0 + 30, 7));
        QVERIFY(m_cache->addCached(TestCache::id(1), 100, t0 + 10, 0));
        QVERIFY(m_cache->addCached(TestCache::id(2), 200, t0 + 20, 2));
        QVERIFY(m_cache->addRecordOnly(TestCache::id(9), 900, t0));     // row without file
        QVERIFY(m_cache->addFile(TestCache::id(8), 80, t0));              // file without row
        QVERIFY(m_cache->addFile(QStringLiteral("image_cache_db_init"), 0, t0)); // oslo lock file
        QVERIFY(m_cache->addQueued(TestCache::id(21), t0 + 5));
        QVERIFY(m_cache->addQueued(TestCache::id(20), t0 + 5)); // same mtime: name decides
        QVERIFY(m_cache->addQueued(TestCache::id(22), t0 + 1));
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(30), 33, t0));
        QVERIFY(m_cache->addFile(QStringLiteral("invalid/") + TestCache::id(31), 44, t0));

        ImageCache cache(m_cache->location());
        const Expected<CacheSnapshot> snapshot = cache.snapshot();
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
        const CacheSnapshot &s = *snapshot;
        QCOMPARE(s.effectiveDriver, QStringLiteral("sqlite"));
        QCOMPARE(s.cached.size(), 4);
        // ORDER BY image_id, rows only
        QCOMPARE(s.cached.at(0).imageId, TestCache::id(1));
        QCOMPARE(s.cached.at(2).imageId, TestCache::id(3));
        QCOMPARE(s.cached.at(2).hits, qint64(7));
        QCOMPARE(s.cached.at(2).lastAccessed, t0 + 30);
        QCOMPARE(s.cached.at(2).lastModified, t0 + 30 - 100);
        QCOMPARE(s.cached.at(3).imageId, TestCache::id(9));
        QVERIFY(!s.cached.at(3).hasFile);
        // every regular file but cache.db counts, orphans and lock files included
        QCOMPARE(s.totalSize, qint64(100 + 200 + 300 + 80));
        QCOMPARE(s.queued.size(), 3);
        QCOMPARE(s.queued.at(0).imageId, TestCache::id(22));
        QCOMPARE(s.queued.at(1).imageId, TestCache::id(20));
        QCOMPARE(s.queued.at(2).imageId, TestCache::id(21));
        QCOMPARE(s.incomplete.size(), 1);
        QCOMPARE(s.incomplete.at(0).size, qint64(33));
        QCOMPARE(s.invalid.size(), 1);
        int fileWithoutRecord = 0, recordWithoutFile = 0, foreign = 0;
        for (const OrphanEntry &o : std::as_const(s.orphans)) {
            if (o.kind == OrphanEntry::RecordWithoutFile) {
                ++recordWithoutFile;
                QCOMPARE(o.name, TestCache::id(9));
            } else {
                ++fileWithoutRecord;
                foreign += o.isImageId ? 0 : 1;
            }
        }
        QCOMPARE(recordWithoutFile, 1);
        QCOMPARE(fileWithoutRecord, 2);
        QCOMPARE(foreign, 1);
        // reported, never fixed
        QVERIFY(m_cache->exists(TestCache::id(8)));
        QVERIFY(m_cache->rows().contains(TestCache::id(9)));

        // status's summary: the snapshot's figures, without its lists
        const Expected<ImageCache::Summary> summary = cache.summary();
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const ImageCache::Summary &sum = *summary;
        QCOMPARE(sum.effectiveDriver, s.effectiveDriver);
        QCOMPARE(sum.totalSize, s.totalSize);
        QCOMPARE(sum.cachedCount, qint64(s.cached.size()));
        QCOMPARE(sum.queuedCount, qint64(s.queued.size()));
        QCOMPARE(sum.incomplete, s.incomplete);
        QCOMPARE(sum.invalidCount, qint64(s.invalid.size()));
        QVERIFY(sum.orphans == s.orphans); // same entries, same order
        QCOMPARE(sum.warnings, s.warnings);

        // list: the same images in the same order, read from cache.db alone
        const Expected<ImageCache::ApiListing> listing = cache.listForApi();
        QVERIFY2(listing.ok(), qPrintable(listing.error()));
        const QVector<CachedImage> &api = listing->cached;
        const QVector<QueuedImage> &queued = listing->queued;
        QCOMPARE(api.size(), s.cached.size());
        for (int i = 0; i < api.size(); ++i) {
            QCOMPARE(api.at(i).imageId, s.cached.at(i).imageId);
            QCOMPARE(api.at(i).hits, s.cached.at(i).hits);
            QCOMPARE(api.at(i).lastAccessed, s.cached.at(i).lastAccessed);
            QCOMPARE(api.at(i).lastModified, s.cached.at(i).lastModified);
            QCOMPARE(api.at(i).size, s.cached.at(i).size);
        }
        QCOMPARE(queued, s.queued);
    }

    void listOrderIsSqlites_data()
    {
        QTest::addColumn<bool>("withBlob");
        QTest::addColumn<bool>("noCase");
        QTest::newRow("text IDs: sorted by us") << false << false;
        QTest::newRow("a BLOB ID: sorted by SQLite") << true << false;
        QTest::newRow("a NOCASE column: sorted by SQLite") << false << true;
    }

    void listOrderIsSqlites()
    {
        // Rows that are not image IDs still list in SQLite's ORDER BY image_id (byte order for TEXT,
        // after them BLOBs), whether we sort or SQLite does.
        QFETCH(bool, withBlob);
        QFETCH(bool, noCase);
        if (noCase) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
            db.setDatabaseName(m_cache->dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE cached_images")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE cached_images (image_id TEXT COLLATE NOCASE PRIMARY KEY, "
                                          "last_accessed REAL DEFAULT 0.0, last_modified REAL DEFAULT 0.0, "
                                          "size INTEGER DEFAULT 0, hits INTEGER DEFAULT 0, checksum TEXT)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema"));
        const QStringList ids = {TestCache::id(2), TestCache::id(1).toUpper(), QStringLiteral("b"), QStringLiteral("C"),
                                 QStringLiteral("\u00e9t\u00e9"), QStringLiteral("a b"), QStringLiteral("\"q"),
                                 QStringLiteral("Zz"), QStringLiteral("abcdefgh1"), QStringLiteral("abcdefgh")};
        for (const QString &id : ids)
            QVERIFY(m_cache->addRecordOnly(id, 1, t0));
        QStringList expected;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("order"));
            db.setDatabaseName(m_cache->dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (withBlob)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO cached_images (image_id, size) VALUES (X'00ff', 1)")));
            QVERIFY(q.exec(QStringLiteral("SELECT image_id FROM cached_images ORDER BY image_id")));
            while (q.next())
                expected.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("order"));
        ImageCache cache(m_cache->location());
        const Expected<ImageCache::ApiListing> listing = cache.listForApi();
        QVERIFY2(listing.ok(), qPrintable(listing.error()));
        const QVector<CachedImage> &api = listing->cached;
        QCOMPARE(api.size(), expected.size());
        for (int i = 0; i < api.size(); ++i) {
            if (!(withBlob && i == api.size() - 1)) // QtSql shows the BLOB as bytes, we as text
                QCOMPARE(api.at(i).imageId, expected.at(i));
        }
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        for (int i = 0; i < api.size(); ++i)
            QCOMPARE(s->cached.at(i).imageId, api.at(i).imageId);
    }

    void queueRefusesLikeGlance()
    {
        QVERIFY(m_cache->addCached(TestCache::id(1), 10, t0, 0));
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(2), 5, t0));
        QVERIFY(m_cache->addQueued(TestCache::id(3), t0));
        ImageCache cache(m_cache->location());
        QCOMPARE(cache.queue(TestCache::id(1)).outcome, ImageCache::QueueOutcome::AlreadyCached);
        QCOMPARE(cache.queue(TestCache::id(2)).outcome, ImageCache::QueueOutcome::BeingCached);
        QCOMPARE(cache.queue(TestCache::id(3)).outcome, ImageCache::QueueOutcome::AlreadyQueued);
        const ImageCache::QueueResult r = cache.queue(TestCache::id(4).toUpper());
        QCOMPARE(r.outcome, ImageCache::QueueOutcome::Queued);
        QCOMPARE(r.imageId, TestCache::id(4));
        QVERIFY(m_cache->exists(QStringLiteral("queue/") + TestCache::id(4)));
        QCOMPARE(QFileInfo(m_cache->dir() + QStringLiteral("/queue/") + TestCache::id(4)).size(), qint64(0));
        QVERIFY(cache.queue(TestCache::id(1)).message.contains(QLatin1String("already cached")));
    }

    void deleteRemovesFileRowAndMarker()
    {
        QVERIFY(m_cache->addCached(TestCache::id(1), 10, t0, 0));
        QVERIFY(m_cache->addCached(TestCache::id(2), 20, t0, 0));
        QVERIFY(m_cache->addQueued(TestCache::id(1), t0));
        QVERIFY(m_cache->addRecordOnly(TestCache::id(3), 30, t0));
        ImageCache cache(m_cache->location());
        ImageCache::DeleteResult r = cache.deleteCached(TestCache::id(1));
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.wasCached && r.wasQueued);
        QVERIFY(!m_cache->exists(TestCache::id(1)));
        QVERIFY(!m_cache->exists(QStringLiteral("queue/") + TestCache::id(1)));
        QCOMPARE(m_cache->rows().keys(), (QStringList{TestCache::id(2), TestCache::id(3)}));
        r = cache.deleteCached(TestCache::id(3)); // a record without its file
        QVERIFY(r.ok && r.wasCached);
        QCOMPARE(m_cache->rows().keys(), QStringList{TestCache::id(2)});
        r = cache.deleteCached(TestCache::id(7));
        QVERIFY(r.ok && !r.wasCached && !r.wasQueued);
        QVERIFY(r.message.contains(QLatin1String("neither")));
    }

    void dequeue()
    {
        QVERIFY(m_cache->addQueued(TestCache::id(1), t0));
        ImageCache cache(m_cache->location());
        Expected<bool> existed = cache.dequeue(TestCache::id(1));
        QVERIFY(existed.ok());
        QVERIFY(*existed);
        QVERIFY(!m_cache->exists(QStringLiteral("queue/") + TestCache::id(1)));
        existed = cache.dequeue(TestCache::id(1));
        QVERIFY(existed.ok());
        QVERIFY(!*existed);
    }

    void clearTargets_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("cacheGone");
        QTest::addColumn<bool>("queueGone");
        QTest::newRow("both") << int(ClearTarget::Both) << true << true;
        QTest::newRow("cache") << int(ClearTarget::Cache) << true << false;
        QTest::newRow("queue") << int(ClearTarget::Queue) << false << true;
    }
    void clearTargets()
    {
        QFETCH(int, target);
        QFETCH(bool, cacheGone);
        QFETCH(bool, queueGone);
        QVERIFY(m_cache->addCached(TestCache::id(1), 10, t0, 0));
        QVERIFY(m_cache->addFile(QStringLiteral("glance-cache"), 0, t0)); // lock file: Glance deletes it too
        QVERIFY(m_cache->addQueued(TestCache::id(2), t0));
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(3), 5, t0));
        ImageCache cache(m_cache->location());
        const Expected<ImageCache::ClearResult> cleared = cache.clear(ClearTarget(target));
        QVERIFY2(cleared.ok(), qPrintable(cleared.error()));
        const ImageCache::ClearResult &r = *cleared;
        QCOMPARE(!m_cache->exists(TestCache::id(1)), cacheGone);
        QCOMPARE(m_cache->rows().isEmpty(), cacheGone);
        QCOMPARE(!m_cache->exists(QStringLiteral("glance-cache")), cacheGone);
        QCOMPARE(r.cacheDeleted, cacheGone ? 2 : 0);
        QCOMPARE(!m_cache->exists(QStringLiteral("queue/") + TestCache::id(2)), queueGone);
        QCOMPARE(r.queueDeleted, queueGone ? 1 : 0);
        QVERIFY(m_cache->exists(QStringLiteral("cache.db")));
        QVERIFY(m_cache->exists(QStringLiteral("incomplete/") + TestCache::id(3)));
    }

    void prunePlanFollowsGlance()
    {
        // Ties on last_accessed are broken in insertion (rowid) order, as SQLite does for Glance's LIMIT 1.
        QVERIFY(m_cache->addCached(TestCache::id(5), 500, t0 + 1, 0));
        QVERIFY(m_cache->addCached(TestCache::id(4), 400, t0 + 1, 0));
        QVERIFY(m_cache->addCached(TestCache::id(3), 300, t0 + 3, 0));
        QVERIFY(m_cache->addRecordOnly(TestCache::id(9), 900, t0)); // pruned first, counts 0 bytes
        QVERIFY(m_cache->addCached(TestCache::id(1), 100, t0 + 9, 0));
        QVERIFY(m_cache->addFile(TestCache::id(8), 50, t0));          // no row: counted, never pruned
        ImageCache cache(m_cache->location());
        Expected<PrunePlan> planned = cache.planPrune(1350);
        QVERIFY(planned.ok());
        QCOMPARE(planned->sizeBefore, qint64(1350));
        QVERIFY(planned->victims.isEmpty()); // size <= max: nothing
        planned = cache.planPrune(700);
        QVERIFY(planned.ok());
        const PrunePlan &plan = *planned;
        QCOMPARE(plan.victims.size(), 3);
        QCOMPARE(plan.victims.at(0).imageId, TestCache::id(9));
        QCOMPARE(plan.victims.at(0).size, qint64(0));
        QCOMPARE(plan.victims.at(1).imageId, TestCache::id(5));
        QCOMPARE(plan.victims.at(2).imageId, TestCache::id(4));
        QCOMPARE(plan.bytesFreed, qint64(900));
        QCOMPARE(plan.sizeAfter(), qint64(450));
        {
            // the rank shown in the views is the order a prune to 0 takes
            const Expected<PrunePlan> all = cache.planPrune(0);
            QVERIFY(all.ok());
            const Expected<CacheSnapshot> snap = cache.snapshot();
            QVERIFY(snap.ok());
            QStringList byRank(snap->cached.size());
            for (const CachedImage &c : std::as_const(snap->cached))
                byRank[c.evictionRank] = c.imageId;
            QStringList inPlan;
            for (const PruneVictim &v : std::as_const(all->victims))
                inPlan.append(v.imageId);
            QCOMPARE(byRank, inPlan);
        }
        // the dry run changed nothing
        QCOMPARE(m_cache->rows().size(), 5);

        const ImageCache::PruneRun pruned = cache.prune(700);
        QVERIFY2(pruned.ok(), qPrintable(pruned.error()));
        QCOMPARE(pruned.done.victims.size(), 3);
        QCOMPARE(pruned.done.bytesFreed, qint64(900));
        QCOMPARE(m_cache->rows().keys(), (QStringList{TestCache::id(1), TestCache::id(3)}));
        QVERIFY(!m_cache->exists(TestCache::id(5)) && !m_cache->exists(TestCache::id(4)));
        QVERIFY(m_cache->exists(TestCache::id(8)));
        const Expected<qint64> size = cache.cacheSize();
        QVERIFY(size.ok());
        QCOMPARE(*size, qint64(450));
    }

    void pruneCannotGetUnderWithUntrackedFiles()
    {
        QVERIFY(m_cache->addCached(TestCache::id(1), 100, t0, 0));
        QVERIFY(m_cache->addFile(TestCache::id(2), 1000, t0));
        ImageCache cache(m_cache->location());
        const ImageCache::PruneRun run = cache.prune(500);
        QVERIFY(run.ok());
        QCOMPARE(run.done.victims.size(), 1); // every tracked image goes and it is still over
        QCOMPARE(run.done.sizeAfter(), qint64(1000));
    }

    void cleanStalledAndInvalid()
    {
        const double now = double(QDateTime::currentSecsSinceEpoch());
        QVERIFY(m_cache->addFile(QStringLiteral("invalid/") + TestCache::id(1), 10, now));
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(2), 20, now - 7200)); // stalled
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(3), 30, now - 60));   // active
        ImageCache cache(m_cache->location());
        const Expected<CleanPlan> plan = cache.planClean(3600);
        QVERIFY(plan.ok());
        QCOMPARE(plan->invalid.size(), 1);
        QCOMPARE(plan->stalled.size(), 1);
        QCOMPARE(plan->stalled.at(0).imageId, TestCache::id(2));
        QCOMPARE(plan->bytesFreed, qint64(30));
        QVERIFY(m_cache->exists(QStringLiteral("invalid/") + TestCache::id(1)));
        const ImageCache::CleanRun cleaned = cache.clean(3600);
        QVERIFY(cleaned.ok());
        QCOMPARE(cleaned.done.bytesFreed, qint64(30));
        QVERIFY(!m_cache->exists(QStringLiteral("invalid/") + TestCache::id(1)));
        QVERIFY(!m_cache->exists(QStringLiteral("incomplete/") + TestCache::id(2)));
        QVERIFY(m_cache->exists(QStringLiteral("incomplete/") + TestCache::id(3)));
    }

    void pruneCancelsBetweenBatches()
    {
        for (int i = 0; i < 1200; ++i)
            QVERIFY(m_cache->addCached(TestCache::id(100 + i), 1, t0 + i, 0));
        ImageCache cache(m_cache->location());
        // A prune commits every 0.25 s, which on this small cache would be one transaction: bound them to
        // 500 images to see the cancel land between two.
        cache.setMaxBatchRows(500);
        int calls = 0;
        cache.setProgress([&calls](qint64 done, qint64 total) {
            Q_UNUSED(total);
            ++calls;
            return done < 500; // stop after the first batch of 500
        });
        const Expected<PrunePlan> plan = cache.planPrune(0);
        QVERIFY(plan.ok());
        QCOMPARE(plan->victims.size(), 1200);
        const ImageCache::PruneRun run = cache.executePrune(*plan);
        QVERIFY(!run.ok());
        QVERIFY(cache.wasCancelled());
        QVERIFY(run.error().contains(QLatin1String("Cancelled after 500 of 1200")));
        QCOMPARE(run.done.victims.size(), 500);
        QCOMPARE(m_cache->rows().size(), 700); // files and rows stay in step
        QVERIFY(!m_cache->exists(TestCache::id(100)));
        QVERIFY(m_cache->exists(TestCache::id(100 + 500)));
        QVERIFY(calls >= 2);
    }

    void confirmedCleanSparesAResumedDownload()
    {
        const double now = double(QDateTime::currentSecsSinceEpoch());
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(2), 20, now - 7200));
        ImageCache cache(m_cache->location());
        const Expected<CleanPlan> plan = cache.planClean(3600);
        QVERIFY(plan.ok());
        QCOMPARE(plan->stalled.size(), 1);
        // glance-api starts writing that image again before the person confirms
        QVERIFY(TestCache::setTimes(m_cache->dir() + QStringLiteral("/incomplete/") + TestCache::id(2), now, now));
        const ImageCache::CleanRun run = cache.executeClean(*plan);
        QVERIFY(run.ok());
        QVERIFY(run.done.stalled.isEmpty());
        QVERIFY(m_cache->exists(QStringLiteral("incomplete/") + TestCache::id(2)));
    }

    void absoluteDbPathOutsideTheCache()
    {
        QTemporaryDir other;
        QVERIFY(QFile::copy(m_cache->dbPath(), other.filePath(QStringLiteral("meta.db"))));
        QVERIFY(QFile::remove(m_cache->dbPath()));
        QVERIFY(m_cache->addFile(TestCache::id(1), 10, t0));
        CacheLocation loc = m_cache->location();
        loc.sqliteDb = other.filePath(QStringLiteral("meta.db"));
        ImageCache cache(loc);
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->totalSize, qint64(10));
        QCOMPARE(s->orphans.size(), 1);
    }

    void missingDatabaseIsNotCreated()
    {
        QVERIFY(QFile::remove(m_cache->dbPath()));
        QVERIFY(m_cache->addFile(TestCache::id(1), 10, t0));
        ImageCache cache(m_cache->location());
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(s->cached.isEmpty());
        QCOMPARE(s->orphans.size(), 1);
        QCOMPARE(s->warnings.size(), 1);
        QVERIFY(s->warnings.at(0).contains(QLatin1String("does not exist")));
        const Expected<PrunePlan> plan = cache.planPrune(0);
        QVERIFY(plan.ok());
        QVERIFY(plan->victims.isEmpty());
        const ImageCache::DeleteResult d = cache.deleteCached(TestCache::id(1));
        QVERIFY(!d.ok); // a write needs the database; it is never created by us
        QVERIFY(d.message.contains(QLatin1String("does not exist")));
        QVERIFY(m_cache->exists(TestCache::id(1)));
        QVERIFY(!QFile::exists(m_cache->dbPath()));
    }
};

QTEST_GUILESS_MAIN(TestSqliteCache)
#include "tst_sqlitecache.moc"
