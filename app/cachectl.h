#pragma once

#include <QStringList>

// glance-cachectl's front end: parses global and per-command options, resolves the cache and runs the
// command. Returns the process exit code (0 success, 1 failure, 2 usage).
class CacheCtl
{
public:
    int run(const QStringList &arguments);
};
