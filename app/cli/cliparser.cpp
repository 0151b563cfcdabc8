#include "cliparser.h"

#include "cachectl.h"
#include "config/cachelocator.h"
#include "config/optiondescriptor.h"
#include "core/bytesize.h"

#include <QCommandLineParser>

#include <algorithm>

namespace {

QString syntaxOf(const CliCommand &command)
{
    return QLatin1String(command.syntax());
}

// Every option glance-cachectl knows, with its help text; CliParser adds the ones a command takes.
struct OptionSet
{
    const QCommandLineOption configFile { QStringLiteral("config-file"),
        CacheCtl::tr("Glance config file (repeatable)."), CacheCtl::tr("FILE") };
    const QCommandLineOption configDir { QStringLiteral("config-dir"), CacheCtl::tr("Directory of *.conf snippets."),
        CacheCtl::tr("DIR") };
    const QCommandLineOption cacheDir { QStringLiteral("cache-dir"), CacheCtl::tr("The cache directory."),
        CacheCtl::tr("DIR") };
    const QCommandLineOption driver { QStringLiteral("driver"), CacheCtl::tr("sqlite or xattr."),
        CacheCtl::tr("NAME") };
    const QCommandLineOption json { QStringLiteral("json"), CacheCtl::tr("Machine-readable output.") };
    const QCommandLineOption yes { QStringLiteral("yes"), CacheCtl::tr("Do not ask for confirmation.") };
    const QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") }, CacheCtl::tr("Show this help.") };
    const QCommandLineOption target { QStringLiteral("target"),
        CacheCtl::tr("What to clear: cache or queue (default both)."), CacheCtl::tr("WHAT") };
    const QCommandLineOption maxSize { QStringLiteral("max-size"),
        CacheCtl::tr("Limit in bytes (or 10G, 500M); default image_cache_max_size."), CacheCtl::tr("BYTES") };
    const QCommandLineOption stallTime { QStringLiteral("stall-time"),
        CacheCtl::tr("Seconds after which an incomplete download counts as stalled; "
                     "default image_cache_stall_time."),
        CacheCtl::tr("S") };
    const QCommandLineOption dryRun { QStringLiteral("dry-run"),
        CacheCtl::tr("Show exactly what would be deleted; change nothing.") };
    const QCommandLineOption node { QStringLiteral("node"),
        CacheCtl::tr("A glance-api node's own URL (repeatable, or comma-separated): work "
                     "through its cache API."),
        CacheCtl::tr("URL") };
    const QCommandLineOption fromDatabase { QStringLiteral("from-database"),
        CacheCtl::tr("Read the region from [database] connection of the config (the centralized_db driver's "
                     "tables) even when its image_cache_driver is not centralized_db; no node is asked.") };
    const QCommandLineOption parallel { QStringLiteral("parallel"),
        CacheCtl::tr("Images downloaded at once, 1 to 6 (default 2)."), CacheCtl::tr("N") };

    // The order is the help text's.
    void addTo(QCommandLineParser *parser, const CliCommand &command) const
    {
        parser->addOptions({ configFile, configDir, cacheDir, driver, json, yes, help });
        if (command.takes(CliCommand::Target))
            parser->addOption(target);
        if (command.takes(CliCommand::MaxSize))
            parser->addOption(maxSize);
        if (command.takes(CliCommand::StallTime))
            parser->addOption(stallTime);
        if (command.takes(CliCommand::DryRun))
            parser->addOption(dryRun);
        if (command.remote)
            parser->addOption(node);
        if (command.remote || command.takes(CliCommand::Connection))
            ConnectionOptions::addOptions(parser);
        if (command.takes(CliCommand::Parallel))
            parser->addOption(parallel);
        if (command.takes(CliCommand::FromDatabase))
            parser->addOption(fromDatabase);
        const QString name = QLatin1String(command.name);
        parser->addPositionalArgument(name, QString(), name);
        if (command.arguments == CliCommand::Arguments::Config)
            parser->addPositionalArgument(
                QStringLiteral("ARGS"), CacheCtl::tr("show, or set KEY VALUE."), syntaxOf(command));
        else if (command.arguments != CliCommand::Arguments::None)
            parser->addPositionalArgument(
                QStringLiteral("ID"), CacheCtl::tr("Image IDs (UUIDs); several may be given."), syntaxOf(command));
    }
};

bool takesValue(const QString &arg)
{
    static const QStringList valued
        = { QStringLiteral("--config-file"), QStringLiteral("--config-dir"), QStringLiteral("--cache-dir"),
              QStringLiteral("--driver"), QStringLiteral("--target"), QStringLiteral("--max-size"),
              QStringLiteral("--stall-time"), QStringLiteral("--node"), QStringLiteral("--parallel") };
    return valued.contains(arg) || ConnectionOptions::valueOptionNames().contains(arg);
}

QString usageError(const QString &command, const QString &message)
{
    return QStringLiteral("glance-cachectl %1: %2\n").arg(command, message);
}

} // namespace

