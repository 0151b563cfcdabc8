#pragma once

#include "core/cachelocation.h"
#include "remote/connectionoptions.h"

#include <QStringList>

#include <optional>

struct CliCommand;

// One glance-cachectl invocation as CliParser understood it: every option checked and converted, so the
// commands read values and never a command line. A value type; command points into the static table.
struct CommandLine
{
    const CliCommand *command = nullptr;
    QStringList arguments; // the positional arguments after the command's name (IDs, config's words)
    bool json = false;
    bool yes = false;
    LocationOptions location; // --config-file, --config-dir, --cache-dir, --driver
    bool remote = false; // --node was given: the command's remote form runs
    bool fromDatabase = false; // nodes, matrix: read the region from [database] connection whatever the driver
    QStringList nodes; // the --node values as given (RemoteCommands::setNodes splits and checks them)
    // The --os-* options given; the environment and clouds.yaml are merged in (assemble) when the command
    // runs, since that reads files.
    ConnectionOptions connection;
    QString target; // clear --target: empty (both), "cache" or "queue"
    std::optional<qint64> maxSize; // prune --max-size in bytes
    std::optional<qint64> stallTime; // clean --stall-time in seconds
    bool dryRun = false;
    std::optional<int> parallel; // fetch --parallel, 1 to 6
};
