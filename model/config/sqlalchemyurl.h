#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/expected.h"

// The [database] connection of glance-api.conf: an SQLAlchemy URL, read with the rules of SQLAlchemy's
// make_url() (1.4, Debian 12's Glance; 2.0 parses the same way):
//
//     dialect[+driver]://[user[:password]@][host | [ipv6]][:port][/database][?key=value&...]
//
// User and password are percent-decoded; the host, port and database are taken as written (SQLAlchemy
// does not decode the database either). Query values follow Python's parse_qsl: '+' is a space, %XX is
// decoded, a key without a value is dropped, a repeated key keeps every value. For sqlite the database is
// the file: "sqlite:///relative/path", "sqlite:////absolute/path", "sqlite://" (or an empty database) is
// in memory.
//
// Stricter than make_url in two ways, both so that a person is told before anything connects: a dialect
// other than mysql, mariadb, postgresql and sqlite is refused, and so is a host holding '@' (a password
// with an unescaped '@' would otherwise end up in the host name, and from there in a driver's error).
//
// The password is a secret: no sentence this class produces contains it; redacted() is the form to show.
// A value type, cheap to copy, safe on any thread.
class SqlAlchemyUrl
{
    Q_DECLARE_TR_FUNCTIONS(SqlAlchemyUrl)

public:
    enum class Dialect { MySql, PostgreSql, Sqlite };

    // The URL's parts, or a sentence that names what is wrong without repeating the password.
    static Expected<SqlAlchemyUrl> parse(const QString &url);

    Dialect dialect() const { return m_dialect; }
    // The dialect as written: mysql, mariadb, postgresql or sqlite.
    QString dialectName() const { return m_dialectName; }
    // The driver after '+' as written ("pymysql"); empty when the URL names none.
    QString driver() const { return m_driver; }
    // The DBAPI module SQLAlchemy would load: driver(), or the dialect's default (mysqldb, psycopg2,
    // pysqlite).
    QString effectiveDriver() const;

    // nullopt when the URL has no such part; an empty string when the part is present but empty
    // ("mysql://@host/" has an empty user name).
    std::optional<QString> userName() const { return m_userName; }
    std::optional<QString> password() const { return m_password; }
    std::optional<QString> host() const { return m_host; }
    std::optional<int> port() const { return m_port; }
    std::optional<QString> database() const { return m_database; }

    // Query options by key; a key given twice has two values, in URL order.
    QMap<QString, QStringList> query() const { return m_query; }
    // The value of key, or an empty string when the key is absent; the last one when it repeats.
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const { return m_query.contains(key); }

    // For sqlite: the file SQLite opens (":memory:" for an in-memory database); relative paths are
    // relative to the working directory of glance-api.
    QString sqliteFile() const;
    bool isInMemory() const;

    // The Qt SQL driver that speaks this dialect: QMYSQL, QPSQL or QSQLITE.
    QString qtDriver() const;

    // The URL as SQLAlchemy renders it with hide_password=True: the password (and query options named
    // password or passwd) replaced by ***, query keys sorted. The one form to put in any message.
    QString redacted() const;

    // Replaces every occurrence of the password in text by ***: for messages that come from elsewhere
    // (a driver's error) and might quote it.
    QString scrub(const QString &text) const;

    // The supported dialects, for messages: "mysql, mariadb, postgresql, sqlite".
    static QString supportedDialects();

private:
    Dialect m_dialect = Dialect::Sqlite;
    QString m_scheme; // "mysql+pymysql", as written
    QString m_dialectName;
    QString m_driver;
    std::optional<QString> m_userName;
    std::optional<QString> m_password;
    std::optional<QString> m_host;
    std::optional<int> m_port;
    std::optional<QString> m_database;
    QMap<QString, QStringList> m_query;
};
