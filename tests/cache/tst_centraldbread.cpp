// centralized_db beyond reading this node's rows, on real scratch MariaDB and PostgreSQL servers and an SQLite
// file: the driver detected from the database when the configuration names none, list --json in the shape of
// Glance's GET /v2/cache for this driver (id and checksum added), and each error or finding said clearly with
// nothing changed: an account without SELECT, an old cache.db still holding records, other nodes' and a likely
// changed node URL's rows, a host time zone that is not UTC.

#include "cache/centraldbinspector.h"
#include "cache/defaultcache.h"
#include "cache/imagecache.h"

#include "centraldbrows.h"
#include "scratchdatabases.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString ourNode = QStringLiteral("http://node-a:9292");
const QString otherNode = QStringLiteral("http://node-b:9292");
const QString oldOurs = QStringLiteral("https://node-a:9292/"); // this node's URL before it changed
const QString idleNode = QStringLiteral("http://node-c:9292");  // in node_reference, no rows
const QString idA = QStringLiteral("c0000000-0000-4000-8000-00000000000a");
const QString idB = QStringLiteral("a0000000-0000-4000-8000-00000000000b");
const QString idD = QStringLiteral("d0000000-0000-4000-8000-00000000000d");
const QString idF = QStringLiteral("f0000000-0000-4000-8000-00000000000f"); // only in an old cache.db
const QString checksumA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString unreachable = QStringLiteral("mysql+pymysql://glance:n0t-th3re@127.0.0.1:1/glance");

