#pragma once

#include "config/sqlalchemyurl.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// What Glance's central database holds of the image cache, as far as an account can see it: whether the
// cache tables of migration 2024_1_expand01 exist, which schema revision alembic_version records, and
// sentences for the server refusing a read. Stateless; any thread (with a connection of that thread).
class CentralDbSchema
{
    Q_DECLARE_TR_FUNCTIONS(CentralDbSchema)

public:
    // Whether db has node_reference and cached_images. MariaDB hides tables an account has no privilege
    // on, so when they are not listed a SELECT on each tells "absent" from "not yours to see": the latter
    // fails with permissionSentence(), as does any other error reading them.
    static Expected<bool> hasCacheTables(const QSqlDatabase &db, const SqlAlchemyUrl &url);

    // alembic_version's revisions; empty when the table is missing or unreadable.
    static QStringList revisions(const QSqlDatabase &db);

    // True when the server refused for lack of a privilege: MySQL/MariaDB errors 1142 (table), 1143
    // (column) and 1044 (database), PostgreSQL SQLSTATE 42501.
    static bool isPermissionDenied(const QSqlError &error);

    // "The account may not read the cache tables": names the account, the database (redacted) and what
    // to grant, with the server's own words (password scrubbed).
    static QString permissionSentence(const SqlAlchemyUrl &url, const QSqlError &error);
};
