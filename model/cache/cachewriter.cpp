#include "cache/cachewriter.h"

#include "cache/cachedirectory.h"
#include "cache/imagecache.h"
#include "core/imageid.h"
#include "cache/sqlitesession.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

CacheWriter::Check CacheWriter::precheck(QString *message) const
{
    if (!m_dir.checkReadable(message))
        return Check::Refused;
    if (m_dir.exists(CacheDirectory::Base, m_id)) {
        *message = tr("Image %1 is already cached.").arg(m_id);
        return Check::AlreadyCached;
    }
    if (m_central) {
        if (const Check c = precheckCentral(message); c != Check::Ok)
            return c;
    } else if (!m_xattr) {
        SqliteSession session(m_location.dbPath(), SqliteSession::ReadOnly, m_busyTimeoutMs);
        if (!session.open(message))
            return Check::Refused;
        QSqlQuery q(session.database());
        q.prepare(QStringLiteral("SELECT 1 FROM cached_images WHERE image_id = ?"));
        q.bindValue(0, m_id);
        if (!q.exec() || q.next()) {
            // Glance's INSERT would fail on that row after the rename, leaving a file it never tracks.
            *message = q.lastError().isValid() ? session.describe(q.lastError().text())
                                               : tr("%1 already records image %2 although its file is missing; delete "
                                                    "the image from the cache first.")
                                                     .arg(m_location.dbPath(), m_id);
            return Check::Refused;
        }
    }
    struct stat st;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (::stat(QFile::encodeName(m_dir.path(CacheDirectory::Incomplete, m_id)).constData(), &st) == 0
        && now - qint64(st.st_mtime) < m_location.stallTime) {
        *message = tr("Image %1 is being written to the cache now (incomplete/, modified %2 s ago); Glance's "
                      "cleaner treats it as stalled after %3 s.")
                       .arg(m_id)
                       .arg(now - qint64(st.st_mtime))
                       .arg(m_location.stallTime);
        return Check::Refused;
    }
    return Check::Ok;
}

int CacheWriter::openDir(const char *name, QString *error) const
{
    // Glance creates incomplete/ and invalid/ at start-up; do the same, owned like the cache.
    struct stat baseSt;
    if (::mkdirat(m_baseFd, name, 0755) == 0 && ::geteuid() == 0 && ::fstat(m_baseFd, &baseSt) == 0)
        (void)::fchownat(m_baseFd, name, baseSt.st_uid, baseSt.st_gid, AT_SYMLINK_NOFOLLOW);
    const int fd = ::openat(m_baseFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        *error = errno == ELOOP || errno == ENOTDIR
            ? tr("%1 is not a plain directory (a symlink?); refusing to use it.")
                  .arg(m_location.cacheDir + u'/' + QLatin1String(name))
            : systemError(m_location.cacheDir + u'/' + QLatin1String(name), errno);
    return fd;
}

bool CacheWriter::open(QString *error)
{
    m_baseFd = ::open(QFile::encodeName(m_location.cacheDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_baseFd < 0) {
        *error = systemError(m_location.cacheDir, errno);
        return false;
    }
    m_incFd = openDir("incomplete", error);
    if (m_incFd < 0)
        return false;
    // A writer that started since precheck(): truncating or unlinking its file would corrupt its copy.
    struct stat st;
    if (::fstatat(m_incFd, m_name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0
        && QDateTime::currentSecsSinceEpoch() - qint64(st.st_mtime) < m_location.stallTime) {
        *error = tr("Another process started writing image %1 at the same moment.").arg(m_id);
        return false;
    }
    // Not O_TRUNC on a stalled file: it may be a hard link planted by whoever can write in incomplete/.
    // Unlinking it and creating our own file ends the same as Glance's truncating open().
    if (::unlinkat(m_incFd, m_name.constData(), 0) != 0 && errno != ENOENT) {
        *error = systemError(m_dir.path(CacheDirectory::Incomplete, m_id), errno);
        return false;
    }
    m_fd = ::openat(m_incFd, m_name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        const int err = errno;
        *error = err == EEXIST ? tr("Another process started writing image %1 at the same moment.").arg(m_id)
            : err == EACCES    ? tr("Permission denied: cannot write in %1 (run as the glance user or root).")
                                  .arg(m_dir.path(CacheDirectory::Incomplete))
                            : systemError(m_dir.path(CacheDirectory::Incomplete, m_id), err);
        return false;
    }
    // glance-api must be able to read, count hits on and delete what root puts into its cache.
    if (::geteuid() == 0 && ::fstat(m_baseFd, &st) == 0)
        (void)::fchown(m_fd, st.st_uid, st.st_gid);
    ::fstat(m_fd, &st);
    m_dev = st.st_dev;
    m_ino = st.st_ino;
    return true;
}

bool CacheWriter::write(QByteArrayView data, QString *error)
{
    const char *p = data.data();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = errno == ENOSPC ? tr("The filesystem of %1 is full.").arg(m_location.cacheDir)
                                     : systemError(m_dir.path(CacheDirectory::Incomplete, m_id), errno);
            return false;
        }
        p += n;
        left -= n;
        m_written += n;
    }
    return true;
}

bool CacheWriter::stillOurs() const
{
    struct stat st;
    return ::fstatat(m_incFd, m_name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && st.st_dev == m_dev
        && st.st_ino == m_ino;
}

bool CacheWriter::moveToBase(QString *error)
{
    // NOREPLACE: a copy glance-api committed meanwhile stays; ours is the one rolled back.
    int rc = ::renameat2(m_incFd, m_name.constData(), m_baseFd, m_name.constData(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) { // a filesystem without the flag
        struct stat st;
        rc = ::fstatat(m_baseFd, m_name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0
            ? (errno = EEXIST, -1)
            : ::renameat(m_incFd, m_name.constData(), m_baseFd, m_name.constData());
    }
    if (rc == 0)
        return true;
    *error = errno == EEXIST ? tr("another process cached image %1 meanwhile; that copy is kept").arg(m_id)
                             : systemError(m_dir.path(CacheDirectory::Base, m_id), errno);
    return false;
}

bool CacheWriter::commitSqlite(QString *error)
{
    SqliteSession session(m_location.dbPath(), SqliteSession::ReadWrite, m_busyTimeoutMs);
    if (!session.open(error))
        return false;
    QSqlDatabase db = session.database();
    QSqlQuery q(db);
    // The write lock first: while glance-api holds the database we fail with the file still in incomplete/.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = session.describe(q.lastError().text());
        return false;
    }
    bool ok = false;
    q.prepare(QStringLiteral("SELECT 1 FROM cached_images WHERE image_id = ?"));
    q.bindValue(0, m_id);
    if (!q.exec()) {
        *error = session.describe(q.lastError().text());
    } else if (q.next()) {
        *error = tr("another process recorded image %1 meanwhile").arg(m_id);
    } else if (moveToBase(error)) {
        struct stat st;
        ::fstat(m_fd, &st);
        q.prepare(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, hits, size) "
                                 "VALUES (?, ?, ?, 0, ?)"));
        const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        q.bindValue(0, m_id);
        q.bindValue(1, now);
        q.bindValue(2, now);
        q.bindValue(3, qint64(st.st_size));
        ok = q.exec() && q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            *error = session.describe(q.lastError().text());
            // Back to incomplete/ so that the rollback moves it to invalid/: no file without its row.
            (void)::renameat(m_baseFd, m_name.constData(), m_incFd, m_name.constData());
        }
    }
    if (!ok)
        q.exec(QStringLiteral("ROLLBACK"));
    return ok;
}

