// SqliteBackend's changes: deleting cached images (file, then row) in time-bounded transactions.
#include "cache/sqlitebackend.h"

#include "cache/cachedirectory.h"
#include "core/imageid.h"
#include "cache/sqlitebackend_p.h"
#include "cache/sqlitesession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

using namespace SqliteDetail;

bool SqliteBackend::deleteCached(const QStringList &names, int *done, QString *error, const BatchProgress &progress)
{
    *done = 0;
    if (names.isEmpty())
        return true;
    // One connection and one descriptor of the base dir for the whole run, however many transactions.
    SqliteSession session(m_dbPath, SqliteSession::ReadWrite, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    CacheDirectory::OpenArea base(m_dir, CacheDirectory::Base);
    if (!base.open(error))
        return false;
    sqlite3 *db = session.handle();
    // Room for every page a transaction touches: a smaller cache spills pages to cache.db before COMMIT,
    // which takes the exclusive lock early (blocking glance-api's readers) and costs extra syncs.
    sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    Statement del;
    if (sqlite3_prepare_v2(db, "DELETE FROM cached_images WHERE image_id = ?", -1, &del.stmt, nullptr) != SQLITE_OK) {
        *error = lastError(session);
        return false;
    }
    for (qsizetype next = 0; next < names.size();) {
        if (!deleteBatch(session, base, del.stmt, names, &next, done, error))
            return false;
        if (progress && !progress(*done))
            return false;
    }
    return true;
}

bool SqliteBackend::deleteBatch(const SqliteSession &session, const CacheDirectory::OpenArea &base,
                                sqlite3_stmt *del, const QStringList &ids, qsizetype *next, int *done, QString *error)
{
    sqlite3 *db = session.handle();
    // Take the exclusive lock before touching any file: if glance-api holds the database too long we fail
    // with nothing changed. IMMEDIATE is not enough: its COMMIT still waits for readers, and glance-api's
    // connections keep reading while they retry a write against ours, so that COMMIT could time out (and
    // roll the records back) after the files were gone. Holding EXCLUSIVE, COMMIT cannot be refused.
    if (sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = lastError(session);
        return false;
    }
    QElapsedTimer held;
    held.start();
    int deleted = 0;
    bool ok = true;
    while (*next < ids.size()) {
        const QString &id = ids.at(*next);
        // File first, then row, as Glance's delete_cached_image() does.
        if (ImageId::isValid(id) && !base.remove(id, error)) {
            ok = false;
            break;
        }
        const QByteArray utf8 = id.toUtf8();
        sqlite3_bind_text(del, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(del);
        sqlite3_reset(del);
        if (rc != SQLITE_DONE) {
            *error = lastError(session);
            ok = false;
            break;
        }
        ++deleted;
        ++*next;
        if ((m_maxBatchRows > 0 && deleted >= m_maxBatchRows) || held.elapsed() >= transactionMs)
            break;
    }
    // Commit what was done even after a failure, so records match the files that are gone.
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = lastError(session);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    *done += deleted;
    return ok;
}

bool SqliteBackend::deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error)
{
    *deleted = 0;
    SqliteSession session(m_dbPath, SqliteSession::ReadWrite, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    CacheDirectory::OpenArea base(m_dir, CacheDirectory::Base);
    if (!base.open(error))
        return false;
    sqlite3 *db = session.handle();
    // Exclusive before the first file goes, as in deleteBatch(): a COMMIT refused afterwards would lose files.
    if (sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = lastError(session);
        return false;
    }
    // Under the lock the rows cannot change, but glance-api renames a finished download into place before
    // it waits for the lock to insert its row. So: every file listed before (Glance's clear takes them all)
    // and every file with a row now, also one committed since the listing (else "DELETE FROM" below leaves
    // it without a row, as the soak found), but not a file that appeared since and has no row yet: its row
    // comes after our COMMIT, and deleting it would fail that download inside glance-api.
    QSet<QString> take;
    for (const FileEntry &f : baseFiles)
        take.insert(f.name);
    sqlite3_stmt *rows = nullptr;
    bool ok = sqlite3_prepare_v2(db, "SELECT image_id FROM cached_images", -1, &rows, nullptr) == SQLITE_OK;
    if (ok) {
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(rows)) == SQLITE_ROW)
            take.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, 0))));
        ok = rc == SQLITE_DONE;
    }
    sqlite3_finalize(rows);
    QVector<FileEntry> current;
    if (!ok || !m_dir.list(CacheDirectory::Base, &current, error)) {
        if (!ok)
            *error = lastError(session);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    // Glance would also unlink a live cache.db-journal here; removing it under a running transaction
    // can corrupt the database, so the DB's companions are left alone.
    for (const FileEntry &f : std::as_const(current)) {
        if (excludedFromSize(f.name) || isDbCompanion(f.name) || !take.contains(f.name))
            continue;
        if (!base.remove(f.name, error)) {
            ok = false;
            break;
        }
        ++*deleted;
    }
    if (ok && sqlite3_exec(db, "DELETE FROM cached_images", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = lastError(session);
        ok = false;
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = lastError(session);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return ok;
}
