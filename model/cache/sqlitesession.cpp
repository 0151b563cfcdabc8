#include "cache/sqlitesession.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <cerrno>
#include <unistd.h>

namespace {

QAtomicInteger<quint64> s_counter;

} // namespace

SqliteSession::SqliteSession(const QString &dbPath, Mode mode, int busyTimeoutMs)
    : m_path(dbPath)
    , m_name(QStringLiteral("gca-sqlite-%1").arg(s_counter.fetchAndAddRelaxed(1)))
    , m_mode(mode)
    , m_busyTimeoutMs(busyTimeoutMs)
{
}

SqliteSession::~SqliteSession()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqliteSession::database() const
{
    return QSqlDatabase::database(m_name, false);
}

sqlite3 *SqliteSession::handle() const
{
    const QVariant h = database().driver()->handle();
    return h.isValid() ? *static_cast<sqlite3 *const *>(h.constData()) : nullptr;
}

QString SqliteSession::describe(const QString &nativeText) const
{
    if (nativeText.contains(QLatin1String("locked")) || nativeText.contains(QLatin1String("busy")))
        return tr("%1 is locked by another process (glance-api or a cron job) for longer than %2 s; "
                  "nothing was changed, try again.")
            .arg(m_path)
            .arg(m_busyTimeoutMs / 1000.0, 0, 'g', 3);
    if (nativeText.contains(QLatin1String("not a database")) || nativeText.contains(QLatin1String("malformed"))
        || nativeText.contains(QLatin1String("corrupt")))
        return tr("%1 is damaged or is not a SQLite database (%2). Glance cannot use it either; "
                  "stop glance-api and move it aside to let Glance recreate it.")
            .arg(m_path, nativeText);
    if (nativeText.contains(QLatin1String("readonly")) || nativeText.contains(QLatin1String("read-only"))) {
        // Root is refused too when the file system is read-only: running as someone else would not help.
        if (::access(QFile::encodeName(m_path).constData(), W_OK) != 0 && errno == EROFS)
            return tr("%1 is on a read-only file system (mounted so, or remounted read-only after disk errors); "
                      "nothing was changed.")
                .arg(m_path);
        return tr("Permission denied: cannot write to %1 (run as the glance user or root).").arg(m_path);
    }
    return tr("Error in %1: %2").arg(m_path, nativeText);
}

bool SqliteSession::open(QString *error)
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        *error = tr("%1 does not exist: glance-api has not used this cache with the sqlite driver yet.").arg(m_path);
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a file.").arg(m_path);
        return false;
    }
    if (!info.isReadable()) {
        *error = tr("Permission denied: cannot read %1.").arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    url.setQuery(m_mode == ReadOnly ? QStringLiteral("mode=ro") : QStringLiteral("mode=rw"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1%2")
                             .arg(m_busyTimeoutMs)
                             .arg(m_mode == ReadOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!db.open()) {
        *error = describe(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(cached_images)"))) {
        *error = describe(q.lastError().text());
        return false;
    }
    QSet<QString> columns;
    while (q.next())
        columns.insert(q.value(1).toString());
    if (columns.isEmpty()) {
        *error = tr("%1 has no cached_images table: it is not a Glance image cache database.").arg(m_path);
        return false;
    }
    const QStringList required = {QStringLiteral("image_id"), QStringLiteral("last_accessed"),
                                  QStringLiteral("last_modified"), QStringLiteral("size"), QStringLiteral("hits")};
    for (const QString &c : required) {
        if (!columns.contains(c)) {
            *error = tr("%1 has an unexpected schema: cached_images has no %2 column.").arg(m_path, c);
            return false;
        }
    }
    if (m_mode == ReadWrite) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL")); // as Glance's own connections do
    }
    return true;
}
