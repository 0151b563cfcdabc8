#pragma once

#include "core/cachelocation.h"

#include <QTextStream>

// What every glance-cachectl command gets: the resolved cache, global flags and the output streams.
struct CliContext
{
    CacheLocation location;
    QString locationNote; // why the default (demo) cache was chosen, when it was
    bool json = false;
    bool yes = false;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    QTextStream *in = nullptr;
    bool interactive = false; // stdin and stdout are terminals

    // Asks question on the terminal; true only for an explicit yes.
    bool confirm(const QString &question) const;
    // Normalised IDs in *normalized; false after naming every malformed one and then nothingDone.
    bool checkIds(const QStringList &ids, QStringList *normalized, const QString &nothingDone) const;
    // True with --yes or a terminal's explicit yes. Without a terminal says refusal; a "no" says cancelled.
    bool confirmOrRefuse(const QString &question, const QString &refusal, const QString &cancelled) const;
};

// Exit codes of glance-cachectl.
enum CliExit { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };
