#pragma once

#include <QCoreApplication>
#include <QString>

#include "config/sqlalchemyurl.h"
#include "core/expected.h"

class QSqlDatabase;

// Turns Glance's [database] connection (an SqlAlchemyUrl) into a Qt SQL connection that reaches the same
// server, database and account as the DBAPI driver SQLAlchemy would load (pymysql, mysqldb, psycopg2,
// pysqlite), through Qt's own drivers QMYSQL, QPSQL and QSQLITE. No sentence from here holds the password.
//
// Stateless; any thread. The connections belong to the thread that opens them, as always with Qt SQL.
class SqlConnectionSetup
{
    Q_DECLARE_TR_FUNCTIONS(SqlConnectionSetup)

public:
    // Fills db, which must use url.qtDriver(), with host, port, user, password, database and connect
    // options:
    //  - MySQL/MariaDB: unix_socket= becomes UNIX_SOCKET (and the connection goes through it, whatever the
    //    host says, as pymysql does); without a socket pymysql connects over TCP even to "localhost", so
    //    that becomes 127.0.0.1 (mysqldb and libmariadb would use the default socket instead); the port
    //    defaults to 3306; connect_timeout, read_timeout, write_timeout and ssl_* map to Qt's MYSQL_OPT_* and
    //    SSL_* options; charset is left to Qt (it always speaks utf8mb4).
    //  - PostgreSQL: the host may be a socket directory (host= in the query wins over the URL's host, as
    //    with psycopg2); libpq keywords in the query (sslmode, connect_timeout, application_name, …) become
    //    connect options.
    //  - SQLite: the database is the file (":memory:" for sqlite://).
    // Options SQLAlchemy consumes itself (plugin=) and ones no driver acts on are ignored. Fails, leaving db
    // half-filled, for what Qt's driver cannot do: read_default_file/read_default_group, a value given
    // twice, a value with ';' (Qt's option separator).
    static Expected<void> configure(const SqlAlchemyUrl &url, QSqlDatabase &db);

    // Adds the Qt SQL connection connectionName for url, configures and opens it. On failure the
    // connection stays registered (closed): the caller removes it with QSqlDatabase::removeDatabase once
    // its handles are gone, as on success. The error names the server by url.redacted() and carries the
    // driver's own words with the password scrubbed out.
    static Expected<void> open(const SqlAlchemyUrl &url, const QString &connectionName);

    // The Debian package that ships Qt's driver for url (libqt6sql6-mysql, -psql, -sqlite).
    static QString driverPackage(const SqlAlchemyUrl &url);
};
