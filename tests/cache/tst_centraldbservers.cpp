// The harness the centralized_db tests build on: real scratch MariaDB and PostgreSQL servers from
// tests/db_server.py (plus an SQLite file), Glance's cache tables in them, and Qt's QMYSQL / QPSQL /
// QSQLITE drivers reaching them through the URL glance-api.conf would hold. If this fails, the backend
// tests cannot mean anything.

#include "cache/sqlconnectionsetup.h"
#include "config/sqlalchemyurl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include "scratchdatabases.h"

#include <QTest>
#include <QUrl>

namespace {

const QStringList kinds = { QStringLiteral("mariadb"), QStringLiteral("postgresql"), QStringLiteral("sqlite") };

// Glance writes utcnow() through the DBAPI as 'YYYY-MM-DD HH:MM:SS.ffffff'; this is one such value.
const QString writtenTime = QStringLiteral("2024-05-01 12:34:56.789012");

// The stored time read back as text with microseconds, in each dialect's words: QDateTime holds only
// milliseconds, so reading it as a QDateTime could not tell the two precisions apart.
QString timeAsText(SqlAlchemyUrl::Dialect dialect)
{
    switch (dialect) {
    case SqlAlchemyUrl::Dialect::MySql:
        return QStringLiteral("DATE_FORMAT(last_accessed, '%Y-%m-%d %H:%i:%s.%f')");
    case SqlAlchemyUrl::Dialect::PostgreSql:
        return QStringLiteral("to_char(last_accessed, 'YYYY-MM-DD HH24:MI:SS.US')");
    case SqlAlchemyUrl::Dialect::Sqlite:
        break;
    }
    return QStringLiteral("last_accessed");
}

} // namespace

class TestCentralDbServers : public QObject
{
    Q_OBJECT
private:
    ScratchDatabases m_db;

    // The URL of a server: its unix socket form, or with tcp its 127.0.0.1:port form.
    Expected<SqlAlchemyUrl> urlOf(const QString &kind, bool tcp) const
    {
        const QJsonObject info = m_db.info(kind);
        return SqlAlchemyUrl::parse(info.value(tcp ? QLatin1String("tcp_url") : QLatin1String("url")).toString());
    }

    void addRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("tcp");
        QTest::newRow("mariadb socket") << QStringLiteral("mariadb") << false;
        QTest::newRow("mariadb tcp") << QStringLiteral("mariadb") << true;
        QTest::newRow("postgresql socket") << QStringLiteral("postgresql") << false;
        QTest::newRow("postgresql tcp") << QStringLiteral("postgresql") << true;
    }

