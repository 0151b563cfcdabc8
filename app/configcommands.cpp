#include "configcommands.h"

ConfigCommands::ConfigCommands(const CliContext &context, const QStringList &configFiles)
    : m_ctx(context)
    , m_files(configFiles)
{
}

int ConfigCommands::show()
{
    *m_ctx.err << "glance-cachectl config: " << tr("not available yet.") << Qt::endl;
    return ExitFailure;
}

int ConfigCommands::set(const QString &, const QString &)
{
    return show();
}
