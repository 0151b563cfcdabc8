#include "cache/democache.h"

#include "config/cachelocator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 demoMaxSize = 12288 * MiB;

// Makes a sparse file of the given size with the given access and modification times.
bool makeFile(const QString &path, qint64 size, double atime, double mtime, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.resize(size)) {
        *error = DemoCache::tr("Cannot create %1: %2").arg(path, f.errorString());
        return false;
    }
    f.close();
    struct timespec times[2];
    times[0].tv_sec = time_t(atime);
    times[0].tv_nsec = long((atime - double(times[0].tv_sec)) * 1e9);
    times[1].tv_sec = time_t(mtime);
    times[1].tv_nsec = long((mtime - double(times[1].tv_sec)) * 1e9);
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0);
    return true;
}

QString newId(QRandomGenerator &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (auto &c : bytes)
        c = char(rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4, as Glance's uuid4()
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace

QString DemoCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/glance-cache-admin/demo");
}

bool DemoCache::create(const QString &root, double nowSecs, QString *error)
{
    QDir rootDir(root);
    if (rootDir.exists() && !rootDir.removeRecursively()) {
        *error = tr("Cannot replace the demo cache in %1.").arg(root);
        return false;
    }
    const QString cacheDir = root + QStringLiteral("/image-cache");
    for (const char *sub : {"incomplete", "invalid", "queue"}) {
        if (!QDir().mkpath(cacheDir + u'/' + QLatin1String(sub))) {
            *error = tr("Cannot create the demo cache in %1.").arg(cacheDir);
            return false;
        }
    }
    QRandomGenerator rng(20261130);
    const QString connection = QStringLiteral("gca-demo-%1").arg(quintptr(&rng));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(cacheDir + QStringLiteral("/cache.db"));
        QSqlQuery q(db);
        ok = db.open()
            && q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS cached_images (image_id TEXT PRIMARY KEY, "
                                     "last_accessed REAL DEFAULT 0.0, last_modified REAL DEFAULT 0.0, "
                                     "size INTEGER DEFAULT 0, hits INTEGER DEFAULT 0, checksum TEXT)"))
            && db.transaction();
        q.prepare(QStringLiteral("INSERT INTO cached_images (image_id, last_accessed, last_modified, hits, size) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        // Sizes of typical cloud images: small CirrOS-like ones, distribution images, a few big Windows ones.
        const qint64 sizes[] = {16, 21, 48, 112, 350, 380, 420, 560, 610, 680, 740, 800, 850, 900, 1024, 1200,
                                1400, 1600, 2200, 2500, 3100, 4400, 5200, 6800, 9500, 12800, 20, 640, 720, 1900};
        for (int i = 0; ok && i < int(std::size(sizes)); ++i) {
            const QString id = newId(rng);
            const double added = nowSecs - 86400.0 * (1 + rng.bounded(60)) - rng.bounded(86400);
            const int hits = rng.bounded(4) == 0 ? 0 : int(rng.bounded(400));
            const double accessed = hits == 0 ? added : added + (nowSecs - added) * rng.generateDouble();
            ok = makeFile(cacheDir + u'/' + id, sizes[i] * MiB / 4, accessed, added, error);
            q.bindValue(0, id);
            q.bindValue(1, accessed);
            q.bindValue(2, added);
            q.bindValue(3, hits);
            q.bindValue(4, sizes[i] * MiB / 4);
            ok = ok && q.exec();
        }
        ok = ok && db.commit();
        if (!ok && error->isEmpty())
            *error = tr("Cannot write the demo cache database: %1").arg(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return false;
    for (int i = 0; i < 2; ++i) {
        if (!makeFile(cacheDir + QStringLiteral("/queue/") + newId(rng), 0, nowSecs - 600 * (2 - i),
                      nowSecs - 600 * (2 - i), error))
            return false;
    }
    // One download that stalled two days ago, one that failed checksum verification.
    if (!makeFile(cacheDir + QStringLiteral("/incomplete/") + newId(rng), 300 * MiB, nowSecs - 2 * 86400,
                  nowSecs - 2 * 86400, error)
        || !makeFile(cacheDir + QStringLiteral("/invalid/") + newId(rng), 88 * MiB, nowSecs - 3 * 3600,
                     nowSecs - 3 * 3600, error))
        return false;

    QFile conf(root + QStringLiteral("/glance-api.conf"));
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    conf.write("# Demo configuration written by Glance Cache Admin; the cache beside it is sample data.\n"
               "[DEFAULT]\n");
    conf.write("image_cache_dir = " + QFile::encodeName(cacheDir) + "\n");
    conf.write("image_cache_driver = sqlite\nimage_cache_max_size = " + QByteArray::number(demoMaxSize)
               + "\nimage_cache_stall_time = 86400\n\n[paste_deploy]\nflavor = keystone+cachemanagement\n");
    return true;
}

bool DemoCache::ensure(const QString &root, CacheLocation *location, QString *error)
{
    const QString conf = root + QStringLiteral("/glance-api.conf");
    if (!QFile::exists(conf) && !create(root, double(QDateTime::currentSecsSinceEpoch()), error))
        return false;
    LocationOptions options;
    options.configFiles = {conf};
    const Expected<CacheLocation> resolved = CacheLocator::resolve(options);
    if (!resolved) {
        *error = resolved.error();
        return false;
    }
    *location = *resolved;
    location->isDemo = true;
    return true;
}
