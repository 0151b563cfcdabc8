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

Expected<DefaultCache::Resolved> DefaultCache::locate()
{
    const Expected<CacheLocation> system = CacheLocator::systemCache(systemConfig());
    QString why = system.error();
    if (system) {
        if (QFileInfo(system->cacheDir).isDir())
            return Resolved{*system, QString()};
        why = QCoreApplication::translate("DefaultCache", "%1 names %2, which does not exist yet.")
                  .arg(systemConfig(), system->cacheDir);
    }
    Resolved demo;
    demo.note = QCoreApplication::translate("DefaultCache", "Showing the demo cache: %1").arg(why);
    QString error;
    if (!DemoCache::ensure(DemoCache::defaultRoot(), &demo.location, &error))
        return Expected<Resolved>::failure(error);
    return demo;
}

Expected<DefaultCache::Resolved> DefaultCache::resolve(const LocationOptions &options)
{
    if (options.any()) {
        const Expected<CacheLocation> location = CacheLocator::resolve(options);
        if (!location)
            return Expected<Resolved>::failure(location.error());
        return Resolved{*location, QString()};
    }
    if (!options.driver.isEmpty())
        return Expected<Resolved>::failure(QCoreApplication::translate("DefaultCache", "--driver needs --cache-dir."));
    return locate();
}
