#include "cache/cachedirectory.h"

#include "core/imageid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <thread>
#include <vector>
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

bool CacheDirectory::checkGlanceLayout(const QString &dbName, QString *error) const
{
    DIR *dir = ::opendir(QFile::encodeName(m_base).constData());
    if (!dir) {
        *error = tr("Cannot open the cache directory %1: %2").arg(m_base, systemError(errno));
        return false;
    }
    const QByteArray db = QFile::encodeName(dbName);
    bool glance = false, empty = true;
    // Glance creates its three areas at start-up; on a real cache one of them, or an image, comes early.
    while (struct dirent *d = ::readdir(dir)) {
        const char *name = d->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        empty = false;
        if (!std::strcmp(name, "incomplete") || !std::strcmp(name, "invalid") || !std::strcmp(name, "queue")
            || (!db.isEmpty() && db == name) || ImageId::isValid(QFile::decodeName(name))) {
            glance = true;
            break;
        }
    }
    ::closedir(dir);
    if (glance || empty)
        return true;
    *error = tr("%1 is not a Glance image cache: it has no incomplete/, invalid/ or queue/ directory, no cache "
                "database and no file named by an image ID. Open the directory that image_cache_dir names in "
                "glance-api.conf.")
                 .arg(m_base);
    return false;
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
    // Names first (reading a directory is sequential), then the stat() calls, which dominate on a large
    // cache and can be shared between threads. Names are kept NUL-terminated in one buffer.
    QByteArray names;
    std::vector<qsizetype> starts;
    std::vector<unsigned char> types;
    while (struct dirent *d = ::readdir(dir)) {
        const char *name = d->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        if (d->d_type != DT_REG && d->d_type != DT_LNK && d->d_type != DT_UNKNOWN)
            continue;
        starts.push_back(names.size());
        names.append(name, qsizetype(std::strlen(name) + 1));
        types.push_back(d->d_type);
    }
    ::closedir(dir);
    const qsizetype count = qsizetype(starts.size());
    std::vector<FileEntry> found(size_t(count), FileEntry{});
    std::vector<char> isFile(size_t(count), 0);
    const int fd = dirFd.fd;
    forEachChunk(count, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const char *name = names.constData() + starts[size_t(i)];
            struct stat st;
            if (::fstatat(fd, name, &st, 0) != 0 || !S_ISREG(st.st_mode))
                continue; // vanished meanwhile, a dangling link, or not a regular file: Glance skips these too
            FileEntry &e = found[size_t(i)];
            e.name = QFile::decodeName(name);
            e.size = st.st_size;
            e.atime = toSeconds(st.st_atim);
            e.mtime = toSeconds(st.st_mtim);
            e.atimeSeconds = st.st_atim.tv_sec;
            e.mtimeSeconds = st.st_mtim.tv_sec;
            e.uid = st.st_uid;
            e.gid = st.st_gid;
            e.isSymlink = types[size_t(i)] == DT_LNK;
            if (types[size_t(i)] == DT_UNKNOWN) {
                struct stat lst;
                e.isSymlink = ::fstatat(fd, name, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode);
            }
            isFile[size_t(i)] = 1;
        }
    });
    entries->reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        if (isFile[size_t(i)])
            entries->append(std::move(found[size_t(i)]));
    }
    return true;
}

void CacheDirectory::forEachChunk(qsizetype count, const std::function<void(qsizetype, qsizetype)> &work)
{
    // Under a chunk of files a thread costs more than the calls it would take over; beyond four threads
    // the directory's locks and a shared machine give nothing back.
    constexpr qsizetype chunk = 256;
    const qsizetype cores = qBound(1, int(std::thread::hardware_concurrency()), 4);
    const qsizetype threads = std::min(cores, (count + chunk - 1) / chunk);
    if (threads <= 1) {
        work(0, count);
        return;
    }
    std::atomic<qsizetype> next{0};
    const auto run = [&] {
        for (qsizetype begin = next.fetch_add(chunk); begin < count; begin = next.fetch_add(chunk))
            work(begin, std::min(count, begin + chunk));
    };
    std::vector<std::thread> helpers;
    for (qsizetype i = 1; i < threads; ++i) {
        try {
            helpers.emplace_back(run);
        } catch (const std::system_error &) {
            break; // no thread to be had: the calling thread does the rest
        }
    }
    run();
    for (std::thread &t : helpers)
        t.join();
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
    OpenArea open(*this, area);
    return open.open(error) && open.remove(name, error, existed);
}

CacheDirectory::OpenArea::OpenArea(const CacheDirectory &dir, Area area)
    : m_dir(dir)
    , m_area(area)
{
}

CacheDirectory::OpenArea::~OpenArea()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool CacheDirectory::OpenArea::open(QString *error)
{
    if (m_fd >= 0)
        return true;
    m_fd = m_dir.openArea(m_area, &m_missing, error);
    return m_fd >= 0 || m_missing;
}

bool CacheDirectory::OpenArea::remove(const QString &name, QString *error, bool *existed) const
{
    if (existed)
        *existed = false;
    if (!isPlainName(name)) {
        *error = tr("Refusing to delete '%1': it is not a file name inside the cache.").arg(name);
        return false;
    }
    if (m_fd < 0)
        return true; // the subdirectory does not exist, so neither does the entry
    const QByteArray n = QFile::encodeName(name);
    // Flags 0: a symlink is removed itself, never followed.
    if (::unlinkat(m_fd, n.constData(), 0) == 0) {
        if (existed)
            *existed = true;
        return true;
    }
    const int err = errno;
    if (err == ENOENT)
        return true;
    if (err == EISDIR || err == EPERM) {
        struct stat st;
        if (::fstatat(m_fd, n.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
            *error = tr("%1 is a directory, not a cache file; left alone.").arg(m_dir.path(m_area, name));
            return false;
        }
    }
    if (err == EACCES || err == EPERM)
        *error = tr("Permission denied: cannot delete %1 (run as the glance user or root).")
                     .arg(m_dir.path(m_area, name));
    else
        *error = tr("Cannot delete %1: %2").arg(m_dir.path(m_area, name), systemError(err));
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
