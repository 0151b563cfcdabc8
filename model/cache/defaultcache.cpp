#include "cache/defaultcache.h"

#include "config/cachelocator.h"
#include "cache/democache.h"

#include <QCoreApplication>
#include <QFileInfo>

QString DefaultCache::systemConfig()
{
    const QString fromEnv = qEnvironmentVariable("GLANCE_CACHE_ADMIN_SYSTEM_CONFIG");
    return fromEnv.isEmpty() ? QStringLiteral("/etc/glance/glance-api.conf") : fromEnv;
}

bool DefaultCache::locate(CacheLocation *location, QString *note, QString *error)
{
    QString why;
    if (CacheLocator::systemCache(systemConfig(), location, &why)) {
        if (QFileInfo(location->cacheDir).isDir())
            return true;
        why = QCoreApplication::translate("DefaultCache", "%1 names %2, which does not exist yet.")
                  .arg(systemConfig(), location->cacheDir);
    }
    *note = QCoreApplication::translate("DefaultCache", "Showing the demo cache: %1").arg(why);
    return DemoCache::ensure(DemoCache::defaultRoot(), location, error);
}

bool DefaultCache::resolve(const LocationOptions &options, CacheLocation *location, QString *note, QString *error)
{
    note->clear();
    if (options.any())
        return CacheLocator::resolve(options, location, error);
    if (!options.driver.isEmpty()) {
        *error = QCoreApplication::translate("DefaultCache", "--driver needs --cache-dir.");
        return false;
    }
    return locate(location, note, error);
}
