#include "xattrs.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/xattr.h>

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

qint64 hits(const QString &path)
{
    QByteArray v;
    if (!get(path, "user.hits", &v))
        return 0;
    bool ok = false;
    const qint64 n = v.trimmed().toLongLong(&ok);
    return ok ? n : 0;
}

} // namespace Xattrs
