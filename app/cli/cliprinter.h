#pragma once

#include "clicontext.h"
#include "clirows.h"

#include <QByteArray>

// Prints a command's CliRows the way --json or the text output asks, on the context's streams, and
// returns the command's exit code: ExitFailure when a row failed, after printing every row. Borrows the
// context; the command's thread.
class CliPrinter
{
public:
    explicit CliPrinter(const CliContext &context);

    // --json: {"key": [rows]}. Otherwise the failed rows' lines on stderr, then table (by default the
    // same rows; a command whose table has other rows, one per image rather than per node, passes them).
    int table(const char *key, const CliRows &rows) const { return table(key, rows, rows); }
    int table(const char *key, const CliRows &rows, const CliRows &table) const;
    // --json: {"key": [rows]}. Otherwise every row's line, a failed one on stderr.
    int lines(const char *key, const CliRows &rows) const;

    // The pieces of both, for commands whose JSON document holds more than rows.
    void json(const QByteArray &document) const;
    void lines(const CliRows &rows) const;
    void errors(const CliRows &rows) const; // the failed rows' lines, on stderr
    static int exitCode(const CliRows &rows);

private:
    const CliContext &m_ctx;
};
