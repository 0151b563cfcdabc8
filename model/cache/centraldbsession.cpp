#include "cache/centraldbsession.h"

#include "cache/centraldbschema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <chrono>

CentralDbSession::CentralDbSession(const QString &databaseUrl, const QString &nodeUrl)
    : m_databaseUrl(databaseUrl)
    , m_nodeUrl(nodeUrl)
{
}

QSqlDatabase CentralDbSession::db() const
{
    return m_connection.db();
}

QString CentralDbSession::errorText(const QSqlQuery &q) const
{
    return m_url.scrub(q.lastError().text());
}

QString CentralDbSession::errorText() const
{
    return m_url.scrub(db().lastError().text());
}

QString CentralDbSession::utcNow()
{
    // QDateTime holds milliseconds only; Glance's utcnow() has microseconds, and SQLite and PostgreSQL keep
    // them (prune order among images cached in the same millisecond depends on it).
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    const qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(sinceEpoch).count();
    const QDateTime t = QDateTime::fromSecsSinceEpoch(micros / 1000000, QTimeZone::utc());
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.")) + QStringLiteral("%1").arg(micros % 1000000, 6, 10, QLatin1Char('0'));
}

bool CentralDbSession::beginWrite(QString *driverText)
{
    QSqlDatabase database = db();
    if (m_url.dialect() != SqlAlchemyUrl::Dialect::Sqlite) {
        if (database.transaction())
            return true;
        *driverText = errorText();
        return false;
    }
    QSqlQuery q(database);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *driverText = errorText(q);
    return false;
}

bool CentralDbSession::open(QString *error)
{
    const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(m_databaseUrl);
    if (!url) {
        *error = url.error();
        return false;
    }
    m_url = *url;
    if (const Expected<void> opened = m_connection.open(m_url); !opened) {
        *error = opened.error();
        return false;
    }
    if (const Expected<void> schema = CentralDbConnection::checkSchema(db(), m_url); !schema) {
        *error = schema.error();
        return false;
    }
    return findNode(error);
}

// This node's node_reference_id, or false with *error naming the nodes the database does know.
bool CentralDbSession::findNode(QString *error)
{
    const QSqlDatabase database = db();
    {
        QSqlQuery q(database);
        q.setForwardOnly(true);
        bool ok = q.prepare(QStringLiteral("SELECT node_reference_id FROM node_reference WHERE node_reference_url = ?"));
        q.addBindValue(m_nodeUrl);
        if (!ok || !q.exec()) {
            *error = CentralDbSchema::isPermissionDenied(q.lastError())
                ? CentralDbSchema::permissionSentence(m_url, q.lastError())
                : tr("Reading this node's cache records from %1 failed: %2").arg(where(), errorText(q));
            return false;
        }
        if (q.next())
            m_nodeId = q.value(0).toLongLong();
    }
    if (m_nodeId >= 0)
        return true;
    QSqlQuery q(database);
    QStringList known;
    if (q.exec(QStringLiteral("SELECT node_reference_url FROM node_reference ORDER BY node_reference_id"))) {
        while (q.next())
            known.append(q.value(0).toString());
    }
    *error = known.isEmpty()
        ? tr("worker_self_reference_url %1 is not in node_reference of %2, which lists no node at all: no "
             "glance-api has started with the cache against this database yet.")
              .arg(m_nodeUrl, where())
        : tr("worker_self_reference_url %1 is not in node_reference of %2: no glance-api has started with this "
             "URL against that database, or the URL changed. The nodes it knows: %3.")
              .arg(m_nodeUrl, where(), known.join(QLatin1String(", ")));
    return false;
}
