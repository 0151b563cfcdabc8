#include "cache/sqlconnectionsetup.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace {

// Neither pymysql nor psycopg2 waits forever for a server that does not answer (pymysql: 10 s); a GUI
// must not either.
const int ConnectTimeoutSeconds = 10;

// pymysql's connect() keyword → the QMYSQL option that does the same.
const QList<std::pair<QLatin1String, QLatin1String>> &mysqlOptions()
{
    static const QList<std::pair<QLatin1String, QLatin1String>> options = {
        { QLatin1String("connect_timeout"), QLatin1String("MYSQL_OPT_CONNECT_TIMEOUT") },
        { QLatin1String("read_timeout"), QLatin1String("MYSQL_OPT_READ_TIMEOUT") },
        { QLatin1String("write_timeout"), QLatin1String("MYSQL_OPT_WRITE_TIMEOUT") },
        { QLatin1String("ssl_ca"), QLatin1String("SSL_CA") },
        { QLatin1String("ssl_capath"), QLatin1String("SSL_CAPATH") },
        { QLatin1String("ssl_cert"), QLatin1String("SSL_CERT") },
        { QLatin1String("ssl_key"), QLatin1String("SSL_KEY") },
        { QLatin1String("ssl_cipher"), QLatin1String("SSL_CIPHER") },
    };
    return options;
}

// libpq connection keywords psycopg2 hands through unchanged. The host, port, user, password and dbname
// are set separately; anything else in the query is SQLAlchemy's business (plugin=) or unknown to libpq.
const QStringList &libpqKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcompression"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("options"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"),
        QStringLiteral("gssencmode"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("client_encoding"),
        QStringLiteral("service"),
        QStringLiteral("passfile"),
        QStringLiteral("hostaddr"),
        QStringLiteral("channel_binding"),
    };
    return keywords;
}

// A libpq conninfo value: quoted, with \ and ' escaped, so spaces and quotes survive.
QString libpqQuote(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

// Long on purpose: each driver's options (QMYSQL, QPSQL, QSQLITE) side by side, as pymysql/psycopg2 connect.
Expected<void> SqlConnectionSetup::configure(const SqlAlchemyUrl &url, QSqlDatabase &db)
{
    const auto query = url.query();
    for (auto it = query.cbegin(); it != query.cend(); ++it) {
        if (it.value().size() > 1)
            return Expected<void>::failure(
                tr("The database connection %1 gives the option %2 more than once; Glance Cache Admin can "
                   "use only one value.")
                    .arg(url.redacted(), it.key()));
        if (it.value().constFirst().contains(QLatin1Char(';')))
            return Expected<void>::failure(
                tr("The option %1 of the database connection %2 contains ';', which Qt's database drivers "
                   "cannot pass on.")
                    .arg(it.key(), url.redacted()));
    }
    db.setUserName(url.userName().value_or(QString()));
    db.setPassword(url.password().value_or(QString()));

    switch (url.dialect()) {
    case SqlAlchemyUrl::Dialect::MySql: {
        for (const char *unsupported : { "read_default_file", "read_default_group" }) {
            if (url.hasQuery(QLatin1String(unsupported)))
                return Expected<void>::failure(
                    tr("The database connection %1 reads its settings from a MySQL option file "
                       "(%2=), which Glance Cache Admin cannot follow yet: put user, password, host and "
                       "database into the URL.")
                        .arg(url.redacted(), QLatin1String(unsupported)));
        }
        QStringList options;
        const QString socket = url.queryValue(QStringLiteral("unix_socket"));
        if (!socket.isEmpty()) {
            options << QStringLiteral("UNIX_SOCKET=") + socket;
            db.setHostName(QStringLiteral("localhost"));
        } else {
            const QString host = url.host().value_or(QString());
            const bool pymysql = url.effectiveDriver() == QLatin1String("pymysql");
            db.setHostName(
                pymysql && (host.isEmpty() || host == QLatin1String("localhost")) ? QStringLiteral("127.0.0.1") : host);
        }
        db.setPort(url.port().value_or(3306));
        bool timeoutGiven = false;
        for (const auto &[key, option] : mysqlOptions()) {
            if (url.hasQuery(key)) {
                options << option + QLatin1Char('=') + url.queryValue(key);
                timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
            }
        }
        if (!timeoutGiven)
            options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(ConnectTimeoutSeconds);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        db.setDatabaseName(url.database().value_or(QString()));
        break;
    }
    case SqlAlchemyUrl::Dialect::PostgreSql: {
        const QString host = url.hasQuery(QStringLiteral("host")) ? url.queryValue(QStringLiteral("host"))
                                                                  : url.host().value_or(QString());
        db.setHostName(host);
        if (url.hasQuery(QStringLiteral("port"))) {
            bool ok = false;
            const int port = url.queryValue(QStringLiteral("port")).toInt(&ok);
            if (!ok)
                return Expected<void>::failure(
                    tr("The port option of the database connection %1 is not a number.").arg(url.redacted()));
            db.setPort(port);
        } else if (url.port()) {
            db.setPort(*url.port());
        }
        if (url.hasQuery(QStringLiteral("user")))
            db.setUserName(url.queryValue(QStringLiteral("user")));
        if (url.hasQuery(QStringLiteral("password")))
            db.setPassword(url.queryValue(QStringLiteral("password")));
        QStringList options;
        for (const QString &keyword : libpqKeywords()) {
            if (url.hasQuery(keyword))
                options << keyword + QLatin1Char('=') + libpqQuote(url.queryValue(keyword));
        }
        if (!url.hasQuery(QStringLiteral("connect_timeout")))
            options << QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        db.setDatabaseName(url.hasQuery(QStringLiteral("dbname")) ? url.queryValue(QStringLiteral("dbname"))
                                                                  : url.database().value_or(QString()));
        break;
    }
    case SqlAlchemyUrl::Dialect::Sqlite:
        db.setDatabaseName(url.sqliteFile());
        break;
    }
    return {};
}

Expected<void> SqlConnectionSetup::open(const SqlAlchemyUrl &url, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(url.qtDriver()))
        return Expected<void>::failure(
            tr("Qt's %1 database driver is not installed (Debian package %2); it is needed to read %3.")
                .arg(url.qtDriver(), driverPackage(url), url.redacted()));
    QSqlDatabase db = QSqlDatabase::addDatabase(url.qtDriver(), connectionName);
    const Expected<void> configured = configure(url, db);
    if (!configured)
        return configured;
    if (!db.open())
        return Expected<void>::failure(
            tr("Cannot connect to the database %1: %2").arg(url.redacted(), url.scrub(db.lastError().text())));
    return {};
}

QString SqlConnectionSetup::driverPackage(const SqlAlchemyUrl &url)
{
    switch (url.dialect()) {
    case SqlAlchemyUrl::Dialect::MySql:
        return QStringLiteral("libqt6sql6-mysql");
    case SqlAlchemyUrl::Dialect::PostgreSql:
        return QStringLiteral("libqt6sql6-psql");
    case SqlAlchemyUrl::Dialect::Sqlite:
        break;
    }
    return QStringLiteral("libqt6sql6-sqlite");
}
