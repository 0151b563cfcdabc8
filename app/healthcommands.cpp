#include "healthcommands.h"

HealthCommands::HealthCommands(const CliContext &context, const LocationOptions &options)
    : m_ctx(context)
    , m_options(options)
{
}

int HealthCommands::check()
{
    *m_ctx.err << "glance-cachectl check: " << tr("not available yet.") << Qt::endl;
    return 2;
}
