#include "sqlitebackend.h"

#include "cachedirectory.h"
#include "imageid.h"
#include "sqlitesession.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace {

// Rows deleted per transaction: keeps each write lock short while glance-api works beside us.
constexpr int rowsPerTransaction = 500;

QHash<QString, const FileEntry *> byName(const QVector<FileEntry> &files)
{
    QHash<QString, const FileEntry *> map;
    map.reserve(files.size());
    for (const FileEntry &f : files)
        map.insert(f.name, &f);
    return map;
}

} // namespace

SqliteBackend::SqliteBackend(const CacheDirectory &dir, const QString &dbPath, int busyTimeoutMs)
    : m_dir(dir)
    , m_dbPath(dbPath)
    , m_busyTimeoutMs(busyTimeoutMs)
{
    const QFileInfo db(dbPath);
    if (QFileInfo(db.absolutePath()).canonicalFilePath() == QFileInfo(dir.baseDir()).canonicalFilePath()
        || db.absolutePath() == dir.baseDir())
        m_dbNameInBase = db.fileName();
}

bool SqliteBackend::excludedFromSize(const QString &name) const
{
    return !m_dbNameInBase.isEmpty() && name == m_dbNameInBase;
}

bool SqliteBackend::isDbCompanion(const QString &name) const
{
    return !m_dbNameInBase.isEmpty()
        && (name == m_dbNameInBase + QLatin1String("-journal") || name == m_dbNameInBase + QLatin1String("-wal")
            || name == m_dbNameInBase + QLatin1String("-shm"));
}

bool SqliteBackend::listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images,
                               QVector<OrphanEntry> *orphans, QString *error, bool ranks)
{
    images->clear();
    QHash<QString, int> fileIndex;
    fileIndex.reserve(baseFiles.size());
    for (int i = 0; i < baseFiles.size(); ++i)
        fileIndex.insert(baseFiles.at(i).name, i);
    QVector<bool> seen(baseFiles.size(), false);
    if (!QFileInfo::exists(m_dbPath)) {
        // glance-api has not started on this cache yet: it would create an empty table and list nothing.
        for (const FileEntry &f : baseFiles)
            orphans->append({OrphanEntry::FileWithoutRecord, f.name, f.size, ImageId::isValid(f.name)});
        return true;
    }
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    // The listing is the hot path (a cache may hold 100k+ rows): step the statement on the connection's own
    // sqlite3 handle, which is several times cheaper per row than QSqlQuery's QVariant cache.
    sqlite3 *db = *static_cast<sqlite3 *const *>(session.database().driver()->handle().constData());
    sqlite3_stmt *stmt = nullptr;
    // Glance's order. Walking the image_id index fetches every row by rowid: map the file (or use a larger
    // page cache where mapping is off) so that costs memory reads, not one pread() per row.
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    if (sqlite3_prepare_v2(db,
                           "SELECT image_id, hits, last_accessed, last_modified, size, rowid FROM cached_images "
                           "ORDER BY image_id",
                           -1, &stmt, nullptr)
        != SQLITE_OK) {
        *error = session.describe(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    QVector<qint64> rowids;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        CachedImage img;
        img.imageId = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                        sqlite3_column_bytes(stmt, 0));
        img.hits = sqlite3_column_int64(stmt, 1);
        img.lastAccessed = sqlite3_column_double(stmt, 2);
        img.lastModified = sqlite3_column_double(stmt, 3);
        img.size = sqlite3_column_int64(stmt, 4);
        rowids.append(sqlite3_column_int64(stmt, 5));
        const int file = ImageId::isValid(img.imageId) ? fileIndex.value(img.imageId, -1) : -1;
        img.hasFile = file >= 0;
        if (img.hasFile)
            seen[file] = true;
        else
            orphans->append({OrphanEntry::RecordWithoutFile, img.imageId, img.size, ImageId::isValid(img.imageId)});
        images->append(img);
    }
    const QString failure = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (!failure.isEmpty()) {
        *error = session.describe(failure);
        return false;
    }
    for (int i = 0; i < baseFiles.size(); ++i) {
        const FileEntry &f = baseFiles.at(i);
        if (!seen.at(i) && !excludedFromSize(f.name))
            orphans->append({OrphanEntry::FileWithoutRecord, f.name, f.size, ImageId::isValid(f.name)});
    }
    if (!ranks)
        return true;
    // The order lruOrder() yields: last_accessed, then rowid.
    QVector<int> byAge(images->size());
    std::iota(byAge.begin(), byAge.end(), 0);
    std::sort(byAge.begin(), byAge.end(), [&](int a, int b) {
        const double la = images->at(a).lastAccessed, lb = images->at(b).lastAccessed;
        return la != lb ? la < lb : rowids.at(a) < rowids.at(b);
    });
    for (int rank = 0; rank < byAge.size(); ++rank)
        (*images)[byAge.at(rank)].evictionRank = rank;
    return true;
}

