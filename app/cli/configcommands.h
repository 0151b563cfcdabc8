#pragma once

#include "clicontext.h"
#include "config/configdocument.h"
#include "config/osloconfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class OptionDescriptor;
class QJsonArray;

// glance-cachectl config show / config set: the cache options (OptionDescriptor::cacheOptions()) of the
// --config-file files, usually glance-api.conf and glance-cache.conf, which Glance's docs require to agree.
// Works on the files alone: no cache needs to exist. Runs on the CLI's main thread; borrows the context.
class ConfigCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)

public:
    ConfigCommands(const CliContext &context, const QStringList &configFiles);

    // Every cache option: its value in each file (and the file's .conf.d snippets), the value Glance reads
    // with the files given in this order (later files override; $references resolved, with the file's own
    // text beside it where that differs) and where it comes from, disagreements between the files, values
    // Glance would refuse and references it cannot resolve. Exit 0, 1 when a file cannot be read, 2 without
    // files.
    int show();

    // Validates value for key (accepting units such as 20G or 12h; the value is literal, so '$' is written as
    // "$$"), writes it into every --config-file (all or none) and reports old -> new per file (the values
    // Glance reads) and the backups. Exit 0; 2 for an unknown key, an invalid
    // value or no --config-file; 1 when a file cannot be read or written (then no file is changed).
    int set(const QString &key, const QString &value);

private:
    struct Source
    {
        int group; // index of the --config-file this belongs to
        bool snippet; // from <file>.d/*.conf
        ConfigDocument document;
    };

    Expected<void> loadSources();
    QStringList tableHeaders() const;
    // Notes for cache options set under [default], which oslo.config does not read.
    QStringList lowercaseDefaultSections() const;
    void printJson(const QJsonArray &options, const QStringList &notes) const;
    int usage(const QString &command) const;
    int fail(const QString &message) const;
    // The files of one --config-file with its snippets (group >= 0), or of all of them (-1), read as oslo.config
    // reads them, from the documents' current text; without the snippets that set skipSnippetsSetting (to
    // read the value a file itself gives an option).
    OsloConfig readAs(int group, const OptionDescriptor *skipSnippetsSetting = nullptr) const;
    QString effectiveInGroup(const OptionDescriptor &d, int group, bool *set) const;
    QStringList snippetOverrides(const OptionDescriptor &d) const;

    const CliContext &m_ctx;
    QStringList m_files;
    QVector<Source> m_sources;
};