const char *CliCommand::syntax() const
{
    switch (arguments) {
    case Arguments::Ids:
        return "ID...";
    case Arguments::OptionalIds:
        return "[ID...]";
    case Arguments::Config:
        return "show|set KEY VALUE";
    case Arguments::None:
        break;
    }
    return "";
}

CliParser::CliParser(const QVector<CliCommand> &table)
    : m_table(table)
{ }

const CliCommand *CliParser::find(const QString &name) const
{
    const auto it = std::find_if(
        m_table.cbegin(), m_table.cend(), [&name](const CliCommand &c) { return name == QLatin1String(c.name); });
    return it == m_table.cend() ? nullptr : &*it;
}

QString CliParser::commandName(const QStringList &arguments) const
{
    // The first word that is neither an option nor an option's value; QCommandLineParser cannot tell
    // before it knows the command's options.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if (a.startsWith(u'-')) {
            if (takesValue(a))
                ++i;
            continue;
        }
        return a;
    }
    return QString();
}

QString CliParser::generalHelp() const
{
    QString s
        = CacheCtl::tr("Usage: glance-cachectl [global options] COMMAND [command options] [ID...]\n\n"
                       "Inspect and manage a Glance image cache (sqlite, xattr or centralized_db driver) on this node.\n\nCommands:\n");
    for (const CliCommand &c : m_table)
        s += QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -17).arg(CacheCtl::tr(c.summary));
    s += CacheCtl::tr(
        "\nGlobal options:\n"
        "  --config-file FILE  glance-api.conf or glance-cache.conf; repeat, later files override\n"
        "  --config-dir DIR    also read DIR/*.conf, as oslo.config does\n"
        "  --cache-dir DIR     the cache directory itself (instead of a config file)\n"
        "  --driver NAME       sqlite, xattr, centralized_db or auto (detect from the database and the\n"
        "                      directory); default: the configuration's, or detected from its database\n"
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
    s += CacheCtl::tr(
        "Without --node, nodes and matrix read the whole region from Glance's database ([database] connection)\n"
        "when the config's image_cache_driver is centralized_db, or with --from-database; no node is asked.\n");
    return s;
}

CliParser::Outcome CliParser::parse(const QStringList &arguments, CommandLine *line, QString *text) const
{
    QString name = commandName(arguments);
    QStringList args = arguments;
    if (name == QLatin1String("help")) {
        const qsizetype at = args.indexOf(QLatin1String("help"));
        name = args.value(at + 1);
        if (name.isEmpty()) {
            *text = generalHelp();
            return Show;
        }
        // "help COMMAND" is "COMMAND --help".
        args.removeAt(at);
        args.append(QStringLiteral("--help"));
    }
    const bool wantsHelp = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
    if (args.contains(QLatin1String("--version"))) {
        *text = QStringLiteral("glance-cachectl " GCA_VERSION "\n");
        return Show;
    }
    if (name.isEmpty()) {
        *text = generalHelp();
        return wantsHelp ? Show : Usage;
    }
    const CliCommand *command = find(name);
    if (!command) {
        *text = QStringLiteral("glance-cachectl: ") + CacheCtl::tr("unknown command '%1'.").arg(name)
            + QStringLiteral("\n\n") + generalHelp();
        return Usage;
    }
    const bool nodeGiven = std::any_of(args.cbegin(), args.cend(),
        [](const QString &a) { return a == QLatin1String("--node") || a.startsWith(QLatin1String("--node=")); });
    if (!command->remote && nodeGiven) {
        *text = usageError(name,
            CacheCtl::tr("--node works with status, list, queue, delete, clear, prune, clean, nodes "
                         "and matrix; this command works on a local cache only."));
        return Usage;
    }
    return parseCommand(*command, args, line, text);
}

