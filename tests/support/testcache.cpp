#include "testcache.h"

#include "core/xattrs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <fcntl.h>
#include <sys/stat.h>

TestCache::TestCache(const QString &dir, const QString &driver)
    : m_dir(dir)
    , m_driver(driver)
{
}

CacheLocation TestCache::location(qint64 maxSize) const
{
    CacheLocation loc;
    loc.cacheDir = m_dir;
    loc.driver = m_driver;
    loc.maxSize = maxSize;
    return loc;
}

QString TestCache::id(int n)
{
    return QStringLiteral("%1-0000-4000-8000-%2").arg(n, 8, 16, QLatin1Char('0')).arg(n * 7919, 12, 16, QLatin1Char('0'));
}

bool TestCache::exec(const QString &sql, const QVariantList &values) const
{
    bool ok = false;
    const QString name = QStringLiteral("testcache-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            ok = q.exec();
            if (!ok)
                qWarning() << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool TestCache::init()
{
    for (const char *sub : {"incomplete", "invalid", "queue"}) {
        if (!QDir().mkpath(m_dir + u'/' + QLatin1String(sub)))
            return false;
    }
    if (m_driver != QLatin1String("sqlite"))
        return true;
    return exec(QStringLiteral("CREATE TABLE IF NOT EXISTS cached_images (image_id TEXT PRIMARY KEY, "
                               "last_accessed REAL DEFAULT 0.0, last_modified REAL DEFAULT 0.0, size INTEGER DEFAULT 0, "
                               "hits INTEGER DEFAULT 0, checksum TEXT)"));
}

bool TestCache::setTimes(const QString &path, double atime, double mtime)
{
    struct timespec times[2];
    times[0].tv_sec = time_t(atime);
    times[0].tv_nsec = long((atime - double(times[0].tv_sec)) * 1e9);
    times[1].tv_sec = time_t(mtime);
    times[1].tv_nsec = long((mtime - double(times[1].tv_sec)) * 1e9);
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

bool TestCache::addFile(const QString &relativePath, qint64 size, double mtime, double atime)
{
    const QString path = m_dir + u'/' + relativePath;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QByteArray(int(size), 'x'));
    f.close();
    return setTimes(path, atime == 0 ? mtime : atime, mtime);
}

bool TestCache::addCached(const QString &id, qint64 size, double lastAccessed, int hits, double lastModified)
{
    if (lastModified == 0)
        lastModified = lastAccessed - 100;
    if (!addFile(id, size, lastModified, lastAccessed))
        return false;
    if (m_driver == QLatin1String("xattr")) {
        QString error;
        return Xattrs::set(m_dir + u'/' + id, "user.hits", QByteArray::number(hits), &error);
    }
    return exec(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, hits, size) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {id, lastAccessed, lastModified, hits, size});
}

bool TestCache::addRecordOnly(const QString &id, qint64 size, double lastAccessed)
{
    return exec(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, hits, size) "
                               "VALUES (?, ?, ?, 0, ?)"),
                {id, lastAccessed, lastAccessed, size});
}

QMap<QString, qint64> TestCache::rows() const
{
    QMap<QString, qint64> out;
    const QString name = QStringLiteral("testcache-rows-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath());
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT image_id, size FROM cached_images"), db);
            while (q.next())
                out.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

bool TestCache::exists(const QString &relativePath) const
{
    return QFileInfo::exists(m_dir + u'/' + relativePath) || QFileInfo(m_dir + u'/' + relativePath).isSymLink();
}

QProcessEnvironment TestCache::cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("OS_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), home + QStringLiteral("/etc-xdg"));
    return env;
}
