#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// One line of /proc/self/mountinfo, unescaped.
struct MountEntry
{
    QString mountPoint;        // where it is mounted ("/var/lib/glance")
    QString root;              // the directory of the filesystem mounted there ("/" unless a bind mount)
    QString fsType;            // "ext4", "tmpfs", "ramfs"...
    QString source;            // "/dev/vda1", "none"...
    QStringList mountOptions;  // per-mount options: rw, noatime, relatime, nosuid...
    QStringList superOptions;  // filesystem options: user_xattr, size=...

    bool hasOption(const QString &option) const
    {
        return mountOptions.contains(option) || superOptions.contains(option);
    }
};

// The mounts of this process's mount namespace, read from /proc/self/mountinfo (proc(5)). Plain file
// reading: any thread may use it; an instance is a value.
class MountTable
{
    Q_DECLARE_TR_FUNCTIONS(MountTable)

public:
    static QString defaultPath() { return QStringLiteral("/proc/self/mountinfo"); }

    // Reads and parses a mountinfo file. False with a sentence in *error when it cannot be read;
    // malformed lines are skipped.
    bool load(const QString &path, QString *error);

    // Parses mountinfo text (lines of "ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - TYPE SOURCE SUPER").
    void parse(const QByteArray &text);

    const QVector<MountEntry> &entries() const { return m_entries; }

    // The mount holding path: the longest mount point that is path or one of its ancestors (whole path
    // components); when several are stacked on the same point, the one mounted last (listed last). path
    // should be absolute and free of symlinks (QFileInfo::canonicalFilePath). False when none matches.
    bool find(const QString &path, MountEntry *out) const;

    // Undoes the kernel's octal escapes in a mountinfo field: \040 space, \011 tab, \012 newline, \134 '\'.
    static QString unescape(const QByteArray &field);

private:
    QVector<MountEntry> m_entries;
};
