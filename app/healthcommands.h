#pragma once

#include "cachelocation.h"
#include "clicontext.h"

#include <QCoreApplication>

// glance-cachectl check: health findings for the cache and its configuration.
// (Placeholder: the health-check work replaces this.)
class HealthCommands
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommands)

public:
    HealthCommands(const CliContext &context, const LocationOptions &options);
    int check();

private:
    const CliContext &m_ctx;
    LocationOptions m_options;
};
