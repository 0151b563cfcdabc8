#pragma once

#include <QString>

// A regular file found in one of the cache's directories. Stat fields follow symlinks, as Python's
// os.stat() does in Glance; isSymlink tells that the entry itself is a link.
struct FileEntry
{
    QString name;
    qint64 size = 0;
    double atime = 0; // with fractions of a second
    double mtime = 0;
    qint64 atimeSeconds = 0; // what Python's os.stat(path)[stat.ST_ATIME] gives
    qint64 mtimeSeconds = 0;
    unsigned uid = 0;
    unsigned gid = 0;
    bool isSymlink = false;
};
