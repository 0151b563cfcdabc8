#include "core/xattrs.h"

#include <QFile>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace Xattrs {

Support probe(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    char buf[32];
    if (::getxattr(p.constData(), "user.hits", buf, sizeof buf) >= 0)
        return Support::Supported;
    switch (errno) {
    case ENODATA:
    case ERANGE:
        return Support::Supported;
    case ENOTSUP:
        return Support::Unsupported;
    default:
        return Support::Unknown;
    }
}

bool get(const QString &path, const char *name, QByteArray *value)
{
    const QByteArray p = QFile::encodeName(path);
    QByteArray buf(256, Qt::Uninitialized);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const ssize_t n = ::getxattr(p.constData(), name, buf.data(), size_t(buf.size()));
        if (n >= 0) {
            buf.truncate(qsizetype(n));
            *value = buf;
            return true;
        }
        if (errno != ERANGE)
            return false;
        const ssize_t needed = ::getxattr(p.constData(), name, nullptr, 0);
        if (needed < 0)
            return false;
        buf.resize(qsizetype(needed) + 1);
    }
    return false;
}

bool set(const QString &path, const char *name, const QByteArray &value, QString *error)
{
    const QByteArray p = QFile::encodeName(path);
    if (::setxattr(p.constData(), name, value.constData(), size_t(value.size()), 0) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

namespace {

qint64 parseHits(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok ? n : 0;
}

#if defined(__linux__) && !defined(__alpha__)
// getxattrat() has the same number on every architecture but alpha; glibc has no wrapper for it yet.
constexpr long getxattratNumber = 464;
struct XattrArgs
{
    std::uint64_t value;
    std::uint32_t size;
    std::uint32_t flags;
};
std::atomic<bool> s_noGetxattrat{false};
#endif

} // namespace

qint64 hits(const QString &path)
{
    QByteArray v;
    return get(path, "user.hits", &v) ? parseHits(v) : 0;
}

qint64 hitsAt(int dirFd, const QString &dirPath, const char *name)
{
#if defined(__linux__) && !defined(__alpha__)
    if (!s_noGetxattrat.load(std::memory_order_relaxed)) {
        char buf[64];
        XattrArgs args{std::uint64_t(reinterpret_cast<std::uintptr_t>(buf)), sizeof buf, 0};
        // Flags 0: follows a symlink, as python-xattr's getxattr does.
        const long n = ::syscall(getxattratNumber, dirFd, name, 0, "user.hits", &args, sizeof args);
        if (n >= 0)
            return parseHits(QByteArray(buf, qsizetype(n)));
        if (errno == ENODATA || errno == ENOENT)
            return 0;
        if (errno == ENOSYS)
            s_noGetxattrat.store(true, std::memory_order_relaxed);
        // ENOSYS, or an unusually long value (ERANGE): the path-based call handles both.
    }
#else
    Q_UNUSED(dirFd);
#endif
    return hits(dirPath + u'/' + QFile::decodeName(name));
}

} // namespace Xattrs
