#pragma once

// What sqlitebackend.cpp and sqlitedelete.cpp share. Private to SqliteBackend.

#include "cache/sqlitesession.h"

#include <QString>

#include <sqlite3.h>

namespace SqliteDetail {

// How long one deleting transaction may run before it commits: glance-api waits about 2 s for our write
// lock, and fewer, larger transactions rewrite cache.db's pages far less often than fixed small batches.
inline constexpr qint64 transactionMs = 250;

// A prepared statement, finalized when it goes out of scope.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

// The connection's last error as a sentence for a person.
inline QString lastError(const SqliteSession &session)
{
    return session.describe(QString::fromUtf8(sqlite3_errmsg(session.handle())));
}

} // namespace SqliteDetail
