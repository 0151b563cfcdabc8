#include "config/cachelocator.h"

#include "config/osloconfig.h"
#include "config/sqlalchemyurl.h"
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
    const Expected<QString> v = config.resolved(QStringLiteral("DEFAULT"), k);
    if (!v) {
        *error = v.error();
        return false;
    }
    if (!parseNonNegative(*v, out)) {
        *error = CacheLocator::tr("%1 = %2 is not a whole number of %3 ≥ 0; Glance would refuse to start with it.")
                     .arg(k, *v, k == QLatin1String("image_cache_max_size") ? CacheLocator::tr("bytes") : CacheLocator::tr("seconds"));
        return false;
    }
    return true;
}

// A [DEFAULT] option as Glance reads it into *out (left alone when unset); false with the sentence in *error
// when a reference in it cannot be resolved, which would stop Glance too.
bool readText(const OsloConfig &config, const QString &section, const char *key, QString *out, QString *error)
{
    const QString k = QString::fromLatin1(key);
    if (!config.contains(section, k))
        return true;
    const Expected<QString> v = config.resolved(section, k);
    if (!v) {
        *error = v.error();
        return false;
    }
    *out = *v;
    return true;
}

} // namespace

Expected<QString> CacheLocator::validDriver(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("sqlite") || lower == QLatin1String("xattr")
        || lower == QLatin1String("centralized_db"))
        return lower;
    return Expected<QString>::failure(
        tr("'%1' is not an image cache driver; Glance accepts sqlite, xattr or centralized_db (or auto: detect "
           "from the database and the directory).").arg(name));
}

// The files of options (config files with their .conf.d snippets, or a --config-dir) read into config, their
// paths into loc->configFiles.
Expected<void> CacheLocator::loadFiles(const LocationOptions &options, OsloConfig *config, CacheLocation *loc)
{
    for (const QString &file : options.configFiles) {
        if (const Expected<void> added = config->addFile(file); !added)
            return added;
        loc->configFiles.append(QFileInfo(file).absoluteFilePath());
    }
    if (!options.configDir.isEmpty()) {
        if (const Expected<void> added = config->addDirectory(options.configDir); !added)
            return added;
        loc->configFiles = config->files();
    } else {
        // glance-api also reads <name>.conf.d/*.conf after its config files; do the same for each file.
        for (const QString &file : options.configFiles) {
            const QString snippets = file + QStringLiteral(".d");
            if (QFileInfo(snippets).isDir()) {
                if (const Expected<void> added = config->addDirectory(snippets); !added)
                    return added;
                loc->configFiles = config->files();
            }
        }
    }
    return {};
}

Expected<CacheLocation> CacheLocator::resolve(const LocationOptions &options)
{
    CacheLocation loc;
    OsloConfig config;
    const auto failure = [](const QString &error) { return Expected<CacheLocation>::failure(error); };
    if (const Expected<void> loaded = loadFiles(options, &config, &loc); !loaded)
        return failure(loaded.error());
    QString error;

    const QString def = QStringLiteral("DEFAULT");
    QString driverText;
    if (!readText(config, def, "image_cache_dir", &loc.cacheDir, &error)
        || !readText(config, def, "image_cache_sqlite_db", &loc.sqliteDb, &error)
        || !readText(config, def, "image_cache_driver", &driverText, &error))
        return failure(error);
    const bool driverConfigured = config.contains(def, QStringLiteral("image_cache_driver"));
    if (driverConfigured) {
        const Expected<QString> driver = validDriver(driverText);
        if (!driver)
            return failure(driver.error());
        loc.driver = *driver;
    }
    if (!readInt(config, "image_cache_max_size", &loc.maxSize, &error)
        || !readInt(config, "image_cache_stall_time", &loc.stallTime, &error))
        return failure(error);
    if (!options.cacheDir.isEmpty())
        loc.cacheDir = options.cacheDir;
    // auto: the directory tells sqlite from xattr; centralized_db is asked of the database (below).
    if (options.driver == QLatin1String("auto") && !loc.cacheDir.isEmpty()
        && loc.driver != QLatin1String("centralized_db"))
        loc.driver = guessDriver(loc.cacheDir);
    else if (!options.driver.isEmpty()) {
        const Expected<QString> driver = validDriver(options.driver);
        if (!driver)
            return failure(driver.error());
        loc.driver = *driver;
    }
    if (loc.cacheDir.isEmpty()) {
        if (config.contains(QStringLiteral("default"), QStringLiteral("image_cache_dir")))
            return failure(tr("image_cache_dir is set under [default], but oslo.config only reads [DEFAULT] "
                              "(section names are case-sensitive there), so caching is off."));
        if (options.configFiles.isEmpty() && options.configDir.isEmpty())
            return failure(tr("No cache given: use --cache-dir, --config-file or --config-dir."));
        return failure(tr("image_cache_dir is not set in %1, so Glance's image cache is off.")
                           .arg(config.files().join(QLatin1String(", "))));
    }
    loc.cacheDir = QDir::cleanPath(QDir(loc.cacheDir).absolutePath());
    if (loc.driver == QLatin1String("centralized_db")) {
        if (const Expected<void> central = readCentralDb(config, &loc); !central)
            return failure(central.error());
    } else if (!driverConfigured && (options.driver.isEmpty() || options.driver == QLatin1String("auto"))) {
        // Glance 2024.1+ defaults to centralized_db; Zed knows only sqlite and xattr. A node whose config is
        // silent is the former only if it has a node identity (worker_self_reference_url, new in 2024.1 too and
        // mandatory there) and its database has the cache tables: the database decides (DriverDetection).
        CacheLocation candidate = loc;
        if (readCentralDb(config, &candidate)) {
            loc = candidate;
            loc.driverToDetect = true;
        }
    }
    return loc;
}