bool SqliteBackend::lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *error)
{
    order->clear();
    if (!QFileInfo::exists(m_dbPath))
        return true; // no records, nothing Glance could prune
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    QSqlQuery q(session.database());
    q.setForwardOnly(true);
    // Glance asks "ORDER BY last_accessed LIMIT 1" once per victim; SQLite breaks ties in scan (rowid)
    // order, so one query ordered by (last_accessed, rowid) yields the same sequence.
    if (!q.exec(QStringLiteral("SELECT image_id FROM cached_images ORDER BY last_accessed, rowid"))) {
        *error = session.describe(q.lastError().text());
        return false;
    }
    const QHash<QString, const FileEntry *> files = byName(baseFiles);
    while (q.next()) {
        const QString id = q.value(0).toString();
        const auto it = ImageId::isValid(id) ? files.constFind(id) : files.constEnd();
        order->append({id, it == files.constEnd() ? 0 : (*it)->size});
    }
    if (q.lastError().isValid()) {
        *error = session.describe(q.lastError().text());
        return false;
    }
    return true;
}

bool SqliteBackend::hasRecord(const QString &imageId)
{
    QString ignored;
    SqliteSession session(m_dbPath, SqliteSession::ReadOnly, m_busyTimeoutMs);
    if (!session.open(&ignored))
        return false;
    QSqlQuery q(session.database());
    q.prepare(QStringLiteral("SELECT 1 FROM cached_images WHERE image_id = ?"));
    q.bindValue(0, imageId);
    return q.exec() && q.next();
}

bool SqliteBackend::deleteBatch(const QStringList &ids, int *done, QString *error)
{
    SqliteSession session(m_dbPath, SqliteSession::ReadWrite, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    QSqlDatabase db = session.database();
    // Take the write lock before touching any file: if glance-api holds the database too long we fail
    // with nothing changed, instead of leaving files deleted behind records.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = session.describe(begin.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM cached_images WHERE image_id = ?"));
    int deleted = 0;
    bool ok = true;
    for (const QString &id : ids) {
        // File first, then row, as Glance's delete_cached_image() does.
        if (ImageId::isValid(id) && !m_dir.remove(CacheDirectory::Base, id, error)) {
            ok = false;
            break;
        }
        q.bindValue(0, id);
        if (!q.exec()) {
            *error = session.describe(q.lastError().text());
            ok = false;
            break;
        }
        ++deleted;
    }
    // Commit what was done even after a failure, so records match the files that are gone.
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        *error = session.describe(commit.lastError().text());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    *done += deleted;
    return ok;
}

bool SqliteBackend::deleteCached(const QStringList &names, int *done, QString *error, const BatchProgress &progress)
{
    *done = 0;
    for (qsizetype start = 0; start < names.size(); start += rowsPerTransaction) {
        if (!deleteBatch(names.mid(start, rowsPerTransaction), done, error))
            return false;
        if (progress && !progress(*done))
            return false;
    }
    return true;
}

bool SqliteBackend::deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error)
{
    *deleted = 0;
    SqliteSession session(m_dbPath, SqliteSession::ReadWrite, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    QSqlDatabase db = session.database();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = session.describe(begin.lastError().text());
        return false;
    }
    // Glance would also unlink a live cache.db-journal here; removing it under a running transaction
    // can corrupt the database, so the DB's companions are left alone.
    bool ok = true;
    for (const FileEntry &f : baseFiles) {
        if (excludedFromSize(f.name) || isDbCompanion(f.name))
            continue;
        if (!m_dir.remove(CacheDirectory::Base, f.name, error)) {
            ok = false;
            break;
        }
        ++*deleted;
    }
    QSqlQuery q(db);
    if (ok && !q.exec(QStringLiteral("DELETE FROM cached_images"))) {
        *error = session.describe(q.lastError().text());
        ok = false;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        *error = session.describe(commit.lastError().text());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return ok;
}
