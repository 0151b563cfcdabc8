// The disk half of ConfigDocument: reading a file with what save() needs to detect a change underneath,
// and replacing it atomically with owner, group and mode kept and a backup beside it.

#include "config/configdocument.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 maxBytes = 16 * 1024 * 1024; // oslo.config reads whole files; more than this is not a config

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Reads a whole regular file through one descriptor so that the status and the bytes belong together.
bool readWhole(const QString &path, QByteArray *data, struct stat *st, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        *error = err == ENOENT ? ConfigDocument::tr("%1 does not exist.").arg(path)
                               : ConfigDocument::tr("Cannot read %1: %2.").arg(path, errnoText(err));
        return false;
    }
    bool ok = ::fstat(fd, st) == 0;
    if (!ok) {
        *error = ConfigDocument::tr("Cannot read %1: %2.").arg(path, errnoText(errno));
    } else if (!S_ISREG(st->st_mode)) {
        *error = ConfigDocument::tr("%1 is not a regular file.").arg(path);
        ok = false;
    } else if (st->st_size > maxBytes) {
        *error = ConfigDocument::tr("%1 is %2 MiB; a configuration file is never larger than 16 MiB, so this one "
                                    "is not read.")
                     .arg(path)
                     .arg(double(st->st_size) / 1048576.0, 0, 'f', 1);
        ok = false;
    }
    data->clear();
    char buffer[65536];
    while (ok) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = ConfigDocument::tr("Cannot read %1: %2.").arg(path, errnoText(errno));
            ok = false;
        } else if (got == 0) {
            break;
        } else if (data->size() + got > maxBytes) {
            *error = ConfigDocument::tr("%1 grew beyond 16 MiB while it was read; it is not read.").arg(path);
            ok = false;
        } else {
            data->append(buffer, got);
        }
    }
    ::close(fd);
    return ok;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Keeps the version about to be replaced as "<file>.<time>.bak": a hard link when the file system allows it
// (the very same inode, so owner, mode and times are exact), otherwise a copy given the same attributes.
// The name ends in ".bak", never ".conf", so a --config-dir scan of a .conf.d directory ignores it.
bool makeBackup(
    const QByteArray &target, const QByteArray &bytes, const struct stat &st, QByteArray *backup, QString *error)
{
    const QByteArray stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddhhmmss")).toLatin1();
    for (int n = 0; n < 1000; ++n) {
        const QByteArray name = target + '.' + stamp + (n ? '-' + QByteArray::number(n) : QByteArray()) + ".bak";
        if (::link(target.constData(), name.constData()) == 0) {
            *backup = name;
            return true;
        }
        if (errno == EEXIST)
            continue;
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            *error = ConfigDocument::tr("Cannot create the backup %1: %2; nothing was written.")
                         .arg(QFile::decodeName(name), errnoText(errno));
            return false;
        }
        *backup = name; // from here on the caller removes it if anything fails
        const struct timespec times[2] = { st.st_atim, st.st_mtim };
        const bool ok = writeAll(fd, bytes) && ::fchown(fd, st.st_uid, st.st_gid) == 0
            && ::fchmod(fd, st.st_mode & 07777) == 0 && ::futimens(fd, times) == 0 && ::fsync(fd) == 0;
        const int err = errno;
        ::close(fd);
        if (!ok)
            *error = ConfigDocument::tr("Cannot write the backup %1 with the original's owner and mode: %2; "
                                        "nothing was written.")
                         .arg(QFile::decodeName(name), errnoText(err));
        return ok;
    }
    *error = ConfigDocument::tr("Cannot find a free backup name next to %1; nothing was written.")
                 .arg(QFile::decodeName(target));
    return false;
}

// A rename is durable only once the directory entry is on disk too.
void syncDirectory(const QByteArray &dir)
{
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

ConfigDocument::DiskState diskState(const struct stat &st, const QByteArray &data)
{
    return { qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
        QCryptographicHash::hash(data, QCryptographicHash::Sha256) };
}

} // namespace

Expected<void> ConfigDocument::load(const QString &path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    QByteArray data;
    struct stat st = {};
    QString error;
    if (!readWhole(real.isEmpty() ? path : real, &data, &st, &error))
        return Expected<void>::failure(error);
    const Expected<void> parsed = loadData(data, path);
    if (!parsed)
        return parsed;
    m_inMemory = false;
    m_realPath = real;
    m_disk = diskState(st, data);
    return {};
}

Expected<void> ConfigDocument::canSave() const
{
    if (!m_loaded || m_inMemory)
        return Expected<void>::failure(tr("%1 was not read from a file, so it cannot be saved.").arg(m_path));
    QByteArray data;
    struct stat st = {};
    QString readError;
    if (!readWhole(m_realPath, &data, &st, &readError))
        return Expected<void>::failure(tr("%1 cannot be read again before saving: %2").arg(m_path, readError));
    const DiskState now = diskState(st, data);
    if (now.size != m_disk.size || now.mtimeNs != m_disk.mtimeNs || now.sha256 != m_disk.sha256)
        return Expected<void>::failure(
            tr("%1 was changed on disk after it was loaded (by another editor, a package upgrade or "
               "configuration management); nothing was written. Reload it and make the change again.")
                .arg(m_path));
    if (::faccessat(AT_FDCWD, QFile::encodeName(m_realPath).constData(), W_OK, AT_EACCESS) != 0) {
        const int err = errno;
        if (err == EROFS)
            return Expected<void>::failure(tr("%1 is on a read-only file system; nothing was written.").arg(m_path));
        if (err == EPERM)
            return Expected<void>::failure(
                tr("%1 is immutable (chattr +i) or otherwise locked against changes; nothing was written.")
                    .arg(m_path));
        return Expected<void>::failure(
            tr("%1 is not writable for this user (%2); nothing was written.").arg(m_path, errnoText(err)));
    }
    const QString dir = QFileInfo(m_realPath).absolutePath();
    if (::faccessat(AT_FDCWD, QFile::encodeName(dir).constData(), W_OK | X_OK, AT_EACCESS) != 0)
        return Expected<void>::failure(
            tr("Cannot create files in %1 (%2), which saving needs for the new version and the backup; "
               "nothing was written.")
                .arg(dir, errnoText(errno)));
    return {};
}

