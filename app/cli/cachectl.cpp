#include "cachectl.h"

#include "cache/defaultcache.h"
#include "clicommands.h"
#include "clicontext.h"
#include "cliparser.h"
#include "commandline.h"
#include "remotecommands.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTextStream>

#include <unistd.h>

int CacheCtl::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CommandLine line;
    QString text;
    switch (CliParser(CliCommands::table()).parse(arguments, &line, &text)) {
    case CliParser::Show:
        out << text;
        return ExitOk;
    case CliParser::Usage:
        err << text;
        return ExitUsage;
    case CliParser::Run:
        break;
    }
    CliContext ctx;
    ctx.json = line.json;
    ctx.yes = line.yes;
    ctx.out = &out;
    ctx.err = &err;
    ctx.in = &in;
    ctx.interactive = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    return line.remote ? runRemote(line, ctx) : runLocal(line, ctx);
}

bool CacheCtl::openCache(const CommandLine &line, CliContext &ctx)
{
    // A cron line whose system config went missing must not prune the demo and exit 0.
    const bool changes = line.command->takes(CliCommand::Changes) && !line.dryRun;
    const Expected<DefaultCache::Resolved> resolved = DefaultCache::resolve(line.location, !changes);
    if (!resolved) {
        *ctx.err << "glance-cachectl: " << resolved.error() << Qt::endl;
        if (changes && !line.location.any() && line.location.driver.isEmpty())
            *ctx.err << "glance-cachectl: "
                     << tr("%1 changes a cache, so it runs only on the one you name: give --config-file or "
                           "--cache-dir. (Reading commands show a demo cache instead.)")
                            .arg(QLatin1String(line.command->name))
                     << Qt::endl;
        return false;
    }
    ctx.location = resolved->location;
    ctx.locationNote = resolved->note;
    return true;
}

int CacheCtl::runLocal(const CommandLine &line, CliContext &ctx)
{
    // Config editing works on files alone: no cache needs to exist or be configured yet.
    if (!line.command->takes(CliCommand::NoCache) && !openCache(line, ctx))
        // --driver alone names no cache: a usage error rather than a cache that failed.
        return line.location.driver.isEmpty() || line.location.any() ? ExitFailure : ExitUsage;
    // On stderr too, so that a script reading JSON or a mail from cron cannot take the demo for a node.
    if (ctx.location.isDemo)
        *ctx.err << "glance-cachectl: " << tr("DEMO CACHE: generated sample data, not a Glance node.") << ' '
                 << ctx.locationNote << Qt::endl;
    return line.command->local(line, ctx);
}

int CacheCtl::runRemote(const CommandLine &line, CliContext &ctx)
{
    // The matrix shows this node's cache too when a location is given explicitly.
    const bool withLocal = line.command->takes(CliCommand::WithLocal) && line.location.any();
    if (withLocal && !openCache(line, ctx))
        return ExitFailure;
    QString error;
    ConnectionOptions connection;
    if (!ConnectionOptions::assemble(
            line.connection, QProcessEnvironment::systemEnvironment(), QDir::currentPath(), &connection, &error)) {
        *ctx.err << "glance-cachectl " << line.command->name << ": " << error << Qt::endl;
        return ExitUsage;
    }
    RemoteCommands nodes(ctx, connection);
    if (!nodes.setNodes(line.nodes, &error)) {
        *ctx.err << "glance-cachectl " << line.command->name << ": " << error << Qt::endl;
        return ExitUsage;
    }
    nodes.setWithLocal(withLocal);
    return line.command->remote(line, nodes);
}
