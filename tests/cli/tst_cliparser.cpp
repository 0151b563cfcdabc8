#include "cliparser.h"

#include <QTest>

// CliParser against a small table shaped like glance-cachectl's: what each command line becomes, and the
// usage errors, without running anything.
class TestCliParser : public QObject
{
    Q_OBJECT
private:
    static int local(const CommandLine &, CliContext &) { return 0; }
    static int remote(const CommandLine &, RemoteCommands &) { return 0; }

    const QVector<CliCommand> m_table = {
        { "status", "Status.", CliCommand::Arguments::None, 0, local, remote },
        { "queue", "Queue.", CliCommand::Arguments::Ids, 0, local, remote },
        { "clear", "Clear.", CliCommand::Arguments::None, CliCommand::Target, local, remote },
        { "prune", "Prune.", CliCommand::Arguments::None, CliCommand::MaxSize | CliCommand::DryRun, local, remote },
        { "clean", "Clean.", CliCommand::Arguments::None, CliCommand::StallTime | CliCommand::DryRun, local, remote },
        { "fetch", "Fetch.", CliCommand::Arguments::OptionalIds, CliCommand::Connection | CliCommand::Parallel, local,
            nullptr },
        { "nodes", "Nodes.", CliCommand::Arguments::None, 0, nullptr, remote },
        { "config", "Config.", CliCommand::Arguments::Config, CliCommand::NoCache, local, nullptr },
    };

    CliParser::Outcome parse(const QString &line, CommandLine *parsed, QString *text) const
    {
        const QStringList args
            = QStringList { QStringLiteral("glance-cachectl") } + line.split(u' ', Qt::SkipEmptyParts);
        return CliParser(m_table).parse(args, parsed, text);
    }

private Q_SLOTS:
    void values()
    {
        CommandLine l;
        QString text;
        QCOMPARE(
            parse(QStringLiteral("--cache-dir /c --json prune --max-size 1K --dry-run"), &l, &text), CliParser::Run);
        QCOMPARE(QLatin1String(l.command->name), QLatin1String("prune"));
        QCOMPARE(l.location.cacheDir, QStringLiteral("/c"));
        QVERIFY(l.json && l.dryRun && !l.remote && !l.yes);
        QCOMPARE(l.maxSize.value_or(-1), 1024);
        QVERIFY(!l.stallTime);

        QCOMPARE(parse(QStringLiteral("--node http://a:9292 --node http://b:9292 clear --target CACHE --yes "
                                      "--os-image-url http://g:9292"),
                     &l, &text),
            CliParser::Run);
        QVERIFY(l.remote && l.yes);
        QCOMPARE(l.nodes, (QStringList { QStringLiteral("http://a:9292"), QStringLiteral("http://b:9292") }));
        QCOMPARE(l.target, QStringLiteral("cache"));
        QCOMPARE(l.connection.imageUrl, QStringLiteral("http://g:9292"));

        QCOMPARE(parse(QStringLiteral("fetch --parallel 3 a b"), &l, &text), CliParser::Run);
        QCOMPARE(l.parallel.value_or(0), 3);
        QCOMPARE(l.arguments, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));

        QCOMPARE(parse(QStringLiteral("clean --stall-time 0"), &l, &text), CliParser::Run);
        QCOMPARE(l.stallTime.value_or(-1), 0);
        QCOMPARE(parse(QStringLiteral("clean --stall-time 4h"), &l, &text), CliParser::Run); // as in a config file
        QCOMPARE(l.stallTime.value_or(-1), 4 * 3600);
        QCOMPARE(parse(QStringLiteral("clean --stall-time 90s"), &l, &text), CliParser::Run);
        QCOMPARE(l.stallTime.value_or(-1), 90);
        QCOMPARE(parse(QStringLiteral("config set image_cache_max_size 1G"), &l, &text), CliParser::Run);
        QCOMPARE(l.arguments.size(), 3);
    }

    void shown_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("start");
        QTest::newRow("no command, --help") << "--help"
                                            << "Usage: glance-cachectl [global options] COMMAND";
        QTest::newRow("help") << "help"
                              << "Usage: glance-cachectl [global options] COMMAND";
        QTest::newRow("version") << "status --version"
                                 << "glance-cachectl " GCA_VERSION "\n";
        QTest::newRow("command help") << "queue --help"
                                      << "Usage: glance-cachectl [options] queue ID...\nQueue.\n";
        QTest::newRow("help command") << "help queue"
                                      << "Usage: glance-cachectl [options] queue ID...\nQueue.\n";
        QTest::newRow("config help") << "config -h"
                                     << "Usage: glance-cachectl [options] config show|set KEY VALUE\n";
    }

    void shown()
    {
        QFETCH(QString, line);
        QFETCH(QString, start);
        CommandLine l;
        QString text;
        QCOMPARE(parse(line, &l, &text), CliParser::Show);
        QVERIFY2(text.startsWith(start), qPrintable(text));
    }

    void usage_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("start");
        QTest::newRow("nothing") << ""
                                 << "Usage: glance-cachectl [global options]";
        QTest::newRow("unknown") << "frobnicate"
                                 << "glance-cachectl: unknown command 'frobnicate'.\n\nUsage:";
        QTest::newRow("unknown option") << "status --bogus"
                                        << "glance-cachectl status: Unknown option 'bogus'.\n";
        QTest::newRow("option of another command") << "queue --target x a"
                                                   << "glance-cachectl queue: Unknown option";
        QTest::newRow("no ids") << "queue"
                                << "glance-cachectl queue: give at least one image ID.\n";
        QTest::newRow("extra") << "status x"
                               << "glance-cachectl status: unexpected argument 'x'.\n";
        QTest::newRow("target") << "clear --target all"
                                << "glance-cachectl clear: --target must be cache or queue";
        QTest::newRow("max size") << "prune --max-size lots"
                                  << "glance-cachectl prune: ";
        QTest::newRow("stall time") << "clean --stall-time -1"
                                    << "glance-cachectl clean: --stall-time takes";
        QTest::newRow("parallel") << "fetch --parallel 7"
                                  << "glance-cachectl fetch: --parallel takes a number";
        QTest::newRow("local only") << "--node http://a fetch"
                                    << "glance-cachectl fetch: --node works with";
        QTest::newRow("remote only") << "nodes"
                                     << "glance-cachectl nodes: give the glance-api nodes with --node";
        QTest::newRow("remote dry run") << "--node http://a prune --dry-run"
                                        << "glance-cachectl prune: the cache API";
        QTest::newRow("config words") << "config set x"
                                      << "glance-cachectl config: use 'config show'";
    }

    void usage()
    {
        QFETCH(QString, line);
        QFETCH(QString, start);
        CommandLine l;
        QString text;
        QCOMPARE(parse(line, &l, &text), CliParser::Usage);
        QVERIFY2(text.startsWith(start), qPrintable(text));
        QVERIFY(text.endsWith(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
