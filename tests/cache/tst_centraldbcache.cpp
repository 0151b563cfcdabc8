// The centralized_db backend's read side against real scratch MariaDB and PostgreSQL servers and an SQLite
// file (tests/db_server.py): two nodes' rows in one database, this node's files in a cache directory, a
// glance-api.conf naming both. What Glance's queries would give this node, we read; nothing of the other.

#include "cache/imagecache.h"
#include "cache/sqlconnectionsetup.h"
#include "config/cachelocator.h"
#include "config/sqlalchemyurl.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include "scratchdatabases.h"

#include <QTest>
#include <QTimeZone>
#include <QUrl>

namespace {

const QStringList servers = { QStringLiteral("mariadb"), QStringLiteral("postgresql") };

const QString ourNode = QStringLiteral("http://node-a:9292");
const QString otherNode = QStringLiteral("http://node-b:9292");
// IDs whose insertion order (A, B, C) is not their sorted order: the list must follow insertion (id).
const QString idA = QStringLiteral("c0000000-0000-4000-8000-00000000000a");
const QString idB = QStringLiteral("a0000000-0000-4000-8000-00000000000b");
const QString idC = QStringLiteral("b0000000-0000-4000-8000-00000000000c");
const QString idD = QStringLiteral("d0000000-0000-4000-8000-00000000000d"); // the other node's only
const QString idE = QStringLiteral("e0000000-0000-4000-8000-00000000000e"); // our file without a row

struct Row
{
    QString node, image, accessed, modified;
    qint64 size;
    int hits;
};

// In insertion order. B and C tie on last_accessed: prune takes B (inserted first) before C.
const QVector<Row> rows = {
    { otherNode, idD, QStringLiteral("2024-04-01 07:00:00.000001"), QStringLiteral("2024-04-01 07:00:00.000002"), 7, 9 },
    { ourNode, idA, QStringLiteral("2024-05-01 10:00:00.250000"), QStringLiteral("2024-05-01 09:00:00.125000"), 100, 3 },
    { otherNode, idA, QStringLiteral("2024-04-01 06:00:00.000000"), QStringLiteral("2024-04-01 06:00:00.000000"), 100, 42 },
    { ourNode, idB, QStringLiteral("2024-05-01 08:00:00.500000"), QStringLiteral("2024-05-01 08:00:00.500001"), 200, 0 },
    { ourNode, idC, QStringLiteral("2024-05-01 08:00:00.500000"), QStringLiteral("2024-05-01 07:59:59.750000"), 50, 1 },
};

// Epoch seconds of a naive UTC text as we must report it; MariaDB's DATETIME keeps whole seconds.
double epoch(const QString &text, const QString &kind)
{
    const QDateTime t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    double s = double(QDateTime(t.date(), t.time(), QTimeZone::utc()).toSecsSinceEpoch());
    if (kind != QLatin1String("mariadb"))
        s += text.mid(20).toDouble() / 1e6;
    return s;
}

bool writeFile(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray(size, 'x')) == size;
}

} // namespace

