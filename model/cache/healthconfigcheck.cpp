// The configuration half of the health check: glance-api.conf and glance-cache.conf read as Glance reads
// them, compared with each other, and checked for options that switch caching off or cannot work.
#include "cache/healthcheck.h"
#include "cache/cachedirectory.h"
#include "config/cachelocator.h"
#include "cache/imagecache.h"
#include "config/osloconfig.h"
#include "cache/sqlitesession.h"
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

Expected<void> readConfig(const QStringList &files, const QString &configDir, OsloConfig *config)
{
    for (const QString &file : files) {
        if (const Expected<void> added = config->addFile(file); !added)
            return added;
        const QString snippets = file + QStringLiteral(".d");
        if (!QFileInfo(snippets).isDir())
            continue;
        if (const Expected<void> added = config->addDirectory(snippets); !added)
            return added;
    }
    return configDir.isEmpty() ? Expected<void>() : config->addDirectory(configDir);
}

// An option's value as the program reading config would use it, normalised for comparison; *shown is
// the text for a person.
QString effective(const OsloConfig &config, const QString &key, const QString &fallback, QString *shown)
{
    const QString def = QStringLiteral("DEFAULT");
    if (!config.contains(def, key)) {
        *shown = fallback.isEmpty() ? HealthCheck::tr("(not set)") : HealthCheck::tr("%1 (default)").arg(fallback);
        return fallback;
    }
    const QString value = config.value(def, key).trimmed();
    *shown = value;
    if (key == QLatin1String("image_cache_driver"))
        return value.toLower();
    if (key == QLatin1String("image_cache_dir"))
        return QDir::cleanPath(value);
    bool ok = false;
    const qint64 n = QString(value).remove(u'_').toLongLong(&ok); // "10_737_418_240" is Python's int too
    const bool numeric = key.endsWith(QLatin1String("_size")) || key.endsWith(QLatin1String("_time"));
    return numeric && ok ? QString::number(n) : value;
}

} // namespace

void HealthCheck::checkConfig()
{
    QStringList files;
    for (const QString &f : std::as_const(m_options.configFiles))
        files.append(QFileInfo(f).absoluteFilePath());
    if (files.isEmpty()) {
        for (const QString &f : std::as_const(m_location.configFiles)) {
            if (!QFileInfo(f).absolutePath().endsWith(QLatin1String(".d"))) // snippets come with their file
                files.append(f);
        }
    }
    if (files.isEmpty() && m_options.configDir.isEmpty()) {
        add(Severity::Info, QStringLiteral("config-not-checked"), tr("No configuration file given"),
            tr("Only the directory was checked. Give glance-api.conf and glance-cache.conf (--config-file) to "
               "also check the cache options, the paste_deploy flavor and whether the two files agree."));
        return;
    }
    OsloConfig merged;
    if (const Expected<void> read = readConfig(files, m_options.configDir, &merged); !read) {
        add(Severity::Error, QStringLiteral("config-unreadable"), tr("A configuration file cannot be read"),
            tr("%1 Glance reading the same file would fail too.").arg(read.error()), files);
        return;
    }
    if (files.size() >= 2)
        compareConfigs(files);
    checkReferences(merged, files);

    // The paste pipeline is glance-api's: take it from glance-api.conf (or a file not named glance-cache*).
    QString apiFile;
    for (const QString &f : std::as_const(files)) {
        if (QFileInfo(f).fileName().startsWith(QLatin1String("glance-api"))) {
            apiFile = f;
            break;
        }
    }
    if (apiFile.isEmpty() && !files.isEmpty()
        && !QFileInfo(files.first()).fileName().startsWith(QLatin1String("glance-cache")))
        apiFile = files.first();
    OsloConfig api;
    if (!apiFile.isEmpty() && readConfig({apiFile}, m_options.configDir, &api)) {
        const QString flavor = api.value(QStringLiteral("paste_deploy"), QStringLiteral("flavor")).trimmed().toLower();
        static const QStringList caching = {QStringLiteral("caching"), QStringLiteral("cachemanagement"),
                                            QStringLiteral("keystone+caching"),
                                            QStringLiteral("keystone+cachemanagement")};
        if (!caching.contains(flavor))
            add(Severity::Warning, QStringLiteral("cache-filter-off"),
                tr("The paste_deploy flavor does not enable the cache (flavor: %1)")
                    .arg(flavor.isEmpty() ? tr("not set") : flavor),
                tr("glance-api only caches images when [paste_deploy] flavor in %1 is caching, cachemanagement, "
                   "keystone+caching or keystone+cachemanagement; with this flavor downloads are not cached and the "
                   "cache API is off.").arg(QFileInfo(apiFile).fileName()),
                {apiFile});
    }

    const QString def = QStringLiteral("DEFAULT");
    const QString driver = merged.value(def, QStringLiteral("image_cache_driver")).trimmed().toLower();
    if (driver == QLatin1String("centralized_db")) {
        if (merged.value(def, QStringLiteral("worker_self_reference_url")).trimmed().isEmpty())
            add(Severity::Error, QStringLiteral("centralized-db-no-self-url"),
                tr("centralized_db driver without worker_self_reference_url"),
                tr("The centralized_db driver (Glance 2024.1 and later) keys every cache record by [DEFAULT] "
                   "worker_self_reference_url; without it glance-api refuses to start with a caching flavor. Set "
                   "it to this node's own API URL. (Glance Zed does not know centralized_db at all.)"),
                files);
        else if (m_location.driver != QLatin1String("centralized_db")) // else checkCentralDb() reports the database
            add(Severity::Info, QStringLiteral("centralized-db"), tr("Cache records are in Glance's main database"),
                tr("The configuration names the centralized_db driver, whose records live in Glance's SQL database, "
                   "but this cache was opened with the %1 driver, so only the directory was checked.")
                    .arg(m_location.driver),
                files);
    }
}

