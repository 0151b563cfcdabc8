#include "cache/healthcheck.h"
#include "cache/imagecache.h"
#include "cache/mounttable.h"
#include "testcache.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using Severity = HealthFinding::Severity;

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A filesystem mounted for one test and unmounted when the test ends, however it ends.
class ScopedMount
{
public:
    ScopedMount(const QString &dir, const QStringList &mountArgs)
        : m_dir(dir)
        , m_mounted(run(QStringLiteral("mount"), mountArgs + QStringList{dir}))
    {
    }
    ~ScopedMount()
    {
        if (m_mounted && !run(QStringLiteral("umount"), {m_dir}))
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }
    bool ok() const { return m_mounted; }

private:
    QString m_dir;
    bool m_mounted;
};

const HealthFinding *findingOf(const QVector<HealthFinding> &findings, const char *id)
{
    for (const HealthFinding &f : findings) {
        if (f.id == QLatin1String(id))
            return &f;
    }
    return nullptr;
}

QByteArray describe(const QVector<HealthFinding> &findings)
{
    QStringList out;
    for (const HealthFinding &f : findings)
        out.append(HealthCheck::severityName(f.severity) + u' ' + f.id + QStringLiteral(": ") + f.title);
    return out.join(QLatin1String("; ")).toUtf8();
}

bool chownTree(const QString &path, uid_t uid, gid_t gid)
{
    return run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("%1:%2").arg(uid).arg(gid), path});
}

} // namespace

// Expect finding ID with severity SEV in FINDINGS, else fail listing what was found.
#define EXPECT_FINDING(findings, id, sev)                                                                             \
    do {                                                                                                              \
        const HealthFinding *f_ = findingOf(findings, id);                                                            \
        QVERIFY2(f_, (QByteArray("no ") + id + " in: " + describe(findings)).constData());                            \
        QCOMPARE(f_->severity, sev);                                                                                  \
    } while (false)

