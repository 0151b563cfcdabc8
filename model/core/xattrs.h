#pragma once

#include <QByteArray>
#include <QString>

// The two user extended attributes Glance's xattr driver keeps: user.hits and user.error.
namespace Xattrs {

enum class Support { Supported, Unsupported, Unknown };

// Whether the filesystem holding path accepts user.* attributes, asked without writing anything.
Support probe(const QString &path);

// Reads attribute name ("user.hits") of path, following symlinks like python-xattr. Returns false when
// the attribute is absent or cannot be read.
bool get(const QString &path, const char *name, QByteArray *value);

// Sets attribute name on path. Returns false with the system's reason in *error.
bool set(const QString &path, const char *name, const QByteArray &value, QString *error);

// Glance's int(get_xattr(path, 'hits', default=0)); 0 when absent or not a number.
qint64 hits(const QString &path);

// hits() of the entry name (file-system encoding) in the directory open as dirFd whose path is dirPath:
// resolved relative to the descriptor (getxattrat(), Linux 6.13+) rather than walking the whole path
// again, which matters over 100k files; the plain path is used where the kernel lacks that call.
// Thread-safe.
qint64 hitsAt(int dirFd, const QString &dirPath, const char *name);

} // namespace Xattrs
