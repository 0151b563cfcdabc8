#include "cache/cachedirectory.h"
#include "cache/imagecache.h"
#include "cache/sqlitebackend.h"
#include "testcache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// Bad input on every path that changes a cache: a clear message, nothing lost, nothing touched outside.
class TestCacheSafety : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QTemporaryDir> m_outside;
    std::unique_ptr<TestCache> m_cache;
    const double t0 = 1700000000.0;

    QString outsideFile(const QString &name)
    {
        const QString path = m_outside->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("precious");
        return path;
    }

    // A file's bytes, inode and modification time (through links): the same before and after means untouched.
    static QByteArray fileState(const QString &path)
    {
        struct stat st = {};
        QFile f(path);
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll() + '|' + QByteArray::number(qulonglong(st.st_ino)) + '|'
            + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qlonglong(st.st_mtim.tv_nsec));
    }

    static bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_outside = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid() && m_outside->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->filePath(QStringLiteral("cache")), QStringLiteral("sqlite"));
        QVERIFY(QDir().mkpath(m_cache->dir()));
        QVERIFY(m_cache->init());
        QVERIFY(m_cache->addCached(TestCache::id(1), 10, t0, 0));
    }

    void malformedIdsTouchNothing_data()
    {
        QTest::addColumn<QString>("given");
        QTest::newRow("traversal") << QStringLiteral("../outside");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("absolute, ours") << QStringLiteral("%1"); // the precious file's own path, filled in below
        QTest::newRow("dot dot") << QStringLiteral("..");
        QTest::newRow("db file") << QStringLiteral("cache.db");
        QTest::newRow("empty") << QString();
    }
    void malformedIdsTouchNothing()
    {
        QFETCH(QString, given);
        // "../outside" from the cache is a link beside it to a precious file elsewhere: an escape would remove
        // the link (the file itself staying), so both are checked afterwards, and so is any absolute target.
        const QString precious = outsideFile(QStringLiteral("outside"));
        const QString id = given == QLatin1String("%1") ? precious : given;
        const QString link = m_cache->dir() + QStringLiteral("/../outside");
        QVERIFY(QFile::link(precious, link));
        QVERIFY(QFileInfo(link).isSymLink());
        const QString absolute = id.startsWith(u'/') ? id : QString();
        const QByteArray absoluteBefore = absolute.isEmpty() ? QByteArray() : fileState(absolute);
        QVERIFY(absolute.isEmpty() || !absoluteBefore.isEmpty());
        ImageCache cache(m_cache->location());
        const ImageCache::QueueResult q = cache.queue(id);
        QCOMPARE(q.outcome, ImageCache::QueueOutcome::InvalidId);
        QVERIFY(!q.message.isEmpty());
        const ImageCache::DeleteResult d = cache.deleteCached(id);
        QVERIFY(!d.ok);
        QVERIFY(!d.message.isEmpty());
        const Expected<bool> existed = cache.dequeue(id);
        QVERIFY(!existed.ok());
        QVERIFY(!existed.error().isEmpty());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(fileState(precious), fileState(link));
        QCOMPARE(fileState(precious).left(8), QByteArray("precious"));
        if (!absolute.isEmpty())
            QCOMPARE(fileState(absolute), absoluteBefore);
        QVERIFY(m_cache->exists(QStringLiteral("cache.db")));
        QCOMPARE(m_cache->rows().size(), 1);
        QVERIFY(m_cache->exists(TestCache::id(1)));
        QVERIFY(QDir(m_cache->dir() + QStringLiteral("/queue")).isEmpty());
    }

    void symlinkIsRemovedNotItsTarget()
    {
        const QString precious = outsideFile(QStringLiteral("target"));
        QVERIFY(QFile::link(precious, m_cache->dir() + u'/' + TestCache::id(2)));
        QVERIFY(m_cache->addRecordOnly(TestCache::id(2), 8, t0 - 10));
        ImageCache cache(m_cache->location());
        const ImageCache::PruneRun run = cache.prune(0);
        QVERIFY(run.ok());
        QCOMPARE(run.done.victims.size(), 2);
        QVERIFY(!QFileInfo(m_cache->dir() + u'/' + TestCache::id(2)).isSymLink());
        QVERIFY(QFile::exists(precious));
        QFile f(precious);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void symlinkedSubdirectoriesRefused()
    {
        QVERIFY(QDir(m_cache->dir()).rmdir(QStringLiteral("queue")));
        QVERIFY(QDir(m_cache->dir()).rmdir(QStringLiteral("invalid")));
        QVERIFY(QFile::link(m_outside->path(), m_cache->dir() + QStringLiteral("/queue")));
        QVERIFY(QFile::link(m_outside->path(), m_cache->dir() + QStringLiteral("/invalid")));
        outsideFile(TestCache::id(5));
        ImageCache cache(m_cache->location());
        const ImageCache::QueueResult q = cache.queue(TestCache::id(3));
        QCOMPARE(q.outcome, ImageCache::QueueOutcome::Failed);
        QVERIFY(q.message.contains(QLatin1String("symlink")));
        const ImageCache::CleanRun cleaned = cache.clean(0);
        QVERIFY(!cleaned.ok());
        QVERIFY(cleaned.error().contains(QLatin1String("symlink")));
        QVERIFY(!cache.clear(ClearTarget::Queue).ok());
        QCOMPARE(QDir(m_outside->path()).entryList(QDir::Files), QStringList{TestCache::id(5)});
    }

    void corruptDatabase()
    {
        QFile db(m_cache->dbPath());
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(4096, '\x5a'));
        db.close();
        ImageCache cache(m_cache->location());
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("damaged")), qPrintable(s.error()));
        const ImageCache::DeleteResult d = cache.deleteCached(TestCache::id(1));
        QVERIFY(!d.ok);
        QVERIFY(m_cache->exists(TestCache::id(1))); // the lock comes first: nothing deleted
        QVERIFY(!cache.prune(0).ok());
        QVERIFY(m_cache->exists(TestCache::id(1)));
    }

    void wrongSchema_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no table") << QStringLiteral("DROP TABLE cached_images") << QStringLiteral("no cached_images table");
        QTest::newRow("missing column") << QStringLiteral("ALTER TABLE cached_images DROP COLUMN hits")
                                        << QStringLiteral("no hits column");
    }
    void wrongSchema()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {m_cache->dbPath(), sql});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        ImageCache cache(m_cache->location());
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
    }

    void missingDirectory()
    {
        CacheLocation loc = m_cache->location();
        loc.cacheDir = m_tmp->filePath(QStringLiteral("nope"));
        ImageCache cache(loc);
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QLatin1String("does not exist")));
        QCOMPARE(cache.queue(TestCache::id(4)).outcome, ImageCache::QueueOutcome::Failed);
        QVERIFY(!QFileInfo::exists(loc.cacheDir));
    }

    void unwritableDirectory()
    {
        // As root permissions do not stop us, so the cache sits on a filesystem remounted read-only.
        QVERIFY2(::geteuid() == 0, "This test mounts a tmpfs and needs root (CI runs as root).");
        QTemporaryDir mnt;
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("none"), mnt.path()}));
        TestCache ro(mnt.path(), QStringLiteral("sqlite"));
        const bool populated = ro.init() && ro.addCached(TestCache::id(1), 10, t0, 0);
        const bool remounted = run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), mnt.path()});
        ImageCache cache(ro.location());
        const ImageCache::DeleteResult d = cache.deleteCached(TestCache::id(1));
        const ImageCache::QueueResult q = cache.queue(TestCache::id(2));
        const bool readable = cache.snapshot().ok();
        const bool stillThere = ro.exists(TestCache::id(1)) && ro.rows().size() == 1;
        QVERIFY(run(QStringLiteral("umount"), {mnt.path()}));
        QVERIFY(populated && remounted);
        QVERIFY(!d.ok);
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.message));
        QCOMPARE(q.outcome, ImageCache::QueueOutcome::Failed);
        QVERIFY(readable);
        QVERIFY(stillThere);
    }

    void lockedDatabaseFailsCleanly()
    {
        // Another process holds an exclusive lock longer than our timeout, as a stuck writer would.
        QProcess holder;
        holder.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3,sys\n"
                                     "c=sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('BEGIN EXCLUSIVE')\n"
                                     "print('locked', flush=True)\n"
                                     "sys.stdin.read()\n"),
                      m_cache->dbPath()});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        ImageCache cache(m_cache->location());
        cache.setBusyTimeout(300);
        const ImageCache::DeleteResult d = cache.deleteCached(TestCache::id(1));
        const Expected<CacheSnapshot> s = cache.snapshot();
        const bool listed = s.ok();
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));

        QVERIFY(!d.ok);
        QVERIFY2(d.message.contains(QLatin1String("locked")), qPrintable(d.message));
        QVERIFY(!listed);
        QVERIFY(s.error().contains(QLatin1String("locked")));
        QVERIFY(m_cache->exists(TestCache::id(1)));
        QCOMPARE(m_cache->rows().size(), 1);
        // once the other process lets go, the same call works
        QVERIFY(cache.deleteCached(TestCache::id(1)).ok);
        QVERIFY(m_cache->rows().isEmpty());
    }

    void clearTakesWhatIsThereUnderTheLock()
    {
        // The soak: clear listed the files, waited for the lock while glance-api committed another image, then
        // deleted every row and only the files it had listed: a file without its row. Here the image is
        // committed between the listing and the call, as it was between the listing and the lock.
        CacheDirectory dir(m_cache->dir());
        QVector<FileEntry> listed;
        QString error;
        QVERIFY(dir.list(CacheDirectory::Base, &listed, &error));
        QVERIFY(m_cache->addCached(TestCache::id(7), 70, t0 + 7, 0));
        SqliteBackend backend(dir, m_cache->dbPath(), 2000);
        int deleted = 0;
        QVERIFY2(backend.deleteAll(listed, &deleted, &error), qPrintable(error));
        QVERIFY(!m_cache->exists(TestCache::id(7)));
        QVERIFY(!m_cache->exists(TestCache::id(1)));
        QVERIFY(m_cache->rows().isEmpty());
    }

    void readerPastTheTimeoutKeepsEveryFile()
    {
        // A connection inside a read transaction, as glance-api's is while it retries a write against ours
        // (found by the soak, tst_soak): a delete, prune or clear that cannot commit must not have deleted
        // any file, or the records come back for files that are gone.
        QVERIFY(m_cache->addCached(TestCache::id(2), 20, t0 + 1, 0));
        QProcess holder;
        holder.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3,sys\n"
                                     "c=sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('BEGIN')\n"
                                     "list(c.execute('SELECT * FROM cached_images'))\n"
                                     "print('reading', flush=True)\n"
                                     "sys.stdin.read()\n"),
                      m_cache->dbPath()});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("reading"));

        ImageCache cache(m_cache->location());
        cache.setBusyTimeout(300);
        const ImageCache::DeleteResult d = cache.deleteCached(TestCache::id(1));
        const ImageCache::PruneRun p = cache.prune(0);
        const Expected<ImageCache::ClearResult> c = cache.clear(ClearTarget::Cache);
        const bool filesKept = m_cache->exists(TestCache::id(1)) && m_cache->exists(TestCache::id(2));
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));

        QVERIFY(!d.ok);
        QVERIFY2(d.message.contains(QLatin1String("locked")), qPrintable(d.message));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(QLatin1String("locked")), qPrintable(p.error()));
        QVERIFY(p.done.victims.isEmpty());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(QLatin1String("locked")), qPrintable(c.error()));
        QVERIFY(filesKept);
        QCOMPARE(m_cache->rows().size(), 2);
    }

    void markersTakeTheCacheOwnerAsRoot()
    {
        QVERIFY2(::geteuid() == 0, "This test changes file owners and needs root (CI runs as root).");
        // glance-api (user glance) must be able to remove markers a root cron job created.
        QVERIFY(::chown(QFile::encodeName(m_cache->dir()).constData(), 65534, 65534) == 0);
        QVERIFY(QDir(m_cache->dir()).rmdir(QStringLiteral("queue")));
        ImageCache cache(m_cache->location());
        QCOMPARE(cache.queue(TestCache::id(6)).outcome, ImageCache::QueueOutcome::Queued);
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(m_cache->dir() + QStringLiteral("/queue/") + TestCache::id(6)).constData(), &st) == 0);
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
        QVERIFY(::stat(QFile::encodeName(m_cache->dir() + QStringLiteral("/queue")).constData(), &st) == 0);
        QCOMPARE(st.st_uid, uid_t(65534));
    }

    void noFileOfOursLeftInTheBase()
    {
        const QStringList before = QDir(m_cache->dir()).entryList(QDir::Files | QDir::Hidden);
        ImageCache cache(m_cache->location());
        cache.queue(TestCache::id(7));
        QVERIFY(cache.snapshot().ok());
        QVERIFY(cache.prune(5).ok());
        QStringList after = QDir(m_cache->dir()).entryList(QDir::Files | QDir::Hidden);
        QStringList expected = before;
        expected.removeAll(TestCache::id(1));
        QCOMPARE(after, expected);
    }
};

QTEST_GUILESS_MAIN(TestCacheSafety)
#include "tst_cachesafety.moc"
