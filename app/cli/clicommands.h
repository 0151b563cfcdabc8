#pragma once

#include "clicommand.h"

#include <QVector>

// glance-cachectl's command table: every command, in the order the general help lists them, with the
// functions that run its local and remote forms. The functions only hand the parsed values to the
// classes that do the work (CacheReports, CacheActions, RemoteCommands, FetchCommand, ...).
class CliCommands
{
public:
    static const QVector<CliCommand> &table();
};
