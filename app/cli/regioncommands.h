#pragma once

#include "cache/regioncachemap.h"
#include "clicontext.h"
#include "clirows.h"

#include <QCoreApplication>

struct CommandLine;

// glance-cachectl nodes and matrix without --node: the whole region read from Glance's database (the
// centralized_db driver's node_reference and cached_images, joined with images), no node contacted and no
// token needed. Taken when the config's image_cache_driver is centralized_db, or with --from-database
// whatever the driver. The rows are CliRows printed by CliPrinter as the --node forms' are; the JSON keeps
// the --node forms' members and adds what only the database knows.
class RegionCommands
{
    Q_DECLARE_TR_FUNCTIONS(RegionCommands)

public:
    explicit RegionCommands(const CliContext &context);

    // Finds [database] connection (the location options, else the system's glance-api.conf), reads the
    // region and prints nodes or the matrix. Returns a CliExit: 2 when nothing names a centralized_db
    // database, 1 when it cannot be read.
    int run(const CommandLine &line, bool matrix);

    int nodes(const RegionCacheMap &map, const QString &thisNode);
    int matrix(const RegionCacheMap &map);

private:
    int fail(const CommandLine &line, const QString &message, int code) const;

    const CliContext &m_ctx;
};
