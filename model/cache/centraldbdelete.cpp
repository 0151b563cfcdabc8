// CentralizedDbBackend's changes: deleting this node's cached images (file, then row) and clearing them.
// Nothing here ever touches another node's rows: every statement filters on this node's id.
#include "cache/centralizeddbbackend.h"

#include "cache/cachedirectory.h"
#include "cache/centraldbsession.h"
#include "core/imageid.h"

#include <QSqlError>
#include <QSqlQuery>

bool CentralizedDbBackend::deleteCached(const QStringList &names, int *done, QString *error,
                                        const BatchProgress &progress)
{
    *done = 0;
    if (names.isEmpty())
        return true;
    // One connection and one descriptor of the base dir for the whole run; one short transaction per image,
    // as Glance's delete_cached_image() commits each row on its own.
    CentralDbSession session(m_databaseUrl, m_nodeUrl);
    if (!session.open(error))
        return false;
    CacheDirectory::OpenArea base(m_dir, CacheDirectory::Base);
    if (!base.open(error))
        return false;
    QSqlDatabase db = session.db();
    QSqlQuery del(db);
    if (!del.prepare(QStringLiteral("DELETE FROM cached_images WHERE image_id = ? AND node_reference_id = ?"))) {
        *error = tr("Deleting this node's cache records in %1 failed: %2").arg(session.where(), session.errorText(del));
        return false;
    }
    for (const QString &id : names) {
        // Nothing of this image (nor of those after it) changed: the database failed before its file was touched.
        const auto untouched = [&](const QString &driverText) {
            *error = *done == 0
                ? tr("The database %1 failed (%2); nothing was deleted.").arg(session.where(), driverText)
                : tr("Deleted %Ln image(s); then the database %1 failed (%2). From image %3 on, files and records "
                     "were left as they were.",
                     nullptr, *done)
                      .arg(session.where(), driverText, id);
            return false;
        };
        // The row's DELETE runs first but only takes effect at COMMIT, after the unlink: others see Glance's
        // order (file gone, then row), and a connection that died since the last image is noticed before
        // any file is removed.
        if (!db.transaction())
            return untouched(session.errorText());
        del.bindValue(0, id);
        del.bindValue(1, session.nodeId());
        if (!del.exec()) {
            const QString why = session.errorText(del);
            db.rollback();
            return untouched(why);
        }
        // A row whose image_id is not a UUID never becomes a path: only the row goes.
        QString removeError;
        if (ImageId::isValid(id) && !base.remove(id, &removeError)) {
            db.rollback();
            *error = tr("Deleted %Ln image(s) before this failure, which left the image's file and record as they "
                        "were: %1",
                        nullptr, *done)
                         .arg(removeError);
            return false;
        }
        if (!db.commit()) {
            // The file is gone and the row stays: the state Glance itself leaves when its row delete fails
            // after delete_cached_file(). The row is then listed without a file and pruned as size 0; a
            // second delete removes it (a missing file is not an error).
            const QString why = session.errorText();
            db.rollback();
            *error = tr("The file of image %1 was deleted but removing its record from %2 failed (%3); the %Ln "
                        "image(s) before it were deleted completely. Glance leaves the same state when this happens "
                        "to it: the record is listed without a file until it is deleted again once the database is "
                        "reachable.",
                        nullptr, *done)
                         .arg(id, session.where(), why);
            return false;
        }
        ++*done;
        if (progress && !progress(*done))
            return false;
    }
    return true;
}

bool CentralizedDbBackend::deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error)
{
    *deleted = 0;
    // The database is reached and this node found before any file goes.
    CentralDbSession session(m_databaseUrl, m_nodeUrl);
    if (!session.open(error))
        return false;
    CacheDirectory::OpenArea base(m_dir, CacheDirectory::Base);
    if (!base.open(error))
        return false;
    QSqlDatabase db = session.db();
    const auto dbFailed = [&](const QString &driverText) {
        *error = *deleted == 0
            ? tr("Clearing this node's cache records in %1 failed (%2); nothing was changed.")
                  .arg(session.where(), driverText)
            : tr("Deleted %Ln file(s), but removing this node's records from %1 then failed (%2). Glance leaves "
                 "the same state when this happens to it: those records are listed without a file until the "
                 "cache is cleared again once the database is reachable.",
                 nullptr, *deleted)
                  .arg(session.where(), driverText);
        return false;
    };
    // As for one image: the DELETE first, taking effect at COMMIT after the files are gone.
    if (!db.transaction())
        return dbFailed(session.errorText());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM cached_images WHERE node_reference_id = ?"));
    q.addBindValue(session.nodeId());
    if (!q.exec()) {
        const QString why = session.errorText(q);
        db.rollback();
        return dbFailed(why);
    }
    // Glance's delete_all_cached_images(): every regular file of the base dir but names ending in .db.
    QStringList removed;
    QString removeError;
    for (const FileEntry &f : baseFiles) {
        if (excludedFromSize(f.name))
            continue;
        if (!base.remove(f.name, &removeError))
            break;
        ++*deleted;
        removed.append(f.name);
    }
    if (removeError.isEmpty()) {
        if (!db.commit()) {
            const QString why = session.errorText();
            db.rollback();
            return dbFailed(why);
        }
        return true;
    }
    // A file could not be deleted: Glance would stop there with every row kept. We keep the rows of the
    // images still on disk and remove only those whose files are gone, so no record loses its file.
    db.rollback();
    *error = tr("Deleted %Ln file(s) and their records before this failure; the other files and their records "
                "were kept: %1",
                nullptr, *deleted)
                 .arg(removeError);
    QSqlQuery one(db);
    bool ok = db.transaction()
        && one.prepare(QStringLiteral("DELETE FROM cached_images WHERE image_id = ? AND node_reference_id = ?"));
    for (qsizetype i = 0; ok && i < removed.size(); ++i) {
        one.bindValue(0, removed.at(i));
        one.bindValue(1, session.nodeId());
        ok = one.exec();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        *error += u' ' + tr("Removing the records of the deleted files failed too (%1).").arg(session.errorText());
    }
    return false;
}
