#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// One short-lived connection to a Glance cache.db, opened for one operation as Glance does.
// The connection is private to the calling thread and removed when the session ends. It never creates
// the database, never changes its journal mode, and waits up to the busy timeout while glance-api holds
// a lock (SQLite retries internally; Glance itself gives up after about 2 s).
class SqliteSession
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSession)

public:
    enum Mode { ReadOnly, ReadWrite };

    SqliteSession(const QString &dbPath, Mode mode, int busyTimeoutMs);
    ~SqliteSession();
    SqliteSession(const SqliteSession &) = delete;
    SqliteSession &operator=(const SqliteSession &) = delete;

    // Opens the database and checks that it has Glance's cached_images table. False with a sentence.
    bool open(QString *error);
    QSqlDatabase database() const;
    // The open connection's own SQLite handle, for hot loops over 100k+ rows where QSqlQuery's per-value
    // QVariants cost several times the work. Owned by the session; valid while it is open.
    sqlite3 *handle() const;

    // A person's sentence for a failed statement, recognising locks and damaged files.
    QString describe(const QString &nativeText) const;

private:
    QString m_path;
    QString m_name;
    Mode m_mode;
    int m_busyTimeoutMs;
};
