#include "cache/driverdetection.h"

#include "cache/centraldbconnection.h"
#include "cache/centraldbschema.h"

#include <QSqlDatabase>

Expected<DriverDetection::Settled> DriverDetection::settle(const CacheLocation &location)
{
    Settled settled{location, QString()};
    if (!location.driverToDetect)
        return settled;
    CacheLocation &loc = settled.location;
    loc.driverToDetect = false;
    const Expected<SqlAlchemyUrl> url = SqlAlchemyUrl::parse(location.databaseUrl);
    Expected<bool> present = url ? Expected<bool>(false) : Expected<bool>::failure(url.error());
    if (url) {
        CentralDbConnection session;
        const Expected<void> opened = session.open(*url);
        present = opened ? CentralDbSchema::hasCacheTables(session.db(), *url) : Expected<bool>::failure(opened.error());
    }
    if (!present)
        return Expected<Settled>::failure(
            tr("image_cache_driver is not set, so it depends on the Glance release: 2024.1 and later use "
               "centralized_db when %1 has the image cache tables, older releases sqlite. That database could not "
               "be asked: %2 Set image_cache_driver, or choose with --driver centralized_db or --driver sqlite.")
                .arg(location.databaseDisplay, present.error()));
    if (*present) {
        loc.driver = QStringLiteral("centralized_db");
        // The location shows the database already (CacheLocation::description, the window's header).
        settled.note = tr("image_cache_driver is not set; [database] connection has the image cache tables of Glance "
                          "2024.1 and later, whose default driver is centralized_db: this node's records are read "
                          "from there.");
        return settled;
    }
    settled.note = tr("image_cache_driver is not set and %1 has no image cache tables (a schema older than Glance "
                      "2024.1): the %2 driver of earlier releases is assumed.")
                       .arg(location.databaseDisplay, loc.driver);
    loc.databaseUrl.clear();
    loc.databaseDisplay.clear();
    loc.nodeUrl.clear();
    return settled;
}
