#include "tmpmount.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <sys/statvfs.h>

TmpMount TmpMount::tmpfs(const QString &dir, const QString &size)
{
    TmpMount m(dir);
    m.m_ok = QDir().mkpath(dir)
        && m.run({ QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=") + size,
            QStringLiteral("tmpfs"), dir });
    return m;
}

TmpMount TmpMount::readOnly(const QString &path)
{
    TmpMount m(path);
    m.m_ok = m.run({ QStringLiteral("--bind"), path, path });
    if (m.m_ok && !m.run({ QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), path })) {
        QProcess::execute(QStringLiteral("umount"), { path });
        m.m_ok = false;
    }
    return m;
}

TmpMount::TmpMount(TmpMount &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_ok(std::exchange(other.m_ok, false))
    , m_error(std::move(other.m_error))
{ }

TmpMount::~TmpMount()
{
    if (m_ok)
        QProcess::execute(QStringLiteral("umount"), { m_path });
}

bool TmpMount::remountReadOnly()
{
    return run({ QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path });
}

bool TmpMount::fill(const QString &name, qint64 keepBytes)
{
    struct statvfs st;
    if (::statvfs(QFile::encodeName(m_path).constData(), &st) != 0)
        return false;
    const qint64 room = qint64(st.f_bavail) * qint64(st.f_frsize) - keepBytes;
    QFile f(m_path + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(64 * 1024, 'x');
    for (qint64 left = room; left > 0;) {
        const qint64 n = f.write(block.constData(), std::min<qint64>(block.size(), left));
        if (n <= 0)
            break;
        left -= n;
    }
    f.close(); // a write that found no room fails here: the file system is full either way
    return true;
}

bool TmpMount::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("mount"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}
