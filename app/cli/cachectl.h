#pragma once

#include <QCoreApplication>
#include <QStringList>

struct CliContext;
struct CommandLine;

// glance-cachectl's front end: parses the arguments once (CliParser), looks the command up in
// CliCommands::table(), prepares what its local or remote form needs (the resolved cache, the nodes)
// and runs it. Returns the process exit code (0 success, 1 failure, 2 usage).
class CacheCtl
{
    Q_DECLARE_TR_FUNCTIONS(CacheCtl)

public:
    int run(const QStringList &arguments);

private:
    static int runLocal(const CommandLine &line, CliContext &context);
    static int runRemote(const CommandLine &line, CliContext &context);
    // Resolves the cache line names (the default one when none) into context; on failure prints why and
    // returns false, leaving the exit code to the caller.
    static bool openCache(const CommandLine &line, CliContext &context);
};
