#include "cache/centraldbinspector.h"

#include "cache/centraldbconnection.h"
#include "cache/centraldbschema.h"
#include "cache/sqlitesession.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

template<typename T>
Expected<T> queryFailed(const SqlAlchemyUrl &url, const QSqlQuery &q)
{
    if (CentralDbSchema::isPermissionDenied(q.lastError()))
        return Expected<T>::failure(CentralDbSchema::permissionSentence(url, q.lastError()));
    return Expected<T>::failure(CentralDbInspector::tr("Reading %1 failed: %2")
                                    .arg(url.redacted(), url.scrub(q.lastError().text())));
}

} // namespace

CentralDbInspector::CentralDbInspector(const CacheLocation &location)
    : m_location(location)
{
}

Expected<QVector<CentralDbInspector::NodeRows>> CentralDbInspector::nodes() const
{
    using Result = Expected<QVector<NodeRows>>;
    const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(m_location.databaseUrl);
    if (!url)
        return Result::failure(url.error());
    CentralDbConnection session;
    if (const Expected<void> opened = session.open(*url); !opened)
        return Result::failure(opened.error());
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT n.node_reference_url, COUNT(c.id) FROM node_reference n LEFT JOIN "
                               "cached_images c ON c.node_reference_id = n.node_reference_id GROUP BY "
                               "n.node_reference_id, n.node_reference_url ORDER BY n.node_reference_id")))
        return queryFailed<QVector<NodeRows>>(*url, q);
    QVector<NodeRows> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toLongLong()});
    return found;
}

Expected<QSet<QString>> CentralDbInspector::centralImageIds() const
{
    using Result = Expected<QSet<QString>>;
    const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(m_location.databaseUrl);
    if (!url)
        return Result::failure(url.error());
    CentralDbConnection session;
    if (const Expected<void> opened = session.open(*url); !opened)
        return Result::failure(opened.error());
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT c.image_id FROM cached_images c JOIN node_reference n ON "
                                  "c.node_reference_id = n.node_reference_id WHERE n.node_reference_url = ?")))
        return queryFailed<QSet<QString>>(*url, q);
    q.addBindValue(m_location.nodeUrl);
    if (!q.exec())
        return queryFailed<QSet<QString>>(*url, q);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

Expected<CentralDbInspector::LegacyRows> CentralDbInspector::legacyRows(bool withCentral, int busyTimeoutMs) const
{
    LegacyRows legacy;
    const QString path = m_location.dbPath();
    if (!QFileInfo(path).isFile())
        return legacy;
    QStringList ids;
    {
        SqliteSession session(path, SqliteSession::ReadOnly, busyTimeoutMs);
        QString error;
        if (!session.open(&error))
            return legacy; // no cached_images table (or not a database): nothing Glance could migrate
        QSqlQuery q(session.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT image_id FROM cached_images")))
            return Expected<LegacyRows>::failure(session.describe(q.lastError().text()));
        while (q.next())
            ids.append(q.value(0).toString());
    }
    legacy.rows = ids.size();
    if (!withCentral || ids.isEmpty())
        return legacy;
    const Expected<QSet<QString>> central = centralImageIds();
    if (!central)
        return Expected<LegacyRows>::failure(central.error());
    for (const QString &id : std::as_const(ids))
        legacy.alreadyCentral += central->contains(id) ? 1 : 0;
    return legacy;
}

bool CentralDbInspector::looksLikeOurs(const QString &ours, const QString &other)
{
    if (ours == other)
        return false;
    const QUrl a(ours.trimmed()), b(other.trimmed());
    return a.isValid() && b.isValid() && !a.host().isEmpty() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

int CentralDbInspector::utcOffsetNow()
{
    return QDateTime::currentDateTime().offsetFromUtc();
}
