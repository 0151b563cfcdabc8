#include "config/cachelocator.h"

#include "config/osloconfig.h"
#include "core/xattrs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

// oslo.config IntOpt(min=0): Python int() of the stripped text, so "10G" or "1e9" are rejected.
bool parseNonNegative(const QString &text, qint64 *out)
{
    QString t = text.trimmed();
    t.remove(u'_'); // Python's int() accepts digit separators
    bool ok = false;
    const qint64 v = t.toLongLong(&ok, 10);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

bool readInt(const OsloConfig &config, const char *key, qint64 *out, QString *error)
{
    const QString k = QString::fromLatin1(key);
    if (!config.contains(QStringLiteral("DEFAULT"), k))
        return true;
    const QString v = config.value(QStringLiteral("DEFAULT"), k);
    if (!parseNonNegative(v, out)) {
        *error = CacheLocator::tr("%1 = %2 is not a whole number of %3 ≥ 0; Glance would refuse to start with it.")
                     .arg(k, v, k == QLatin1String("image_cache_max_size") ? CacheLocator::tr("bytes") : CacheLocator::tr("seconds"));
        return false;
    }
    return true;
}

} // namespace

bool CacheLocator::validDriver(const QString &name, QString *normalized, QString *error)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("sqlite") || lower == QLatin1String("xattr")) {
        *normalized = lower;
        return true;
    }
    if (lower == QLatin1String("centralized_db")) {
        *error = tr("The centralized_db driver keeps its records in Glance's main database; "
                    "manage such a cache through the Glance API instead.");
        return false;
    }
    *error = tr("'%1' is not an image cache driver; Glance accepts sqlite or xattr (or auto: detect from the "
                "directory).").arg(name);
    return false;
}

bool CacheLocator::resolve(const LocationOptions &options, CacheLocation *location, QString *error)
{
    CacheLocation loc;
    OsloConfig config;
    for (const QString &file : options.configFiles) {
        if (!config.addFile(file, error))
            return false;
        loc.configFiles.append(QFileInfo(file).absoluteFilePath());
    }
    if (!options.configDir.isEmpty()) {
        if (!config.addDirectory(options.configDir, error))
            return false;
        loc.configFiles = config.files();
    } else {
        // glance-api also reads <name>.conf.d/*.conf after its config files; do the same for each file.
        for (const QString &file : options.configFiles) {
            const QString snippets = file + QStringLiteral(".d");
            if (QFileInfo(snippets).isDir()) {
                if (!config.addDirectory(snippets, error))
                    return false;
                loc.configFiles = config.files();
            }
        }
    }

    const QString def = QStringLiteral("DEFAULT");
    QStringList unresolved;
    if (config.contains(def, QStringLiteral("image_cache_dir")))
        loc.cacheDir = config.value(def, QStringLiteral("image_cache_dir"), {}, &unresolved);
    if (config.contains(def, QStringLiteral("image_cache_sqlite_db")))
        loc.sqliteDb = config.value(def, QStringLiteral("image_cache_sqlite_db"), {}, &unresolved);
    if (config.contains(def, QStringLiteral("image_cache_driver"))) {
        if (!validDriver(config.value(def, QStringLiteral("image_cache_driver")), &loc.driver, error))
            return false;
    }
    if (!readInt(config, "image_cache_max_size", &loc.maxSize, error)
        || !readInt(config, "image_cache_stall_time", &loc.stallTime, error))
        return false;
    for (const QString &name : std::as_const(unresolved))
        loc.notes.append(tr("$%1 in the configuration names no option this tool knows; it was left as written.").arg(name));
    if (!options.cacheDir.isEmpty())
        loc.cacheDir = options.cacheDir;
    if (options.driver == QLatin1String("auto") && !loc.cacheDir.isEmpty())
        loc.driver = guessDriver(loc.cacheDir);
    else if (!options.driver.isEmpty() && !validDriver(options.driver, &loc.driver, error))
        return false;
    if (loc.cacheDir.isEmpty()) {
        if (config.contains(QStringLiteral("default"), QStringLiteral("image_cache_dir")))
            *error = tr("image_cache_dir is set under [default], but oslo.config only reads [DEFAULT] "
                        "(section names are case-sensitive there), so caching is off.");
        else if (options.configFiles.isEmpty() && options.configDir.isEmpty())
            *error = tr("No cache given: use --cache-dir, --config-file or --config-dir.");
        else
            *error = tr("image_cache_dir is not set in %1, so Glance's image cache is off.")
                         .arg(config.files().join(QLatin1String(", ")));
        return false;
    }
    loc.cacheDir = QDir::cleanPath(QDir(loc.cacheDir).absolutePath());
    *location = loc;
    return true;
}

QString CacheLocator::guessDriver(const QString &cacheDir)
{
    const QDir dir(cacheDir);
    if (dir.exists(QStringLiteral("cache.db")))
        return QStringLiteral("sqlite");
    const QStringList files = dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Unsorted);
    int looked = 0;
    for (const QString &name : files) {
        QByteArray hits;
        if (Xattrs::get(dir.filePath(name), "user.hits", &hits))
            return QStringLiteral("xattr");
        if (++looked == 50)
            break;
    }
    return QStringLiteral("sqlite");
}

bool CacheLocator::systemCache(const QString &systemConfig, CacheLocation *location, QString *why)
{
    if (!QFileInfo(systemConfig).isReadable()) {
        *why = tr("%1 is not readable.").arg(systemConfig);
        return false;
    }
    LocationOptions options;
    options.configFiles = {systemConfig};
    return resolve(options, location, why);
}
