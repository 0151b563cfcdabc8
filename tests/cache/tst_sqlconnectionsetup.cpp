// How a Glance [database] connection URL becomes a Qt SQL connection's settings, without a server: each
// row says what pymysql / psycopg2 / pysqlite would connect to, and the QSqlDatabase must say the same.

#include "cache/sqlconnectionsetup.h"
#include "config/sqlalchemyurl.h"

#include <QSqlDatabase>
#include <QTest>

class TestSqlConnectionSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void configure_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::newRow("pymysql socket") << QStringLiteral(
            "mysql+pymysql://glance:s3cr%40t@controller/glance?unix_socket=/run/m.sock&charset=utf8")
                                        << true << QStringLiteral("localhost") << 3306 << QStringLiteral("glance")
                                        << QStringLiteral("s3cr@t") << QStringLiteral("glance")
                                        << QStringLiteral("UNIX_SOCKET=/run/m.sock;MYSQL_OPT_CONNECT_TIMEOUT=10");
        QTest::newRow("pymysql localhost is tcp")
            << QStringLiteral("mysql+pymysql://glance:pw@localhost/glance") << true << QStringLiteral("127.0.0.1")
            << 3306 << QStringLiteral("glance") << QStringLiteral("pw") << QStringLiteral("glance")
            << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10");
        QTest::newRow("mysqldb localhost stays")
            << QStringLiteral("mysql://glance:pw@localhost/glance") << true << QStringLiteral("localhost") << 3306
            << QStringLiteral("glance") << QStringLiteral("pw") << QStringLiteral("glance")
            << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10");
        QTest::newRow("mysql options") << QStringLiteral(
            "mysql+pymysql://g:pw@[::1]:3307/glance?connect_timeout=3&ssl_ca=/ca.pem&plugin=dbcounter")
                                       << true << QStringLiteral("::1") << 3307 << QStringLiteral("g")
                                       << QStringLiteral("pw") << QStringLiteral("glance")
                                       << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=3;SSL_CA=/ca.pem");
        QTest::newRow("read_default_file refused")
            << QStringLiteral("mysql+pymysql://glance@/glance?read_default_file=/etc/my.cnf") << false << QString() << 0
            << QString() << QString() << QString() << QString();
        QTest::newRow("repeated option refused")
            << QStringLiteral("mysql+pymysql://g:pw@h/glance?ssl_ca=/a&ssl_ca=/b") << false << QString() << 0
            << QString() << QString() << QString() << QString();
        QTest::newRow("postgresql socket directory")
            << QStringLiteral("postgresql+psycopg2://glance:pw@/glance?host=/run/pg&sslmode=disable") << true
            << QStringLiteral("/run/pg") << -1 << QStringLiteral("glance") << QStringLiteral("pw")
            << QStringLiteral("glance") << QStringLiteral("sslmode='disable';connect_timeout=10");
        QTest::newRow("postgresql tcp") << QStringLiteral("postgresql://glance:pw@db:5433/glance?application_name=it's")
                                        << true << QStringLiteral("db") << 5433 << QStringLiteral("glance")
                                        << QStringLiteral("pw") << QStringLiteral("glance")
                                        << QStringLiteral("application_name='it\\'s';connect_timeout=10");
        QTest::newRow("sqlite file") << QStringLiteral("sqlite:////var/lib/glance/glance.sqlite") << true << QString()
                                     << -1 << QString() << QString() << QStringLiteral("/var/lib/glance/glance.sqlite")
                                     << QString();
        QTest::newRow("sqlite memory") << QStringLiteral("sqlite://") << true << QString() << -1 << QString()
                                       << QString() << QStringLiteral(":memory:") << QString();
    }
    void configure()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const Expected<SqlAlchemyUrl> parsed = SqlAlchemyUrl::parse(url);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(parsed->qtDriver(), name);
            const Expected<void> configured = SqlConnectionSetup::configure(*parsed, db);
            QCOMPARE(bool(configured), ok);
            if (!ok) {
                QVERIFY(configured.error().contains(parsed->redacted()));
            } else {
                QTEST(db.hostName(), "host");
                QTEST(db.port(), "port");
                QTEST(db.userName(), "user");
                QTEST(db.password(), "password");
                QTEST(db.databaseName(), "database");
                QTEST(db.connectOptions(), "options");
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestSqlConnectionSetup)
#include "tst_sqlconnectionsetup.moc"
