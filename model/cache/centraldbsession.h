#pragma once

#include "cache/centraldbconnection.h"
#include "config/sqlalchemyurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

// One node's connection to Glance's main database for one operation of the centralized_db driver: a
// CentralDbConnection (opened on the calling thread, any thread, removed when the session ends, as Glance
// opens a session per database call) whose open() also checks the cache tables and looks up this node's
// node_reference_id, which every statement on cached_images filters on.
// Declare the session before any QSqlQuery on it, so that the queries die first.
class CentralDbSession
{
    Q_DECLARE_TR_FUNCTIONS(CentralDbSession)

public:
    // databaseUrl is [database] connection (it holds the password: never put into a message), nodeUrl is
    // worker_self_reference_url.
    CentralDbSession(const QString &databaseUrl, const QString &nodeUrl);
    CentralDbSession(const CentralDbSession &) = delete;
    CentralDbSession &operator=(const CentralDbSession &) = delete;

    // Connects, checks the schema, finds this node. False with a sentence: unreachable server, wrong
    // password, no cache tables (naming the alembic revision), node URL not in node_reference (naming the
    // nodes it knows). No sentence from here holds the password.
    bool open(QString *error);

    QSqlDatabase db() const;
    qint64 nodeId() const { return m_nodeId; }
    SqlAlchemyUrl::Dialect dialect() const { return m_url.dialect(); }
    const QString &nodeUrl() const { return m_nodeUrl; }
    const SqlAlchemyUrl &url() const { return m_url; }
    // The database as a person may see it: the URL with the password replaced by ***.
    QString where() const { return m_url.redacted(); }
    // The driver's own words for q's last error, the password scrubbed out.
    QString errorText(const QSqlQuery &q) const;
    // The same for the connection's last error (a failed transaction(), commit()).
    QString errorText() const;

    // Starts the transaction of a change that reads before it writes; commit() and rollback() of db() end it.
    // On SQLite it takes the write lock at once (BEGIN IMMEDIATE), where the connection's busy timeout waits
    // for another writer: a deferred transaction that has read cannot wait later, SQLite then answers
    // "database is locked" at once rather than risk a deadlock. False with the driver's words in *driverText.
    bool beginWrite(QString *driverText);

    // UTC now as the naive DATETIME literal Glance's utcnow() is written as: 'YYYY-MM-DD HH:MM:SS.ffffff'.
    // Each server keeps what its column type keeps (MariaDB's DATETIME whole seconds, the others
    // microseconds), exactly as with the literal pymysql or psycopg2 sends for a datetime.
    static QString utcNow();

private:
    bool findNode(QString *error);

    CentralDbConnection m_connection;
    QString m_databaseUrl;
    QString m_nodeUrl;
    SqlAlchemyUrl m_url;
    qint64 m_nodeId = -1;
};
