#include "cache/centraldbschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QStringList cacheTables = {QStringLiteral("node_reference"), QStringLiteral("cached_images")};

} // namespace

Expected<bool> CentralDbSchema::hasCacheTables(const QSqlDatabase &db, const SqlAlchemyUrl &url)
{
    const QStringList tables = db.tables();
    if (std::all_of(cacheTables.cbegin(), cacheTables.cend(), [&](const QString &t) { return tables.contains(t); }))
        return true;
    bool all = true;
    for (const QString &table : cacheTables) {
        QSqlQuery q(db);
        // WHERE 1 = 0: the server checks the privilege and the table's existence, and reads no row.
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE 1 = 0").arg(table)))
            continue;
        if (isPermissionDenied(q.lastError()))
            return Expected<bool>::failure(permissionSentence(url, q.lastError()));
        all = false; // "doesn't exist" (MySQL 1146, PostgreSQL 42P01, SQLite "no such table")
    }
    return all;
}

QStringList CentralDbSchema::revisions(const QSqlDatabase &db)
{
    QStringList found;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT version_num FROM alembic_version"))) {
        while (q.next())
            found.append(q.value(0).toString());
    }
    return found;
}

bool CentralDbSchema::isPermissionDenied(const QSqlError &error)
{
    static const QStringList codes = {QStringLiteral("1142"), QStringLiteral("1143"), QStringLiteral("1044"),
                                      QStringLiteral("42501")};
    return codes.contains(error.nativeErrorCode());
}

QString CentralDbSchema::permissionSentence(const SqlAlchemyUrl &url, const QSqlError &error)
{
    const QString account = url.userName().value_or(QString());
    return tr("The database account %1 may not read Glance's image cache tables in %2 (the server says: %3). "
              "Grant it SELECT on node_reference and cached_images, or use the [database] connection glance-api "
              "itself uses; nothing was changed.")
        .arg(account.isEmpty() ? tr("(none given)") : account, url.redacted(),
             url.scrub(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
}