Expected<void> CacheLocator::readConnection(const OsloConfig &config, CacheLocation *loc)
{
    // Interpolated as glance-api reads it. A failed reference is reported without naming it: the name after
    // '$' may be the rest of a password ("pa$word").
    const QString db = QStringLiteral("database");
    const Expected<QString> text = config.resolved(db, QStringLiteral("connection"));
    if (!text)
        return Expected<void>::failure(
            tr("[database] connection (%1) contains a '$' that oslo.config reads as a reference to another option, "
               "which cannot be resolved, so Glance would not start. Write $$ for a literal '$', in a password "
               "too.").arg(config.where(db, QStringLiteral("connection"))));
    if (text->trimmed().isEmpty())
        return Expected<void>::failure(
            tr("The centralized_db driver keeps its records in Glance's database, but [database] connection is "
               "not set in %1.").arg(config.files().join(QLatin1String(", "))));
    const QString url = text->trimmed();
    const Expected<SqlAlchemyUrl> parsed = SqlAlchemyUrl::parse(url);
    if (!parsed)
        return Expected<void>::failure(tr("[database] connection cannot be used: %1").arg(parsed.error()));
    loc->databaseUrl = url;
    loc->databaseDisplay = parsed->redacted();
    return {};
}

Expected<void> CacheLocator::readCentralDb(const OsloConfig &config, CacheLocation *loc)
{
    if (const Expected<void> connection = readConnection(config, loc); !connection)
        return connection;
    QString error;
    if (!readText(config, QStringLiteral("DEFAULT"), "worker_self_reference_url", &loc->nodeUrl, &error))
        return Expected<void>::failure(error);
    loc->nodeUrl = loc->nodeUrl.trimmed();
    if (loc->nodeUrl.isEmpty())
        return Expected<void>::failure(
            tr("image_cache_driver is centralized_db but worker_self_reference_url is not set in %1; glance-api "
               "refuses to start without it, and it is what tells this node's records apart from the others'.")
                .arg(config.files().join(QLatin1String(", "))));
    return {};
}

Expected<CacheLocation> CacheLocator::resolveDatabase(const LocationOptions &options)
{
    if (options.configFiles.isEmpty() && options.configDir.isEmpty())
        return Expected<CacheLocation>::failure(
            tr("The region is read from Glance's database: give the glance-api.conf that names it ([database] "
               "connection) with --config-file or --config-dir."));
    CacheLocation loc;
    OsloConfig config;
    if (const Expected<void> loaded = loadFiles(options, &config, &loc); !loaded)
        return Expected<CacheLocation>::failure(loaded.error());
    const QString def = QStringLiteral("DEFAULT");
    QString error;
    QString driverText;
    if (!readText(config, def, "image_cache_driver", &driverText, &error)
        || !readText(config, def, "image_cache_dir", &loc.cacheDir, &error)
        || !readText(config, def, "worker_self_reference_url", &loc.nodeUrl, &error))
        return Expected<CacheLocation>::failure(error);
    loc.nodeUrl = loc.nodeUrl.trimmed();
    if (config.contains(def, QStringLiteral("image_cache_driver"))) {
        const Expected<QString> driver = validDriver(driverText);
        if (!driver)
            return Expected<CacheLocation>::failure(driver.error());
        loc.driver = *driver;
    }
    if (const Expected<void> connection = readConnection(config, &loc); !connection)
        return Expected<CacheLocation>::failure(connection.error());
    return loc;
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

Expected<CacheLocation> CacheLocator::systemCache(const QString &systemConfig)
{
    if (!QFileInfo::exists(systemConfig))
        return Expected<CacheLocation>::failure(tr("%1 does not exist.").arg(systemConfig));
    if (!QFileInfo(systemConfig).isReadable())
        return Expected<CacheLocation>::failure(tr("%1 is not readable.").arg(systemConfig));
    LocationOptions options;
    options.configFiles = {systemConfig};
    return resolve(options);
}
