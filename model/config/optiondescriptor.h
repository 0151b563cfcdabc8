#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

#include "core/expected.h"

// One Glance cache option as data: where it lives, what it accepts, what it means. The table returned by
// cacheOptions() is the single description the CLI (config show/set) and the GUI's config dialog are
// generated from. Everything here is pure and reentrant: safe on any thread.
//
// What a person types is the value itself, never oslo.config syntax: validate() turns it ("20G", "12h",
// "XATTR", "/srv/cache$x") into the file text that oslo.config reads back as exactly that value
// ("21474836480", "43200", "xattr", "/srv/cache$$x"). The editors never write a "$name" reference; one already
// in a file stays as it is unless the person changes that option's value.
class OptionDescriptor
{
    Q_DECLARE_TR_FUNCTIONS(OptionDescriptor)

public:
    enum class Type {
        Path, // absolute directory path
        Choice, // one of choices(), case-insensitive, written in canonical lower case
        Bytes, // whole bytes; accepts 20G, 1.5TiB, 500M, 10GB; written as a plain integer
        Seconds, // whole seconds; accepts 3600, 90s, 30m, 12h, 1d; written as a plain integer
        String, // free text on one line
        Url, // http(s) URL with a host
    };

    struct Choice
    {
        QString value; // as written to the file; "" for "none" (leave unset)
        const char *summary; // untranslated; use choiceSummary()
    };

    // The cache options of glance-api.conf / glance-cache.conf and [paste_deploy] flavor, in the order a
    // dialog should show them. The table lives for the whole program.
    static const QVector<OptionDescriptor> &cacheOptions();

    // The descriptor for "key", "section.key" or "[section] key"; nullptr when this tool does not manage it.
    static const OptionDescriptor *find(const QString &key);

    // "'foo' is not ... known options: ..." for a key find() refused.
    static QString unknownKeyError(const QString &key);

    // Sentences for option combinations Glance would reject or that do nothing, given the effective value
    // (file text, or the default) of each option by key. Empty when the combination is fine.
    static QStringList combinationProblems(const std::function<QString(const QString &key)> &effective);
    // Values Glance accepts that probably do not say what the operator meant (a max size of 0, which makes the
    // pruner delete everything; a stall time of 0 or of months): warnings, not refusals.
    static QStringList valueWarnings(const std::function<QString(const QString &key)> &effective);

    QString key() const { return m_key; }
    QString section() const { return m_section; } // "DEFAULT" or "paste_deploy"
    QString displayName() const; // "image_cache_dir", "[paste_deploy] flavor"
    Type type() const { return m_type; }
    QString typeName() const; // "path", "choice", "bytes", ... (stable, for JSON)
    bool hasDefault() const { return m_hasDefault; }
    QString defaultValue() const { return m_default; } // file text oslo.config uses when unset
    qint64 minimum() const { return m_minimum; } // Bytes and Seconds
    const QVector<Choice> &choices() const { return m_choices; }
    QString label() const; // short translated title for a form row
    QString help() const; // translated paragraph for a tooltip / --help
    static QString choiceSummary(const Choice &choice); // translated one-line meaning of a choice

    // Checks what a person typed. Returns the file text to write ('$' escaped), or fails with one sentence
    // saying what is wrong and why. Surrounding blanks and one pair of quotes are removed as oslo.config would
    // remove them.
    Expected<QString> validate(const QString &input) const;

    // Whether file text already in a config file is a value Glance accepts (oslo.config's own checks:
    // IntOpt(min=0) takes no units, choices ignore case). Returns false with the reason in *why.
    bool acceptsFileText(const QString &text, QString *why) const;

private:
    OptionDescriptor(const char *key, const char *section, Type type, const char *defaultValue, bool hasDefault,
        const char *label, const char *help, QVector<Choice> choices = {});

    bool validateText(const QString &value, QString *error) const;

    QString m_key;
    QString m_section;
    Type m_type;
    QString m_default;
    bool m_hasDefault;
    qint64 m_minimum = 0;
    const char *m_label;
    const char *m_help;
    QVector<Choice> m_choices;
};
