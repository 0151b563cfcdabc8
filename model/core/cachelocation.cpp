#include "core/cachelocation.h"

#include <QCoreApplication>
#include <QDir>

QString CacheLocation::dbPath() const
{
    if (QDir::isAbsolutePath(sqliteDb))
        return QDir::cleanPath(sqliteDb);
    return QDir::cleanPath(QDir(cacheDir).filePath(sqliteDb));
}

QString CacheLocation::description() const
{
    if (isDemo)
        return QCoreApplication::translate("CacheLocation", "Demo cache (generated sample data) in %1").arg(cacheDir);
    if (driver == QLatin1String("centralized_db") && !databaseDisplay.isEmpty())
        return QCoreApplication::translate("CacheLocation", "%1 (records of %2 in %3)")
            .arg(cacheDir, nodeUrl, databaseDisplay);
    if (!configFiles.isEmpty())
        return QCoreApplication::translate("CacheLocation", "%1 (from %2)").arg(cacheDir, configFiles.join(QLatin1String(", ")));
    return cacheDir;
}
