#include "cache/defaultcache.h"

#include "config/cachelocator.h"
#include "cache/democache.h"
#include "cache/driverdetection.h"

#include <QCoreApplication>
#include <QFileInfo>

QString DefaultCache::systemConfig()
{
    const QString fromEnv = qEnvironmentVariable("GLANCE_CACHE_ADMIN_SYSTEM_CONFIG");
    return fromEnv.isEmpty() ? QStringLiteral("/etc/glance/glance-api.conf") : fromEnv;
}

namespace {

// The driver of a configuration that names none is decided by its database (DriverDetection).
Expected<DefaultCache::Resolved> settled(const Expected<CacheLocation> &location)
{
    if (!location)
        return Expected<DefaultCache::Resolved>::failure(location.error());
    const Expected<DriverDetection::Settled> s = DriverDetection::settle(*location);
    if (!s)
        return Expected<DefaultCache::Resolved>::failure(s.error());
    return DefaultCache::Resolved{s->location, s->note};
}

} // namespace

Expected<DefaultCache::Resolved> DefaultCache::locate()
{
    const Expected<Resolved> system = settled(CacheLocator::systemCache(systemConfig()));
    QString why = system.error();
    if (system) {
        if (QFileInfo(system->location.cacheDir).isDir())
            return *system;
        why = QCoreApplication::translate("DefaultCache", "%1 names %2, which does not exist yet.")
                  .arg(systemConfig(), system->location.cacheDir);
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
    if (options.any())
        return settled(CacheLocator::resolve(options));
    if (!options.driver.isEmpty())
        return Expected<Resolved>::failure(QCoreApplication::translate("DefaultCache", "--driver needs --cache-dir."));
    return locate();
}
