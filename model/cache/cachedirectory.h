#pragma once

#include <QCoreApplication>
#include "core/fileentry.h"

#include <QString>
#include <QVector>

#include <functional>

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

    // Fails with a sentence when the base directory holds things but nothing of a Glance cache: none of
    // incomplete/, invalid/, queue/ or dbName, and no file named by an image ID. An empty directory passes (a
    // cache glance-api has not started on yet). Keeps a mistyped path (a home directory, /etc) from being read
    // as a cache full of orphans, or cleared.
    bool checkGlanceLayout(const QString &dbName, QString *error) const;

    // Regular files of area in directory order (symlinks to regular files included, as os.path.isfile
    // does). A missing subdirectory lists as empty and sets *missing when given. Large directories are
    // stat()ed on a few threads: the call still returns only when all is done.
    bool list(Area area, QVector<FileEntry> *entries, QString *error, bool *missing = nullptr) const;

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

    // One area opened once for many removals (a prune deletes tens of thousands of files): each remove()
    // is then a single unlinkat() on the same directory descriptor, with remove()'s checks and messages.
    // Owns the descriptor; used by one thread; the CacheDirectory must outlive it.
    class OpenArea
    {
    public:
        OpenArea(const CacheDirectory &dir, Area area);
        ~OpenArea();
        OpenArea(const OpenArea &) = delete;
        OpenArea &operator=(const OpenArea &) = delete;

        // False with a sentence when the area cannot be opened; a missing subdirectory opens fine (and
        // every remove() then finds nothing to delete).
        bool open(QString *error);
        int fd() const { return m_fd; }
        bool remove(const QString &name, QString *error, bool *existed = nullptr) const;

    private:
        const CacheDirectory &m_dir;
        Area m_area;
        int m_fd = -1;
        bool m_missing = false;
    };

    // Runs work(begin, end) over disjoint ranges covering [0, count) on up to four threads, the calling one
    // included, and returns when all are done. For one system call per file on large directories: that
    // time is spent in the kernel and scales with cores. Small counts run inline.
    static void forEachChunk(qsizetype count, const std::function<void(qsizetype begin, qsizetype end)> &work);

private:
    int openArea(Area area, bool *missing, QString *error) const;

    QString m_base;
};
