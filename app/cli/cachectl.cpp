#include "cachectl.h"

#include "core/bytesize.h"
#include "cacheactions.h"
#include "cachereports.h"
#include "clicontext.h"
#include "configcommands.h"
#include "cache/defaultcache.h"
#include "fetchcommand.h"
#include "core/imageid.h"
#include "healthcommands.h"
#include "remotecommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

struct CommandInfo
{
    const char *name;
    const char *summary;
    const char *arguments; // positional syntax for the usage line
};

const CommandInfo commands[] = {
    {"status", QT_TRANSLATE_NOOP("CacheCtl", "Show where the cache is, its driver, size against the limit and counts."), ""},
    {"list", QT_TRANSLATE_NOOP("CacheCtl", "List cached and queued images (glance cache-list's columns)."), ""},
    {"list-queued", QT_TRANSLATE_NOOP("CacheCtl", "List queued images in the order Glance processes them."), ""},
    {"list-incomplete", QT_TRANSLATE_NOOP("CacheCtl", "List downloads in progress, with age and stalled flag."), ""},
    {"list-invalid", QT_TRANSLATE_NOOP("CacheCtl", "List failed downloads, with the recorded error."), ""},
    {"queue", QT_TRANSLATE_NOOP("CacheCtl", "Queue images for caching."), "ID..."},
    {"delete", QT_TRANSLATE_NOOP("CacheCtl", "Delete cached images (and their queue markers)."), "ID..."},
    {"dequeue", QT_TRANSLATE_NOOP("CacheCtl", "Remove images from the queue."), "ID..."},
    {"clear", QT_TRANSLATE_NOOP("CacheCtl", "Delete every cached and/or queued image."), ""},
    {"prune", QT_TRANSLATE_NOOP("CacheCtl", "Delete least recently used images until the cache fits its limit, as glance-cache-pruner."), ""},
    {"clean", QT_TRANSLATE_NOOP("CacheCtl", "Delete invalid files and stalled downloads, as glance-cache-cleaner."), ""},
    {"fetch", QT_TRANSLATE_NOOP("CacheCtl", "Download images from the Glance API into this cache, verified (no IDs: every queued image)."), "[ID...]"},
    {"verify", QT_TRANSLATE_NOOP("CacheCtl", "Re-hash cached images (no IDs: all) against Glance's checksums without moving their access times; offers to delete mismatches."), "[ID...]"},
    {"nodes", QT_TRANSLATE_NOOP("CacheCtl", "Show what each glance-api node given with --node offers: API version, cache API, prune/clean."), ""},
    {"matrix", QT_TRANSLATE_NOOP("CacheCtl", "Show which --node caches or queues which image, with Glance's image names; a location option adds this node's cache."), ""},
    {"config", QT_TRANSLATE_NOOP("CacheCtl", "Show (config show) or change (config set KEY VALUE) the cache options of the --config-file files."), "ARGS"},
    {"check", QT_TRANSLATE_NOOP("CacheCtl", "Diagnose the cache and its configuration; exit 0 clean, 1 warnings, 2 errors."), ""},
};

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &c : commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

bool takesValue(const QString &arg)
{
    static const QStringList valued = {QStringLiteral("--config-file"), QStringLiteral("--config-dir"),
                                       QStringLiteral("--cache-dir"),   QStringLiteral("--driver"),
                                       QStringLiteral("--target"),      QStringLiteral("--max-size"),
                                       QStringLiteral("--stall-time"),  QStringLiteral("--node"),
                                       QStringLiteral("--parallel")};
    return valued.contains(arg) || ConnectionOptions::valueOptionNames().contains(arg);
}

