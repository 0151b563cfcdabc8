// The region view from Glance's database (centralized_db): RegionReader and glance-cachectl nodes/matrix
// without --node, against real scratch MariaDB and PostgreSQL servers and an SQLite file (tests/db_server.py)
// holding a three-node region plus an old node URL (tests/support/regionfixture). No node is contacted:
// the node URLs do not even resolve.

#include "cache/regionreader.h"
#include "regionfixture.h"
#include "scratchdatabases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace RegionFixture;

namespace {

const QStringList kinds = { QStringLiteral("mariadb"), QStringLiteral("postgresql"), QStringLiteral("sqlite") };

// The most recent access of each node's copies, as nodes() must report it.
double lastAccessOf(int node, bool wholeSeconds)
{
    double last = 0;
    for (const Copy &c : copies()) {
        if (c.node == node)
            last = std::max(last, epoch(c.accessed, wholeSeconds));
    }
    return last;
}

// The cached images in the order every view starts from: by name ignoring case, unnamed last, then ID.
const QStringList expectedOrder = { centosId(), cirrosId(), ubuntuId(), windowsId(), unnamedId(), missingId() };

} // namespace

class TestCentralDbRegion : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;

    QString password() const
    {
        return m_db.info(QStringLiteral("mariadb")).value(QLatin1String("password")).toString();
    }
    QString encodedPassword() const { return QString::fromLatin1(QUrl::toPercentEncoding(password())); }

    QString writeConfig(const QString &name, const QString &driver, const QString &url)
    {
        const QString path = m_db.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nimage_cache_driver = %2\n"
                               "worker_self_reference_url = http://node-2:9292\n[database]\nconnection = %3\n")
                    .arg(m_db.filePath(QStringLiteral("cache")), driver, url)
                    .toUtf8());
        return path;
    }

    int ctl(const QStringList &args, QByteArray *out, QByteArray *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_db.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GCA_CACHECTL), args);
        if (!p.waitForFinished(60000))
            return -1;
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    void addKinds()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : kinds)
            QTest::newRow(qPrintable(kind)) << kind;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.isValid());
        QString error;
        QVERIFY2(m_db.start(kinds, {}, &error), qPrintable(error));
        for (const QString &kind : kinds) {
            QVERIFY2(m_db.schema(kind, &error), qPrintable(error));
            QVERIFY2(populate(m_db.url(kind), &error), qPrintable(kind + QStringLiteral(": ") + error));
        }
        // A Glance database at a Zed revision: images, but no cache tables yet.
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

    void read_data() { addKinds(); }
    void read()
    {
        QFETCH(QString, kind);
        const bool whole = kind == QLatin1String("mariadb"); // DATETIME keeps whole seconds there
        const Expected<RegionCacheMap> map = RegionReader::read(m_db.url(kind));
        QVERIFY2(map, qPrintable(map.error()));
        if (kind != QLatin1String("sqlite")) {
            QVERIFY(!map->database.contains(password()) && !map->database.contains(encodedPassword()));
            QVERIFY(map->database.contains(QLatin1String("***")));
        }

        // Every node that ever started, the old URL included, in node_reference_id order with its totals.
        QCOMPARE(map->nodes.size(), nodes().size());
        for (int n = 0; n < nodes().size(); ++n) {
            const RegionNode &node = map->nodes.at(n);
            QCOMPARE(node.url, nodes().at(n).url);
            QCOMPARE(node.id, qint64(n + 1));
            int count = 0;
            qint64 bytes = 0, hits = 0;
            for (const Copy &c : copies()) {
                if (c.node == n) {
                    ++count;
                    bytes += c.size;
                    hits += c.hits;
                }
            }
            QCOMPARE(node.images, count);
            QCOMPARE(node.bytes, bytes);
            QCOMPARE(node.hits, hits);
            QCOMPARE(node.lastAccessed, lastAccessOf(n, whole));
        }
        QCOMPARE(map->indexOfNode(orphanUrl()), 3);
        QCOMPARE(map->nodes.at(3).images, 1);

        // The cached images only (fedora is cached nowhere), each with Glance's facts and every copy.
        QStringList order;
        for (const RegionImage &i : map->images)
            order.append(i.imageId);
        QCOMPARE(order, expectedOrder);
        for (const RegionImage &image : map->images) {
            const auto fact = std::find_if(
                images().cbegin(), images().cend(), [&image](const Image &i) { return i.id == image.imageId; });
            if (fact == images().cend()) {
                QCOMPARE(image.glance, RegionImage::Missing);
                QVERIFY(image.name.isEmpty() && image.status.isEmpty());
                QCOMPARE(image.size, qint64(-1));
            } else {
                QCOMPARE(image.glance, fact->deleted ? RegionImage::Deleted : RegionImage::Present);
                QCOMPARE(image.name, fact->name);
                QCOMPARE(image.status, fact->status);
                QCOMPARE(image.size, fact->size);
                QCOMPARE(image.checksum, fact->checksum);
                QCOMPARE(image.osHashAlgo, fact->checksum.isEmpty() ? QString() : QStringLiteral("sha512"));
                QCOMPARE(image.osHashValue, QString(fact->checksum).repeated(fact->checksum.isEmpty() ? 0 : 4));
            }
            QVector<Copy> expected;
            for (const Copy &c : copies()) {
                if (c.imageId == image.imageId)
                    expected.append(c);
            }
            std::sort(expected.begin(), expected.end(), [](const Copy &a, const Copy &b) { return a.node < b.node; });
            QCOMPARE(image.copies.size(), expected.size());
            for (int k = 0; k < expected.size(); ++k) {
                const RegionCopy &got = image.copies.at(k);
                QCOMPARE(got.node, expected.at(k).node);
                QCOMPARE(got.size, expected.at(k).size);
                QCOMPARE(got.hits, qint64(expected.at(k).hits));
                QCOMPARE(got.lastAccessed, epoch(expected.at(k).accessed, whole));
                QCOMPARE(got.lastModified, epoch(expected.at(k).modified, whole));
                QVERIFY(got.checksum.isEmpty());
                QCOMPARE(image.copyOn(got.node), &got);
            }
        }
        const RegionImage &ubuntu = map->images.at(2);
        QVERIFY(map->isPartial(ubuntu)); // not on the old URL's entry
        QVERIFY(!image(*map, cirrosId()).copyOn(1));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void errors()
    {
        QFETCH(QString, kind);
        const QString wrong = QStringLiteral("wr0ng-s3cret");
        QString url = m_db.url(kind);
        url.replace(encodedPassword(), wrong);
        Expected<RegionCacheMap> map = RegionReader::read(url);
        QVERIFY(!map);
        QVERIFY2(!map.error().contains(wrong) && !map.error().contains(password()), qPrintable(map.error()));
        QVERIFY2(map.error().contains(QLatin1String("password"), Qt::CaseInsensitive)
                || map.error().contains(QLatin1String("denied"), Qt::CaseInsensitive),
            qPrintable(map.error()));
        // Nobody listening: the socket or socket directory of a server that is not there.
        url = m_db.url(kind);
        url.replace(QLatin1String("/run"), QLatin1String("/nothing"))
            .replace(QLatin1String("mysqld.sock"), QLatin1String("gone.sock"));
        map = RegionReader::read(url);
        QVERIFY(!map);
        QVERIFY2(map.error().startsWith(QLatin1String("Cannot connect to the database")), qPrintable(map.error()));
        QVERIFY2(
            !map.error().contains(password()) && !map.error().contains(encodedPassword()), qPrintable(map.error()));
    }

    void notGlancesDatabase()
    {
        Expected<RegionCacheMap> map = RegionReader::read(m_db.url(QStringLiteral("old")));
        QVERIFY(!map);
        QVERIFY2(map.error().contains(QLatin1String("zed_contract01")), qPrintable(map.error()));
        QVERIFY2(map.error().contains(QLatin1String("no image cache tables")), qPrintable(map.error()));
        map = RegionReader::read(QStringLiteral("redis://glance:secret@host/0"));
        QVERIFY(!map);
        QVERIFY2(!map.error().contains(QLatin1String("secret")), qPrintable(map.error()));
    }

    void cliNodes_data() { addKinds(); }
    void cliNodes()
    {
        QFETCH(QString, kind);
        const bool whole = kind == QLatin1String("mariadb");
        const QString config
            = writeConfig(kind + QStringLiteral("-api.conf"), QStringLiteral("centralized_db"), m_db.url(kind));
        QByteArray out, err;
        QCOMPARE(ctl({ QStringLiteral("--config-file"), config, QStringLiteral("nodes"), QStringLiteral("--json") },
                     &out, &err),
            0);
        QVERIFY2(err.isEmpty(), err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QVERIFY2(doc.value(QLatin1String("database")).toString().startsWith(m_db.url(kind).section(u':', 0, 0)),
            out.constData());
        const QJsonArray list = doc.value(QLatin1String("nodes")).toArray();
        QCOMPARE(list.size(), nodes().size());
        for (int n = 0; n < list.size(); ++n) {
            const QJsonObject o = list.at(n).toObject();
            QCOMPARE(o.value(QLatin1String("node")).toString(), nodes().at(n).url);
            QCOMPARE(o.value(QLatin1String("node_reference_id")).toInt(), n + 1);
            QCOMPARE(o.value(QLatin1String("last_accessed")).toDouble(), lastAccessOf(n, whole));
            QCOMPARE(o.value(QLatin1String("this_node")).toBool(), n == 1); // worker_self_reference_url
        }
        QCOMPARE(list.at(0).toObject().value(QLatin1String("cached_images")).toInt(), 3);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("size")).toInt(), 3000 + 200 + 70);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("hits")).toInt(), 5 + 41 + 0);

        QCOMPARE(ctl({ QStringLiteral("--config-file"), config, QStringLiteral("nodes") }, &out, &err), 0);
        for (const Node &n : nodes())
            QVERIFY2(out.contains(n.url.toUtf8()), out.constData());
        QVERIFY2(out.contains("Last access (UTC)"), out.constData());
        QVERIFY2(out.contains("2024-05-05T05:05:05"), out.constData()); // node-1's most recent access, in UTC
        if (kind != QLatin1String("sqlite"))
            QVERIFY(!out.contains(password().toUtf8()) && !out.contains(encodedPassword().toUtf8()));
    }

    void cliMatrix_data() { addKinds(); }
    void cliMatrix()
    {
        QFETCH(QString, kind);
        const bool whole = kind == QLatin1String("mariadb");
        const QString config
            = writeConfig(kind + QStringLiteral("-api.conf"), QStringLiteral("centralized_db"), m_db.url(kind));
        QByteArray out, err;
        QCOMPARE(ctl({ QStringLiteral("--config-file"), config, QStringLiteral("matrix"), QStringLiteral("--json") },
                     &out, &err),
            0);
        QVERIFY2(err.isEmpty(), err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value(QLatin1String("sources")).toArray().size(), nodes().size());
        QCOMPARE(doc.value(QLatin1String("sources")).toArray().at(3).toObject().value(QLatin1String("name")).toString(),
            orphanUrl());
        QVERIFY(doc.value(QLatin1String("images_known")).toBool());
        const QJsonArray rows = doc.value(QLatin1String("images")).toArray();
        QStringList order;
        for (const QJsonValue &r : rows)
            order.append(r.toObject().value(QLatin1String("image_id")).toString());
        QCOMPARE(order, expectedOrder);

        const QJsonObject centos = rows.at(0).toObject();
        QCOMPARE(centos.value(QLatin1String("glance")).toString(), QStringLiteral("deleted"));
        QCOMPARE(centos.value(QLatin1String("status")).toString(), QStringLiteral("deleted"));
        QVERIFY(!centos.value(QLatin1String("in_glance")).toBool());
        const QJsonArray centosCells = centos.value(QLatin1String("cells")).toArray();
        QCOMPARE(centosCells.size(), 4);
        QCOMPARE(centosCells.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("absent"));
        QCOMPARE(centosCells.at(3).toObject().value(QLatin1String("state")).toString(), QStringLiteral("cached"));
        QCOMPARE(centosCells.at(3).toObject().value(QLatin1String("hits")).toInt(), 12);
        QCOMPARE(centosCells.at(3).toObject().value(QLatin1String("last_accessed")).toDouble(),
            epoch(copies().at(0).accessed, whole));
        QCOMPARE(centosCells.at(3).toObject().value(QLatin1String("last_modified")).toDouble(),
            epoch(copies().at(0).modified, whole));

        const QJsonObject cirros = rows.at(1).toObject();
        QVERIFY(cirros.value(QLatin1String("in_glance")).toBool());
        QVERIFY(cirros.value(QLatin1String("partial")).toBool());
        QCOMPARE(cirros.value(QLatin1String("glance_size")).toInt(), 200);
        QCOMPARE(cirros.value(QLatin1String("os_hash_algo")).toString(), QStringLiteral("sha512"));
        const QJsonObject missing = rows.at(5).toObject();
        QCOMPARE(missing.value(QLatin1String("glance")).toString(), QStringLiteral("missing"));
        QVERIFY(missing.value(QLatin1String("status")).isNull());
        QVERIFY(missing.value(QLatin1String("glance_size")).isNull());

        QCOMPARE(ctl({ QStringLiteral("--config-file"), config, QStringLiteral("matrix") }, &out, &err), 0);
        for (const char *expected : { "deleted in Glance", "not in Glance", "cached (41 hits)", "Windows-2022",
                 "deactivated", "cached on 1 of 4", "http://node-3:9292 holds 4096 bytes, Glance says 5000" })
            QVERIFY2(out.contains(expected), qPrintable(QString::fromUtf8(out) + QLatin1String(expected)));
        if (kind != QLatin1String("sqlite"))
            QVERIFY(!out.contains(password().toUtf8()) && !out.contains(encodedPassword().toUtf8()));
    }

    // Which form runs, and what is refused.
    void cliChoice()
    {
        const QString url = m_db.url(QStringLiteral("mariadb"));
        const QString sqliteDriver = writeConfig(QStringLiteral("sqlite-driver.conf"), QStringLiteral("sqlite"), url);
        QByteArray out, err;
        // Another driver: the database has no records of this node's cache; say how to ask anyway.
        QCOMPARE(ctl({ QStringLiteral("--config-file"), sqliteDriver, QStringLiteral("nodes") }, &out, &err), 2);
        QVERIFY2(err.contains("image_cache_driver = sqlite") && err.contains("--from-database"), err.constData());
        QVERIFY(out.isEmpty());
        QCOMPARE(ctl({ QStringLiteral("--config-file"), sqliteDriver, QStringLiteral("nodes"),
                         QStringLiteral("--from-database"), QStringLiteral("--json") },
                     &out, &err),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("nodes")).toArray().size(), 4);
        // Both forms at once, or a cache directory that names no database: usage errors.
        QCOMPARE(
            ctl({ QStringLiteral("--config-file"), sqliteDriver, QStringLiteral("matrix"),
                    QStringLiteral("--from-database"), QStringLiteral("--node"), QStringLiteral("http://node-1:9292") },
                &out, &err),
            2);
        QVERIFY2(err.contains("give one of them"), err.constData());
        QCOMPARE(ctl({ QStringLiteral("--cache-dir"), m_db.path(), QStringLiteral("matrix") }, &out, &err), 2);
        QVERIFY2(err.contains("--config-file"), err.constData());

        // A wrong password: exit 1, the driver's refusal, never a password.
        QString wrongUrl = url;
        wrongUrl.replace(encodedPassword(), QStringLiteral("wr0ng-s3cret"));
        const QString wrong = writeConfig(QStringLiteral("wrong.conf"), QStringLiteral("centralized_db"), wrongUrl);
        QCOMPARE(ctl({ QStringLiteral("--config-file"), wrong, QStringLiteral("matrix") }, &out, &err), 1);
        QVERIFY2(err.contains("denied"), err.constData());
        QVERIFY2(!err.contains("wr0ng-s3cret") && !err.contains(encodedPassword().toUtf8()), err.constData());
        QVERIFY(out.isEmpty());
        // No cache tables: the revision is named.
        const QString old = writeConfig(
            QStringLiteral("old.conf"), QStringLiteral("centralized_db"), m_db.url(QStringLiteral("old")));
        QCOMPARE(ctl({ QStringLiteral("--config-file"), old, QStringLiteral("nodes") }, &out, &err), 1);
        QVERIFY2(err.contains("zed_contract01"), err.constData());
    }

private:
    static const RegionImage &image(const RegionCacheMap &map, const QString &id)
    {
        return *std::find_if(
            map.images.cbegin(), map.images.cend(), [&id](const RegionImage &i) { return i.imageId == id; });
    }
};

QTEST_GUILESS_MAIN(TestCentralDbRegion)
#include "tst_centraldbregion.moc"
