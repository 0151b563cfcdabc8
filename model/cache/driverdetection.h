#pragma once

#include "core/cachelocation.h"
#include "core/expected.h"

#include <QCoreApplication>

// Settles a location CacheLocator left undecided (CacheLocation::driverToDetect): the configuration names no
// driver, or --driver auto was given, and has a centralized_db node's options. Glance 2024.1 and later
// default to centralized_db; a Zed-era node, whose database has no cache tables, uses sqlite. So:
//  - the database has node_reference and cached_images: centralized_db;
//  - it has not (schema older than 2024.1): the driver CacheLocator chose without the database (sqlite, or
//    what the directory shows with auto), and the database options are dropped;
//  - it cannot be asked (unreachable, wrong password, no privilege): a failure saying so and how to choose
//    by hand, rather than a guess that would show an empty or wrong cache.
// Connects to the database: blocking, so never on the GUI thread (CacheSession resolves on a worker).
class DriverDetection
{
    Q_DECLARE_TR_FUNCTIONS(DriverDetection)

public:
    struct Settled
    {
        CacheLocation location;
        QString note; // how the driver was decided, for a person; empty when nothing was detected
    };

    // location unchanged (and no note) unless driverToDetect is set.
    static Expected<Settled> settle(const CacheLocation &location);
};
