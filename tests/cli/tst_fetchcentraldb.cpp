// glance-cachectl queue / fetch / list / verify / status as an operator runs them on a node whose cache driver
// is Glance's centralized_db: a glance-api.conf naming a scratch MariaDB, PostgreSQL or SQLite database
// (tests/db_server.py) that holds two nodes' rows, and the images served by tests/fake_glance.py. Every
// database change is read back twice: by the test's own SQL (every node's rows, to see what else changed) and
// by Glance's own queries through SQLAlchemy (tests/centraldb_oracle.py).

#include "cache/sqlconnectionsetup.h"
#include "config/sqlalchemyurl.h"
#include "centraldbrows.h"
#include "scratchdatabases.h"
#include "testcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

namespace {

const QString ourNode = QStringLiteral("http://node-a.example:9292");
const QString otherNode = QStringLiteral("http://node-b.example:9292");
const QString strangerNode = QStringLiteral("http://node-z.example:9292"); // not in node_reference
const QString idA = QStringLiteral("a1000000-0000-4000-8000-00000000000a");
const QString idB = QStringLiteral("b2000000-0000-4000-8000-00000000000b");
const QString idC = QStringLiteral("c3000000-0000-4000-8000-00000000000c");
const qint64 sizeA = 300 * 1024 + 11;
const qint64 sizeB = 1024 * 1024 + 3;

// One cached_images row as stored, joined to its node's URL, for "nothing else changed" comparisons.
struct DbRow
{
    qint64 id = 0;
    QString node, image;
    QVariant accessed, modified;
    qint64 size = 0;
    int hits = 0;
    bool checksumNull = true;
    bool operator==(const DbRow &o) const
    {
        return id == o.id && node == o.node && image == o.image && accessed == o.accessed && modified == o.modified
            && size == o.size && hits == o.hits && checksumNull == o.checksumNull;
    }
};

char *toString(const DbRow &r)
{
    return qstrdup(qPrintable(QStringLiteral("#%1 %2 %3 %4 size=%5 hits=%6")
                                  .arg(r.id)
                                  .arg(r.node, r.image, r.accessed.toString())
                                  .arg(r.size)
                                  .arg(r.hits)));
}

struct Ctl
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestFetchCentralDb : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;
    QTemporaryDir m_home; // no clouds.yaml, no OS_* variables
    QProcess m_fake;
    QString m_imageUrl;
    QHash<QString, QByteArray> m_md5; // what Glance records for each image

    QString password(const QString &kind) const { return m_db.info(kind).value(QLatin1String("password")).toString(); }
    QString cacheDir(const QString &kind) const { return m_db.filePath(QStringLiteral("cache-") + kind); }
    QString configOf(const QString &kind, const QString &node) const
    {
        return m_db.filePath(kind + (node == ourNode ? QStringLiteral("-api.conf") : QStringLiteral("-z-api.conf")));
    }

    bool writeConfig(const QString &kind, const QString &node)
    {
        QFile f(configOf(kind, node));
        return f.open(QIODevice::WriteOnly)
            && f.write(QStringLiteral("[DEFAULT]\nimage_cache_dir = %1\nimage_cache_driver = centralized_db\n"
                                      "worker_self_reference_url = %2\n\n[database]\nconnection = %3\n")
                           .arg(cacheDir(kind), node, m_db.url(kind))
                           .toUtf8())
            > 0;
    }

