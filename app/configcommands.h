#pragma once

#include "clicontext.h"

#include <QCoreApplication>
#include <QStringList>

// glance-cachectl config show / config set: the cache options of glance-api.conf / glance-cache.conf.
// (Placeholder: the config-editing work replaces this.)
class ConfigCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)

public:
    ConfigCommands(const CliContext &context, const QStringList &configFiles);
    int show();
    int set(const QString &key, const QString &value);

private:
    const CliContext &m_ctx;
    QStringList m_files;
};