Expected<QString> ConfigDocument::save()
{
    if (!isModified())
        return QString();
    const Expected<void> writable = canSave();
    if (!writable)
        return Expected<QString>::failure(writable.error());
    QString error;
    QString backup;
    if (!writeFile(&error, &backup))
        return Expected<QString>::failure(error);
    return backup;
}

Expected<QStringList> ConfigDocument::saveAll(const QVector<ConfigDocument *> &documents)
{
    for (const ConfigDocument *d : documents) {
        const Expected<void> writable = d->isModified() ? d->canSave() : Expected<void>();
        if (!writable) {
            QString error = writable.error();
            if (documents.size() > 1)
                error += u' ' + tr("None of the files was changed.");
            return Expected<QStringList>::failure(error);
        }
    }
    QVector<ConfigDocument> before;
    QStringList backups;
    for (ConfigDocument *d : documents) {
        before.append(*d);
        const Expected<QString> saved = d->save();
        if (saved) {
            backups.append(*saved);
            continue;
        }
        QString error = saved.error();
        // Put back the files already replaced: each backup is the previous version, owner, mode and time.
        bool restored = true;
        for (int j = 0; j < backups.size(); ++j) {
            if (backups.at(j).isEmpty())
                continue;
            if (::rename(QFile::encodeName(backups.at(j)).constData(),
                    QFile::encodeName(before.at(j).m_realPath).constData())
                == 0) {
                *documents.at(j) = before.at(j);
            } else {
                error += u' '
                    + tr("Restoring %1 from %2 failed too: %3.")
                          .arg(before.at(j).m_path, backups.at(j), errnoText(errno));
                restored = false;
            }
        }
        if (restored && !backups.isEmpty())
            error += u' ' + tr("The files already written were put back as they were.");
        return Expected<QStringList>::failure(error);
    }
    return backups;
}

bool ConfigDocument::writeFile(QString *error, QString *backupPath)
{
    const QByteArray target = QFile::encodeName(m_realPath);
    struct stat st = {};
    if (::stat(target.constData(), &st) != 0) {
        *error = tr("Cannot examine %1: %2; nothing was written.").arg(m_path, errnoText(errno));
        return false;
    }
    const QFileInfo info(m_realPath);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    // Same directory, so the rename is atomic; a hidden name without ".conf", so no config scan reads it.
    QByteArray temp = dir + "/." + QFile::encodeName(info.fileName()) + ".XXXXXX";
    int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        *error = tr("Cannot create a temporary file in %1: %2; nothing was written.")
                     .arg(QFile::decodeName(dir), errnoText(errno));
        return false;
    }
    QByteArray backup;
    auto fail = [&](const QString &why) {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temp.constData());
        if (!backup.isEmpty())
            ::unlink(backup.constData());
        *error = why;
        return false;
    };
    const QByteArray data = contents();
    if (!writeAll(fd, data))
        return fail(tr("Cannot write the new version of %1: %2; nothing was written.").arg(m_path, errnoText(errno)));
    if (::fchown(fd, st.st_uid, st.st_gid) != 0)
        return fail(tr("Cannot give the new version of %1 its owner and group (uid %2, gid %3): %4. Nothing was "
                       "written rather than change who owns the file; save it as root or as its owner.")
                        .arg(m_path)
                        .arg(st.st_uid)
                        .arg(st.st_gid)
                        .arg(errnoText(errno)));
    // After fchown, which may clear set-id bits.
    if (::fchmod(fd, st.st_mode & 07777) != 0)
        return fail(
            tr("Cannot give the new version of %1 its mode: %2; nothing was written.").arg(m_path, errnoText(errno)));
    if (::fsync(fd) != 0)
        return fail(
            tr("Cannot flush the new version of %1 to disk: %2; nothing was written.").arg(m_path, errnoText(errno)));
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        return fail(tr("Cannot write the new version of %1: %2; nothing was written.").arg(m_path, errnoText(errno)));
    // A last look, as close as possible to the rename: someone may have written the file meanwhile.
    if (const Expected<void> writable = canSave(); !writable)
        return fail(writable.error());
    QString why;
    if (!makeBackup(target, m_original, st, &backup, &why))
        return fail(why);
    if (::rename(temp.constData(), target.constData()) != 0)
        return fail(tr("Cannot replace %1: %2; nothing was written.").arg(m_path, errnoText(errno)));
    syncDirectory(dir);

    m_original = data;
    for (int i = 0; i < m_lines.size(); ++i)
        m_lines[i].origin = i;
    m_originalLines = m_lines;
    struct stat now = {};
    ::stat(target.constData(), &now);
    m_disk = diskState(now, data);
    *backupPath = QFile::decodeName(backup);
    return true;
}
