#pragma once

#include "config/sqlalchemyurl.h"
#include "core/expected.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

class QSqlDatabase;

// One Qt SQL connection to Glance's main database for one operation, on the calling thread, and the few
// facts every reader of its cache tables (node_reference, cached_images) needs: whether the tables exist,
// and how their naive-UTC DATETIMEs read back as epoch seconds. Shared by CentralizedDbBackend (one node's
// rows) and RegionReader (every node's rows).
//
// The connection is removed when the object goes out of scope: declare it before any QSqlQuery so that the
// queries die first. Not copyable; the thread that creates it uses it.
class CentralDbConnection
{
    Q_DECLARE_TR_FUNCTIONS(CentralDbConnection)

public:
    CentralDbConnection();
    ~CentralDbConnection();
    CentralDbConnection(const CentralDbConnection &) = delete;
    CentralDbConnection &operator=(const CentralDbConnection &) = delete;

    // Opens url (SqlConnectionSetup::open); the sentence names the server by its redacted form.
    Expected<void> open(const SqlAlchemyUrl &url);
    QSqlDatabase db() const;

    // Whether db holds the cache tables; otherwise a sentence naming the schema revision it is at (from
    // alembic_version), or saying it is not Glance's database at all.
    static Expected<void> checkSchema(const QSqlDatabase &db, const SqlAlchemyUrl &url);

    // A DATETIME column as 'YYYY-MM-DD HH:MM:SS[.ffffff]' text in dialect's SQL: QDateTime holds only
    // milliseconds, Glance's values have microseconds on SQLite and PostgreSQL (MariaDB's DATETIME keeps
    // whole seconds).
    static QString timeAsText(SqlAlchemyUrl::Dialect dialect, const char *column);

    // Naive UTC text as timeAsText() gives it to epoch seconds, read as UTC (Glance writes utcnow()); 0 for
    // text that is not a time.
    static double epochOf(const QString &text);

private:
    static inline std::atomic<int> s_next { 0 };
    QString m_name;
    bool m_added = false;
};
