#pragma once

#include "core/cachelocation.h"
#include "clicontext.h"
#include "cache/healthcheck.h"

#include <QCoreApplication>

// glance-cachectl check: runs HealthCheck on the resolved cache and prints its findings, grouped by
// severity (or as JSON). The exit code is HealthCheck::exitCode(): 0 clean, 1 warnings, 2 errors.
class HealthCommands
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommands)

public:
    // context.location is already resolved; options carries the raw --config-file list and --config-dir,
    // which the check reads itself (glance-api.conf and glance-cache.conf are compared file by file).
    HealthCommands(const CliContext &context, const LocationOptions &options);
    int check();

private:
    void printText(const QVector<HealthFinding> &findings) const;
    void printJson(const QVector<HealthFinding> &findings) const;

    const CliContext &m_ctx;
    LocationOptions m_options;
};
