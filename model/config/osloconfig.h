#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Reads configuration files the way oslo.config 9 (Debian 12) does: "[DEFAULT]" is case-sensitive while
// other section names are lower-cased; '#' and ';' start a comment only at the start of a line; an
// indented line continues the previous value; surrounding quotes are dropped; a key may repeat; later
// files override earlier ones. Values are returned raw or with $name substitution.
class OsloConfig
{
    Q_DECLARE_TR_FUNCTIONS(OsloConfig)

public:
    // Parses one file and appends its values after those already read. Returns false with a sentence in
    // *error (naming file and line) when the file cannot be read or is not valid oslo.config syntax.
    bool addFile(const QString &path, QString *error);

    // Parses text as if read from a file called origin. Same failure rules as addFile().
    bool addText(const QString &text, const QString &origin, QString *error);

    // Adds every "*.conf" of dir in name order, as oslo.config's --config-dir does.
    bool addDirectory(const QString &dir, QString *error);

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