class TestCentralDbCache : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;

    QString urlOf(const QString &kind) const { return m_db.url(kind); }
    QString password() const { return m_db.info(QStringLiteral("mariadb")).value(QLatin1String("password")).toString(); }
    QString cacheDir(const QString &kind) const { return m_db.filePath(QStringLiteral("cache-") + kind); }

    // A glance-api.conf for kind's cache; url and node replace the real ones when given.
    QString writeConfig(const QString &kind, const QString &name, const QString &url, const QString &node)
    {
        const QString path = m_db.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QString text = QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nimage_cache_driver = centralized_db\n")
                           .arg(cacheDir(kind));
        if (!node.isEmpty())
            text += QStringLiteral("worker_self_reference_url = %1\n").arg(node);
        text += QStringLiteral("[database]\n");
        if (!url.isEmpty())
            text += QStringLiteral("connection = %1\n").arg(url);
        f.write(text.toUtf8());
        return path;
    }

    Expected<CacheLocation> locate(const QString &configFile)
    {
        LocationOptions options;
        options.configFiles = { configFile };
        return CacheLocator::resolve(options);
    }

    // Our node's cache for kind, through its glance-api.conf.
    CacheLocation location(const QString &kind)
    {
        const Expected<CacheLocation> loc = locate(m_db.filePath(kind + QStringLiteral("-api.conf")));
        if (!loc)
            qWarning("%s", qPrintable(loc.error()));
        return *loc;
    }

    bool populate(const QString &kind, QString *error)
    {
        const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(urlOf(kind));
        if (!url) {
            *error = url.error();
            return false;
        }
        const QString name = QStringLiteral("populate-") + kind;
        bool ok = true;
        {
            const Expected<void> opened = SqlConnectionSetup::open(*url, name);
            if (!opened) {
                *error = opened.error();
                ok = false;
            }
            QSqlQuery q(QSqlDatabase::database(name, false));
            QHash<QString, qint64> nodes;
            for (const QString &node : { ourNode, otherNode }) {
                ok = ok && q.prepare(QStringLiteral("INSERT INTO node_reference (node_reference_url) VALUES (?)"));
                q.addBindValue(node);
                ok = ok && q.exec()
                    && q.prepare(QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = ?"));
                q.addBindValue(node);
                ok = ok && q.exec() && q.next();
                if (ok)
                    nodes.insert(node, q.value(0).toLongLong());
            }
            for (const Row &r : rows) {
                ok = ok
                    && q.prepare(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, "
                                                "size, hits, checksum, node_reference_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
                for (const QVariant &v : { QVariant(r.image), QVariant(r.accessed), QVariant(r.modified),
                         QVariant(r.size), QVariant(r.hits), QVariant(QMetaType::fromType<QString>()),
                         QVariant(nodes.value(r.node)) })
                    q.addBindValue(v);
                ok = ok && q.exec();
            }
            if (!ok && error->isEmpty())
                *error = q.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        if (!ok)
            return false;
        // This node's files: A and B with rows, E without one, a lock file (counted, not an image), a .db
        // file (never counted); C has a row but no file.
        const QDir dir(cacheDir(kind));
        for (const char *sub : { "incomplete", "invalid", "queue" })
            QDir().mkpath(dir.filePath(QString::fromLatin1(sub)));
        return writeFile(dir.filePath(idA), 100) && writeFile(dir.filePath(idB), 200) && writeFile(dir.filePath(idE), 30)
            && writeFile(dir.filePath(QStringLiteral("glance-cache")), 5)
            && writeFile(dir.filePath(QStringLiteral("leftover.db")), 1000)
            && !writeConfig(kind, kind + QStringLiteral("-api.conf"), urlOf(kind), ourNode).isEmpty();
    }

    void addKinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

public:
    
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.isValid());
        QString error;
        QVERIFY2(m_db.start(servers + QStringList { QStringLiteral("sqlite") }, {}, &error), qPrintable(error));
        for (const QString &kind : m_db.names()) {
            QVERIFY2(m_db.schema(kind, &error), qPrintable(error));
            QVERIFY2(populate(kind, &error), qPrintable(kind + QStringLiteral(": ") + error));
        }
        // A database at an older schema: no cache tables, alembic_version at a Zed revision.
        const QString old = m_db.filePath(QStringLiteral("old"));
        QByteArray out;
        QVERIFY2(m_db.run({ QStringLiteral("start"), QStringLiteral("sqlite"), old }, &out, &error), qPrintable(error));
        m_db.add(QStringLiteral("old"), QJsonDocument::fromJson(out).object());
        QVERIFY2(m_db.run({ QStringLiteral("schema"), QStringLiteral("sqlite"), old, QStringLiteral("--revision"),
                     QStringLiteral("zed_contract01"), QStringLiteral("--without-cache-tables") },
                     nullptr, &error),
            qPrintable(error));
    }

    void cleanupTestCase() { m_db.stop(); }

    void locates_data() { addKinds(); }
    void locates()
    {
        QFETCH(QString, kind);
        const CacheLocation loc = location(kind);
        QCOMPARE(loc.driver, QStringLiteral("centralized_db"));
        QCOMPARE(loc.nodeUrl, ourNode);
        QCOMPARE(loc.databaseUrl, urlOf(kind));
        QCOMPARE(loc.cacheDir, cacheDir(kind));
        if (kind != QLatin1String("sqlite")) {
            QVERIFY(!loc.databaseDisplay.contains(password()));
            QVERIFY(!loc.description().contains(password()));
            QVERIFY(loc.databaseDisplay.contains(QLatin1String("***")));
        }
    }

    void locatorErrors()
    {
        const QString url = urlOf(QStringLiteral("mariadb"));
        Expected<CacheLocation> loc = locate(writeConfig(QStringLiteral("mariadb"), QStringLiteral("nodb.conf"), {}, ourNode));
        QVERIFY(!loc);
        QVERIFY2(loc.error().contains(QLatin1String("[database] connection is not set")), qPrintable(loc.error()));
        loc = locate(writeConfig(QStringLiteral("mariadb"), QStringLiteral("nonode.conf"), url, {}));
        QVERIFY(!loc);
        QVERIFY2(loc.error().contains(QLatin1String("worker_self_reference_url is not set")), qPrintable(loc.error()));
        QVERIFY(!loc.error().contains(password()));
        QString bad = url;
        bad.replace(QLatin1String("mysql+pymysql"), QLatin1String("redis"));
        loc = locate(writeConfig(QStringLiteral("mariadb"), QStringLiteral("badurl.conf"), bad, ourNode));
        QVERIFY(!loc);
        QVERIFY2(loc.error().contains(QLatin1String("[database] connection cannot be used")), qPrintable(loc.error()));
        QVERIFY(!loc.error().contains(password()));
        // oslo.config interpolation applies to the connection, as glance-api reads it.
        loc = locate(writeConfig(QStringLiteral("sqlite"), QStringLiteral("interpolated.conf"),
            QStringLiteral("sqlite:///$image_cache_dir/x.sqlite"), ourNode));
        QVERIFY2(loc, qPrintable(loc.error()));
        QCOMPARE(loc->databaseUrl, QStringLiteral("sqlite:///") + cacheDir(QStringLiteral("sqlite")) + QStringLiteral("/x.sqlite"));
    }

    void snapshot_data() { addKinds(); }
    void snapshot()
    {
        QFETCH(QString, kind);
        ImageCache cache(location(kind));
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->effectiveDriver, QStringLiteral("centralized_db"));
        QCOMPARE(s->totalSize, qint64(100 + 200 + 30 + 5)); // every regular file but *.db
        // Exactly our rows, in insertion (id) order, with rank = prune order (B, C tie: B first).
        QVector<CachedImage> expected;
        const QVector<int> ranks = { 2, 0, 1 };
        int i = 0;
        for (const Row &r : rows) {
            if (r.node != ourNode)
                continue;
            CachedImage img;
            img.imageId = r.image;
            img.size = r.size;
            img.hits = r.hits;
            img.lastAccessed = epoch(r.accessed, kind);
            img.lastModified = epoch(r.modified, kind);
            img.hasFile = r.image != idC;
            img.evictionRank = ranks.at(i++);
            expected.append(img);
        }
        QCOMPARE(s->cached.size(), expected.size());
        for (int k = 0; k < expected.size(); ++k) {
            QCOMPARE(s->cached.at(k).imageId, expected.at(k).imageId);
            QCOMPARE(s->cached.at(k).hits, expected.at(k).hits);
            QCOMPARE(s->cached.at(k).size, expected.at(k).size);
            QCOMPARE(s->cached.at(k).lastAccessed, expected.at(k).lastAccessed);
            QCOMPARE(s->cached.at(k).lastModified, expected.at(k).lastModified);
            QCOMPARE(s->cached.at(k), expected.at(k));
        }
        const QVector<OrphanEntry> orphans = s->orphans;
        QVERIFY(orphans.contains(OrphanEntry { OrphanEntry::RecordWithoutFile, idC, 50, true }));
        QVERIFY(orphans.contains(OrphanEntry { OrphanEntry::FileWithoutRecord, idE, 30, true }));
        QVERIFY(orphans.contains(OrphanEntry { OrphanEntry::FileWithoutRecord, QStringLiteral("glance-cache"), 5, false }));
        QCOMPARE(orphans.size(), 3);

        const Expected<ImageCache::Summary> sum = cache.summary();
        QVERIFY2(sum, qPrintable(sum.error()));
        QCOMPARE(sum->cachedCount, qint64(3));
        QCOMPARE(sum->totalSize, s->totalSize);
        QCOMPARE(sum->orphans.size(), 3);

        const Expected<ImageCache::ApiListing> api = cache.listForApi();
        QVERIFY2(api, qPrintable(api.error()));
        QCOMPARE(api->cached.size(), 3);
        QCOMPARE(api->cached.at(0).imageId, idA);
        QCOMPARE(api->cached.at(1).imageId, idB);
        QCOMPARE(api->cached.at(2).imageId, idC);
        QCOMPARE(api->cached.at(0).lastAccessed, expected.at(0).lastAccessed);
    }

    void prunePlan_data() { addKinds(); }
    void prunePlan()
    {
        QFETCH(QString, kind);
        ImageCache cache(location(kind));
        // ORDER BY last_accessed; B and C tie, B was inserted first; C has no file and frees 0.
        Expected<PrunePlan> plan = cache.planPrune(100);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->sizeBefore, qint64(335));
        QCOMPARE(plan->victims.size(), 3);
        QCOMPARE(plan->victims.at(0).imageId, idB);
        QCOMPARE(plan->victims.at(0).size, qint64(200));
        QCOMPARE(plan->victims.at(1).imageId, idC);
        QCOMPARE(plan->victims.at(1).size, qint64(0));
        QCOMPARE(plan->victims.at(2).imageId, idA);
        QCOMPARE(plan->sizeAfter(), qint64(35));
        plan = cache.planPrune(150);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->victims.size(), 1);
        QCOMPARE(plan->victims.at(0).imageId, idB);
    }

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void wrongPassword()
    {
        QFETCH(QString, kind);
        const QString right = password();
        const QString wrong = QStringLiteral("wr0ng-s3cret");
        QString url = urlOf(kind);
        url.replace(QString::fromLatin1(QUrl::toPercentEncoding(right)), wrong);
        const Expected<CacheLocation> loc = locate(writeConfig(kind, kind + QStringLiteral("-wrong.conf"), url, ourNode));
        QVERIFY2(loc, qPrintable(loc.error()));
        ImageCache cache(*loc);
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY(!s);
        QVERIFY2(!s.error().contains(wrong) && !s.error().contains(right), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QLatin1String("password"), Qt::CaseInsensitive)
                || s.error().contains(QLatin1String("denied"), Qt::CaseInsensitive),
            qPrintable(s.error()));
    }

    void noCacheTables()
    {
        const Expected<CacheLocation> loc = locate(writeConfig(QStringLiteral("sqlite"), QStringLiteral("old.conf"),
            m_db.url(QStringLiteral("old")), ourNode));
        QVERIFY2(loc, qPrintable(loc.error()));
        ImageCache cache(*loc);
        const Expected<CacheSnapshot> s = cache.snapshot();
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("zed_contract01")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QLatin1String("no image cache tables")), qPrintable(s.error()));
    }

    void unknownNode_data() { addKinds(); }
    void unknownNode()
    {
        QFETCH(QString, kind);
        const QString node = QStringLiteral("http://node-z:9292");
        const Expected<CacheLocation> loc
            = locate(writeConfig(kind, kind + QStringLiteral("-nodez.conf"), urlOf(kind), node));
        QVERIFY2(loc, qPrintable(loc.error()));
        ImageCache cache(*loc);
        const Expected<ImageCache::Summary> s = cache.summary();
        QVERIFY(!s);
        QVERIFY2(s.error().contains(node) && s.error().contains(ourNode) && s.error().contains(otherNode),
            qPrintable(s.error()));
        if (kind != QLatin1String("sqlite"))
            QVERIFY2(!s.error().contains(password()), qPrintable(s.error()));
    }

    void cliStatusAndList()
    {
        const QString config = m_db.filePath(QStringLiteral("mariadb-api.conf"));
        const auto ctl = [&](const QStringList &args, QByteArray *out, QByteArray *err = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_db.filePath(QStringLiteral("xdg")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(GCA_CACHECTL), QStringList { QStringLiteral("--config-file"), config } + args);
            if (!p.waitForFinished(60000))
                return -1;
            *out = p.readAllStandardOutput();
            const QByteArray stderrText = p.readAllStandardError();
            if (err)
                *err = stderrText;
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        };
        QByteArray out, err;
        QCOMPARE(ctl({ QStringLiteral("status"), QStringLiteral("--json") }, &out, &err), 0);
        QVERIFY2(err.isEmpty(), err.constData());
        const QJsonObject status = QJsonDocument::fromJson(out).object();
        QCOMPARE(status.value(QLatin1String("cached_images")).toInt(), 3);
        QCOMPARE(status.value(QLatin1String("effective_driver")).toString(), QStringLiteral("centralized_db"));
        QCOMPARE(status.value(QLatin1String("size")).toInt(), 335);
        QVERIFY(!out.contains(password().toUtf8()));
        QCOMPARE(ctl({ QStringLiteral("status") }, &out, &err), 0);
        QVERIFY(!out.contains(password().toUtf8()) && !err.contains(password().toUtf8()));
        QVERIFY2(out.contains("record without file: " + idC.toUtf8()), out.constData());
        QCOMPARE(ctl({ QStringLiteral("list"), QStringLiteral("--json") }, &out), 0);
        const QJsonArray cached = QJsonDocument::fromJson(out).object().value(QLatin1String("cached_images")).toArray();
        QCOMPARE(cached.size(), 3);
        QCOMPARE(cached.at(0).toObject().value(QLatin1String("image_id")).toString(), idA);
        QCOMPARE(cached.at(0).toObject().value(QLatin1String("hits")).toInt(), 3);
        QCOMPARE(cached.at(0).toObject().value(QLatin1String("last_accessed")).toDouble(),
            epoch(rows.at(1).accessed, QStringLiteral("mariadb")));
        QCOMPARE(cached.at(1).toObject().value(QLatin1String("image_id")).toString(), idB);
        QCOMPARE(cached.at(2).toObject().value(QLatin1String("image_id")).toString(), idC);
    }
};

QTEST_GUILESS_MAIN(TestCentralDbCache)
#include "tst_centraldbcache.moc"
