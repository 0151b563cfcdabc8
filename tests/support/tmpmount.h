#pragma once

#include <QString>
#include <QStringList>

// File-system faults made for real, for tests that run as root (CI does): a small tmpfs that fills up, and a
// read-only view of a file or directory. Each is undone when the object goes, whatever happened to the test.
class TmpMount
{
public:
    // A tmpfs of size (mount's syntax: "4m", "256k") on dir, created if needed.
    static TmpMount tmpfs(const QString &dir, const QString &size);
    // path (a file or a directory) bound onto itself, read-only: writes fail with EROFS, even for root.
    static TmpMount readOnly(const QString &path);

    TmpMount(TmpMount &&other) noexcept;
    TmpMount(const TmpMount &) = delete;
    TmpMount &operator=(const TmpMount &) = delete;
    ~TmpMount();

    bool ok() const { return m_ok; }
    QString path() const { return m_path; }
    QString error() const { return m_error; } // mount's own words when !ok()
    // Remounts the tmpfs read-only (as a failing disk or an operator would); false with error() set if not.
    bool remountReadOnly();
    // Fills the file system but for keepBytes with a file named name; false if it could not.
    bool fill(const QString &name, qint64 keepBytes = 0);

private:
    explicit TmpMount(const QString &path)
        : m_path(path)
    { }
    bool run(const QStringList &args);

    QString m_path;
    bool m_ok = false;
    QString m_error;
};
