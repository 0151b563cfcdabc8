#include "config/sqlalchemyurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

// One URL and what make_url gives for it. QVariant() stands for Python's None, so that "absent" and
// "present but empty" stay apart as they do in SQLAlchemy.
struct UrlCase
{
    const char *name;
    QString url;
    bool ok;
    // Only for refused URLs: make_url accepts it, and we refuse on purpose (see sqlalchemyurl.h).
    bool acceptedBySqlAlchemy;
    QString dialect;
    QString driver;
    QVariant user;
    QVariant password;
    QVariant host;
    int port; // -1: none
    QVariant database;
    QVariantMap query;
    // A text that must appear in no message about this URL.
    QString secret;
};

QVariant none()
{
    return {};
}

QVariant str(const char *text)
{
    return QString::fromUtf8(text);
}

UrlCase parsed(const char *name, const char *url, const char *dialect, const char *driver, QVariant user,
    QVariant password, QVariant host, int port, QVariant database, QVariantMap query = {})
{
    const QString secret = password.isNull() ? QString() : password.toString();
    return UrlCase { name, QString::fromUtf8(url), true, false, QString::fromUtf8(dialect), QString::fromUtf8(driver),
        user, password, host, port, database, query, secret };
}

UrlCase refused(const char *name, const char *url, bool acceptedBySqlAlchemy, const char *secret = "")
{
    return UrlCase { name, QString::fromUtf8(url), false, acceptedBySqlAlchemy, {}, {}, {}, {}, {}, -1, {}, {},
        QString::fromUtf8(secret) };
}

QVariantMap query(std::initializer_list<std::pair<const char *, QStringList>> items)
{
    QVariantMap map;
    for (const auto &[key, values] : items)
        map.insert(QString::fromUtf8(key), values);
    return map;
}

