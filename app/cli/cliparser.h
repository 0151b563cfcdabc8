#pragma once

#include "clicommand.h"
#include "commandline.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QCommandLineParser;

// Parses glance-cachectl's arguments once, against a command table (CliCommands::table(), or a test's):
// global options, location options, --node and the --os-* options, the command's own options and its
// positional arguments. Pure: reads neither files nor the environment. Any thread.
class CliParser
{
public:
    // Run: *line is complete. Show: *text is for stdout and the exit code is 0 (help, version).
    // Usage: *text is for stderr and the exit code is 2 (the messages end with a newline).
    enum Outcome { Run, Show, Usage };

    explicit CliParser(const QVector<CliCommand> &table);

    Outcome parse(const QStringList &arguments, CommandLine *line, QString *text) const;

    // "Usage: glance-cachectl ...", the commands with their summaries and the global options.
    QString generalHelp() const;

private:
    const CliCommand *find(const QString &name) const;
    QString commandName(const QStringList &arguments) const;
    Outcome parseCommand(
        const CliCommand &command, const QStringList &arguments, CommandLine *line, QString *text) const;
    QString checkArguments(const CliCommand &command, const CommandLine &line) const;
    QString readValues(const CliCommand &command, const QCommandLineParser &parser, CommandLine *line) const;

    const QVector<CliCommand> &m_table;
};