// The health check, each finding provoked on a real cache; runs as root (CI does) to mount and chown.
class TestHealthCheck : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    const double t0 = 1700000000.5;
    QByteArray m_out;

    // root may write anywhere: checks other than the permission ones see a writable cache.
    static HealthCheckOptions options(const QStringList &configFiles = {})
    {
        HealthCheckOptions o;
        o.configFiles = configFiles;
        o.serviceUser = QStringLiteral("root");
        o.busyTimeoutMs = 300;
        return o;
    }
    QVector<HealthFinding> check(const CacheLocation &location, const HealthCheckOptions &o = options()) const
    {
        return HealthCheck(location, o).run();
    }
    QVector<HealthFinding> check(qint64 maxSize = 1 << 20) const { return check(m_cache->location(maxSize)); }

    QString writeConfig(const QString &name, const QString &text) const
    {
        const QString path = m_tmp->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text.toUtf8());
        return path;
    }
    QString apiConfig(const QString &extra = QStringLiteral("[paste_deploy]\nflavor = keystone+caching\n")) const
    {
        const QString defaults = QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nimage_cache_max_size = 1048576\n");
        return writeConfig(QStringLiteral("glance-api.conf"), defaults.arg(m_cache->dir()) + extra);
    }
    bool sql(const QString &statement) const
    {
        return run(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("-c"), QStringLiteral("import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\n"
                                                         "c.executescript(sys.argv[2])\nc.commit()\n"),
                    m_cache->dbPath(), statement});
    }
    int ctl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GCA_CACHECTL), QStringList{QStringLiteral("--config-file"), apiConfig()} + args);
        if (!p.waitForFinished(60000))
            return -1;
        m_out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(::geteuid() == 0, "These tests mount filesystems and change owners: run as root."); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->filePath(QStringLiteral("cache")), QStringLiteral("sqlite"));
        QVERIFY(QDir().mkpath(m_cache->dir()));
        QVERIFY(m_cache->init());
        QVERIFY(m_cache->addCached(TestCache::id(1), 100, t0 + 1, 2));
        QVERIFY(m_cache->addCached(TestCache::id(2), 200, t0 + 2, 0));
        QVERIFY(m_cache->addQueued(TestCache::id(3), t0));
    }

    void cleanCacheIsClean()
    {
        const QString cacheConf = writeConfig(QStringLiteral("glance-cache.conf"),
            QStringLiteral("[DEFAULT]\nimage_cache_dir=%1\nimage_cache_max_size = 1_048_576\n").arg(m_cache->dir()));
        const QVector<HealthFinding> findings = check(m_cache->location(1 << 20), options({apiConfig(), cacheConf}));
        QVERIFY2(HealthCheck::count(findings, Severity::Warning) == 0, describe(findings).constData());
        QCOMPARE(HealthCheck::count(findings, Severity::Error), 0);
        QCOMPARE(HealthCheck::exitCode(findings), 0);
    }

    void exitCodes()
    {
        QVector<HealthFinding> f;
        QCOMPARE(HealthCheck::exitCode(f), 0);
        f.append({QStringLiteral("a"), Severity::Info, {}, {}, {}});
        QCOMPARE(HealthCheck::exitCode(f), 0);
        f.append({QStringLiteral("b"), Severity::Warning, {}, {}, {}});
        QCOMPARE(HealthCheck::exitCode(f), 1);
        f.prepend({QStringLiteral("c"), Severity::Error, {}, {}, {}});
        QCOMPARE(HealthCheck::exitCode(f), 2);
    }

    void mountTableParsesEscapesAndPicksTheLongestPrefix()
    {
        MountTable t;
        t.parse("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
                "30 22 8:2 / /var/lib rw,noatime - xfs /dev/sda2 rw,attr2\n"
                "31 30 0:40 / /var/lib/my\\040cache rw,relatime master:2 - tmpfs none rw,size=4k\n"
                "32 30 0:41 / /var/lib/my rw,noatime - tmpfs none rw\n"
                "33 30 0:42 / /var/lib/my rw,strictatime - tmpfs other rw\n"
                "malformed line\n");
        QCOMPARE(t.entries().size(), 5);
        MountEntry e;
        QVERIFY(t.find(QStringLiteral("/var/lib/my cache/glance"), &e));
        QCOMPARE(e.mountPoint, QStringLiteral("/var/lib/my cache"));
        QCOMPARE(e.fsType, QStringLiteral("tmpfs"));
        QVERIFY(e.hasOption(QStringLiteral("size=4k")));
        QVERIFY(t.find(QStringLiteral("/var/lib/mycache"), &e)); // not under /var/lib/my
        QCOMPARE(e.mountPoint, QStringLiteral("/var/lib"));
        QVERIFY(e.mountOptions.contains(QStringLiteral("noatime")));
        QVERIFY(t.find(QStringLiteral("/var/lib/my/x"), &e)); // stacked: the last mount hides the others
        QCOMPARE(e.source, QStringLiteral("other"));
        QVERIFY(t.find(QStringLiteral("/etc"), &e));
        QCOMPARE(e.mountPoint, QStringLiteral("/"));
        QString error;
        QVERIFY(t.load(MountTable::defaultPath(), &error));
        QVERIFY(t.find(QStringLiteral("/"), &e));
    }

    void missingDirectory()
    {
        CacheLocation loc = m_cache->location();
        loc.cacheDir = m_tmp->filePath(QStringLiteral("nowhere"));
        const QVector<HealthFinding> f = check(loc);
        EXPECT_FINDING(f, "cache-dir-missing", Severity::Error);
        QCOMPARE(HealthCheck::exitCode(f), 2);
    }

    void ownerCannotWriteWhenThereIsNoServiceUser()
    {
        QVERIFY(::chmod(QFile::encodeName(m_cache->dir()).constData(), 0555) == 0);
        HealthCheckOptions o = options();
        o.serviceUser = QStringLiteral("gca-no-such-user");
        const QVector<HealthFinding> f = check(m_cache->location(1 << 20), o);
        EXPECT_FINDING(f, "service-user-missing", Severity::Info);
        EXPECT_FINDING(f, "cache-dir-owner-cannot-write", Severity::Error);
    }

    void serviceUserCannotWrite()
    {
        const struct passwd *nobody = ::getpwuid(65534);
        QVERIFY2(nobody, "No user with uid 65534 (nobody).");
        HealthCheckOptions o = options();
        o.serviceUser = QString::fromLocal8Bit(nobody->pw_name);
        QVERIFY(::chmod(QFile::encodeName(m_tmp->path()).constData(), 0755) == 0);
        QVector<HealthFinding> f = check(m_cache->location(1 << 20), o);
        EXPECT_FINDING(f, "service-user-cannot-write", Severity::Error);
        QVERIFY(findingOf(f, "service-user-cannot-write")->paths.contains(m_cache->dir()));
        QVERIFY(findingOf(f, "service-user-cannot-write")->paths.contains(m_cache->dbPath()));
        // given to that user, the cache itself is fine (parents outside the test's control may not be)
        QVERIFY(chownTree(m_cache->dir(), 65534, 65534));
        f = check(m_cache->location(1 << 20), o);
        const HealthFinding *blocked = findingOf(f, "service-user-cannot-write");
        QVERIFY2(!blocked || !blocked->paths.contains(m_cache->dir()), describe(f).constData());
        QVERIFY(!findingOf(f, "foreign-owner"));
    }

    void filesOfAnotherOwner()
    {
        const QString file = m_cache->dir() + u'/' + TestCache::id(1);
        QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
        const QVector<HealthFinding> f = check();
        EXPECT_FINDING(f, "foreign-owner", Severity::Warning);
        QCOMPARE(findingOf(f, "foreign-owner")->paths, QStringList{file});
    }

    void xattrUnsupportedAndCheckmeOnRamfs()
    {
        QTemporaryDir mnt;
        ScopedMount ramfs(mnt.path(), {QStringLiteral("-t"), QStringLiteral("ramfs"), QStringLiteral("none")});
        QVERIFY(ramfs.ok());
        TestCache cache(mnt.path(), QStringLiteral("xattr"));
        QVERIFY(cache.init());
        QVERIFY(cache.addFile(QStringLiteral("checkme"), 3, t0)); // what Glance's failed probe leaves
        const QVector<HealthFinding> f = check(cache.location(1 << 20));
        EXPECT_FINDING(f, "xattr-unsupported", Severity::Warning);
        EXPECT_FINDING(f, "checkme-left", Severity::Warning);
        QVERIFY(!findingOf(f, "foreign-files")); // checkme is reported on its own
    }

    void driverMismatchAndStaleDatabase()
    {
        QTemporaryDir dir;
        TestCache xattr(dir.path(), QStringLiteral("xattr"));
        QVERIFY(xattr.init());
        QVERIFY(xattr.addCached(TestCache::id(5), 10, t0, 1));
        QVector<HealthFinding> f = check(TestCache(dir.path(), QStringLiteral("sqlite")).location(1 << 20));
        EXPECT_FINDING(f, "driver-mismatch", Severity::Warning);
        QVERIFY(xattr.addFile(QStringLiteral("cache.db"), 10, t0));
        f = check(xattr.location(1 << 20));
        EXPECT_FINDING(f, "stale-cache-db", Severity::Info);
        QVERIFY(!findingOf(f, "foreign-files"));
    }

    void noatimeMount_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("xattr: LRU degrades") << QStringLiteral("xattr") << Severity::Warning;
        QTest::newRow("sqlite: harmless") << QStringLiteral("sqlite") << Severity::Info;
    }
    void noatimeMount()
    {
        QFETCH(QString, driver);
        QFETCH(Severity, severity);
        // A noatime bind mount of a temporary directory: user xattrs come from the file system underneath
        // (the temporary directory's, which the xattr tests need anyway: tmpfs has none before Linux 6.6).
        QTemporaryDir src;
        QTemporaryDir mnt;
        ScopedMount bind(mnt.path(), {QStringLiteral("--bind"), src.path()});
        QVERIFY(bind.ok());
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,bind,noatime"), mnt.path()}));
        MountTable table;
        MountEntry mount;
        QString error;
        QVERIFY(table.load(MountTable::defaultPath(), &error));
        QVERIFY(table.find(QFileInfo(mnt.path()).canonicalFilePath(), &mount));
        QVERIFY(mount.mountOptions.contains(QStringLiteral("noatime")));
        TestCache cache(mnt.path(), driver);
        QVERIFY(cache.init());
        QVERIFY(cache.addCached(TestCache::id(1), 10, t0, 1));
        CacheLocation loc = cache.location(1 << 20);
        QVERIFY2(ImageCache(loc).effectiveDriver() == driver, "the temporary directory's file system lacks user xattrs");
        const QVector<HealthFinding> f = check(loc);
        EXPECT_FINDING(f, "mount-noatime", severity);
    }

    void databaseProblems()
    {
        QVector<HealthFinding> f;
        {
            QVERIFY(sql(QStringLiteral("DROP TABLE cached_images; CREATE TABLE cached_images (image_id TEXT);")));
            f = check();
            EXPECT_FINDING(f, "db-schema", Severity::Error);
            QVERIFY(!findingOf(f, "snapshot-failed")); // one finding for one problem
        }
        QVERIFY(m_cache->addFile(QStringLiteral("cache.db-journal"), 512, t0)); // interrupted transaction
        f = check();
        EXPECT_FINDING(f, "db-hot-journal", Severity::Warning);
        QVERIFY(!findingOf(f, "snapshot-failed"));
        QVERIFY(QFile::remove(m_cache->dbPath() + QStringLiteral("-journal")));
        QFile db(m_cache->dbPath());
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(4096, 'g'));
        db.close();
        f = check();
        EXPECT_FINDING(f, "db-unreadable", Severity::Error);
        EXPECT_FINDING(check(250), "over-max-size", Severity::Warning); // size checks still run without records
        QVERIFY(db.remove());
        f = check();
        EXPECT_FINDING(f, "db-missing", Severity::Info);
    }

    void lockedDatabase()
    {
        QProcess holder;
        holder.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sqlite3,sys\nc=sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                     "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n"),
                      m_cache->dbPath()});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY(holder.waitForReadyRead(30000));
        const QByteArray line = holder.readLine().trimmed();
        const QVector<HealthFinding> f = check();
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(line, QByteArray("locked"));
        EXPECT_FINDING(f, "db-locked", Severity::Error);
        QVERIFY(!findingOf(f, "db-locked")->advice.isEmpty());
        QVERIFY(!findingOf(check(), "db-locked"));
    }

    void orphansAndForeignFiles()
    {
        QVERIFY(m_cache->addFile(TestCache::id(7), 70, t0));          // file without record
        QVERIFY(m_cache->addRecordOnly(TestCache::id(8), 80, t0));    // record without file
        const QStringList foreign = {QStringLiteral("upload.tmp"), QStringLiteral("cache.db.bak"),
                                     QStringLiteral("cache.db-wal"), QStringLiteral("cache.db-shm"),
                                     QStringLiteral("cache.db-journal")};
        for (const QString &name : foreign) // an empty journal: a non-empty one would be hot (databaseProblems)
            QVERIFY(m_cache->addFile(name, name.endsWith(QLatin1String("-journal")) ? 0 : 5, t0));
        QVERIFY(m_cache->addFile(QStringLiteral("image_cache_db_init"), 0, t0));
        const QVector<HealthFinding> f = check();
        EXPECT_FINDING(f, "orphan-files", Severity::Warning);
        QCOMPARE(findingOf(f, "orphan-files")->paths, QStringList{TestCache::id(7)});
        EXPECT_FINDING(f, "orphan-records", Severity::Info);
        QCOMPARE(findingOf(f, "orphan-records")->paths, QStringList{TestCache::id(8)});
        EXPECT_FINDING(f, "foreign-files", Severity::Warning);
        QCOMPARE(findingOf(f, "foreign-files")->paths.size(), foreign.size());
        for (const QString &name : foreign)
            QVERIFY(findingOf(f, "foreign-files")->paths.contains(m_cache->dir() + u'/' + name));
        EXPECT_FINDING(f, "lock-files", Severity::Info);
    }

    void sizeAndFreeSpace()
    {
        QVector<HealthFinding> f = check(250);
        EXPECT_FINDING(f, "over-max-size", Severity::Warning);
        f = check(qint64(1) << 60); // more than any disk: it fills before the pruner acts
        EXPECT_FINDING(f, "free-space-low", Severity::Warning);
        QVERIFY(!findingOf(f, "over-max-size"));
        // enough room to reach the limit, but less than the limit itself: a private filesystem keeps it exact
        QTemporaryDir mnt;
        ScopedMount tmpfs(mnt.path(), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=2m"), QStringLiteral("none")});
        QVERIFY(tmpfs.ok());
        TestCache small(mnt.path(), QStringLiteral("sqlite"));
        QVERIFY(small.init());
        QVERIFY(small.addCached(TestCache::id(1), 1 << 20, t0, 1));
        const Expected<qint64> measured = ImageCache(small.location()).cacheSize();
        QVERIFY(measured.ok());
        const qint64 size = *measured;
        const qint64 free = QStorageInfo(mnt.path()).bytesAvailable();
        QVERIFY(free > 0);
        f = check(small.location(size + free));
        EXPECT_FINDING(f, "free-space-below-max", Severity::Info);
        QVERIFY2(!findingOf(f, "free-space-low"), describe(f).constData());
    }

    void stalledAndInvalidDownloads()
    {
        const double now = double(QDateTime::currentSecsSinceEpoch());
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(4), 10, now - 2 * 86400));
        QVERIFY(m_cache->addFile(QStringLiteral("incomplete/") + TestCache::id(5), 10, now)); // active
        for (int i = 0; i < HealthCheck::invalidCountLimit; ++i)
            QVERIFY(m_cache->addFile(QStringLiteral("invalid/") + TestCache::id(100 + i), 1, now));
        QVector<HealthFinding> f = check();
        EXPECT_FINDING(f, "stalled-downloads", Severity::Warning);
        QCOMPARE(findingOf(f, "stalled-downloads")->paths, QStringList{TestCache::id(4)});
        QVERIFY(!findingOf(f, "invalid-piling-up")); // exactly at the limit
        QVERIFY(m_cache->addFile(QStringLiteral("invalid/") + TestCache::id(99), 1, now));
        EXPECT_FINDING(check(), "invalid-piling-up", Severity::Warning);
        // one big sparse file is over the byte limit on its own
        QDir(m_cache->dir() + QStringLiteral("/invalid")).removeRecursively();
        QVERIFY(QDir(m_cache->dir()).mkdir(QStringLiteral("invalid")));
        QFile big(m_cache->dir() + QStringLiteral("/invalid/") + TestCache::id(98));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(HealthCheck::invalidBytesLimit + 1));
        big.close();
        EXPECT_FINDING(check(), "invalid-piling-up", Severity::Warning);
    }

    void configFilesDisagree()
    {
        const QString api = apiConfig(QStringLiteral("image_cache_stall_time = 86400\n"
                                                     "[paste_deploy]\nflavor = caching\n"));
        QString cache = writeConfig(QStringLiteral("glance-cache.conf"),
            QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nimage_cache_max_size = 2048\n").arg(m_cache->dir()));
        QVector<HealthFinding> f = check(m_cache->location(1 << 20), options({cache, api}));
        EXPECT_FINDING(f, "config-mismatch", Severity::Warning);
        const HealthFinding *m = findingOf(f, "config-mismatch");
        for (const char *word : {"image_cache_max_size", "1048576", "2048", "glance-api.conf", "glance-cache.conf"})
            QVERIFY2(m->advice.contains(QLatin1String(word)), qPrintable(m->advice));
        QVERIFY(!m->advice.contains(QLatin1String("stall_time"))); // 86400 is the default: they agree
        QCOMPARE(m->paths, (QStringList{api, cache}));
        // another directory: the pruner works on the wrong cache; files named otherwise compare in order
        cache = writeConfig(QStringLiteral("second.conf"),
            QStringLiteral("[DEFAULT]\nimage_cache_dir = /elsewhere\nimage_cache_max_size = 1048576\n"));
        const QString first = writeConfig(QStringLiteral("first.conf"),
            QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\n"
                           "image_cache_max_size = 1048576\n[paste_deploy]\nflavor = caching\n").arg(m_cache->dir()));
        f = check(m_cache->location(1 << 20), options({first, cache}));
        EXPECT_FINDING(f, "config-mismatch", Severity::Error);
        QVERIFY(findingOf(f, "config-mismatch")->advice.contains(QLatin1String("/elsewhere in second.conf")));
        f = check(m_cache->location(1 << 20), options({m_tmp->filePath(QStringLiteral("missing.conf"))}));
        EXPECT_FINDING(f, "config-unreadable", Severity::Error);
    }

    void flavor_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<bool>("cached");
        QTest::newRow("none") << QString() << false;
        QTest::newRow("keystone") << QStringLiteral("[paste_deploy]\nflavor = keystone\n") << false;
        QTest::newRow("caching") << QStringLiteral("[paste_deploy]\nflavor = caching\n") << true;
        QTest::newRow("keystone+cachemanagement")
            << QStringLiteral("[paste_deploy]\nflavor=keystone+cachemanagement\n") << true;
    }
    void flavor()
    {
        QFETCH(QString, section);
        QFETCH(bool, cached);
        const QVector<HealthFinding> f = check(m_cache->location(1 << 20), options({apiConfig(section)}));
        if (cached)
            QVERIFY2(!findingOf(f, "cache-filter-off"), describe(f).constData());
        else
            EXPECT_FINDING(f, "cache-filter-off", Severity::Warning);
    }

    void centralizedDb()
    {
        QVector<HealthFinding> f = check(m_cache->location(1 << 20),
            options({apiConfig(QStringLiteral("image_cache_driver = centralized_db\n"))}));
        EXPECT_FINDING(f, "centralized-db-no-self-url", Severity::Error);
        f = check(m_cache->location(1 << 20), options({apiConfig(QStringLiteral(
            "image_cache_driver = centralized_db\nworker_self_reference_url = http://node1:9292\n"))}));
        QVERIFY(!findingOf(f, "centralized-db-no-self-url"));
        EXPECT_FINDING(f, "centralized-db", Severity::Info);
    }

    void cliJsonAndExitCodes()
    {
        // The CLI checks the real glance user when there is one: give it the cache.
        QVERIFY(::chmod(QFile::encodeName(m_tmp->path()).constData(), 0755) == 0);
        if (const struct passwd *glance = ::getpwnam("glance"))
            QVERIFY(chownTree(m_cache->dir(), glance->pw_uid, glance->pw_gid));
        QCOMPARE(ctl({QStringLiteral("check"), QStringLiteral("--json")}), 0);
        QJsonObject o = QJsonDocument::fromJson(m_out).object();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("findings"), QStringLiteral("summary")}));
        QJsonObject summary = o.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("exit_code")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("errors")).toInt() + summary.value(QLatin1String("warnings")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("cache_dir")).toString(), m_cache->dir());

        QVERIFY(m_cache->addFile(QStringLiteral("upload.tmp"), 5, t0));
        QCOMPARE(ctl({QStringLiteral("check"), QStringLiteral("--json")}), 1);
        o = QJsonDocument::fromJson(m_out).object();
        QJsonObject foreign;
        for (const QJsonValue &v : o.value(QLatin1String("findings")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("foreign-files"))
                foreign = v.toObject();
        }
        QCOMPARE(foreign.keys(), (QStringList{QStringLiteral("advice"), QStringLiteral("id"), QStringLiteral("paths"),
                                              QStringLiteral("severity"), QStringLiteral("title")}));
        QCOMPARE(foreign.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(foreign.value(QLatin1String("paths")).toArray().at(0).toString(),
                 m_cache->dir() + QStringLiteral("/upload.tmp"));
        QCOMPARE(ctl({QStringLiteral("check")}), 1);
        QVERIFY(m_out.contains("[foreign-files]"));
        QVERIFY(m_out.contains("Warning ("));

        QVERIFY(::chmod(QFile::encodeName(m_cache->dir()).constData(), 0555) == 0);
        QCOMPARE(ctl({QStringLiteral("check"), QStringLiteral("--json")}), 2);
        o = QJsonDocument::fromJson(m_out).object();
        QCOMPARE(o.value(QLatin1String("summary")).toObject().value(QLatin1String("exit_code")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
