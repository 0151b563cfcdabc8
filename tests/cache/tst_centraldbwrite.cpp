// The centralized_db backend's write side against real scratch MariaDB and PostgreSQL servers and an SQLite
// file (tests/db_server.py), with TWO nodes' rows in one database: delete, clear, prune (victims checked
// against Glance's own queries run by tests/centraldb_oracle.py), queue/dequeue/clean, the fetch commit's
// row, and a server that goes down in the middle of a run. Only our node's rows and files ever change.

#include "cache/cachedirectory.h"
#include "cache/cachewriter.h"
#include "cache/centralizeddbbackend.h"
#include "cache/imagecache.h"
#include "cache/sqlconnectionsetup.h"
#include "config/cachelocator.h"
#include "config/sqlalchemyurl.h"
#include "centraldbrows.h"
#include "scratchdatabases.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace {

const QString ourNode = QStringLiteral("http://node-a:9292");
const QString otherNode = QStringLiteral("http://node-b:9292");
const QString id1 = QStringLiteral("10000000-0000-4000-8000-000000000001");
const QString id2 = QStringLiteral("20000000-0000-4000-8000-000000000002");
const QString id3 = QStringLiteral("30000000-0000-4000-8000-000000000003");
const QString id4 = QStringLiteral("40000000-0000-4000-8000-000000000004");
const QString id5 = QStringLiteral("50000000-0000-4000-8000-000000000005"); // our row, no file
const QString id6 = QStringLiteral("60000000-0000-4000-8000-000000000006"); // our file, no row
const QString id7 = QStringLiteral("70000000-0000-4000-8000-000000000007"); // the other node's only
const QString idNew = QStringLiteral("80000000-0000-4000-8000-000000000008");

struct Seed
{
    QString node, image, accessed;
    qint64 size;
    int hits;
};

// In insertion order. Ours, by last_accessed: id5, then id3 and id4 (an exact tie: id3 was inserted
// first), then id2 and id1 (distinct on SQLite and PostgreSQL, the same whole second on MariaDB). The
// other node's rows are older than all of ours: a prune that looked at them would take them first.
const QVector<Seed> seeds = {
    { otherNode, id1, QStringLiteral("2024-01-01 00:00:00.000000"), 100, 9 },
    { ourNode, id1, QStringLiteral("2024-05-01 10:00:00.700000"), 100, 3 },
    { ourNode, id2, QStringLiteral("2024-05-01 10:00:00.200000"), 200, 1 },
    { otherNode, id2, QStringLiteral("2024-01-01 00:00:01.000000"), 200, 4 },
    { ourNode, id3, QStringLiteral("2024-05-01 08:00:00.500000"), 50, 0 },
    { ourNode, id4, QStringLiteral("2024-05-01 08:00:00.500000"), 70, 2 },
    { ourNode, id5, QStringLiteral("2024-05-01 07:00:00.000000"), 40, 5 },
    { otherNode, id7, QStringLiteral("2024-01-01 00:00:02.000000"), 700, 1 },
};

// Our files: every row's but id5's, one without a row, a lock file (counted), a *.db file (never counted).
const QVector<std::pair<QString, qint64>> seedFiles = { { id1, 100 }, { id2, 200 }, { id3, 50 }, { id4, 70 },
    { id6, 30 }, { QStringLiteral("glance-cache"), 5 }, { QStringLiteral("leftover.db"), 1000 } };

// One row of cached_images as the test reads it back, for "nothing else changed" comparisons.
struct DbRow
{
    QString node, image;
    QVariant accessed, modified;
    qint64 size = 0;
    int hits = 0;
    bool checksumNull = true;
    bool operator==(const DbRow &o) const
    {
        return node == o.node && image == o.image && accessed == o.accessed && modified == o.modified
            && size == o.size && hits == o.hits && checksumNull == o.checksumNull;
    }
};

char *toString(const DbRow &r)
{
    return qstrdup(qPrintable(QStringLiteral("%1 %2 size=%3 hits=%4").arg(r.node, r.image).arg(r.size).arg(r.hits)));
}

bool writeFile(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray(size, 'x')) == size;
}

QStringList imagesOf(const QVector<DbRow> &rows, const QString &node)
{
    QStringList ids;
    for (const DbRow &r : rows) {
        if (r.node == node)
            ids.append(r.image);
    }
    return ids;
}