public:

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.isValid());
        QString error;
        QVERIFY2(m_db.start(kinds, { QStringLiteral("--tcp") }, &error), qPrintable(error));
        for (const QString &kind : kinds)
            QVERIFY2(m_db.schema(kind, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_db.stop(); }

    void urlsParse_data()
    {
        addRows();
        QTest::newRow("sqlite") << QStringLiteral("sqlite") << false;
    }
    void urlsParse()
    {
        QFETCH(QString, kind);
        QFETCH(bool, tcp);
        const Expected<SqlAlchemyUrl> url = urlOf(kind, tcp);
        QVERIFY2(url, qPrintable(url.error()));
        const QString password = m_db.info(kind).value(QLatin1String("password")).toString();
        if (kind != QLatin1String("sqlite")) {
            QCOMPARE(url->password().value_or(QString()), password);
            QVERIFY(!url->redacted().contains(password));
            QCOMPARE(url->userName().value_or(QString()), QStringLiteral("glance"));
        }
        QCOMPARE(url->qtDriver(),
            kind == QLatin1String("mariadb")          ? QStringLiteral("QMYSQL")
                : kind == QLatin1String("postgresql") ? QStringLiteral("QPSQL")
                                                      : QStringLiteral("QSQLITE"));
    }

    // A node registers itself, caches an image, and the row reads back as Glance wrote it: naive UTC times,
    // whole seconds on MariaDB (DATETIME without fractional digits), microseconds elsewhere.
    void roundTrip_data()
    {
        addRows();
        QTest::newRow("sqlite") << QStringLiteral("sqlite") << false;
    }
    void roundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(bool, tcp);
        const Expected<SqlAlchemyUrl> url = urlOf(kind, tcp);
        QVERIFY2(url, qPrintable(url.error()));
        const QString name = QStringLiteral("roundtrip-%1-%2").arg(kind).arg(tcp);
        const QString nodeUrl = QStringLiteral("http://node-%1:9292").arg(name);
        const QString imageId = QStringLiteral("0e7d6a4c-8f3b-4c2a-9d1e-5b6f7a8c9d0e");
        {
            const Expected<void> opened = SqlConnectionSetup::open(*url, name);
            QVERIFY2(opened, qPrintable(opened.error()));
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QSqlQuery q(db);
            QVERIFY2(
                q.exec(QStringLiteral("SELECT version_num FROM alembic_version")), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("2024_1_expand01"));

            QVERIFY(q.prepare(QStringLiteral("INSERT INTO node_reference (node_reference_url) VALUES (?)")));
            q.addBindValue(nodeUrl);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(
                q.prepare(QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = ?")));
            q.addBindValue(nodeUrl);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const qint64 nodeId = q.value(0).toLongLong();
            QVERIFY(nodeId > 0);

            const QString insert = QStringLiteral(
                "INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits, checksum, "
                "node_reference_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
            QVERIFY(q.prepare(insert));
            for (const QVariant &value :
                { QVariant(imageId), QVariant(writtenTime), QVariant(writtenTime), QVariant(qint64(5368709120)),
                    QVariant(0), QVariant(QMetaType::fromType<QString>()), QVariant(nodeId) })
                q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

            QVERIFY(q.prepare(QStringLiteral("SELECT image_id, size, hits, checksum, %1, last_modified "
                                             "FROM cached_images WHERE node_reference_id = ?")
                                  .arg(timeAsText(url->dialect()))));
            q.addBindValue(nodeId);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), imageId);
            QCOMPARE(q.value(1).toLongLong(), qint64(5368709120));
            QCOMPARE(q.value(2).toInt(), 0);
            QVERIFY(q.isNull(3));
            const QString expectedTime
                = kind == QLatin1String("mariadb") ? QStringLiteral("2024-05-01 12:34:56.000000") : writtenTime;
            QCOMPARE(q.value(4).toString(), expectedTime);
            // As a QDateTime the wall-clock reading is the written one (to the second), whatever the zone.
            const QDateTime modified = q.value(5).toDateTime();
            if (kind != QLatin1String("sqlite")) // QSQLITE hands back the stored text
                QVERIFY2(modified.isValid(), qPrintable(q.value(5).toString()));
            QCOMPARE(q.value(5).toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), writtenTime.left(19));
            QVERIFY(!q.next());

            // The unique key of §4: one row per image and node.
            QVERIFY(q.prepare(insert));
            for (const QVariant &value : { QVariant(imageId), QVariant(writtenTime), QVariant(writtenTime),
                     QVariant(qint64(1)), QVariant(0), QVariant(QMetaType::fromType<QString>()), QVariant(nodeId) })
                q.addBindValue(value);
            QVERIFY(!q.exec());
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A wrong password is refused with a sentence that names the server (redacted) and holds neither the
    // wrong nor the right password.
    void wrongPassword_data() { addRows(); }
    void wrongPassword()
    {
        QFETCH(QString, kind);
        QFETCH(bool, tcp);
        const QString right = m_db.info(kind).value(QLatin1String("password")).toString();
        const QString wrong = QStringLiteral("wr0ng-s3cret");
        QString text = m_db.info(kind).value(tcp ? QLatin1String("tcp_url") : QLatin1String("url")).toString();
        const QString escaped = QString::fromLatin1(QUrl::toPercentEncoding(right));
        QVERIFY(text.contains(escaped));
        text.replace(escaped, wrong);
        const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(text);
        QVERIFY2(url, qPrintable(url.error()));
        const QString name = QStringLiteral("wrongpassword-%1-%2").arg(kind).arg(tcp);
        {
            const Expected<void> opened = SqlConnectionSetup::open(*url, name);
            QVERIFY(!opened);
            QVERIFY2(!opened.error().contains(wrong), qPrintable(opened.error()));
            QVERIFY2(!opened.error().contains(right), qPrintable(opened.error()));
            QVERIFY2(opened.error().contains(url->redacted()), qPrintable(opened.error()));
            // The driver's own reason is kept: it is what tells a person the password is wrong.
            QVERIFY2(opened.error().contains(QLatin1String("password"), Qt::CaseInsensitive)
                    || opened.error().contains(QLatin1String("denied"), Qt::CaseInsensitive),
                qPrintable(opened.error()));
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestCentralDbServers)
#include "tst_centraldbservers.moc"