bool CacheWriter::commit(QString *error)
{
    struct stat st;
    if (::fsync(m_fd) != 0) {
        *error = systemError(m_dir.path(CacheDirectory::Incomplete, m_id), errno);
        return false;
    }
    if (::fstat(m_fd, &st) != 0 || st.st_size != m_written || !stillOurs()) {
        *error = tr("another process wrote %1 at the same time").arg(m_dir.path(CacheDirectory::Incomplete, m_id));
        return false;
    }
    if (m_xattr) {
        // The xattr driver's commit(): user.hits = 0 on the incomplete file, then the rename.
        if (::fsetxattr(m_fd, "user.hits", "0", 1, 0) != 0) {
            *error = systemError(tr("user.hits on %1").arg(m_dir.path(CacheDirectory::Incomplete, m_id)), errno);
            return false;
        }
        if (!moveToBase(error))
            return false;
    } else if (m_central ? !commitCentral(error) : !commitSqlite(error)) {
        return false;
    }
    // "pop" the image from the queue; done after the row is committed, so a failed commit keeps it queued.
    const int queueFd = ::openat(m_baseFd, "queue", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (queueFd >= 0) {
        (void)::unlinkat(queueFd, m_name.constData(), 0);
        ::close(queueFd);
    }
    ::close(std::exchange(m_fd, -1));
    return true;
}

QString CacheWriter::rollback(const QString &reason)
{
    if (m_fd < 0)
        return tr("Nothing was written.");
    // The xattr driver records why before the move; the sqlite driver has no row to remove (we add
    // it only at commit, and a row another process wrote meanwhile is not ours to delete).
    if (m_xattr) {
        const QByteArray text = reason.toUtf8();
        (void)::fsetxattr(m_fd, "user.error", text.constData(), size_t(text.size()), 0);
        (void)::fremovexattr(m_fd, "user.hits"); // set by a commit that then lost the race
    }
    ::close(std::exchange(m_fd, -1));
    if (!stillOurs())
        return tr("incomplete/%1 now belongs to another writer and was left alone.").arg(m_id);
    QString error;
    const int invalidFd = openDir("invalid", &error);
    const bool moved = invalidFd >= 0 && ::renameat(m_incFd, m_name.constData(), invalidFd, m_name.constData()) == 0;
    if (!moved)
        error = systemError(m_dir.path(CacheDirectory::Invalid, m_id), errno);
    if (invalidFd >= 0)
        ::close(invalidFd);
    if (moved)
        return tr("The partial download is in %1.").arg(m_dir.path(CacheDirectory::Invalid, m_id));
    // Left in incomplete/ it would block the next attempt until the cleaner's stall time.
    ::unlinkat(m_incFd, m_name.constData(), 0);
    return tr("The partial download was deleted (%1).").arg(error);
}