QString generalHelp()
{
    QString s = CacheCtl::tr("Usage: glance-cachectl [global options] COMMAND [command options] [ID...]\n\n"
                   "Inspect and manage a Glance image cache (sqlite or xattr driver) on this node.\n\nCommands:\n");
    for (const CommandInfo &c : commands)
        s += QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -17).arg(CacheCtl::tr(c.summary));
    s += CacheCtl::tr("\nGlobal options:\n"
            "  --config-file FILE  glance-api.conf or glance-cache.conf; repeat, later files override\n"
            "  --config-dir DIR    also read DIR/*.conf, as oslo.config does\n"
            "  --cache-dir DIR     the cache directory itself (instead of a config file)\n"
            "  --driver NAME       sqlite, xattr or auto (detect), with --cache-dir (default sqlite)\n"
            "  --json              machine-readable output (the v2 cache API's shape for list)\n"
            "  --yes               do not ask before deleting\n"
            "  --node URL          work on this glance-api node through its cache API instead of a local\n"
            "                      cache (repeatable; status, list, queue, delete, clear, prune, clean,\n"
            "                      nodes, matrix); credentials as glanceclient's --os-* options\n"
            "  -h, --help          help; 'glance-cachectl COMMAND --help' for a command\n"
            "  --version           show the version\n\n"
            "With no location option the default cache is used: image_cache_dir of /etc/glance/glance-api.conf,\n"
            "or a generated demo cache when that is not set.\n"
            "Exit status: 0 success, 1 failure, 2 usage error.\n");
    return s;
}

} // namespace

