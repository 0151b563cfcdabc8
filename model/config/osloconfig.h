#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/expected.h"

// Reads configuration files the way oslo.config 9 (Debian 12) does: "[DEFAULT]" is case-sensitive while
// other section names are lower-cased; '#' and ';' start a comment only at the start of a line; an
// indented line continues the previous value; surrounding quotes are dropped; a key may repeat; later
// files override earlier ones. Values are returned raw (values()) or as the program reads them (resolved()).
//
// resolved() is the one place "$name" is interpreted (the cache locator, the CLI, the dialogs and the health
// check all read through it), with oslo.config's exact rules (cfg.ConfigOpts._substitute, string.Template):
//   - "$$" is a literal '$', and so is "\$" (oslo.config turns "\$" into "$$" first);
//   - "$name" / "${name}" with name = [_a-zA-Z][._a-zA-Z0-9]* (plus the four non-ASCII letters Python's
//     case-insensitive [a-z] matches) refers to an option *registered* by the program, not to any key in the
//     file: first name in the referring option's own group, then, only if that group has no such option
//     registered, name in [DEFAULT]; "group.name" (a dot anywhere, so "$a.b" too) names another group;
//   - a registered option inserts str() of its typed value: its file value (itself substituted in its own
//     group) or its default, "" when it has neither; 10_0 as an int inserts 100, yes as a bool True;
//   - a name no registered option answers to, a group reference, or a reference loop is an error: glance-api
//     would stop at start-up, so resolved() fails with a sentence (option, file and line, the name);
//   - '$' before anything else ("$5", "${", "$-", a final '$') stays a literal '$'.
// The registered options are Glance's (GlanceOptions) plus any given to registerOption().
// A plain value; not for concurrent use, but reading a const instance from several threads is safe.
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

    // Every raw value of key in section, in file order; empty when never set.
    QStringList values(const QString &section, const QString &key) const;
    bool contains(const QString &section, const QString &key) const;
    // The raw text of the last assignment (quotes dropped, no substitution); "" when unset.
    QString raw(const QString &section, const QString &key) const;
    // "glance-api.conf, line 12" for the last assignment of key; "" when unset.
    QString where(const QString &section, const QString &key) const;

    // The value the program reads for key in section, substituted as described above: the last
    // assignment's text, or fallback (taken literally) when unset. Fails with one sentence naming the option,
    // the file and line and the reference that cannot be resolved.
    Expected<QString> resolved(const QString &section, const QString &key, const QString &fallback = {}) const;

    // resolved(), for callers that carry on: on failure returns the raw text and appends the sentence to
    // *problems.
    QString value(const QString &section, const QString &key, const QString &fallback = {},
                  QStringList *problems = nullptr) const;

    // Registers one more option a reference may name (the program reading the files registers more than
    // Glance: a test oracle, another service). defaultText is str() of its default; a null QString for none.
    void registerOption(const QString &group, const QString &name, const QString &defaultText = QString());

    QStringList files() const { return m_files; }

private:
    struct Assigned
    {
        QString text;
        QString file;
        int line;
    };
    struct Lookup; // osloresolve.cpp

    // osloresolve.cpp: the substitution and the typed value a reference inserts.
    Expected<QString> substitute(const QString &raw, const QString &group, const Assigned &origin,
                                 const QString &optionName, int depth) const;
    Expected<QString> referenced(const QString &group, const QString &name, const Assigned &origin,
                                 const QString &optionName, int depth) const;
    const QVector<Assigned> *assigned(const QString &section, const QString &key) const;

    QHash<QString, QHash<QString, QVector<Assigned>>> m_sections;
    QHash<QString, QString> m_registered; // "group\nname" -> default text (null: none)
    QStringList m_files;
};
