#pragma once

class RemoteCommands;
struct CliContext;
struct CommandLine;

// One entry of glance-cachectl's command table (CliCommands::table()): what the parser accepts for the
// command, what its help says and what runs it. Plain data with static storage; the strings are
// untranslated source texts (summary is translated in the "CacheCtl" context when shown).
struct CliCommand
{
    // Options a command takes besides the global ones (--config-file ... --yes, -h).
    enum Option : unsigned {
        Target = 1 << 0, // clear --target cache|queue
        MaxSize = 1 << 1, // prune --max-size
        StallTime = 1 << 2, // clean --stall-time
        DryRun = 1 << 3, // prune and clean --dry-run
        Parallel = 1 << 4, // fetch --parallel
        Connection = 1 << 5, // the --os-* options (every command with a remote form has them too)
        NoCache = 1 << 6, // the local form runs without resolving a cache (config edits files only)
        WithLocal = 1 << 7, // the remote form adds the local cache when a location option is given
        FromDatabase = 1 << 8, // --from-database: the local form reads the region from Glance's database
        Changes = 1 << 9, // the local form changes the cache (unless --dry-run): never on the demo
    };
    // The positional arguments after the command's name.
    enum class Arguments { None, Ids, OptionalIds, Config };

    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("CacheCtl", ...)
    Arguments arguments;
    unsigned options;
    // The local form (on the cache the location options name); null when there is none. location and
    // locationNote of the context are resolved unless NoCache. Returns a CliExit.
    int (*local)(const CommandLine &line, CliContext &context);
    // The --node form (through the nodes' cache API); null when the command is local only.
    int (*remote)(const CommandLine &line, RemoteCommands &nodes);

    bool takes(Option option) const { return options & option; }
    // "ID...", "[ID...]", "show|set KEY VALUE" or empty: the syntax the usage lines show.
    const char *syntax() const;
};
