// CacheWriter for the centralized_db driver: the checks before a fetch and Glance's commit(), which
// inserts this node's row into cached_images of Glance's main database.
#include "cache/cachewriter.h"

#include "cache/centraldbsession.h"

#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/stat.h>

CacheWriter::Check CacheWriter::precheckCentral(QString *message) const
{
    // Also refuses a node whose URL is not in node_reference: Glance's insert_cache_details() would fail on
    // it after the rename, leaving a file that no row tracks.
    CentralDbSession session(m_location.databaseUrl, m_location.nodeUrl);
    if (!session.open(message))
        return Check::Refused;
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    const bool prepared
        = q.prepare(QStringLiteral("SELECT 1 FROM cached_images WHERE image_id = ? AND node_reference_id = ?"));
    q.addBindValue(m_id);
    q.addBindValue(session.nodeId());
    if (!prepared || !q.exec()) {
        *message = tr("Reading this node's cache records from %1 failed: %2").arg(session.where(), session.errorText(q));
        return Check::Refused;
    }
    if (q.next()) {
        // Glance would keep that row as it is (a duplicate is ignored), with the old size and times.
        *message = tr("%1 already records image %2 for this node (%3) although its file is missing; delete the "
                      "image from the cache first.")
                       .arg(session.where(), m_id, session.nodeUrl());
        return Check::Refused;
    }
    return Check::Ok;
}

bool CacheWriter::commitCentral(QString *error)
{
    // The connection first: while the database is unreachable we fail with the file still in incomplete/.
    CentralDbSession session(m_location.databaseUrl, m_location.nodeUrl);
    if (!session.open(error))
        return false;
    QSqlDatabase db = session.db();
    const auto failed = [&](const QString &driverText) {
        *error = tr("recording image %1 in %2 failed: %3").arg(m_id, session.where(), driverText);
        return false;
    };
    // Fetches commit in parallel (each on its own connection): the write lock first, so each waits its turn.
    if (QString why; !session.beginWrite(&why))
        return failed(why);
    QSqlQuery q(db);
    bool ok = q.prepare(QStringLiteral("SELECT 1 FROM cached_images WHERE image_id = ? AND node_reference_id = ?"));
    q.addBindValue(m_id);
    q.addBindValue(session.nodeId());
    if (!ok || !q.exec()) {
        const QString why = session.errorText(q);
        db.rollback();
        return failed(why);
    }
    if (q.next()) {
        db.rollback();
        *error = tr("another process recorded image %1 for this node meanwhile").arg(m_id);
        return false;
    }
    if (!moveToBase(error)) {
        db.rollback();
        return false;
    }
    // Glance's commit(): rename, then insert_cache_details(): size = the file's size, hits 0, checksum NULL,
    // last_accessed and last_modified from two utcnow() calls (so modified is a few microseconds later).
    struct stat st;
    ::fstat(m_fd, &st);
    const QString accessed = CentralDbSession::utcNow();
    const QString modified = CentralDbSession::utcNow();
    ok = q.prepare(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits, "
                                  "checksum, node_reference_id) VALUES (?, ?, ?, ?, 0, NULL, ?)"));
    q.addBindValue(m_id);
    q.addBindValue(accessed);
    q.addBindValue(modified);
    q.addBindValue(qint64(st.st_size));
    q.addBindValue(session.nodeId());
    if (ok && q.exec() && db.commit())
        return true;
    // A unique-key clash (a concurrent glance-api insert), a lost connection: no row, so the file goes back
    // to incomplete/ and the caller's rollback moves it to invalid/. Should a lost COMMIT have reached the
    // server after all, a row without file remains: listed, pruned as size 0, removed by a delete.
    const QString why = q.lastError().isValid() ? session.errorText(q) : session.errorText();
    db.rollback();
    (void)::renameat(m_baseFd, m_name.constData(), m_incFd, m_name.constData());
    return failed(why);
}