struct Ctl
{
    int code = -1;
    QByteArray out, err;
};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestCentralDbRead : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;
    QHash<QString, QVector<qint64>> m_ids; // kind -> ids of our rows A, B

    QString password() const { return m_db.info(QStringLiteral("mariadb")).value(QLatin1String("password")).toString(); }
    QString cacheDir(const QString &kind) const { return m_db.filePath(QStringLiteral("cache-") + kind); }

    // A glance-api.conf for kind's cache; driver and node are left out when empty.
    QString writeConfig(const QString &kind, const QString &name, const QString &url, const QString &node,
                        const QString &driver = QStringLiteral("centralized_db"))
    {
        const QString path = m_db.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QString text = QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\n").arg(cacheDir(kind));
        if (!driver.isEmpty())
            text += QStringLiteral("image_cache_driver = %1\n").arg(driver);
        if (!node.isEmpty())
            text += QStringLiteral("worker_self_reference_url = %1\n").arg(node);
        text += QStringLiteral("[database]\nconnection = %1\n").arg(url);
        f.write(text.toUtf8());
        return path;
    }

    Expected<DefaultCache::Resolved> resolve(const QString &config, const QString &driver = {})
    {
        LocationOptions options;
        options.configFiles = {config};
        options.driver = driver;
        return DefaultCache::resolve(options);
    }

    Ctl ctl(const QString &config, const QStringList &args, const QString &tz = QStringLiteral("UTC"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_db.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("TZ"), tz);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GCA_CACHECTL), QStringList{QStringLiteral("--config-file"), config} + args);
        Ctl r;
        if (!p.waitForFinished(60000))
            return r;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        return r;
    }

    static QJsonObject finding(const QByteArray &checkJson, const QString &id)
    {
        const QJsonArray all = QJsonDocument::fromJson(checkJson).object().value(QLatin1String("findings")).toArray();
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

    // The cache directory's names and sizes, to prove an error changed nothing.
    QStringList listing(const QString &kind) const
    {
        QStringList out;
        const QFileInfoList files = QDir(cacheDir(kind)).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &f : files)
            out.append(f.fileName() + u' ' + QString::number(f.size()) + u' ' + QString::fromLatin1(fileHash(f.filePath()).toHex()));
        return out;
    }

    bool populate(const QString &kind, QString *error)
    {
        CentralDbRows rows(m_db.url(kind));
        QVector<qint64> ids;
        // Another node first, so that our rows' ids are not simply 1 and 2.
        const bool ok = rows.isOpen() && rows.addRow(otherNode, idA, QStringLiteral("2024-04-01 06:00:00"),
                                                     QStringLiteral("2024-04-01 06:00:00"), 100, 42) > 0
            && rows.node(idleNode) > 0
            && (ids << rows.addRow(ourNode, idA, QStringLiteral("2024-05-01 10:00:00.250000"),
                                   QStringLiteral("2024-05-01 09:00:00.125000"), 100, 3, checksumA)).last() > 0
            && rows.addRow(oldOurs, idD, QStringLiteral("2024-03-01 10:00:00"), QStringLiteral("2024-03-01 10:00:00"), 7, 1) > 0
            && (ids << rows.addRow(ourNode, idB, QStringLiteral("2024-05-01 08:00:00.500000"),
                                   QStringLiteral("2024-05-01 08:00:00.500001"), 200, 0)).last() > 0;
        if (!ok) {
            *error = rows.error();
            return false;
        }
        m_ids.insert(kind, ids);
        const QDir dir(cacheDir(kind));
        for (const char *sub : {"incomplete", "invalid", "queue"})
            dir.mkpath(QString::fromLatin1(sub));
        for (const auto &[id, size] : {std::pair{idA, 100}, std::pair{idB, 200}}) {
            QFile f(dir.filePath(id));
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(size, 'x')) != size)
                return false;
        }
        return !writeConfig(kind, kind + QStringLiteral("-api.conf"), m_db.url(kind), ourNode).isEmpty();
    }

    void addKinds()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"mariadb", "postgresql", "sqlite"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.isValid());
        QString error;
        QVERIFY2(m_db.start({QStringLiteral("mariadb"), QStringLiteral("postgresql"), QStringLiteral("sqlite")}, {}, &error),
                 qPrintable(error));
        for (const QString &kind : m_db.names()) {
            QVERIFY2(m_db.schema(kind, &error), qPrintable(error));
            QVERIFY2(populate(kind, &error), qPrintable(kind + QStringLiteral(": ") + error));
        }
        // A Zed-era database: alembic_version at a Zed revision, no cache tables.
        const QString old = m_db.filePath(QStringLiteral("old"));
        QByteArray out;
        QVERIFY2(m_db.run({QStringLiteral("start"), QStringLiteral("sqlite"), old}, &out, &error), qPrintable(error));
        m_db.add(QStringLiteral("old"), QJsonDocument::fromJson(out).object());
        QVERIFY2(m_db.run({QStringLiteral("schema"), QStringLiteral("sqlite"), old, QStringLiteral("--revision"),
                           QStringLiteral("zed_contract01"), QStringLiteral("--without-cache-tables")},
                          nullptr, &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { m_db.stop(); }

    // Glance 2024.1+'s default: no image_cache_driver, a node URL, and a database with the cache tables.
    void detectsCentralizedDb_data() { addKinds(); }
    void detectsCentralizedDb()
    {
        QFETCH(QString, kind);
        const QString config = writeConfig(kind, kind + QStringLiteral("-silent.conf"), m_db.url(kind), ourNode, {});
        for (const QString &driver : {QString(), QStringLiteral("auto")}) {
            const Expected<DefaultCache::Resolved> r = resolve(config, driver);
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r->location.driver, QStringLiteral("centralized_db"));
            QVERIFY(!r->location.driverToDetect);
            QCOMPARE(r->location.nodeUrl, ourNode);
            QVERIFY2(r->note.contains(QLatin1String("connection has the image cache tables")), qPrintable(r->note));
            QVERIFY(!r->note.contains(password()));
            ImageCache cache(r->location);
            const Expected<ImageCache::ApiListing> listing = cache.listForApi();
            QVERIFY2(listing, qPrintable(listing.error()));
            QCOMPARE(listing->cached.size(), 2);
        }
        // The CLI goes the same way.
        const Ctl status = ctl(config, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value(QLatin1String("effective_driver")).toString(), QStringLiteral("centralized_db"));
        QCOMPARE(s.value(QLatin1String("cached_images")).toInt(), 2);
        QVERIFY(!status.out.contains(password().toUtf8()));
    }

    // A Zed-era database (no cache tables): the sqlite driver, and the database options are dropped.
    void detectsZedEra()
    {
        const QString config = writeConfig(QStringLiteral("sqlite"), QStringLiteral("zed.conf"),
                                           m_db.url(QStringLiteral("old")), ourNode, {});
        const Expected<DefaultCache::Resolved> r = resolve(config);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->location.driver, QStringLiteral("sqlite"));
        QVERIFY(r->location.databaseUrl.isEmpty() && r->location.nodeUrl.isEmpty());
        QVERIFY2(r->note.contains(QLatin1String("no image cache tables")), qPrintable(r->note));
        QVERIFY(!r->location.description().contains(QLatin1String("records of")));
    }

    // Without a node URL (Zed has none) or with a driver named, the database is never asked: an unreachable
    // one changes nothing.
    void noProbeWhenNotCandidate()
    {
        const QString kind = QStringLiteral("sqlite");
        Expected<DefaultCache::Resolved> r = resolve(writeConfig(kind, QStringLiteral("nonode.conf"), unreachable, {}, {}));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->location.driver, QStringLiteral("sqlite"));
        QVERIFY(r->note.isEmpty());
        r = resolve(writeConfig(kind, QStringLiteral("named.conf"), unreachable, ourNode, QStringLiteral("sqlite")),
                    QStringLiteral("auto"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->location.driver, QStringLiteral("sqlite"));
        QVERIFY(r->note.isEmpty());
    }

    // A database that cannot be asked: a sentence saying how to choose by hand, never a guess.
    void detectionUnreachable()
    {
        const Expected<DefaultCache::Resolved> r
            = resolve(writeConfig(QStringLiteral("sqlite"), QStringLiteral("unreachable.conf"), unreachable, ourNode, {}));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("could not be asked")) && r.error().contains(QLatin1String("--driver")),
                 qPrintable(r.error()));
        QVERIFY2(!r.error().contains(QLatin1String("n0t-th3re")), qPrintable(r.error()));
    }

    // GET /v2/cache for centralized_db: Glance's key order, each row's id, checksum null or the column.
    void listJsonShape_data() { addKinds(); }
    void listJsonShape()
    {
        QFETCH(QString, kind);
        const Ctl list = ctl(m_db.filePath(kind + QStringLiteral("-api.conf")), {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.err.isEmpty(), list.err.constData());
        static const char *const pattern
            = R"re(\{"id": (\d+), "image_id": "([-0-9a-f]+)", "last_accessed": ([0-9.]+), "last_modified": ([0-9.]+), )re"
              R"re("size": (\d+), "hits": (\d+), "checksum": (null|"[0-9a-f]+")\})re";
        static const QRegularExpression entry(QString::fromLatin1(pattern));
        QStringList seen;
        for (auto it = entry.globalMatch(QString::fromUtf8(list.out)); it.hasNext();)
            seen.append(it.next().captured(0));
        QCOMPARE(seen.size(), 2);
        const QVector<qint64> ids = m_ids.value(kind);
        const double accessedA = kind == QLatin1String("mariadb") ? 1714557600.0 : 1714557600.25;
        QVERIFY2(seen.at(0).startsWith(QStringLiteral("{\"id\": %1, \"image_id\": \"%2\", \"last_accessed\": %3, ")
                                           .arg(ids.at(0)).arg(idA).arg(QString::number(accessedA, 'f', kind == QLatin1String("mariadb") ? 1 : 2))),
                 qPrintable(seen.at(0)));
        QVERIFY2(seen.at(0).endsWith(QStringLiteral("\"size\": 100, \"hits\": 3, \"checksum\": \"%1\"}").arg(checksumA)),
                 qPrintable(seen.at(0)));
        QVERIFY2(seen.at(1).startsWith(QStringLiteral("{\"id\": %1, \"image_id\": \"%2\"").arg(ids.at(1)).arg(idB)),
                 qPrintable(seen.at(1)));
        QVERIFY2(seen.at(1).endsWith(QLatin1String("\"size\": 200, \"hits\": 0, \"checksum\": null}")), qPrintable(seen.at(1)));
        const QJsonObject doc = QJsonDocument::fromJson(list.out).object();
        QCOMPARE(doc.value(QLatin1String("cached_images")).toArray().size(), 2);
        QVERIFY(doc.value(QLatin1String("queued_images")).isArray());
    }

    // An account without SELECT on the cache tables: told so, naming it and what to grant.
    void noPermission_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void noPermission()
    {
        QFETCH(QString, kind);
        QByteArray out;
        QString error;
        QVERIFY2(m_db.run({QStringLiteral("user"), kind, m_db.path(), QStringLiteral("monitor"), QStringLiteral("--grant-select"),
                           QStringLiteral("images"), QStringLiteral("alembic_version")},
                          &out, &error),
                 qPrintable(error));
        const QString url = QJsonDocument::fromJson(out).object().value(QLatin1String("url")).toString();
        QVERIFY(url.contains(QLatin1String("monitor")));
        const QStringList before = listing(kind);
        const auto saysDenied = [&](const QString &message) {
            return message.contains(QLatin1String("The database account monitor may not read"))
                && message.contains(QLatin1String("Grant it SELECT on node_reference and cached_images"))
                && !message.contains(password());
        };
        const QString named = writeConfig(kind, kind + QStringLiteral("-monitor.conf"), url, ourNode);
        const Expected<DefaultCache::Resolved> r = resolve(named);
        QVERIFY2(r, qPrintable(r.error()));
        ImageCache cache(r->location);
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY(!s);
        QVERIFY2(saysDenied(s.error()), qPrintable(s.error()));
        // Detecting with that account: MariaDB hides the tables (the detection says why it cannot tell),
        // PostgreSQL shows them (detected; the read then says why it fails).
        const QString silent = writeConfig(kind, kind + QStringLiteral("-monitor-silent.conf"), url, ourNode, {});
        const Expected<DefaultCache::Resolved> detected = resolve(silent);
        const QString message = detected ? ImageCache(detected->location).snapshot().error() : detected.error();
        QVERIFY2(saysDenied(message), qPrintable(message));
        // check reports it as a finding and fails.
        const Ctl check = ctl(named, {QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check.code, 2);
        QVERIFY2(saysDenied(finding(check.out, QStringLiteral("snapshot-failed")).value(QLatin1String("advice")).toString()),
                 check.out.constData());
        QCOMPARE(listing(kind), before);
    }

    // Rows of other nodes are information; rows of a URL naming our host differently, a likely changed URL.
    void otherNodesInCheck()
    {
        const Ctl check = ctl(m_db.filePath(QStringLiteral("mariadb-api.conf")), {QStringLiteral("check"), QStringLiteral("--json")});
        QVERIFY2(check.code >= 0, check.err.constData());
        QVERIFY(!check.out.contains(password().toUtf8()));
        const QJsonObject changed = finding(check.out, QStringLiteral("central-db-node-url-changed"));
        QCOMPARE(changed.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(changed.value(QLatin1String("paths")).toArray().toVariantList(),
                 QVariantList{QStringLiteral("https://node-a:9292/ (1 record)")});
        const QJsonObject others = finding(check.out, QStringLiteral("central-db-other-nodes"));
        QCOMPARE(others.value(QLatin1String("severity")).toString(), QStringLiteral("info"));
        QCOMPARE(others.value(QLatin1String("paths")).toArray().toVariantList(),
                 QVariantList{QStringLiteral("http://node-b:9292 (1 record)")}); // node-c has no rows
        const QJsonObject central = finding(check.out, QStringLiteral("centralized-db"));
        QVERIFY(central.value(QLatin1String("advice")).toString().contains(QLatin1String("***")));
        QVERIFY(finding(check.out, QStringLiteral("central-db-local-time")).isEmpty()); // TZ=UTC
    }

    void looksLikeOurs_data()
    {
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("likely");
        QTest::newRow("same") << ourNode << false;
        QTest::newRow("trailing slash") << QStringLiteral("http://node-a:9292/") << true;
        QTest::newRow("scheme") << QStringLiteral("https://node-a:9292") << true;
        QTest::newRow("port") << QStringLiteral("http://node-a:9393") << true;
        QTest::newRow("host case") << QStringLiteral("http://NODE-A:9292") << true;
        QTest::newRow("other host") << otherNode << false;
        QTest::newRow("not a url") << QStringLiteral("node-a") << false;
    }
    void looksLikeOurs()
    {
        QFETCH(QString, other);
        QFETCH(bool, likely);
        QCOMPARE(CentralDbInspector::looksLikeOurs(ourNode, other), likely);
    }

    // Glance's API shifts the times by the UTC offset; ours are true UTC in any zone, and check explains.
    void timeZone()
    {
        const QString config = m_db.filePath(QStringLiteral("postgresql-api.conf"));
        const Ctl utc = ctl(config, {QStringLiteral("list"), QStringLiteral("--json")});
        const Ctl paris = ctl(config, {QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("Europe/Paris"));
        QCOMPARE(utc.code, 0);
        QCOMPARE(paris.code, 0);
        QCOMPARE(paris.out, utc.out);
        QVERIFY(paris.out.contains("\"last_accessed\": 1714557600.25")); // 2024-05-01 10:00:00.25 UTC
        const Ctl check = ctl(config, {QStringLiteral("check"), QStringLiteral("--json")}, QStringLiteral("Europe/Paris"));
        const QJsonObject tz = finding(check.out, QStringLiteral("central-db-local-time"));
        QCOMPARE(tz.value(QLatin1String("severity")).toString(), QStringLiteral("info"));
        QVERIFY2(tz.value(QLatin1String("title")).toString().contains(QLatin1String("Europe/Paris")), check.out.constData());
        QVERIFY2(tz.value(QLatin1String("advice")).toString().contains(QLatin1String("true UTC")), check.out.constData());
    }

    // An old cache.db still holding records: status notes it, check says what Glance will do; nothing changes.
    void unmigratedCacheDb()
    {
        const QString kind = QStringLiteral("mariadb");
        const QString db = QDir(cacheDir(kind)).filePath(QStringLiteral("cache.db"));
        {
            QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy"));
            sqlite.setDatabaseName(db);
            QVERIFY(sqlite.open());
            QSqlQuery q(sqlite);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE cached_images (image_id TEXT PRIMARY KEY, last_accessed REAL "
                                          "DEFAULT 0.0, last_modified REAL DEFAULT 0.0, size INTEGER DEFAULT 0, hits "
                                          "INTEGER DEFAULT 0, checksum TEXT)")));
            // A is in the central database for this node already (Glance skips it and keeps it); F is not.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits) "
                                          "VALUES ('%1', 1.5, 1.5, 100, 1), ('%2', 2.5, 2.5, 9, 0)").arg(idA, idF)));
            sqlite.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy"));
        const QStringList before = listing(kind);
        const QString config = m_db.filePath(kind + QStringLiteral("-api.conf"));
        const Ctl status = ctl(config, {QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains("still holds 2 records of the sqlite driver, never moved to the central database"),
                 status.out.constData());
        QVERIFY2(status.out.contains("Records:         node " + ourNode.toUtf8() + " in mysql+pymysql://glance:***@"),
                 status.out.constData());
        QVERIFY(!status.out.contains(password().toUtf8()));
        const Ctl check = ctl(config, {QStringLiteral("check"), QStringLiteral("--json")});
        const QJsonObject f = finding(check.out, QStringLiteral("central-db-unmigrated"));
        QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        const QString advice = f.value(QLatin1String("advice")).toString();
        QVERIFY2(advice.contains(QLatin1String("1 of them are not in the central database yet"))
                     && advice.contains(QLatin1String("1 are there already")),
                 qPrintable(advice));
        QCOMPARE(listing(kind), before);
        QVERIFY(QFile::remove(db));
    }
};

QTEST_GUILESS_MAIN(TestCentralDbRead)
#include "tst_centraldbread.moc"
