#include "cachedirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

double toSeconds(const struct timespec &ts)
{
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Closes a descriptor when it goes out of scope.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

CacheDirectory::CacheDirectory(const QString &baseDir)
    : m_base(baseDir)
{
}

QString CacheDirectory::areaName(Area area)
{
    switch (area) {
    case Incomplete:
        return QStringLiteral("incomplete");
    case Invalid:
        return QStringLiteral("invalid");
    case Queue:
        return QStringLiteral("queue");
    case Base:
        break;
    }
    return {};
}

QString CacheDirectory::path(Area area, const QString &name) const
{
    QString p = m_base;
    if (area != Base)
        p += u'/' + areaName(area);
    if (!name.isEmpty())
        p += u'/' + name;
    return p;
}

bool CacheDirectory::isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") && !name.contains(u'/')
        && !name.contains(QChar(0));
}

bool CacheDirectory::checkReadable(QString *error) const
{
    struct stat st;
    const QByteArray p = QFile::encodeName(m_base);
    if (::stat(p.constData(), &st) != 0) {
        *error = errno == ENOENT ? tr("The cache directory %1 does not exist.").arg(m_base)
                                 : tr("Cannot open the cache directory %1: %2").arg(m_base, systemError(errno));
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = tr("%1 is not a directory.").arg(m_base);
        return false;
    }
    if (::access(p.constData(), R_OK | X_OK) != 0) {
        *error = tr("Permission denied: cannot read the cache directory %1.").arg(m_base);
        return false;
    }
    return true;
}