QVector<DbRow> without(QVector<DbRow> rows, const QString &node, const QStringList &images)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                   [&](const DbRow &r) { return r.node == node && images.contains(r.image); }),
        rows.end());
    return rows;
}

} // namespace

class TestCentralDbWrite : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;
    QHash<QString, qint64> m_ourNodeId;

    QString password() const { return m_db.info(QStringLiteral("mariadb")).value(QLatin1String("password")).toString(); }
    QString cacheDir(const QString &kind) const { return m_db.filePath(QStringLiteral("cache-") + kind); }
    QString configOf(const QString &kind) const { return m_db.filePath(kind + QStringLiteral("-api.conf")); }

    bool writeConfig(const QString &kind, const QString &path, const QString &node)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly)
            && f.write(QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nimage_cache_driver = centralized_db\n"
                                      "worker_self_reference_url = %2\n[database]\nconnection = %3\n")
                           .arg(cacheDir(kind), node, m_db.url(kind))
                           .toUtf8())
            > 0;
    }

    CacheLocation location(const QString &kind, const QString &config = {})
    {
        LocationOptions options;
        options.configFiles = { config.isEmpty() ? configOf(kind) : config };
        const Expected<CacheLocation> loc = CacheLocator::resolve(options);
        if (!loc)
            qWarning("%s", qPrintable(loc.error()));
        return *loc;
    }

    // Runs work on a fresh connection of the test's own to kind's database (a restarted server ends the
    // old ones); false with the driver's words in *error.
    bool withDb(const QString &kind, const std::function<bool(QSqlQuery &)> &work, QString *error)
    {
        return withCentralDb(m_db.url(kind), work, error);
    }

    QVector<DbRow> allRows(const QString &kind)
    {
        QVector<DbRow> rows;
        QString error;
        const bool ok = withDb(kind, [&](QSqlQuery &q) {
            if (!q.exec(QStringLiteral("SELECT n.node_reference_url, c.image_id, c.last_accessed, c.last_modified, "
                                       "c.size, c.hits, c.checksum FROM cached_images c JOIN node_reference n ON "
                                       "n.node_reference_id = c.node_reference_id ORDER BY c.id")))
                return false;
            while (q.next())
                rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3),
                    q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).isNull() });
            return true;
        }, &error);
        if (!ok)
            qWarning("reading %s: %s", qPrintable(kind), qPrintable(error));
        return rows;
    }

    QStringList baseFiles(const QString &kind) const
    {
        return QDir(cacheDir(kind)).entryList(QDir::Files, QDir::Name);
    }

    // Both nodes' rows and our files back to the seed state.
    bool reset(const QString &kind, QString *error)
    {
        const bool ok = withDb(kind, [&](QSqlQuery &q) {
            if (!q.exec(QStringLiteral("DELETE FROM cached_images")))
                return false;
            for (const Seed &s : seeds) {
                if (!q.prepare(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, "
                                              "size, hits, checksum, node_reference_id) SELECT ?, ?, ?, ?, ?, NULL, "
                                              "node_reference_id FROM node_reference WHERE node_reference_url = ?")))
                    return false;
                for (const QVariant &v : { QVariant(s.image), QVariant(s.accessed), QVariant(s.accessed),
                         QVariant(s.size), QVariant(s.hits), QVariant(s.node) })
                    q.addBindValue(v);
                if (!q.exec())
                    return false;
            }
            return true;
        }, error);
        if (!ok)
            return false;
        QDir dir(cacheDir(kind));
        if (!dir.removeRecursively() || !QDir().mkpath(dir.path()))
            return false;
        for (const char *sub : { "incomplete", "invalid", "queue" })
            QDir().mkpath(dir.filePath(QString::fromLatin1(sub)));
        for (const auto &[name, size] : seedFiles) {
            if (!writeFile(dir.filePath(name), size))
                return false;
        }
        return writeFile(dir.filePath(QStringLiteral("queue/") + id1), 0);
    }

    // tests/centraldb_oracle.py's answer (Glance's own queries through SQLAlchemy).
    QJsonDocument oracle(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // datetime.timestamp() of naive UTC values
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/usr/bin/python3"), QStringList { QStringLiteral(GCA_TESTS_DIR "/centraldb_oracle.py") } + args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("centraldb_oracle.py: %s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput());
    }
    QJsonObject oraclePrune(const QString &kind, qint64 maxSize)
    {
        return oracle({ QStringLiteral("prune"), m_db.url(kind), ourNode, cacheDir(kind), QString::number(maxSize) })
            .object();
    }

    // Our victims against Glance's. MariaDB keeps whole seconds and Glance's ORDER BY last_accessed has no
    // tie-break, so there only the sequence of last_accessed values must agree, not the pick among ties.
    void compareVictims(const QString &kind, const QVector<PruneVictim> &ours, const QJsonArray &glance)
    {
        QStringList ourIds;
        for (const PruneVictim &v : ours)
            ourIds.append(v.imageId);
        QStringList glanceIds;
        for (const QJsonValue &v : glance)
            glanceIds.append(v.toString());
        if (kind != QLatin1String("mariadb")) {
            QCOMPARE(ourIds, glanceIds);
            return;
        }
        QHash<QString, QString> second;
        for (const Seed &s : seeds) {
            if (s.node == ourNode)
                second.insert(s.image, s.accessed.left(19));
        }
        QStringList ourTimes, glanceTimes;
        for (const QString &id : std::as_const(ourIds))
            ourTimes.append(second.value(id));
        for (const QString &id : std::as_const(glanceIds))
            glanceTimes.append(second.value(id));
        QCOMPARE(ourTimes, glanceTimes);
    }

    void addKinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    int cachectl(const QString &kind, const QStringList &args, QByteArray *out, QByteArray *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_db.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GCA_CACHECTL), QStringList { QStringLiteral("--config-file"), configOf(kind) } + args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.isValid());
        QString error;
        QVERIFY2(m_db.start({ QStringLiteral("mariadb"), QStringLiteral("postgresql"), QStringLiteral("sqlite") }, {},
                     &error),
            qPrintable(error));
        for (const QString &kind : m_db.names()) {
            QVERIFY2(m_db.schema(kind, &error), qPrintable(error));
            QVERIFY2(withDb(kind, [&](QSqlQuery &q) {
                for (const QString &node : { ourNode, otherNode }) {
                    if (!q.prepare(QStringLiteral("INSERT INTO node_reference (node_reference_url) VALUES (?)")))
                        return false;
                    q.addBindValue(node);
                    if (!q.exec())
                        return false;
                }
                if (!q.exec(QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = '%1'")
                                .arg(ourNode))
                    || !q.next())
                    return false;
                m_ourNodeId.insert(kind, q.value(0).toLongLong());
                return true;
            }, &error),
                qPrintable(error));
            QVERIFY(writeConfig(kind, configOf(kind), ourNode));
        }
    }

    void cleanupTestCase() { m_db.stop(); }

    void deleteOne_data() { addKinds(); }
    void deleteOne()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        QCOMPARE(before.size(), seeds.size());
        ImageCache cache(location(kind));
        ImageCache::DeleteResult r = cache.deleteCached(id1);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.wasCached && r.wasQueued);
        QVERIFY(!QFile::exists(QDir(cacheDir(kind)).filePath(id1)));
        QVERIFY(!QFile::exists(QDir(cacheDir(kind)).filePath(QStringLiteral("queue/") + id1)));
        // Only our row of id1 went; the other node's row of the same image stays, as does everything else.
        QCOMPARE(allRows(kind), without(before, ourNode, { id1 }));
        // A row without its file: the row goes.
        r = cache.deleteCached(id5);
        QVERIFY2(r.ok && r.wasCached, qPrintable(r.message));
        QCOMPARE(allRows(kind), without(before, ourNode, { id1, id5 }));
        // The other node's image is nothing of ours: nothing changes.
        r = cache.deleteCached(id7);
        QVERIFY2(r.ok && !r.wasCached && !r.wasQueued, qPrintable(r.message));
        QCOMPARE(allRows(kind), without(before, ourNode, { id1, id5 }));
        QCOMPARE(baseFiles(kind).size(), seedFiles.size() - 1);
    }

    void deleteSeveral_data() { addKinds(); }
    void deleteSeveral()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        const CacheLocation loc = location(kind);
        const CacheDirectory dir(loc.cacheDir);
        CentralizedDbBackend backend(dir, loc.databaseUrl, loc.nodeUrl);
        // Progress after each image; false stops before the next one.
        QVector<int> calls;
        int done = -1;
        QVERIFY(!backend.deleteCached({ id1, id2, id3 }, &done, &error, [&calls](int n) {
            calls.append(n);
            return n < 2;
        }));
        QCOMPARE(done, 2);
        QCOMPARE(calls, QVector<int>({ 1, 2 }));
        QCOMPARE(allRows(kind), without(before, ourNode, { id1, id2 }));
        QVERIFY(!baseFiles(kind).contains(id1) && !baseFiles(kind).contains(id2) && baseFiles(kind).contains(id3));
        calls.clear();
        QVERIFY2(backend.deleteCached({ id3, id4, id5 }, &done, &error, [&calls](int n) {
            calls.append(n);
            return true;
        }),
            qPrintable(error));
        QCOMPARE(done, 3);
        QCOMPARE(calls, QVector<int>({ 1, 2, 3 }));
        QCOMPARE(allRows(kind), without(before, ourNode, { id1, id2, id3, id4, id5 }));
        QCOMPARE(imagesOf(allRows(kind), otherNode), QStringList({ id1, id2, id7 }));
        QCOMPARE(baseFiles(kind), QStringList({ id6, QStringLiteral("glance-cache"), QStringLiteral("leftover.db") }));
    }

    void clear_data() { addKinds(); }
    void clear()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        ImageCache cache(location(kind));
        const Expected<ImageCache::ClearResult> cleared = cache.clear(ClearTarget::Cache);
        QVERIFY2(cleared, qPrintable(cleared.error()));
        // Glance's delete_all_cached_images(): every regular file but *.db names, then all of our rows.
        QCOMPARE(cleared->cacheDeleted, int(seedFiles.size()) - 1);
        QCOMPARE(baseFiles(kind), QStringList({ QStringLiteral("leftover.db") }));
        QCOMPARE(allRows(kind), without(before, ourNode, imagesOf(before, ourNode)));
        QCOMPARE(imagesOf(allRows(kind), otherNode), QStringList({ id1, id2, id7 }));
        QVERIFY(QFile::exists(QDir(cacheDir(kind)).filePath(QStringLiteral("queue/") + id1))); // target cache only
    }

    void prune_data() { addKinds(); }
    void prune()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        ImageCache cache(location(kind));
        // 455 bytes counted (every file but leftover.db); 300 takes id5 (no file: 0), id3, id4 and then one
        // of the 10:00 pair: id2 (10:00:00.2) on SQLite and PostgreSQL, a tie on MariaDB.
        const QJsonObject glance = oraclePrune(kind, 300);
        QVERIFY(glance.contains(QLatin1String("victims")));
        QCOMPARE(glance.value(QLatin1String("never_ends")).toBool(), false);
        if (kind != QLatin1String("mariadb"))
            QCOMPARE(glance.value(QLatin1String("victims")).toArray().toVariantList(),
                QVariantList({ id5, id3, id4, id2 }));
        const Expected<PrunePlan> plan = cache.planPrune(300);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->sizeBefore, qint64(455));
        QVERIFY(plan->neverEnds.isEmpty());
        compareVictims(kind, plan->victims, glance.value(QLatin1String("victims")).toArray());
        const ImageCache::PruneRun run = cache.executePrune(*plan);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QCOMPARE(run.done.victims.size(), 4);
        QStringList gone;
        for (const PruneVictim &v : run.done.victims)
            gone.append(v.imageId);
        QCOMPARE(allRows(kind), without(before, ourNode, gone));
        for (const QString &id : gone)
            QVERIFY(!baseFiles(kind).contains(id));
        QVERIFY(cache.cacheSize().value() <= 300);
        // Glance, asked again, has nothing to do either.
        QCOMPARE(oraclePrune(kind, 300).value(QLatin1String("victims")).toArray().size(), 0);
    }

    // Upstream bug: over the limit with no row of ours left, Glance's prune loops forever; ours stops.
    void pruneNeverEnds_data() { addKinds(); }
    void pruneNeverEnds()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        ImageCache cache(location(kind));
        // id6 (30) and glance-cache (5) have no row: 35 bytes stay whatever is pruned.
        const QJsonObject glance = oraclePrune(kind, 20);
        QCOMPARE(glance.value(QLatin1String("never_ends")).toBool(), true);
        const Expected<PrunePlan> plan = cache.planPrune(20);
        QVERIFY2(plan, qPrintable(plan.error()));
        compareVictims(kind, plan->victims, glance.value(QLatin1String("victims")).toArray());
        QCOMPARE(plan->victims.size(), 5);
        QCOMPARE(plan->sizeAfter(), qint64(35));
        QVERIFY2(plan->neverEnds.contains(QLatin1String("loops forever")) && plan->neverEnds.contains(QLatin1String("35")),
            qPrintable(plan->neverEnds));
        const ImageCache::PruneRun run = cache.prune(20);
        QVERIFY(!run.ok());
        QCOMPARE(run.error(), plan->neverEnds);
        QCOMPARE(run.done.victims.size(), 5);
        QCOMPARE(allRows(kind), without(before, ourNode, imagesOf(before, ourNode)));
        QCOMPARE(baseFiles(kind), QStringList({ id6, QStringLiteral("glance-cache"), QStringLiteral("leftover.db") }));
        // No row left at all: Glance would loop from the first step; we plan nothing and say why.
        QCOMPARE(oraclePrune(kind, 20).value(QLatin1String("never_ends")).toBool(), true);
        const ImageCache::PruneRun again = cache.prune(20);
        QVERIFY(!again.ok());
        QVERIFY(again.done.victims.isEmpty());
        QVERIFY2(again.error().contains(QLatin1String("loops forever")), qPrintable(again.error()));
        if (kind != QLatin1String("sqlite"))
            QVERIFY(!again.error().contains(password()));
    }

    // Queue, dequeue and clean work on files only: the database is left exactly as it was.
    void filesOnly_data() { addKinds(); }
    void filesOnly()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        const QDir dir(cacheDir(kind));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("invalid/") + id2), 10));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("incomplete/") + id3), 20));
        {
            // Written a minute ago: clean(0) then takes it whatever the clock's resolution.
            QFile stalled(dir.filePath(QStringLiteral("incomplete/") + id3));
            QVERIFY(stalled.open(QIODevice::ReadWrite)
                && stalled.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        ImageCache cache(location(kind));
        QCOMPARE(cache.queue(idNew).outcome, ImageCache::QueueOutcome::Queued);
        QCOMPARE(cache.queue(id1).outcome, ImageCache::QueueOutcome::AlreadyCached);
        QCOMPARE(cache.queue(id7).outcome, ImageCache::QueueOutcome::Queued); // the other node's: not ours
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("queue/") + idNew)));
        const Expected<bool> dequeued = cache.dequeue(idNew);
        QVERIFY(dequeued && *dequeued);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("queue/") + idNew)));
        const ImageCache::CleanRun cleaned = cache.clean(0);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.error()));
        QCOMPARE(cleaned.done.invalid.size(), 1);
        QCOMPARE(cleaned.done.stalled.size(), 1);
        const Expected<ImageCache::ClearResult> queueCleared = cache.clear(ClearTarget::Queue);
        QVERIFY2(queueCleared, qPrintable(queueCleared.error()));
        QCOMPARE(queueCleared->queueDeleted, 2); // id1's marker and id7's
        QCOMPARE(allRows(kind), before);
        QCOMPARE(baseFiles(kind).size(), seedFiles.size());
    }

    // Glance's commit(): rename into the base dir, pop the queue marker, insert this node's row.
    void fetchCommit_data() { addKinds(); }
    void fetchCommit()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        const CacheLocation loc = location(kind);
        const QDir dir(cacheDir(kind));
        QString message;
        // Refusals: our row exists (its file does not); the file exists; this node is unknown to the database.
        QCOMPARE(CacheWriter(loc, loc.driver, id5, 5000).precheck(&message), CacheWriter::Check::Refused);
        QVERIFY2(message.contains(QLatin1String("already records image ") + id5), qPrintable(message));
        QCOMPARE(CacheWriter(loc, loc.driver, id1, 5000).precheck(&message), CacheWriter::Check::AlreadyCached);
        const QString unknown = QStringLiteral("http://node-z:9292");
        const QString otherConfig = m_db.filePath(kind + QStringLiteral("-nodez.conf"));
        QVERIFY(writeConfig(kind, otherConfig, unknown));
        const CacheLocation zLoc = location(kind, otherConfig);
        QCOMPARE(CacheWriter(zLoc, zLoc.driver, idNew, 5000).precheck(&message), CacheWriter::Check::Refused);
        QVERIFY2(message.contains(unknown) && message.contains(QLatin1String("not in node_reference")), qPrintable(message));
        if (kind != QLatin1String("sqlite"))
            QVERIFY(!message.contains(password()));
        // A rolled-back fetch leaves no row and its file in invalid/.
        {
            CacheWriter w(loc, loc.driver, idNew, 5000);
            QCOMPARE(w.precheck(&message), CacheWriter::Check::Ok);
            QVERIFY2(w.open(&message), qPrintable(message));
            QVERIFY(w.write(QByteArray(10, 'y'), &message));
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("invalid/") + idNew)));
        QCOMPARE(allRows(kind), before);
        // id7: the other node has a row for it, we do not; it is queued here.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("queue/") + id7), 0));
        CacheWriter w(loc, loc.driver, id7, 5000);
        QCOMPARE(w.precheck(&message), CacheWriter::Check::Ok);
        QVERIFY2(w.open(&message), qPrintable(message));
        QVERIFY(w.write(QByteArray(1234, 'z'), &message));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(w.commit(&message), qPrintable(message));
        const qint64 t1 = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(QFileInfo(dir.filePath(id7)).size(), qint64(1234));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("queue/") + id7)));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("incomplete/") + id7)));

        // What Glance's get_cached_images() reads back through SQLAlchemy for our node.
        const QJsonArray glanceRows = oracle({ QStringLiteral("rows"), m_db.url(kind), ourNode }).array();
        QJsonObject row;
        for (const QJsonValue &v : glanceRows) {
            if (v.toObject().value(QLatin1String("image_id")).toString() == id7)
                row = v.toObject();
        }
        QVERIFY2(!row.isEmpty(), QJsonDocument(glanceRows).toJson().constData());
        QCOMPARE(row.value(QLatin1String("size")).toInteger(), qint64(1234));
        QCOMPARE(row.value(QLatin1String("hits")).toInt(), 0);
        QVERIFY(row.value(QLatin1String("checksum")).isNull());
        QCOMPARE(row.value(QLatin1String("node_reference_id")).toInteger(), m_ourNodeId.value(kind));
        const QJsonObject types = row.value(QLatin1String("types")).toObject();
        QCOMPARE(types.value(QLatin1String("last_accessed")).toString(), QStringLiteral("datetime"));
        QCOMPARE(types.value(QLatin1String("last_modified")).toString(), QStringLiteral("datetime"));
        QCOMPARE(types.value(QLatin1String("size")).toString(), QStringLiteral("int"));
        QCOMPARE(types.value(QLatin1String("hits")).toString(), QStringLiteral("int"));
        QCOMPARE(types.value(QLatin1String("checksum")).toString(), QStringLiteral("NoneType"));
        // UTC now when committed: MariaDB keeps whole seconds, the others microseconds.
        const double accessed = row.value(QLatin1String("last_accessed")).toDouble();
        const double modified = row.value(QLatin1String("last_modified")).toDouble();
        QVERIFY2(accessed >= double(t0 / 1000) && accessed <= double(t1) / 1000.0 + 0.001,
            qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(accessed, 0, 'f', 6).arg(t0).arg(t1)));
        QVERIFY(modified >= accessed && modified <= double(t1) / 1000.0 + 0.001);
        if (kind == QLatin1String("mariadb"))
            QCOMPARE(accessed, std::floor(accessed));
        if (kind == QLatin1String("sqlite")) {
            // The text SQLAlchemy's SQLite DateTime writes and parses, microseconds always present.
            QVERIFY2(withDb(kind, [&](QSqlQuery &q) {
                if (!q.exec(QStringLiteral("SELECT typeof(last_accessed), last_accessed, typeof(size), typeof(hits) "
                                           "FROM cached_images WHERE image_id = '%1'")
                                .arg(id7))
                    || !q.next())
                    return false;
                error = q.value(1).toString();
                return q.value(0).toString() == QLatin1String("text") && q.value(2).toString() == QLatin1String("integer")
                    && q.value(3).toString() == QLatin1String("integer")
                    && QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"))
                           .match(error)
                           .hasMatch();
            }, &error),
                qPrintable(error));
        }
        // The other node's row of id7 is untouched; ours was added, nothing else changed.
        const QVector<DbRow> after = allRows(kind);
        QCOMPARE(without(after, ourNode, { id7 }), before);
        QCOMPARE(imagesOf(after, ourNode).count(id7), 1);
        // And we list it as Glance does.
        const Expected<ImageCache::ApiListing> listed = ImageCache(loc).listForApi();
        QVERIFY2(listed, qPrintable(listed.error()));
        QCOMPARE(listed->cached.last().imageId, id7);
        QCOMPARE(listed->cached.last().hits, qint64(0));
        QCOMPARE(listed->cached.last().lastAccessed, accessed);
        QCOMPARE(CacheWriter(loc, loc.driver, id7, 5000).precheck(&message), CacheWriter::Check::AlreadyCached);
    }

    // Several fetches committing at the same moment, each on its own thread and connection (FetchFiles runs
    // every commit on the thread pool; `fetch --parallel`): every one is recorded. On SQLite a commit that
    // read before writing could not wait for another's write lock (SQLite answers "database is locked" at
    // once rather than risk a deadlock), so it must take the lock first.
    void parallelCommits_data() { addKinds(); }
    void parallelCommits()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        const QVector<DbRow> before = allRows(kind);
        const CacheLocation loc = location(kind);
        // Rounds of writers that start committing together: one round collides only now and then.
        const int rounds = 6, perRound = 8;
        QStringList ids;
        for (int round = 0; round < rounds; ++round) {
            std::vector<std::unique_ptr<CacheWriter>> writers;
            for (int i = 0; i < perRound; ++i) {
                const int n = round * perRound + i;
                ids.append(QString::asprintf("9%07d-0000-4000-8000-%012d", n, n));
                writers.push_back(std::make_unique<CacheWriter>(loc, loc.driver, ids.last(), 5000));
                QString message;
                QCOMPARE(writers.back()->precheck(&message), CacheWriter::Check::Ok);
                QVERIFY2(writers.back()->open(&message), qPrintable(message));
                QVERIFY(writers.back()->write(QByteArray(100 + n, 'p'), &message));
            }
            QSemaphore ready, go;
            std::vector<QString> errors(perRound);
            std::vector<std::thread> threads;
            for (int i = 0; i < perRound; ++i) {
                threads.emplace_back([&, i] {
                    ready.release();
                    go.acquire();
                    if (!writers[size_t(i)]->commit(&errors[size_t(i)]) && errors[size_t(i)].isEmpty())
                        errors[size_t(i)] = QStringLiteral("failed without a reason");
                });
            }
            ready.acquire(perRound);
            go.release(perRound);
            for (std::thread &t : threads)
                t.join();
            writers.clear();
            for (int i = 0; i < perRound; ++i)
                QVERIFY2(errors[size_t(i)].isEmpty(),
                    qPrintable(QStringLiteral("round %1: %2").arg(round).arg(errors[size_t(i)])));
        }
        const QVector<DbRow> after = allRows(kind);
        QCOMPARE(without(after, ourNode, ids), before);
        const QStringList recorded = imagesOf(after, ourNode);
        const QStringList files = baseFiles(kind);
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(recorded.count(id), 1);
            QVERIFY(files.contains(id));
        }
    }

    // The server goes down between two images of one run. Rows and files stay paired: the image being
    // worked on when the connection is found dead keeps both its file and its row.
    void lostConnection_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void lostConnection()
    {
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        QVector<DbRow> before = allRows(kind);
        const CacheLocation loc = location(kind);
        const CacheDirectory dir(loc.cacheDir);
        // A multi-image delete: down after the first image.
        {
            CentralizedDbBackend backend(dir, loc.databaseUrl, loc.nodeUrl);
            int done = 0;
            QString stopError;
            const bool ok = backend.deleteCached({ id1, id2, id3 }, &done, &error, [&](int n) {
                return n != 1 || m_db.stopServer(kind, &stopError);
            });
            QVERIFY2(stopError.isEmpty(), qPrintable(stopError));
            QVERIFY(!ok);
            QCOMPARE(done, 1);
            QVERIFY2(error.contains(QLatin1String("From image ") + id2) && error.contains(QLatin1String("failed")),
                qPrintable(error));
            QVERIFY(!error.contains(password()));
            QVERIFY(!baseFiles(kind).contains(id1));
            QVERIFY(baseFiles(kind).contains(id2) && baseFiles(kind).contains(id3));
            // While it is down, every operation fails with a sentence and deletes nothing.
            const ImageCache::DeleteResult r = ImageCache(loc).deleteCached(id2);
            QVERIFY(!r.ok);
            QVERIFY(!r.message.contains(password()));
            QVERIFY(baseFiles(kind).contains(id2));
            QVERIFY2(m_db.restartServer(kind, &error), qPrintable(error));
            QCOMPARE(allRows(kind), without(before, ourNode, { id1 }));
        }
        // A prune: down after its second victim (id5, then id3; id4 would be next).
        QVERIFY2(reset(kind, &error), qPrintable(error));
        before = allRows(kind);
        ImageCache cache(loc);
        QString stopError;
        cache.setProgress([&](qint64 n, qint64) { return n != 2 || m_db.stopServer(kind, &stopError); });
        const ImageCache::PruneRun run = cache.prune(300);
        QVERIFY2(stopError.isEmpty(), qPrintable(stopError));
        QVERIFY(!run.ok());
        QCOMPARE(run.done.victims.size(), 2);
        QCOMPARE(run.done.victims.at(0).imageId, id5);
        QCOMPARE(run.done.victims.at(1).imageId, id3);
        QVERIFY2(run.error().contains(id4), qPrintable(run.error()));
        QVERIFY(!baseFiles(kind).contains(id3));
        QVERIFY(baseFiles(kind).contains(id4) && baseFiles(kind).contains(id2) && baseFiles(kind).contains(id1));
        QVERIFY2(m_db.restartServer(kind, &error), qPrintable(error));
        QCOMPARE(allRows(kind), without(before, ourNode, { id5, id3 }));
    }

    void cli()
    {
        const QString kind = QStringLiteral("mariadb");
        QString error;
        QVERIFY2(reset(kind, &error), qPrintable(error));
        QByteArray out, err;
        QCOMPARE(cachectl(kind, { QStringLiteral("--help") }, &out, &err), 0);
        QVERIFY2(out.contains("centralized_db"), out.constData());
        QCOMPARE(cachectl(kind, { QStringLiteral("delete"), id1, QStringLiteral("--yes") }, &out, &err), 0);
        QVERIFY2(!imagesOf(allRows(kind), ourNode).contains(id1), err.constData());
        // The never-ending prune: a dry run says it and succeeds; the run prunes, says it and fails.
        QCOMPARE(cachectl(kind, { QStringLiteral("prune"), QStringLiteral("--max-size"), QStringLiteral("20"),
                              QStringLiteral("--dry-run") },
                     &out, &err),
            0);
        QVERIFY2(out.contains("loops forever"), out.constData());
        QCOMPARE(cachectl(kind, { QStringLiteral("prune"), QStringLiteral("--max-size"), QStringLiteral("20"),
                              QStringLiteral("--yes") },
                     &out, &err),
            1);
        QVERIFY2(err.contains("loops forever"), err.constData());
        QVERIFY(out.contains(id2.toUtf8()));
        QVERIFY(!out.contains(password().toUtf8()) && !err.contains(password().toUtf8()));
        QCOMPARE(imagesOf(allRows(kind), ourNode), QStringList());
        QCOMPARE(cachectl(kind, { QStringLiteral("clear"), QStringLiteral("--target"), QStringLiteral("cache"),
                              QStringLiteral("--yes") },
                     &out, &err),
            0);
        QCOMPARE(baseFiles(kind), QStringList({ QStringLiteral("leftover.db") }));
        QCOMPARE(imagesOf(allRows(kind), otherNode), QStringList({ id1, id2, id7 }));
    }
};

QTEST_GUILESS_MAIN(TestCentralDbWrite)
#include "tst_centraldbwrite.moc"
