#pragma once

#include <QCoreApplication>
#include "fileentry.h"

#include <QString>
#include <QVector>

// File-system access to one cache directory and its incomplete/, invalid/ and queue/ areas.
// Every change goes through a directory descriptor: names are single path components checked here,
// subdirectories are opened without following symlinks, and unlinkat() never follows a link, so
// nothing outside the cache directory can be touched. Blocking: call off the GUI thread.
class CacheDirectory
{
    Q_DECLARE_TR_FUNCTIONS(CacheDirectory)

public:
    enum Area { Base, Incomplete, Invalid, Queue };

    explicit CacheDirectory(const QString &baseDir);

    QString baseDir() const { return m_base; }
    QString path(Area area, const QString &name = {}) const;
    static QString areaName(Area area);

    // Fails with a sentence when the base directory is missing, not a directory or not readable.
    bool checkReadable(QString *error) const;

    // Regular files of area in directory order (symlinks to regular files included, as os.path.isfile
    // does). A missing subdirectory lists as empty and sets *missing when given.
    bool list(Area area, QVector<FileEntry> *entries, QString *error, bool *missing = nullptr) const;

    // Like list(), but only names: no stat() for entries the directory already reports as regular files.
    // Entries carry the name alone (size and times are 0). For listings that need no sizes.
    bool listNames(Area area, QVector<FileEntry> *entries, QString *error) const;

    // Whether name exists in area (following symlinks, as os.path.exists does).
    bool exists(Area area, const QString &name) const;

    // Removes the entry name from area; a symlink is removed, never its target. A missing entry is not
    // an error (*existed tells). Fails for a name that is not a single file name.
    bool remove(Area area, const QString &name, QString *error, bool *existed = nullptr) const;

    // Creates the empty queue marker queue/<name> (and queue/ itself when Glance has not yet), owned by
    // the cache dir's owner when we run as root. *created is false when it already existed.
    bool createQueueMarker(const QString &name, bool *created, QString *error) const;

    // A name that can be joined to a directory without escaping it.
    static bool isPlainName(const QString &name);

private:
    int openArea(Area area, bool *missing, QString *error) const;

    QString m_base;
};