int CacheDirectory::openArea(Area area, bool *missing, QString *error) const
{
    if (missing)
        *missing = false;
    const QByteArray base = QFile::encodeName(m_base);
    // The base itself may legitimately be a symlink an operator set up; its areas may not.
    const int baseFd = ::open(base.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (baseFd < 0) {
        const int err = errno;
        if (err == ENOENT)
            *error = tr("The cache directory %1 does not exist.").arg(m_base);
        else if (err == EACCES)
            *error = tr("Permission denied: cannot read the cache directory %1.").arg(m_base);
        else
            *error = tr("Cannot open the cache directory %1: %2").arg(m_base, systemError(err));
        return -1;
    }
    if (area == Base)
        return baseFd;
    const QByteArray sub = QFile::encodeName(areaName(area));
    const int fd = ::openat(baseFd, sub.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    const int err = errno;
    ::close(baseFd);
    if (fd < 0) {
        if (err == ENOENT && missing) {
            *missing = true;
        } else if (err == ELOOP || err == ENOTDIR) {
            *error = tr("%1 is not a plain directory (a symlink?); refusing to use it.").arg(path(area));
        } else {
            *error = tr("Cannot open %1: %2").arg(path(area), systemError(err));
        }
    }
    return fd;
}

bool CacheDirectory::list(Area area, QVector<FileEntry> *entries, QString *error, bool *missing) const
{
    entries->clear();
    bool isMissing = false;
    Fd dirFd{openArea(area, &isMissing, error)};
    if (missing)
        *missing = isMissing;
    if (dirFd.fd < 0)
        return isMissing;
    const int scanFd = ::dup(dirFd.fd);
    DIR *dir = scanFd >= 0 ? ::fdopendir(scanFd) : nullptr;
    if (!dir) {
        *error = tr("Cannot list %1: %2").arg(path(area), systemError(errno));
        if (scanFd >= 0)
            ::close(scanFd);
        return false;
    }
    while (struct dirent *d = ::readdir(dir)) {
        const char *name = d->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        if (d->d_type != DT_REG && d->d_type != DT_LNK && d->d_type != DT_UNKNOWN)
            continue;
        struct stat st;
        if (::fstatat(dirFd.fd, name, &st, 0) != 0 || !S_ISREG(st.st_mode))
            continue; // vanished meanwhile, a dangling link, or not a regular file: Glance skips these too
        FileEntry e;
        e.name = QFile::decodeName(name);
        e.size = st.st_size;
        e.atime = toSeconds(st.st_atim);
        e.mtime = toSeconds(st.st_mtim);
        e.atimeSeconds = st.st_atim.tv_sec;
        e.mtimeSeconds = st.st_mtim.tv_sec;
        e.uid = st.st_uid;
        e.gid = st.st_gid;
        e.isSymlink = d->d_type == DT_LNK;
        if (d->d_type == DT_UNKNOWN) {
            struct stat lst;
            e.isSymlink = ::fstatat(dirFd.fd, name, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode);
        }
        entries->append(e);
    }
    ::closedir(dir);
    return true;
}

bool CacheDirectory::listNames(Area area, QVector<FileEntry> *entries, QString *error) const
{
    entries->clear();
    bool isMissing = false;
    Fd dirFd{openArea(area, &isMissing, error)};
    if (dirFd.fd < 0)
        return isMissing;
    const int scanFd = ::dup(dirFd.fd);
    DIR *dir = scanFd >= 0 ? ::fdopendir(scanFd) : nullptr;
    if (!dir) {
        *error = tr("Cannot list %1: %2").arg(path(area), systemError(errno));
        if (scanFd >= 0)
            ::close(scanFd);
        return false;
    }
    while (struct dirent *d = ::readdir(dir)) {
        const char *name = d->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        if (d->d_type != DT_REG) {
            struct stat st;
            if ((d->d_type != DT_LNK && d->d_type != DT_UNKNOWN) || ::fstatat(dirFd.fd, name, &st, 0) != 0
                || !S_ISREG(st.st_mode))
                continue;
        }
        FileEntry e;
        e.name = QFile::decodeName(name);
        e.isSymlink = d->d_type == DT_LNK;
        entries->append(e);
    }
    ::closedir(dir);
    return true;
}

bool CacheDirectory::exists(Area area, const QString &name) const
{
    if (!isPlainName(name))
        return false;
    struct stat st;
    return ::stat(QFile::encodeName(path(area, name)).constData(), &st) == 0;
}

bool CacheDirectory::remove(Area area, const QString &name, QString *error, bool *existed) const
{
    if (existed)
        *existed = false;
    if (!isPlainName(name)) {
        *error = tr("Refusing to delete '%1': it is not a file name inside the cache.").arg(name);
        return false;
    }
    bool missing = false;
    Fd dirFd{openArea(area, &missing, error)};
    if (dirFd.fd < 0)
        return missing;
    const QByteArray n = QFile::encodeName(name);
    if (::unlinkat(dirFd.fd, n.constData(), 0) == 0) {
        if (existed)
            *existed = true;
        return true;
    }
    const int err = errno;
    if (err == ENOENT)
        return true;
    if (err == EISDIR || err == EPERM) {
        struct stat st;
        if (::fstatat(dirFd.fd, n.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
            *error = tr("%1 is a directory, not a cache file; left alone.").arg(path(area, name));
            return false;
        }
    }
    if (err == EACCES || err == EPERM)
        *error = tr("Permission denied: cannot delete %1 (run as the glance user or root).").arg(path(area, name));
    else
        *error = tr("Cannot delete %1: %2").arg(path(area, name), systemError(err));
    return false;
}

bool CacheDirectory::createQueueMarker(const QString &name, bool *created, QString *error) const
{
    *created = false;
    if (!isPlainName(name)) {
        *error = tr("Refusing to queue '%1': it is not a file name.").arg(name);
        return false;
    }
    Fd baseFd{openArea(Base, nullptr, error)};
    if (baseFd.fd < 0)
        return false;
    struct stat baseSt;
    ::fstat(baseFd.fd, &baseSt);
    const bool asRoot = ::geteuid() == 0;
    if (::mkdirat(baseFd.fd, "queue", 0755) == 0 && asRoot)
        (void)::fchownat(baseFd.fd, "queue", baseSt.st_uid, baseSt.st_gid, AT_SYMLINK_NOFOLLOW);
    Fd queueFd{::openat(baseFd.fd, "queue", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
    if (queueFd.fd < 0) {
        *error = errno == ELOOP || errno == ENOTDIR
            ? tr("%1 is not a plain directory (a symlink?); refusing to use it.").arg(path(Queue))
            : tr("Cannot open %1: %2").arg(path(Queue), systemError(errno));
        return false;
    }
    const QByteArray n = QFile::encodeName(name);
    Fd fd{::openat(queueFd.fd, n.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666)};
    if (fd.fd < 0) {
        if (errno == EEXIST)
            return true;
        *error = errno == EACCES ? tr("Permission denied: cannot write in %1 (run as the glance user or root).").arg(path(Queue))
                                 : tr("Cannot create %1: %2").arg(path(Queue, name), systemError(errno));
        return false;
    }
    // glance-api must be able to remove the marker once it has cached the image.
    if (asRoot)
        (void)::fchown(fd.fd, baseSt.st_uid, baseSt.st_gid);
    *created = true;
    return true;
}