QStringList values(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

const QList<UrlCase> &cases()
{
    static const QList<UrlCase> list = {
        // What glance-api.conf files hold in practice.
        parsed("pymysql tcp, escaped password", "mysql+pymysql://glance:s3cr%40t%2Fpw@controller/glance?charset=utf8",
            "mysql", "pymysql", str("glance"), str("s3cr@t/pw"), str("controller"), -1, str("glance"),
            query({ { "charset", values({ "utf8" }) } })),
        parsed("pymysql unix socket",
            "mysql+pymysql://glance:pw1234@localhost/glance?unix_socket=/run/mysqld/mysqld.sock&charset=utf8", "mysql",
            "pymysql", str("glance"), str("pw1234"), str("localhost"), -1, str("glance"),
            query({ { "unix_socket", values({ "/run/mysqld/mysqld.sock" }) }, { "charset", values({ "utf8" }) } })),
        parsed("mysql default driver with port", "mysql://glance:pw1234@db.example.com:3307/glance", "mysql", "mysqldb",
            str("glance"), str("pw1234"), str("db.example.com"), 3307, str("glance")),
        parsed("read_default_file, no host", "mysql+pymysql://glance@/glance?read_default_file=/etc/mysql/glance.cnf",
            "mysql", "pymysql", str("glance"), none(), none(), -1, str("glance"),
            query({ { "read_default_file", values({ "/etc/mysql/glance.cnf" }) } })),
        parsed("mariadb dialect, ipv6", "mariadb+pymysql://glance:pw1234@[::1]:3306/glance", "mariadb", "pymysql",
            str("glance"), str("pw1234"), str("::1"), 3306, str("glance")),
        parsed("postgresql tcp", "postgresql://glance:pw1234@controller/glance", "postgresql", "psycopg2",
            str("glance"), str("pw1234"), str("controller"), -1, str("glance")),
        parsed("postgresql socket directory",
            "postgresql+psycopg2://glance:s3cr%40t%2Fpw@/glance?host=/var/run/postgresql", "postgresql", "psycopg2",
            str("glance"), str("s3cr@t/pw"), none(), -1, str("glance"),
            query({ { "host", values({ "/var/run/postgresql" }) } })),
        parsed("postgresql ipv6 with options", "postgresql://glance:pw1234@[2001:db8::5]:5433/glance?sslmode=require",
            "postgresql", "psycopg2", str("glance"), str("pw1234"), str("2001:db8::5"), 5433, str("glance"),
            query({ { "sslmode", values({ "require" }) } })),
        parsed("repeated query key", "postgresql://@/glance?host=/x&host=/y", "postgresql", "psycopg2", str(""), none(),
            none(), -1, str("glance"), query({ { "host", values({ "/x", "/y" }) } })),
        parsed("sqlite absolute", "sqlite:////var/lib/glance/glance.sqlite", "sqlite", "pysqlite", none(), none(),
            none(), -1, str("/var/lib/glance/glance.sqlite")),
        parsed("sqlite relative", "sqlite:///glance.sqlite", "sqlite", "pysqlite", none(), none(), none(), -1,
            str("glance.sqlite")),
        parsed("sqlite in memory", "sqlite://", "sqlite", "pysqlite", none(), none(), none(), -1, none()),
        parsed("sqlite empty database", "sqlite:///", "sqlite", "pysqlite", none(), none(), none(), -1, str("")),
        parsed(
            "sqlite :memory:", "sqlite:///:memory:", "sqlite", "pysqlite", none(), none(), none(), -1, str(":memory:")),
        // The corners of make_url's pattern and of Python's unquote and parse_qsl.
        parsed("user name with @ (backtracking)", "mysql://a@b@host/db", "mysql", "mysqldb", str("a@b"), none(),
            str("host"), -1, str("db")),
        parsed("password with : / %", "mysql://user:p%3Aw%2F%25x@host/db", "mysql", "mysqldb", str("user"),
            str("p:w/%x"), str("host"), -1, str("db")),
        parsed("password with raw colon", "mysql://user:pa:ss@host/db", "mysql", "mysqldb", str("user"), str("pa:ss"),
            str("host"), -1, str("db")),
        parsed("database not decoded", "mysql://us%20er:pw1234@host/d%20b", "mysql", "mysqldb", str("us er"),
            str("pw1234"), str("host"), -1, str("d%20b")),
        parsed("query corners", "mysql://h/db?x=&y&z=1+2&k=%zz&charset=utf8mb4", "mysql", "mysqldb", none(), none(),
            str("h"), -1, str("db"),
            query({ { "z", values({ "1 2" }) }, { "k", values({ "%zz" }) }, { "charset", values({ "utf8mb4" }) } })),
        parsed("empty password", "mysql://user:@host/db", "mysql", "mysqldb", str("user"), str(""), str("host"), -1,
            str("db")),
        parsed("user without password", "mysql://user@host/db", "mysql", "mysqldb", str("user"), none(), str("host"),
            -1, str("db")),
        parsed(
            "leading zeros in port", "mysql://h:0012/db", "mysql", "mysqldb", none(), none(), str("h"), 12, str("db")),
        parsed("escaped utf-8 password", "mysql://glance:p%C3%A4ss@h/db", "mysql", "mysqldb", str("glance"),
            str("p\xc3\xa4ss"), str("h"), -1, str("db")),
        parsed("raw utf-8 password", "mysql://glance:p\xc3\xa4ss@h/db", "mysql", "mysqldb", str("glance"),
            str("p\xc3\xa4ss"), str("h"), -1, str("db")),
        parsed("no database", "postgresql://glance:pw1234@controller:5432", "postgresql", "psycopg2", str("glance"),
            str("pw1234"), str("controller"), 5432, none()),
        parsed("three-part name", "mysql+pymysql+extra://h/db", "mysql", "pymysql", none(), none(), str("h"), -1,
            str("db")),
        // Malformed, or refused by us before anything connects.
        refused("empty", "", false),
        refused("no scheme", "controller/glance", false),
        refused("one slash", "mysql:/glance:hunter22@host/db", false, "hunter22"),
        refused("dash in dialect", "my-sql://h/db", false),
        refused("port not a number", "mysql+pymysql://glance:hunter22@host:abc/db", false, "hunter22"),
        refused("password where the port goes", "mysql://glance:hunter22/glance", false, "hunter22"),
        refused("empty port", "mysql://h:/db", false),
        refused("unknown dialect", "oracle://scott:hunter22@host/db", true, "hunter22"),
        refused("postgres alias", "postgres://glance:hunter22@host/db", true, "hunter22"),
        refused("unescaped @ in password", "mysql://glance:hunter@22@host/db", true, "hunter@22"),
        refused("port out of range", "mysql://glance:hunter22@host:99999/db", true, "hunter22"),
    };
    return list;
}

QVariant fromOptional(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant fromJson(const QJsonValue &value)
{
    return value.isNull() ? QVariant() : QVariant(value.toString());
}

} // namespace

// Our reader of [database] connection against SQLAlchemy's make_url on the same table of URLs.
class TestSqlAlchemyUrl : public QObject
{
    Q_OBJECT
private:
    QList<QJsonObject> m_oracle;

    void addRows()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // One Python process for the whole table: importing SQLAlchemy takes a moment.
        QJsonArray urls;
        for (const UrlCase &c : cases())
            urls.append(c.url);
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral(GCA_TESTS_DIR "/sqlalchemy_url_oracle.py") });
        QVERIFY(p.waitForStarted(10000));
        p.write(QJsonDocument(urls).toJson(QJsonDocument::Compact));
        p.closeWriteChannel();
        QVERIFY2(p.waitForFinished(60000), "the SQLAlchemy oracle did not finish");
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray answers = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QCOMPARE(answers.size(), cases().size());
        for (const QJsonValue &answer : answers)
            m_oracle << answer.toObject();
    }

    void parse_data() { addRows(); }
    void parse()
    {
        QFETCH(int, index);
        const UrlCase &c = cases().at(index);
        const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(c.url);
        if (!c.ok) {
            QVERIFY2(!url, qPrintable(url ? url->redacted() : QString()));
            QVERIFY(!url.error().isEmpty());
            if (!c.secret.isEmpty())
                QVERIFY2(!url.error().contains(c.secret), qPrintable(url.error()));
            if (c.url.startsWith(QLatin1String("oracle:")))
                QVERIFY2(url.error().contains(SqlAlchemyUrl::supportedDialects()), qPrintable(url.error()));
            return;
        }
        QVERIFY2(url, qPrintable(url.error()));
        QCOMPARE(url->dialectName(), c.dialect);
        QCOMPARE(url->effectiveDriver(), c.driver);
        QCOMPARE(fromOptional(url->userName()), c.user);
        QCOMPARE(fromOptional(url->password()), c.password);
        QCOMPARE(fromOptional(url->host()), c.host);
        QCOMPARE(url->port().value_or(-1), c.port);
        QCOMPARE(fromOptional(url->database()), c.database);
        QVariantMap query;
        const auto options = url->query();
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            query.insert(it.key(), it.value());
        QCOMPARE(query, c.query);
        if (c.secret.size() >= 4)
            QVERIFY2(!url->redacted().contains(c.secret), qPrintable(url->redacted()));
    }

    // The same table through Python's make_url: the parts must agree, and redacted() must be what
    // SQLAlchemy itself shows (render_as_string with the password hidden).
    void matchesSqlAlchemy_data() { addRows(); }
    void matchesSqlAlchemy()
    {
        QFETCH(int, index);
        const UrlCase &c = cases().at(index);
        const QJsonObject oracle = m_oracle.at(index);
        const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(c.url);
        if (!url) {
            if (c.acceptedBySqlAlchemy)
                QVERIFY2(!oracle.contains(QLatin1String("error")), "make_url refuses it too: drop the flag");
            else
                QVERIFY2(oracle.contains(QLatin1String("error")), "make_url accepts a URL we refuse");
            return;
        }
        QVERIFY2(!oracle.contains(QLatin1String("error")), qPrintable(oracle.value(QLatin1String("error")).toString()));
        QCOMPARE(url->dialectName(), oracle.value(QLatin1String("backend")).toString());
        QCOMPARE(url->effectiveDriver(), oracle.value(QLatin1String("driver")).toString());
        QCOMPARE(fromOptional(url->userName()), fromJson(oracle.value(QLatin1String("username"))));
        QCOMPARE(fromOptional(url->password()), fromJson(oracle.value(QLatin1String("password"))));
        QCOMPARE(fromOptional(url->host()), fromJson(oracle.value(QLatin1String("host"))));
        QCOMPARE(url->port().value_or(-1), oracle.value(QLatin1String("port")).toInt(-1));
        QCOMPARE(fromOptional(url->database()), fromJson(oracle.value(QLatin1String("database"))));
        const QJsonObject query = oracle.value(QLatin1String("query")).toObject();
        QCOMPARE(url->query().keys(), query.keys());
        for (const QString &key : query.keys())
            QCOMPARE(url->query().value(key), query.value(key).toVariant().toStringList());
        QCOMPARE(url->redacted(), oracle.value(QLatin1String("rendered")).toString());
    }

    void qtDriverAndFile_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("qtDriver");
        QTest::addColumn<QString>("sqliteFile");
        QTest::addColumn<bool>("inMemory");
        QTest::newRow("mysql") << QStringLiteral("mysql+pymysql://u:p@h/db") << QStringLiteral("QMYSQL") << QString()
                               << false;
        QTest::newRow("mariadb") << QStringLiteral("mariadb://u:p@h/db") << QStringLiteral("QMYSQL") << QString()
                                 << false;
        QTest::newRow("postgresql") << QStringLiteral("postgresql://u:p@h/db") << QStringLiteral("QPSQL") << QString()
                                    << false;
        QTest::newRow("sqlite absolute") << QStringLiteral("sqlite:////srv/g.db") << QStringLiteral("QSQLITE")
                                         << QStringLiteral("/srv/g.db") << false;
        QTest::newRow("sqlite relative") << QStringLiteral("sqlite:///g.db") << QStringLiteral("QSQLITE")
                                         << QStringLiteral("g.db") << false;
        QTest::newRow("sqlite://") << QStringLiteral("sqlite://") << QStringLiteral("QSQLITE")
                                   << QStringLiteral(":memory:") << true;
        QTest::newRow("sqlite:///") << QStringLiteral("sqlite:///") << QStringLiteral("QSQLITE")
                                    << QStringLiteral(":memory:") << true;
    }
    void qtDriverAndFile()
    {
        QFETCH(QString, url);
        QFETCH(QString, qtDriver);
        QFETCH(QString, sqliteFile);
        QFETCH(bool, inMemory);
        const Expected<SqlAlchemyUrl> parsed = SqlAlchemyUrl::parse(url);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->qtDriver(), qtDriver);
        if (parsed->dialect() == SqlAlchemyUrl::Dialect::Sqlite)
            QCOMPARE(parsed->sqliteFile(), sqliteFile);
        QCOMPARE(parsed->isInMemory(), inMemory);
    }

    void redactsSecrets()
    {
        const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(
            QStringLiteral("mysql+pymysql://glance:s3cr%40t%2Fpw@db/glance?passwd=other%2Bone&charset=utf8"));
        QVERIFY2(url, qPrintable(url.error()));
        QCOMPARE(url->redacted(), QStringLiteral("mysql+pymysql://glance:***@db/glance?charset=utf8&passwd=***"));
        // A driver's message may quote the password as written or percent-encoded; both go.
        QCOMPARE(url->scrub(QStringLiteral("failed for s3cr@t/pw, s3cr%40t%2Fpw and other+one")),
            QStringLiteral("failed for ***, *** and ***"));
    }
};

QTEST_GUILESS_MAIN(TestSqlAlchemyUrl)
#include "tst_sqlalchemyurl.moc"