int CacheCtl::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);

    QString commandName;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            if (i + 1 < arguments.size())
                commandName = arguments.at(i + 1);
            break;
        }
        if (a.startsWith(u'-')) {
            if (takesValue(a))
                ++i;
            continue;
        }
        commandName = a;
        break;
    }
    const bool wantsHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (commandName == QLatin1String("help")) {
        const qsizetype at = arguments.indexOf(QLatin1String("help"));
        commandName = at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
        if (commandName.isEmpty()) {
            out << generalHelp();
            return ExitOk;
        }
    }
    if (arguments.contains(QLatin1String("--version"))) {
        out << "glance-cachectl " << GCA_VERSION << Qt::endl;
        return ExitOk;
    }
    if (commandName.isEmpty()) {
        if (wantsHelp) {
            out << generalHelp();
            return ExitOk;
        }
        err << generalHelp();
        return ExitUsage;
    }
    const CommandInfo *command = findCommand(commandName);
    if (!command) {
        err << "glance-cachectl: " << tr("unknown command '%1'.").arg(commandName) << "\n\n" << generalHelp();
        return ExitUsage;
    }

    if (!RemoteCommands::supports(QLatin1String(command->name))
        && std::any_of(arguments.cbegin(), arguments.cend(),
                       [](const QString &a) { return a == QLatin1String("--node") || a.startsWith(QLatin1String("--node=")); })) {
        err << "glance-cachectl " << commandName << ": "
            << tr("--node works with status, list, queue, delete, clear, prune, clean, nodes and matrix; this "
                  "command works on a local cache only.")
            << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(command->summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption configFile(QStringLiteral("config-file"), tr("Glance config file (repeatable)."), tr("FILE"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"), tr("Directory of *.conf snippets."), tr("DIR"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), tr("The cache directory."), tr("DIR"));
    const QCommandLineOption driver(QStringLiteral("driver"), tr("sqlite or xattr."), tr("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Do not ask for confirmation."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption target(QStringLiteral("target"), tr("What to clear: cache or queue (default both)."), tr("WHAT"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     tr("Limit in bytes (or 10G, 500M); default image_cache_max_size."), tr("BYTES"));
    const QCommandLineOption stallTime(QStringLiteral("stall-time"),
                                       tr("Seconds after which an incomplete download counts as stalled; "
                                          "default image_cache_stall_time."),
                                       tr("S"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show exactly what would be deleted; change nothing."));
    parser.addOptions({configFile, configDir, cacheDir, driver, json, yes, help});
    const QString name = QLatin1String(command->name);
    if (name == QLatin1String("clear"))
        parser.addOption(target);
    if (name == QLatin1String("prune"))
        parser.addOptions({maxSize, dryRun});
    if (name == QLatin1String("clean"))
        parser.addOptions({stallTime, dryRun});
    const bool isNetwork = name == QLatin1String("fetch") || name == QLatin1String("verify");
    const bool mayBeRemote = RemoteCommands::supports(name);
    const QCommandLineOption node(QStringLiteral("node"),
                                  tr("A glance-api node's own URL (repeatable, or comma-separated): work through its "
                                     "cache API."),
                                  tr("URL"));
    if (mayBeRemote)
        parser.addOption(node);
    if (isNetwork || mayBeRemote)
        ConnectionOptions::addOptions(&parser);
    const QCommandLineOption parallel(QStringLiteral("parallel"), tr("Images downloaded at once, 1 to 6 (default 2)."),
                                      tr("N"));
    if (name == QLatin1String("fetch"))
        parser.addOption(parallel);
    parser.addPositionalArgument(name, QString(), name);
    const bool isConfig = name == QLatin1String("config");
    if (isConfig)
        parser.addPositionalArgument(QStringLiteral("ARGS"), tr("show, or set KEY VALUE."), QStringLiteral("show|set KEY VALUE"));
    else if (*command->arguments)
        parser.addPositionalArgument(QStringLiteral("ID"), tr("Image IDs (UUIDs); several may be given."),
                                     QLatin1String(command->arguments));

    if (!parser.parse(arguments)) {
        err << "glance-cachectl " << name << ": " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n')); // the usage line names argv[0]; write our own
        out << tr("Usage: glance-cachectl [options] %1").arg(name)
            << (isConfig ? QStringLiteral(" show|set KEY VALUE")
                         : (*command->arguments ? u' ' + QLatin1String(command->arguments) : QString()))
            << text;
        if (!text.endsWith(u'\n'))
            out << '\n';
        out.flush();
        return ExitOk;
    }
    auto makeContext = [&]() {
        CliContext ctx;
        ctx.json = parser.isSet(json);
        ctx.yes = parser.isSet(yes);
        ctx.out = &out;
        ctx.err = &err;
        ctx.in = &in;
        ctx.interactive = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
        return ctx;
    };
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command
    const bool isClear = name == QLatin1String("clear");
    const bool isPrune = name == QLatin1String("prune");
    const bool isClean = name == QLatin1String("clean");
    if (isConfig) {
        // Config editing works on files alone: no cache needs to exist or be configured yet.
        CliContext ctx = makeContext();
        ConfigCommands config(ctx, parser.values(configFile));
        if (positional.value(0) == QLatin1String("show") && positional.size() == 1)
            return config.show();
        if (positional.value(0) == QLatin1String("set") && positional.size() == 3)
            return config.set(positional.at(1), positional.at(2));
        err << "glance-cachectl config: " << tr("use 'config show' or 'config set KEY VALUE'.") << Qt::endl;
        return ExitUsage;
    }
    const bool wantsIds = QLatin1String(command->arguments) == QLatin1String("ID...");
    if (wantsIds && positional.isEmpty()) {
        err << "glance-cachectl " << name << ": " << tr("give at least one image ID.") << Qt::endl;
        return ExitUsage;
    }
    const bool mayTakeIds = wantsIds || QLatin1String(command->arguments) == QLatin1String("[ID...]");
    if (!mayTakeIds && !positional.isEmpty()) {
        err << "glance-cachectl " << name << ": " << tr("unexpected argument '%1'.").arg(positional.first()) << Qt::endl;
        return ExitUsage;
    }
    QString targetValue;
    if (isClear && parser.isSet(target)) {
        targetValue = parser.value(target).toLower();
        if (targetValue != QLatin1String("cache") && targetValue != QLatin1String("queue")) {
            err << "glance-cachectl clear: " << tr("--target must be cache or queue (leave it out for both).") << Qt::endl;
            return ExitUsage;
        }
    }

    LocationOptions options;
    options.configFiles = parser.values(configFile);
    options.configDir = parser.value(configDir);
    options.cacheDir = parser.value(cacheDir);
    options.driver = parser.value(driver);
    const bool remote = mayBeRemote && parser.isSet(node);
    if (!remote && (name == QLatin1String("nodes") || name == QLatin1String("matrix"))) {
        err << "glance-cachectl " << name << ": " << tr("give the glance-api nodes with --node URL.") << Qt::endl;
        return ExitUsage;
    }
    if (remote) {
        if ((isPrune && (parser.isSet(maxSize) || parser.isSet(dryRun)))
            || (isClean && (parser.isSet(stallTime) || parser.isSet(dryRun)))) {
            err << "glance-cachectl " << name << ": "
                << tr("the cache API prunes and cleans with each node's own settings; --max-size, --stall-time and "
                      "--dry-run work on a local cache only.")
                << Qt::endl;
            return ExitUsage;
        }
        CliContext ctx = makeContext();
        QString error;
        // The matrix shows this node's cache too when a location is given explicitly.
        const bool withLocal = name == QLatin1String("matrix") && options.any();
        if (withLocal && !DefaultCache::resolve(options, &ctx.location, &ctx.locationNote, &error)) {
            err << "glance-cachectl: " << error << Qt::endl;
            return ExitFailure;
        }
        ConnectionOptions connection;
        if (!ConnectionOptions::fromCommandLine(parser, QProcessEnvironment::systemEnvironment(), &connection, &error)) {
            err << "glance-cachectl " << name << ": " << error << Qt::endl;
            return ExitUsage;
        }
        RemoteCommands rc(ctx, connection);
        if (!rc.setNodes(parser.values(node), &error)) {
            err << "glance-cachectl " << name << ": " << error << Qt::endl;
            return ExitUsage;
        }
        rc.setWithLocal(withLocal);
        if (name == QLatin1String("nodes"))
            return rc.nodes();
        if (name == QLatin1String("matrix"))
            return rc.matrix();
        if (name == QLatin1String("status"))
            return rc.status();
        if (name == QLatin1String("list"))
            return rc.list();
        if (name == QLatin1String("queue"))
            return rc.queue(positional);
        if (name == QLatin1String("delete"))
            return rc.remove(positional);
        if (name == QLatin1String("clear"))
            return rc.clear(targetValue);
        if (name == QLatin1String("prune"))
            return rc.prune();
        return rc.clean();
    }

    CliContext ctx = makeContext();
    QString error;
    if (!DefaultCache::resolve(options, &ctx.location, &ctx.locationNote, &error)) {
        err << "glance-cachectl: " << error << Qt::endl;
        return options.driver.isEmpty() || options.any() ? ExitFailure : ExitUsage;
    }

    qint64 maxSizeValue = ctx.location.maxSize;
    if (isPrune && parser.isSet(maxSize) && !ByteSize::parse(parser.value(maxSize), &maxSizeValue, &error)) {
        err << "glance-cachectl prune: " << error << Qt::endl;
        return ExitUsage;
    }
    qint64 stallValue = ctx.location.stallTime;
    if (isClean && parser.isSet(stallTime)) {
        bool ok = false;
        stallValue = parser.value(stallTime).toLongLong(&ok);
        if (!ok || stallValue < 0) {
            err << "glance-cachectl clean: " << tr("--stall-time takes a whole number of seconds ≥ 0.") << Qt::endl;
            return ExitUsage;
        }
    }

    if (isNetwork) {
        for (const QString &id : std::as_const(positional)) {
            if (!ImageId::isValid(id)) {
                err << "glance-cachectl: " << ImageId::problem(id) << Qt::endl;
                return ExitFailure;
            }
        }
        ConnectionOptions connection;
        ResolvedConnection resolved;
        if (!ConnectionOptions::fromCommandLine(parser, QProcessEnvironment::systemEnvironment(), &connection, &error)
            || !connection.resolve(&resolved, &error)) {
            err << "glance-cachectl " << name << ": " << error << Qt::endl;
            return ExitUsage;
        }
        FetchCommand fetch(ctx, resolved);
        if (name == QLatin1String("fetch") && parser.isSet(parallel)) {
            bool ok = false;
            const int n = parser.value(parallel).toInt(&ok);
            if (!ok || n < 1 || n > 6) {
                err << "glance-cachectl fetch: " << tr("--parallel takes a number from 1 to 6.") << Qt::endl;
                return ExitUsage;
            }
            fetch.setParallel(n);
        }
        return name == QLatin1String("fetch") ? fetch.fetch(positional) : fetch.verify(positional);
    }
    if (name == QLatin1String("check")) {
        HealthCommands health(ctx, options);
        return health.check();
    }
    CacheReports reports(ctx);
    CacheActions actions(ctx);
    if (name == QLatin1String("status"))
        return reports.status();
    if (name == QLatin1String("list"))
        return reports.list();
    if (name == QLatin1String("list-queued"))
        return reports.listQueued();
    if (name == QLatin1String("list-incomplete"))
        return reports.listIncomplete();
    if (name == QLatin1String("list-invalid"))
        return reports.listInvalid();
    if (name == QLatin1String("queue"))
        return actions.queue(positional);
    if (name == QLatin1String("delete"))
        return actions.remove(positional);
    if (name == QLatin1String("dequeue"))
        return actions.dequeue(positional);
    if (name == QLatin1String("clear"))
        return actions.clear(targetValue);
    if (name == QLatin1String("prune"))
        return actions.prune(maxSizeValue, isPrune && parser.isSet(dryRun));
    return actions.clean(stallValue, isClean && parser.isSet(dryRun));
}
