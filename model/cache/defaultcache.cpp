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

Expected<DefaultCache::Resolved> DefaultCache::locateSystem()
{
    const Expected<Resolved> system = settled(CacheLocator::systemCache(systemConfig()));
    if (!system || QFileInfo(system->location.cacheDir).isDir())
        return system;
    return Expected<Resolved>::failure(QCoreApplication::translate("DefaultCache", "%1 names %2, which does not exist yet.")
                                           .arg(systemConfig(), system->location.cacheDir));
}

Expected<DefaultCache::Resolved> DefaultCache::locate()
{
    const Expected<Resolved> system = locateSystem();
    if (system)
        return system;
    Resolved demo;
    demo.note = QCoreApplication::translate("DefaultCache", "Showing the demo cache: %1").arg(system.error());
    QString error;
    if (!DemoCache::ensure(DemoCache::defaultRoot(), &demo.location, &error))
        return Expected<Resolved>::failure(error);
    return demo;
}

Expected<DefaultCache::Resolved> DefaultCache::resolve(const LocationOptions &options, bool allowDemo)
{
    if (options.any())
        return settled(CacheLocator::resolve(options));
    if (!options.driver.isEmpty())
        return Expected<Resolved>::failure(QCoreApplication::translate("DefaultCache", "--driver needs --cache-dir."));
    return allowDemo ? locate() : locateSystem();
}