CliParser::Outcome CliParser::parseCommand(
    const CliCommand &command, const QStringList &arguments, CommandLine *line, QString *text) const
{
    const QString name = QLatin1String(command.name);
    const OptionSet options;
    QCommandLineParser parser;
    parser.setApplicationDescription(CacheCtl::tr(command.summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    options.addTo(&parser, command);
    if (!parser.parse(arguments)) {
        *text = usageError(name, parser.errorText());
        return Usage;
    }
    if (parser.isSet(options.help)) {
        QString help = parser.helpText();
        help = help.mid(help.indexOf(u'\n')); // the usage line names argv[0]; write our own
        const QString syntax = syntaxOf(command);
        *text = CacheCtl::tr("Usage: glance-cachectl [options] %1").arg(name)
            + (syntax.isEmpty() ? QString() : u' ' + syntax) + help;
        if (!text->endsWith(u'\n'))
            *text += u'\n';
        return Show;
    }
    CommandLine parsed;
    parsed.command = &command;
    parsed.arguments = parser.positionalArguments();
    parsed.arguments.removeFirst(); // the command
    QString error = checkArguments(command, parsed);
    if (error.isEmpty()) {
        parsed.json = parser.isSet(options.json);
        parsed.yes = parser.isSet(options.yes);
        parsed.location.configFiles = parser.values(options.configFile);
        parsed.location.configDir = parser.value(options.configDir);
        parsed.location.cacheDir = parser.value(options.cacheDir);
        parsed.location.driver = parser.value(options.driver);
        if (parser.isSet(options.driver) && parsed.location.driver != QLatin1String("auto"))
            if (const Expected<QString> valid = CacheLocator::validDriver(parsed.location.driver); !valid)
                error = valid.error(); // a usage error like any other: exit 2
        parsed.remote = command.remote && parser.isSet(options.node);
        parsed.fromDatabase = command.takes(CliCommand::FromDatabase) && parser.isSet(options.fromDatabase);
        if (parsed.remote && parsed.fromDatabase)
            error = CacheCtl::tr("--from-database reads the region from Glance's database and --node asks the nodes "
                                 "themselves: give one of them.");
        if (parsed.remote)
            parsed.nodes = parser.values(options.node);
        if (command.remote || command.takes(CliCommand::Connection))
            parsed.connection = ConnectionOptions::fromParser(parser);
        if (error.isEmpty())
            error = readValues(command, parser, &parsed);
    }
    if (!error.isEmpty()) {
        *text = usageError(name, error);
        return Usage;
    }
    *line = parsed;
    return Run;
}

QString CliParser::checkArguments(const CliCommand &command, const CommandLine &line) const
{
    const QStringList &args = line.arguments;
    switch (command.arguments) {
    case CliCommand::Arguments::Config:
        if ((args.value(0) == QLatin1String("show") && args.size() == 1)
            || (args.value(0) == QLatin1String("set") && args.size() == 3))
            return QString();
        return CacheCtl::tr("use 'config show' or 'config set KEY VALUE'.");
    case CliCommand::Arguments::Ids:
        return args.isEmpty() ? CacheCtl::tr("give at least one image ID.") : QString();
    case CliCommand::Arguments::OptionalIds:
        return QString();
    case CliCommand::Arguments::None:
        break;
    }
    return args.isEmpty() ? QString() : CacheCtl::tr("unexpected argument '%1'.").arg(args.first());
}

QString CliParser::readValues(const CliCommand &command, const QCommandLineParser &parser, CommandLine *line) const
{
    if (command.takes(CliCommand::Target) && parser.isSet(QStringLiteral("target"))) {
        line->target = parser.value(QStringLiteral("target")).toLower();
        if (line->target != QLatin1String("cache") && line->target != QLatin1String("queue"))
            return CacheCtl::tr("--target must be cache or queue (leave it out for both).");
    }
    if (!line->remote && !command.local)
        return CacheCtl::tr("give the glance-api nodes with --node URL.");
    const bool maxSizeSet = command.takes(CliCommand::MaxSize) && parser.isSet(QStringLiteral("max-size"));
    const bool stallTimeSet = command.takes(CliCommand::StallTime) && parser.isSet(QStringLiteral("stall-time"));
    line->dryRun = command.takes(CliCommand::DryRun) && parser.isSet(QStringLiteral("dry-run"));
    if (line->remote && (maxSizeSet || stallTimeSet || line->dryRun))
        return CacheCtl::tr("the cache API prunes and cleans with each node's own settings; --max-size, --stall-time "
                            "and --dry-run work on a local cache only.");
    QString error;
    qint64 bytes = 0;
    if (maxSizeSet) {
        if (!ByteSize::parse(parser.value(QStringLiteral("max-size")), &bytes, &error))
            return error;
        line->maxSize = bytes;
    }
    if (stallTimeSet) {
        // The same words as image_cache_stall_time in a config: 3600, 90s, 30m, 12h, 1d.
        const Expected<QString> seconds =
            OptionDescriptor::find(QStringLiteral("image_cache_stall_time"))->validate(parser.value(QStringLiteral("stall-time")));
        if (!seconds)
            return CacheCtl::tr("--stall-time takes seconds ≥ 0, or a duration such as 30m, 12h or 1d.");
        line->stallTime = seconds->toLongLong();
    }
    if (command.takes(CliCommand::Parallel) && parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        line->parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || *line->parallel < 1 || *line->parallel > 6)
            return CacheCtl::tr("--parallel takes a number from 1 to 6.");
    }
    return QString();
}
