#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include "core/expected.h"

// Reads configuration files the way oslo.config 9 (Debian 12) does: "[DEFAULT]" is case-sensitive while
// other section names are lower-cased; '#' and ';' start a comment only at the start of a line; an
// indented line continues the previous value; surrounding quotes are dropped; a key may repeat; later
// files override earlier ones. Values are returned raw or with $name substitution.
class OsloConfig
{
    Q_DECLARE_TR_FUNCTIONS(OsloConfig)

public:
    // Parses one file and appends its values after those already read. Fails with a sentence (naming file
    // and line) when the file cannot be read or is not valid oslo.config syntax; nothing is added then.
    Expected<void> addFile(const QString &path);

    // Parses text as if read from a file called origin. Same failure rules as addFile().
    Expected<void> addText(const QString &text, const QString &origin);

    // Adds every "*.conf" of dir in name order, as oslo.config's --config-dir does. Stops at the first file
    // that fails; the files before it stay added.
    Expected<void> addDirectory(const QString &dir);

    // Every value of key in section, in file order; empty when never set.
    QStringList values(const QString &section, const QString &key) const;
    bool contains(const QString &section, const QString &key) const;

    // The last value of key, with $name / ${name} / ${group.name} substituted from this configuration or
    // from defaults; "$$" and "\$" give a literal '$'. A placeholder that names nothing known stays as
    // written and is reported in *unresolved.
    QString value(const QString &section, const QString &key, const QString &fallback = {},
                  QStringList *unresolved = nullptr) const;

    // Values used for $name when the files do not set name.
    void setDefault(const QString &key, const QString &value) { m_defaults.insert(key, value); }

    QStringList files() const { return m_files; }

private:
    QString substitute(const QString &raw, const QString &section, int depth, QStringList *unresolved) const;

    QHash<QString, QHash<QString, QStringList>> m_sections;
    QHash<QString, QString> m_defaults;
    QStringList m_files;
};