    Ctl ctl(const QString &kind, const QStringList &args, const QString &node = ourNode)
    {
        Ctl r;
        QProcess p;
        p.setProcessEnvironment(TestCache::cliEnvironment(m_home.path()));
        p.start(
            QStringLiteral(GCA_CACHECTL), QStringList { QStringLiteral("--config-file"), configOf(kind, node) } + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        return r;
    }
    QStringList fetchArgs() const { return { QStringLiteral("--os-image-url"), m_imageUrl, QStringLiteral("--json") }; }

    // The fake Glance's control routes.
    QJsonObject fake(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest req { QUrl(m_imageUrl + path) };
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(30000))
            return {};
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    // Image requests (description or data) the fake has answered so far.
    int imageRequests()
    {
        return fake("GET", QStringLiteral("/_fake/stats")).value(QLatin1String("tokens")).toArray().size();
    }

    // Runs work on a connection of the test's own to kind's database; false with the driver's words in *error.
    bool withDb(const QString &kind, const std::function<bool(QSqlQuery &)> &work, QString *error)
    {
        return withCentralDb(m_db.url(kind), work, error);
    }

    QVector<DbRow> allRows(const QString &kind)
    {
        QVector<DbRow> rows;
        QString error;
        const bool ok = withDb(
            kind,
            [&](QSqlQuery &q) {
                if (!q.exec(
                        QStringLiteral("SELECT c.id, n.node_reference_url, c.image_id, c.last_accessed, "
                                       "c.last_modified, c.size, c.hits, c.checksum FROM cached_images c JOIN "
                                       "node_reference n ON n.node_reference_id = c.node_reference_id ORDER BY c.id")))
                    return false;
                while (q.next())
                    rows.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3),
                        q.value(4), q.value(5).toLongLong(), q.value(6).toInt(), q.value(7).isNull() });
                return true;
            },
            &error);
        if (!ok)
            qWarning("reading %s: %s", qPrintable(kind), qPrintable(error));
        return rows;
    }

    qint64 nodeId(const QString &kind, const QString &node)
    {
        qint64 id = -1;
        QString error;
        withDb(
            kind,
            [&](QSqlQuery &q) {
                q.prepare(QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = ?"));
                q.addBindValue(node);
                if (q.exec() && q.next())
                    id = q.value(0).toLongLong();
                return true;
            },
            &error);
        return id;
    }

    // This node's rows as Glance's get_cached_images() reads them through SQLAlchemy (epoch seconds of the
    // naive UTC values), by image ID.
    QHash<QString, QJsonObject> glanceRows(const QString &kind)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // datetime.timestamp() of naive UTC values
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral(GCA_TESTS_DIR "/centraldb_oracle.py"), QStringLiteral("rows"), m_db.url(kind), ourNode });
        QHash<QString, QJsonObject> rows;
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("centraldb_oracle.py: %s", p.readAllStandardError().constData());
            return rows;
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(p.readAllStandardOutput()).array())
            rows.insert(v.toObject().value(QLatin1String("image_id")).toString(), v.toObject());
        return rows;
    }

    // Every file under the cache directory, relative, for "nothing was written" comparisons.
    QStringList filesOf(const QString &kind) const
    {
        QStringList files;
        const QDir base(cacheDir(kind));
        for (const QString &area :
            { QString(), QStringLiteral("incomplete"), QStringLiteral("invalid"), QStringLiteral("queue") }) {
            for (const QString &name : QDir(base.filePath(area)).entryList(QDir::Files, QDir::Name))
                files.append(area.isEmpty() ? name : area + u'/' + name);
        }
        return files;
    }

    QByteArray md5Of(const QString &path) const
    {
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Md5);
        return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result().toHex() : QByteArray();
    }

    bool leaksPassword(const QString &kind, const Ctl &r) const
    {
        const QByteArray secret = password(kind).toUtf8();
        return !secret.isEmpty() && (r.out.contains(secret) || r.err.contains(secret));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.isValid() && m_home.isValid());
        // Every server once for the whole binary; the fake Glance starts while they initialise.
        m_fake.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral(GCA_TESTS_DIR "/fake_glance.py") });
        QVERIFY(m_fake.waitForStarted(30000));
        QString error;
        QVERIFY2(m_db.start(
                     { QStringLiteral("mariadb"), QStringLiteral("postgresql"), QStringLiteral("sqlite") }, {}, &error),
            qPrintable(error));
        while (!m_fake.canReadLine() && m_fake.waitForReadyRead(60000)) { }
        m_imageUrl = QJsonDocument::fromJson(m_fake.readLine()).object().value(QLatin1String("url")).toString();
        QVERIFY2(m_imageUrl.startsWith(QLatin1String("http://127.0.0.1:")), m_fake.readAllStandardError().constData());
        for (const auto &[id, size] :
            { std::pair { idA, sizeA }, std::pair { idB, sizeB }, std::pair { idC, sizeA } }) {
            const QJsonObject image
                = fake("PUT", QStringLiteral("/_fake/images/") + id, "{\"size\": " + QByteArray::number(size) + '}');
            QCOMPARE(image.value(QLatin1String("id")).toString(), id);
            m_md5.insert(id, image.value(QLatin1String("checksum")).toString().toLatin1());
        }

        for (const QString &kind : m_db.names()) {
            QVERIFY2(m_db.schema(kind, &error), qPrintable(error));
            // Both nodes as their glance-api wrote them at start-up; the other node already caches A and C
            // (a row it may have after a hit, with a checksum), so a fetch here that touched its rows would show.
            QVERIFY2(withDb(
                         kind,
                         [&](QSqlQuery &q) {
                             for (const QString &node : { otherNode, ourNode }) {
                                 if (!q.prepare(
                                         QStringLiteral("INSERT INTO node_reference (node_reference_url) VALUES (?)")))
                                     return false;
                                 q.addBindValue(node);
                                 if (!q.exec())
                                     return false;
                             }
                             const QList<QVariantList> others {
                                 { idA, QStringLiteral("2024-01-01 00:00:00.000000"), sizeA, 7,
                                     QVariant(QString::fromLatin1(m_md5.value(idA))) },
                                 { idC, QStringLiteral("2024-01-02 03:04:05.600000"), sizeA, 0,
                                     QVariant(QMetaType::fromType<QString>()) },
                             };
                             for (const QVariantList &o : others) {
                                 if (!q.prepare(QStringLiteral(
                                         "INSERT INTO cached_images (image_id, last_accessed, last_modified, "
                                         "size, hits, checksum, node_reference_id) SELECT ?, ?, ?, ?, ?, ?, "
                                         "node_reference_id FROM node_reference WHERE node_reference_url = ?")))
                                     return false;
                                 for (const QVariant &v :
                                     { o.at(0), o.at(1), o.at(1), o.at(2), o.at(3), o.at(4), QVariant(otherNode) })
                                     q.addBindValue(v);
                                 if (!q.exec())
                                     return false;
                             }
                             return true;
                         },
                         &error),
                qPrintable(error));
            QVERIFY(writeConfig(kind, ourNode));
            QVERIFY(writeConfig(kind, strangerNode));
            // The layout glance-api creates at start-up.
            for (const char *sub : { "incomplete", "invalid", "queue" })
                QVERIFY(QDir().mkpath(cacheDir(kind) + u'/' + QLatin1String(sub)));
        }
    }

    void cleanupTestCase()
    {
        m_fake.closeWriteChannel();
        if (!m_fake.waitForFinished(30000))
            m_fake.kill();
        m_db.stop();
    }

    void queueFetchListVerify_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    void queueFetchListVerify()
    {
        QFETCH(QString, kind);
        const QDir dir(cacheDir(kind));
        const QVector<DbRow> seeded = allRows(kind);
        QCOMPARE(seeded.size(), 2);

        // status names the database (redacted) and this node; the password never appears.
        Ctl r = ctl(kind, { QStringLiteral("status"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QVERIFY(!leaksPassword(kind, r));
        QJsonObject status = r.json();
        QCOMPARE(status.value(QLatin1String("effective_driver")).toString(), QStringLiteral("centralized_db"));
        QCOMPARE(status.value(QLatin1String("database")).toString(), SqlAlchemyUrl::parse(m_db.url(kind))->redacted());
        QCOMPARE(status.value(QLatin1String("node_url")).toString(), ourNode);
        if (kind != QLatin1String("sqlite"))
            QVERIFY2(
                status.value(QLatin1String("database")).toString().contains(QLatin1String("***")), r.out.constData());
        QCOMPARE(status.value(QLatin1String("cached_images")).toInt(), 0);
        r = ctl(kind, { QStringLiteral("status") }); // the text form says the same
        QCOMPARE(r.code, 0);
        QVERIFY(!leaksPassword(kind, r));
        QVERIFY2(r.out.contains(QStringLiteral("Records:         node %1 in %2")
                                    .arg(ourNode, status.value(QLatin1String("database")).toString())
                                    .toUtf8()),
            r.out.constData());

        r = ctl(kind, { QStringLiteral("queue"), idA, idB });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("queue/") + idA)));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("queue/") + idB)));
        QCOMPARE(allRows(kind), seeded); // queueing is files only

        // fetch without IDs: the queue, two at once (each commit on its own pool thread and connection).
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        r = ctl(kind,
            fetchArgs() + QStringList { QStringLiteral("fetch"), QStringLiteral("--parallel"), QStringLiteral("2") });
        const qint64 t1 = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QVERIFY(!leaksPassword(kind, r));
        const QJsonArray results = r.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &v : results)
            QVERIFY2(
                v.toObject().value(QLatin1String("outcome")).toString() == QLatin1String("cached"), r.out.constData());

        // Files in the base directory, the same bytes Glance serves; markers gone; nothing left behind.
        QCOMPARE(filesOf(kind), (QStringList { idA, idB }));
        QCOMPARE(QFileInfo(dir.filePath(idA)).size(), sizeA);
        QCOMPARE(QFileInfo(dir.filePath(idB)).size(), sizeB);
        QCOMPARE(md5Of(dir.filePath(idA)), m_md5.value(idA));
        QCOMPARE(md5Of(dir.filePath(idB)), m_md5.value(idB));

        // Exactly one new row per image, ours; the other node's rows as they were.
        const QVector<DbRow> fetched = allRows(kind);
        QCOMPARE(fetched.size(), seeded.size() + 2);
        QCOMPARE(fetched.mid(0, seeded.size()), seeded);
        const qint64 ourId = nodeId(kind, ourNode);
        QHash<QString, qint64> rowIds;
        for (const DbRow &row : fetched.mid(seeded.size())) {
            QCOMPARE(row.node, ourNode);
            QVERIFY(row.image == idA || row.image == idB);
            QVERIFY(!rowIds.contains(row.image));
            rowIds.insert(row.image, row.id);
        }
        // As Glance reads them: hits 0, checksum NULL, size = the file's, times = UTC now at the fetch.
        const QHash<QString, QJsonObject> glance = glanceRows(kind);
        QCOMPARE(glance.size(), 2);
        for (const QString &id : { idA, idB }) {
            const QJsonObject row = glance.value(id);
            QCOMPARE(row.value(QLatin1String("id")).toInteger(), rowIds.value(id));
            QCOMPARE(row.value(QLatin1String("node_reference_id")).toInteger(), ourId);
            QCOMPARE(row.value(QLatin1String("hits")).toInt(), 0);
            QVERIFY(row.value(QLatin1String("checksum")).isNull());
            QCOMPARE(row.value(QLatin1String("size")).toInteger(), QFileInfo(dir.filePath(id)).size());
            const QJsonObject types = row.value(QLatin1String("types")).toObject();
            QCOMPARE(types.value(QLatin1String("last_accessed")).toString(), QStringLiteral("datetime"));
            QCOMPARE(types.value(QLatin1String("last_modified")).toString(), QStringLiteral("datetime"));
            const double accessed = row.value(QLatin1String("last_accessed")).toDouble();
            const double modified = row.value(QLatin1String("last_modified")).toDouble();
            // MariaDB's DATETIME keeps whole seconds (and rounds), the others microseconds.
            QVERIFY2(accessed >= std::floor(double(t0) / 1000.0) && accessed <= std::ceil(double(t1) / 1000.0),
                qPrintable(QStringLiteral("%1 not within [%2, %3] ms").arg(accessed, 0, 'f', 6).arg(t0).arg(t1)));
            QVERIFY(modified >= accessed && modified - accessed < 1.0);
        }

        // list --json: Glance's keys for this driver, with the row id, in Glance's key order.
        r = ctl(kind, { QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray cached = r.json().value(QLatin1String("cached_images")).toArray();
        QCOMPARE(cached.size(), 2);
        for (const QJsonValue &v : cached) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QLatin1String("image_id")).toString();
            const QJsonObject g = glance.value(id);
            QVERIFY2(!g.isEmpty(), qPrintable(id));
            QCOMPARE(c.value(QLatin1String("id")).toInteger(), g.value(QLatin1String("id")).toInteger());
            QCOMPARE(c.value(QLatin1String("size")).toInteger(), g.value(QLatin1String("size")).toInteger());
            QCOMPARE(c.value(QLatin1String("hits")).toInt(), 0);
            QVERIFY(c.contains(QLatin1String("checksum")) && c.value(QLatin1String("checksum")).isNull());
            QCOMPARE(
                c.value(QLatin1String("last_accessed")).toDouble(), g.value(QLatin1String("last_accessed")).toDouble());
            QVERIFY2(r.out.contains("{\"id\": " + QByteArray::number(g.value(QLatin1String("id")).toInteger())
                         + ", \"image_id\": \"" + id.toUtf8() + '"'),
                r.out.constData());
        }
        QVERIFY(r.json().value(QLatin1String("queued_images")).toArray().isEmpty());

        // verify (no IDs: every cached image) re-hashes against Glance's checksums and moves no hit or time.
        r = ctl(kind, fetchArgs() + QStringList { QStringLiteral("verify") });
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        const QJsonArray verified = r.json().value(QLatin1String("results")).toArray();
        QCOMPARE(verified.size(), 2);
        for (const QJsonValue &v : verified)
            QVERIFY2(v.toObject().value(QLatin1String("outcome")).toString() == QLatin1String("verified"),
                r.out.constData());
        QCOMPARE(allRows(kind), fetched);

        // Fetching a cached image again is nothing to do: no request, no row, no file.
        int requests = imageRequests();
        r = ctl(kind, fetchArgs() + QStringList { QStringLiteral("fetch"), idA });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()
                     .value(QLatin1String("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("outcome"))
                     .toString(),
            QStringLiteral("already_cached"));
        QCOMPARE(imageRequests(), requests);
        QCOMPARE(allRows(kind), fetched);
        QCOMPARE(filesOf(kind), (QStringList { idA, idB }));
        // The queue is empty now: fetch without IDs says so.
        r = ctl(kind, fetchArgs() + QStringList { QStringLiteral("fetch") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("{\"results\": []}"));

        // Our row without its file (removed by hand): refused, Glance would keep the stale row. The image is
        // not cached (no file), so the pre-flight asks Glance about it first.
        QVERIFY(QFile::remove(dir.filePath(idB)));
        r = ctl(kind, fetchArgs() + QStringList { QStringLiteral("fetch"), idB });
        QCOMPARE(r.code, 1);
        QJsonObject result = r.json().value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
        QVERIFY2(
            result.value(QLatin1String("message")).toString().contains(QLatin1String("already records image ") + idB),
            r.out.constData());
        QVERIFY(!leaksPassword(kind, r));
        QCOMPARE(imageRequests(), ++requests); // the pre-flight description only: no data asked for
        QCOMPARE(allRows(kind), fetched);
        QCOMPARE(filesOf(kind), QStringList { idA });

        // A node whose worker_self_reference_url is not in node_reference: refused before any request,
        // nothing written anywhere, and the sentence names the nodes the database knows. With an ID, the
        // image's own check refuses it; without, reading the queue's node already does.
        QVERIFY(ctl(kind, { QStringLiteral("queue"), idC }, strangerNode).code == 0);
        const auto refusesStranger = [&](const QString &message) {
            QVERIFY2(message.contains(strangerNode) && message.contains(QLatin1String("not in node_reference"))
                    && message.contains(ourNode) && message.contains(otherNode),
                qPrintable(message));
            QVERIFY(!leaksPassword(kind, r));
            QCOMPARE(imageRequests(), requests);
            QCOMPARE(allRows(kind), fetched);
            QCOMPARE(filesOf(kind), (QStringList { idA, QStringLiteral("queue/") + idC })); // still queued
        };
        r = ctl(kind, fetchArgs() + QStringList { QStringLiteral("fetch"), idC }, strangerNode);
        QCOMPARE(r.code, 1);
        result = r.json().value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QLatin1String("image_id")).toString(), idC);
        QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
        ++requests; // the pre-flight description of idC; no data asked for
        refusesStranger(result.value(QLatin1String("message")).toString());
        r = ctl(kind, fetchArgs() + QStringList { QStringLiteral("fetch") }, strangerNode);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        refusesStranger(QString::fromUtf8(r.err));

        // status of that node fails with the same sentence instead of figures it cannot have.
        r = ctl(kind, { QStringLiteral("status"), QStringLiteral("--json") }, strangerNode);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        refusesStranger(QString::fromUtf8(r.err));
    }
};

QTEST_GUILESS_MAIN(TestFetchCentralDb)
#include "tst_fetchcentraldb.moc"
