#pragma once

#include "cache/cachedirectory.h"
#include "core/cachelocation.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <unistd.h>

// The file-and-metadata half of Glance's open_for_write() for one image: incomplete/<id> written through
// directory descriptors (nothing outside the cache is ever followed), then committed into the base dir
// with the driver's metadata, or rolled back into invalid/. Blocking but short; one thread at a time, any
// thread (each SQL connection is opened and removed inside the call that needs it).
class CacheWriter
{
    Q_DECLARE_TR_FUNCTIONS(CacheWriter)

public:
    enum class Check { Ok, AlreadyCached, Refused };

    CacheWriter(const CacheLocation &location, const QString &driver, const QString &imageId, int busyTimeoutMs)
        : m_location(location)
        , m_xattr(driver == QLatin1String("xattr"))
        , m_central(driver == QLatin1String("centralized_db"))
        , m_id(imageId)
        , m_name(QFile::encodeName(imageId))
        , m_busyTimeoutMs(busyTimeoutMs)
        , m_dir(location.cacheDir)
    { }
    // Like the finally: of open_for_write(): a file neither committed nor rolled back goes to invalid/.
    ~CacheWriter()
    {
        if (m_fd >= 0)
            rollback(QStringLiteral("incomplete fetch")); // Glance's own words, kept in user.error
        for (int fd : { m_incFd, m_baseFd })
            if (fd >= 0)
                ::close(fd);
    }
    Check precheck(QString *message) const;
    bool open(QString *error);
    bool isOpen() const { return m_fd >= 0; }
    bool write(QByteArrayView data, QString *error);
    bool commit(QString *error); // on failure the file is still open: call rollback()
    QString rollback(const QString &reason); // returns a sentence saying where the partial data went

private:
    int openDir(const char *name, QString *error) const;
    bool stillOurs() const;
    bool moveToBase(QString *error);
    bool commitSqlite(QString *error);
    Check precheckCentral(QString *message) const;
    bool commitCentral(QString *error);
    QString systemError(const QString &what, int err) const
    {
        return QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(err)));
    }

    CacheLocation m_location;
    bool m_xattr;
    bool m_central;
    QString m_id;
    QByteArray m_name;
    int m_busyTimeoutMs;
    CacheDirectory m_dir;
    int m_baseFd = -1;
    int m_incFd = -1;
    int m_fd = -1;
    dev_t m_dev = 0;
    ino_t m_ino = 0;
    qint64 m_written = 0;
};
