#include "clicommands.h"

#include "cacheactions.h"
#include "cachectl.h"
#include "cachereports.h"
#include "commandline.h"
#include "configcommands.h"
#include "core/imageid.h"
#include "fetchcommand.h"
#include "healthcommands.h"
#include "regioncommands.h"
#include "remotecommands.h"

#include <QDir>
#include <QProcessEnvironment>

namespace {

using Args = CliCommand::Arguments;
using Line = const CommandLine &;
using Ctx = CliContext &;
using Nodes = RemoteCommands &;

int fetchOrVerify(const CommandLine &line, CliContext &ctx, bool verifying)
{
    for (const QString &id : line.arguments) {
        if (!ImageId::isValid(id)) {
            *ctx.err << "glance-cachectl: " << ImageId::problem(id) << Qt::endl;
            return ExitFailure;
        }
    }
    ConnectionOptions connection;
    ResolvedConnection resolved;
    QString error;
    if (!ConnectionOptions::assemble(
            line.connection, QProcessEnvironment::systemEnvironment(), QDir::currentPath(), &connection, &error)
        || !connection.resolve(&resolved, &error)) {
        *ctx.err << "glance-cachectl " << line.command->name << ": " << error << Qt::endl;
        return ExitUsage;
    }
    FetchCommand fetch(ctx, resolved);
    if (line.parallel)
        fetch.setParallel(*line.parallel);
    return verifying ? fetch.verify(line.arguments) : fetch.fetch(line.arguments);
}

int config(const CommandLine &line, CliContext &ctx)
{
    ConfigCommands config(ctx, line.location.configFiles);
    if (line.arguments.first() == QLatin1String("show"))
        return config.show();
    return config.set(line.arguments.at(1), line.arguments.at(2));
}

} // namespace

const QVector<CliCommand> &CliCommands::table()
{
    using C = CliCommand;
    static const QVector<CliCommand> commands = {
        { "status",
            QT_TRANSLATE_NOOP("CacheCtl", "Show where the cache is, its driver, size against the limit and counts."),
            Args::None, 0, [](Line, Ctx c) { return CacheReports(c).status(); },
            [](Line, Nodes n) { return n.status(); } },
        { "list", QT_TRANSLATE_NOOP("CacheCtl", "List cached and queued images (glance cache-list's columns)."),
            Args::None, 0, [](Line, Ctx c) { return CacheReports(c).list(); }, [](Line, Nodes n) { return n.list(); } },
        { "list-queued", QT_TRANSLATE_NOOP("CacheCtl", "List queued images in the order Glance processes them."),
            Args::None, 0, [](Line, Ctx c) { return CacheReports(c).listQueued(); }, nullptr },
        { "list-incomplete", QT_TRANSLATE_NOOP("CacheCtl", "List downloads in progress, with age and stalled flag."),
            Args::None, 0, [](Line, Ctx c) { return CacheReports(c).listIncomplete(); }, nullptr },
        { "list-invalid", QT_TRANSLATE_NOOP("CacheCtl", "List failed downloads, with the recorded error."), Args::None,
            0, [](Line, Ctx c) { return CacheReports(c).listInvalid(); }, nullptr },
        { "queue", QT_TRANSLATE_NOOP("CacheCtl", "Queue images for caching."), Args::Ids, C::Changes,
            [](Line l, Ctx c) { return CacheActions(c).queue(l.arguments); },
            [](Line l, Nodes n) { return n.queue(l.arguments); } },
        { "delete", QT_TRANSLATE_NOOP("CacheCtl", "Delete cached images (and their queue markers)."), Args::Ids, C::Changes,
            [](Line l, Ctx c) { return CacheActions(c).remove(l.arguments); },
            [](Line l, Nodes n) { return n.remove(l.arguments); } },
        { "dequeue", QT_TRANSLATE_NOOP("CacheCtl", "Remove images from the queue."), Args::Ids, C::Changes,
            [](Line l, Ctx c) { return CacheActions(c).dequeue(l.arguments); }, nullptr },
        { "clear", QT_TRANSLATE_NOOP("CacheCtl", "Delete every cached and/or queued image."), Args::None, C::Target | C::Changes,
            [](Line l, Ctx c) { return CacheActions(c).clear(l.target); },
            [](Line l, Nodes n) { return n.clear(l.target); } },
        { "prune",
            QT_TRANSLATE_NOOP("CacheCtl",
                "Delete least recently used images until the cache fits its limit, as glance-cache-pruner. "
                "Deletes at once, without asking: --dry-run lists what it would delete."),
            Args::None, C::MaxSize | C::DryRun | C::Changes,
            [](Line l, Ctx c) { return CacheActions(c).prune(l.maxSize.value_or(c.location.maxSize), l.dryRun); },
            [](Line, Nodes n) { return n.prune(); } },
        { "clean",
            QT_TRANSLATE_NOOP("CacheCtl", "Delete invalid files and stalled downloads, as glance-cache-cleaner."),
            Args::None, C::StallTime | C::DryRun | C::Changes,
            [](Line l, Ctx c) { return CacheActions(c).clean(l.stallTime.value_or(c.location.stallTime), l.dryRun); },
            [](Line, Nodes n) { return n.clean(); } },
        { "fetch",
            QT_TRANSLATE_NOOP("CacheCtl",
                "Download images from the Glance API into this cache, verified (no IDs: every queued image)."),
            Args::OptionalIds, C::Connection | C::Parallel | C::Changes, [](Line l, Ctx c) { return fetchOrVerify(l, c, false); },
            nullptr },
        { "verify",
            QT_TRANSLATE_NOOP("CacheCtl",
                "Re-hash cached images (no IDs: all) against Glance's checksums without moving their access times; "
                "offers to delete mismatches."),
            Args::OptionalIds, C::Connection | C::Changes, [](Line l, Ctx c) { return fetchOrVerify(l, c, true); }, nullptr },
        { "nodes",
            QT_TRANSLATE_NOOP("CacheCtl",
                "Show what each glance-api node given with --node offers: API version, cache API, prune/clean; "
                "without --node, every node in Glance's database (centralized_db) with what it caches."),
            Args::None, C::NoCache | C::FromDatabase, [](Line l, Ctx c) { return RegionCommands(c).run(l, false); },
            [](Line, Nodes n) { return n.nodes(); } },
        { "matrix",
            QT_TRANSLATE_NOOP("CacheCtl",
                "Show which --node caches or queues which image, with Glance's image names; a location option adds "
                "this node's cache. Without --node, the region as Glance's database (centralized_db) records it."),
            Args::None, C::WithLocal | C::NoCache | C::FromDatabase,
            [](Line l, Ctx c) { return RegionCommands(c).run(l, true); }, [](Line, Nodes n) { return n.matrix(); } },
        { "config",
            QT_TRANSLATE_NOOP("CacheCtl",
                "Show (config show) or change (config set KEY VALUE) the cache options of the --config-file files."),
            Args::Config, C::NoCache, config, nullptr },
        { "check",
            QT_TRANSLATE_NOOP(
                "CacheCtl", "Diagnose the cache and its configuration; exit 0 clean, 1 warnings, 2 errors."),
            Args::None, 0, [](Line l, Ctx c) { return HealthCommands(c, l.location).check(); }, nullptr },
    };
    return commands;
}