void HealthCheck::checkReferences(const OsloConfig &config, const QStringList &files)
{
    // A "$name" oslo.config cannot resolve stops glance-api at start-up. [database] connection is left to
    // the locator, whose sentence never quotes the URL (it may hold a password).
    static const QList<QPair<const char *, const char *>> options = {
        {"DEFAULT", "image_cache_dir"}, {"DEFAULT", "image_cache_driver"}, {"DEFAULT", "image_cache_sqlite_db"},
        {"DEFAULT", "image_cache_max_size"}, {"DEFAULT", "image_cache_stall_time"},
        {"DEFAULT", "worker_self_reference_url"}, {"paste_deploy", "flavor"}};
    QStringList problems;
    for (const auto &option : options) {
        const Expected<QString> value = config.resolved(QLatin1String(option.first), QLatin1String(option.second));
        if (!value)
            problems.append(value.error());
    }
    if (!problems.isEmpty())
        add(Severity::Error, QStringLiteral("config-reference"),
            tr("A $reference in the configuration cannot be resolved"), problems.join(u' '), files);
}

void HealthCheck::compareConfigs(const QStringList &files)
{
    // glance-api.conf vs glance-cache.conf when named so, otherwise the first two files.
    int api = -1, tools = -1;
    for (int i = 0; i < files.size(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        if (api < 0 && name.startsWith(QLatin1String("glance-api")))
            api = i;
        else if (tools < 0 && name.startsWith(QLatin1String("glance-cache")))
            tools = i;
    }
    const int a = api >= 0 ? api : (tools == 0 ? 1 : 0);
    const int b = tools >= 0 ? tools : (a == 0 ? 1 : 0);
    OsloConfig first, second;
    if (!readConfig({files.at(a)}, m_options.configDir, &first)
        || !readConfig({files.at(b)}, m_options.configDir, &second))
        return; // already reported by the merged read
    QString nameA = QFileInfo(files.at(a)).fileName(), nameB = QFileInfo(files.at(b)).fileName();
    if (nameA == nameB) {
        nameA = files.at(a);
        nameB = files.at(b);
    }
    const QList<QPair<const char *, QString>> options = {
        {"image_cache_dir", QString()},
        {"image_cache_driver", QStringLiteral("sqlite")},
        {"image_cache_sqlite_db", QStringLiteral("cache.db")},
        {"image_cache_max_size", QString::number(CacheLocation::defaultMaxSize)},
        {"image_cache_stall_time", QString::number(CacheLocation::defaultStallTime)},
    };
    QStringList lines;
    bool serious = false;
    for (const auto &option : options) {
        const QString key = QLatin1String(option.first);
        QString shownA, shownB;
        if (effective(first, key, option.second, &shownA) == effective(second, key, option.second, &shownB))
            continue;
        lines.append(tr("%1 is %2 in %3 but %4 in %5.").arg(key, shownA, nameA, shownB, nameB));
        serious = serious || key == QLatin1String("image_cache_dir") || key == QLatin1String("image_cache_driver")
            || key == QLatin1String("image_cache_sqlite_db");
    }
    if (lines.isEmpty())
        return;
    // The cron tools (pruner, cleaner) reading other options than glance-api work on the wrong cache or limit.
    add(serious ? Severity::Error : Severity::Warning, QStringLiteral("config-mismatch"),
        tr("%1 and %2 disagree on %Ln option(s)", nullptr, int(lines.size())).arg(nameA, nameB),
        api >= 0 && tools >= 0
            ? tr("%1 The cache tools (pruner, cleaner, prefetcher) read %2 while glance-api reads %3; make the "
                 "values identical.").arg(lines.join(u' '), nameB, nameA)
            : tr("%1 glance-api and the cache tools (pruner, cleaner, prefetcher) must use the same values.")
                  .arg(lines.join(u' ')),
        {files.at(a), files.at(b)});
}
