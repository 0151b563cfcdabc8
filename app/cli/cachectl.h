#pragma once

#include <QCoreApplication>
#include <QStringList>

// glance-cachectl's front end: parses global and per-command options, resolves the cache and runs the
// command. Returns the process exit code (0 success, 1 failure, 2 usage).
class CacheCtl
{
    Q_DECLARE_TR_FUNCTIONS(CacheCtl)

public:
    int run(const QStringList &arguments);
};
