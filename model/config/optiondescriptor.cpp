#include "config/optiondescriptor.h"

#include "config/oslosyntax.h"
#include "core/bytesize.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include <limits>

namespace {

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'';
}

// oslo.config drops one pair of matching quotes around a value; "x" and 'x' both mean x.
bool isQuotedByOslo(const QString &text)
{
    return !text.isEmpty() && text.front() == text.back() && isQuote(text.front());
}

// A character that would end the line for Python's universal-newline reading, or that a person cannot
// see in a config file.
bool breaksLine(QChar c)
{
    return c.category() == QChar::Other_Control || c == u'\u2028' || c == u'\u2029' || c == u'\u0085';
}

bool parseSeconds(const QString &text, qint64 *seconds)
{
    static const QRegularExpression re(
        QStringLiteral("^([0-9]+)\\s*([a-z]*)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString unit = m.captured(2).toLower();
    qint64 factor = 0;
    if (unit.isEmpty() || unit == QLatin1String("s") || unit == QLatin1String("sec"))
        factor = 1;
    else if (unit == QLatin1String("m") || unit == QLatin1String("min"))
        factor = 60;
    else if (unit == QLatin1String("h"))
        factor = 3600;
    else if (unit == QLatin1String("d"))
        factor = 86400;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!factor || !ok || n > std::numeric_limits<qint64>::max() / factor)
        return false;
    *seconds = n * factor;
    return true;
}

// What Python's int() accepts after oslo.config stripped the value: a sign, digits, single underscores.
bool parsePythonInt(const QString &text, qint64 *value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[+-]?[0-9]+(_[0-9]+)*\\s*$"));
    if (!re.match(text).hasMatch())
        return false;
    bool ok = false;
    *value = QString(text).remove(u'_').trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

OptionDescriptor::OptionDescriptor(const char *key, const char *section, Type type, const char *defaultValue,
    bool hasDefault, const char *label, const char *help, QVector<Choice> choices)
    : m_key(QLatin1String(key))
    , m_section(QLatin1String(section))
    , m_type(type)
    , m_default(QLatin1String(defaultValue))
    , m_hasDefault(hasDefault)
    , m_label(label)
    , m_help(help)
    , m_choices(std::move(choices))
{ }

const QVector<OptionDescriptor> &OptionDescriptor::cacheOptions()
{
    static const QVector<OptionDescriptor> table = {
        { "image_cache_dir", "DEFAULT", Type::Path, "", false, QT_TR_NOOP("Cache directory"),
            QT_TR_NOOP("Base directory of the image cache (absolute path). Caching and the cache API are off "
                       "while it is unset. glance-api.conf and glance-cache.conf must name the same directory.") },
        { "image_cache_driver", "DEFAULT", Type::Choice, "sqlite", true, QT_TR_NOOP("Cache driver"),
            QT_TR_NOOP("Where the cache keeps its records of hits and access times."),
            { { QStringLiteral("sqlite"),
                  QT_TR_NOOP("sqlite: a SQLite database in the cache directory (the default up to Glance "
                             "2023.2; works on any file system).") },
                { QStringLiteral("xattr"),
                    QT_TR_NOOP("xattr: extended attributes on each cached file; the file system "
                               "must be mounted with user_xattr and record access times "
                               "(relatime or strictatime, not noatime).") },
                { QStringLiteral("centralized_db"),
                    QT_TR_NOOP("centralized_db: records in Glance's main database, shared by all nodes; the default "
                               "from Glance 2024.1 (Caracal), unknown before, and each node needs "
                               "worker_self_reference_url.") } } },
        { "image_cache_max_size", "DEFAULT", Type::Bytes, "10737418240", true, QT_TR_NOOP("Maximum cache size"),
            QT_TR_NOOP("Size above which glance-cache-pruner deletes the least recently used images. Glance reads "
                       "whole bytes only (10G is refused there), so sizes such as 20G, 1.5TiB or 500M are written "
                       "as bytes. K, M, G, T and KiB... are 1024-based; KB, MB, GB, TB are 1000-based.") },
        { "image_cache_stall_time", "DEFAULT", Type::Seconds, "86400", true, QT_TR_NOOP("Stall time"),
            QT_TR_NOOP("Age after which glance-cache-cleaner deletes an incomplete download. Glance reads whole "
                       "seconds only, so durations such as 12h, 30m, 1d or 90s are written as seconds.") },
        { "image_cache_sqlite_db", "DEFAULT", Type::String, "cache.db", true, QT_TR_NOOP("SQLite database file"),
            QT_TR_NOOP("File name of the sqlite driver's database, relative to the cache directory unless absolute.") },
        { "worker_self_reference_url", "DEFAULT", Type::Url, "", false, QT_TR_NOOP("This node's URL"),
            QT_TR_NOOP("URL by which other Glance workers reach this one (http or https, with a host). Required "
                       "when image_cache_driver is centralized_db, which uses it as the node's identity.") },
        { "flavor", "paste_deploy", Type::Choice, "", false, QT_TR_NOOP("Pipeline flavor"),
            QT_TR_NOOP("[paste_deploy] flavor picks the glance-api pipeline in glance-api-paste.ini. Only the "
                       "flavors with 'caching' or 'cachemanagement' put the cache filter in the pipeline, so only "
                       "they cache downloaded images; this option is read by glance-api alone."),
            { { QString(), QT_TR_NOOP("none: no authentication and no cache filter (not for production).") },
                { QStringLiteral("keystone"), QT_TR_NOOP("keystone: Keystone authentication; images are not cached.") },
                { QStringLiteral("caching"), QT_TR_NOOP("caching: cache filter, no authentication.") },
                { QStringLiteral("cachemanagement"),
                    QT_TR_NOOP(
                        "cachemanagement: cache filter and the legacy cache management routes, no authentication.") },
                { QStringLiteral("keystone+caching"),
                    QT_TR_NOOP("keystone+caching: Keystone authentication and the "
                               "cache filter (the usual choice for caching).") },
                { QStringLiteral("keystone+cachemanagement"),
                    QT_TR_NOOP(
                        "keystone+cachemanagement: Keystone authentication, the cache filter and the legacy cache "
                        "management routes.") } } },
    };
    return table;
}

const OptionDescriptor *OptionDescriptor::find(const QString &key)
{
    static const QRegularExpression qualified(QStringLiteral("^\\s*(?:\\[([^\\]]+)\\]\\s*|([^.\\s]+)\\.)(\\S+)\\s*$"));
    QString section;
    QString name = key.trimmed();
    const QRegularExpressionMatch m = qualified.match(key);
    if (m.hasMatch()) {
        section = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1).trimmed();
        name = m.captured(3);
    }
    for (const OptionDescriptor &d : cacheOptions()) {
        const bool sectionMatches = section.isEmpty() || section == d.m_section
            || (d.m_section != QLatin1String("DEFAULT") && section.toLower() == d.m_section);
        if (d.m_key == name && sectionMatches)
            return &d;
    }
    return nullptr;
}

QString OptionDescriptor::unknownKeyError(const QString &key)
{
    QStringList names;
    for (const OptionDescriptor &d : cacheOptions())
        names.append(d.displayName());
    return tr("'%1' is not a cache option this tool manages (option names are case-sensitive, as in "
              "oslo.config). Known options: %2.")
        .arg(key, names.join(QLatin1String(", ")));
}

QStringList OptionDescriptor::combinationProblems(const std::function<QString(const QString &)> &effective)
{
    QStringList problems;
    const QString driver = effective(QStringLiteral("image_cache_driver")).trimmed().toLower();
    if (driver == QLatin1String("centralized_db") && effective(QStringLiteral("worker_self_reference_url")).isEmpty())
        problems.append(tr("image_cache_driver is centralized_db but worker_self_reference_url is not set; Glance "
                           "refuses to start without this node's URL."));
    const QString flavor = effective(QStringLiteral("flavor"));
    if (flavor.contains(QLatin1String("caching")) || flavor.contains(QLatin1String("cachemanagement"))) {
        if (effective(QStringLiteral("image_cache_dir")).isEmpty())
            problems.append(
                tr("[paste_deploy] flavor %1 enables the cache filter but image_cache_dir is not set.").arg(flavor));
    }
    return problems;
}

QStringList OptionDescriptor::valueWarnings(const std::function<QString(const QString &)> &effective)
{
    QStringList warnings;
    qint64 maxSize = -1;
    QString ignored;
    const QString size = effective(QStringLiteral("image_cache_max_size")).trimmed();
    if (!size.isEmpty() && ByteSize::parse(size, &maxSize, &ignored) && maxSize == 0)
        warnings.append(tr("image_cache_max_size is 0: the next prune deletes every cached image, and every image "
                           "glance-api caches afterwards goes at the prune after that."));
    bool ok = false;
    const qint64 stall = effective(QStringLiteral("image_cache_stall_time")).trimmed().toLongLong(&ok);
    constexpr qint64 month = 30 * 86400;
    if (ok && stall == 0)
        warnings.append(tr("image_cache_stall_time is 0: the cleaner deletes every incomplete download, even one "
                           "being written at that moment."));
    else if (ok && stall > month)
        warnings.append(tr("image_cache_stall_time is %Ln day(s): a download that stalled keeps its partial file, and "
                           "blocks caching that image, that long.", nullptr, int(stall / 86400)));
    return warnings;
}

QString OptionDescriptor::displayName() const
{
    return m_section == QLatin1String("DEFAULT") ? m_key : QStringLiteral("[%1] %2").arg(m_section, m_key);
}

QString OptionDescriptor::typeName() const
{
    switch (m_type) {
    case Type::Path:
        return QStringLiteral("path");
    case Type::Choice:
        return QStringLiteral("choice");
    case Type::Bytes:
        return QStringLiteral("bytes");
    case Type::Seconds:
        return QStringLiteral("seconds");
    case Type::String:
        return QStringLiteral("string");
    case Type::Url:
        return QStringLiteral("url");
    }
    return {};
}

QString OptionDescriptor::label() const
{
    return tr(m_label);
}

QString OptionDescriptor::help() const
{
    QString text = tr(m_help);
    for (const Choice &c : m_choices)
        text += u'\n' + choiceSummary(c);
    return text;
}

QString OptionDescriptor::choiceSummary(const Choice &choice)
{
    return tr(choice.summary);
}

// Long on purpose: one case per option type, each with oslo.config's rule for it, side by side.
Expected<QString> OptionDescriptor::validate(const QString &input) const
{
    using Result = Expected<QString>;
    QString text = input.trimmed();
    if (text.size() >= 2 && isQuotedByOslo(text))
        text = text.mid(1, text.size() - 2).trimmed();
    if (QString error; !validateText(text, &error))
        return Result::failure(error);

    const QString name = displayName();
    switch (m_type) {
    case Type::Choice: {
        for (const Choice &c : m_choices) {
            const bool none = c.value.isEmpty() && text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
            if (none || text.compare(c.value, Qt::CaseInsensitive) == 0)
                return c.value;
        }
        QStringList names;
        for (const Choice &c : m_choices)
            names.append(c.value.isEmpty() ? QStringLiteral("none") : c.value);
        return Result::failure(
            tr("'%1' is not a valid %2; choose one of: %3.").arg(text, name, names.join(QLatin1String(", "))));
    }
    case Type::Bytes: {
        qint64 bytes = 0;
        QString why;
        if (!ByteSize::parse(text, &bytes, &why))
            return Result::failure(tr("%1: %2").arg(name, why));
        return QString::number(bytes);
    }
    case Type::Seconds: {
        qint64 seconds = 0;
        if (!parseSeconds(text, &seconds))
            return Result::failure(tr("'%1' is not a duration for %2: give whole seconds, or a number with s, m, h "
                                      "or d (for example 86400, 12h or 30m).")
                                       .arg(text, name));
        return QString::number(seconds);
    }
    case Type::Path:
        if (!text.startsWith(u'/')) {
            QString error = tr("'%1' is not an absolute path; %2 must start with '/' so that glance-api and the "
                               "cache tools, which run from different directories, find the same place.")
                                .arg(text, name);
            if (text.startsWith(u'$'))
                error += u' ' + tr("Values are written exactly as typed ('$' as '$$'), never as a reference to "
                                   "another option; type the directory itself.");
            return Result::failure(error);
        }
        return OsloSyntax::escapedDollars(QDir::cleanPath(text));
    case Type::Url: {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty())
            return Result::failure(tr("'%1' is not an http:// or https:// URL with a host name (for example "
                                      "https://glance-1.example.org:9292).")
                                       .arg(text));
        return OsloSyntax::escapedDollars(text);
    }
    case Type::String:
        if (text.endsWith(u'/'))
            return Result::failure(tr("'%1' ends with '/': %2 names a file, not a directory.").arg(text, name));
        // A value that still looks quoted would lose its quotes when read: wrap it so they survive.
        return isQuotedByOslo(text) ? u'"' + OsloSyntax::escapedDollars(text) + u'"' : OsloSyntax::escapedDollars(text);
    }
    return Result::failure(QString()); // not reached: every type is handled above
}

bool OptionDescriptor::validateText(const QString &text, QString *error) const
{
    const QString name = displayName();
    for (const QChar c : text) {
        if (breaksLine(c)) {
            *error = tr("The value for %1 contains a line break or control character; a value must stay on one "
                        "line, because oslo.config would read what follows as another option or as an indented "
                        "continuation of this one.")
                         .arg(name);
            return false;
        }
    }
    if (text.isEmpty() && !(m_type == Type::Choice && m_choices.constFirst().value.isEmpty())) {
        *error
            = tr("%1 needs a value; to go back to Glance's default, remove the line from the file instead.").arg(name);
        return false;
    }
    if (text.startsWith(u'#') || text.startsWith(u';')) {
        *error = tr("'%1' starts with '%2', which oslo.config treats as a comment only at the start of a line: "
                    "after '=' it would become the value of %3 itself.")
                     .arg(text, text.left(1), name);
        return false;
    }
    static const QRegularExpression inlineComment(QStringLiteral("\\s[#;]"));
    const QRegularExpressionMatch m = inlineComment.match(text);
    if (m.hasMatch()) {
        *error = tr("'%1' contains '%2...': oslo.config has no end-of-line comments, so that text would become "
                    "part of the value of %3. Leave the comment out.")
                     .arg(text, text.mid(m.capturedStart()).left(12).trimmed(), name);
        return false;
    }
    return true;
}

bool OptionDescriptor::acceptsFileText(const QString &text, QString *why) const
{
    switch (m_type) {
    case Type::Bytes:
    case Type::Seconds: {
        qint64 v = 0;
        if (parsePythonInt(text, &v) && v >= m_minimum)
            return true;
        *why = tr("%1 = %2 is not a whole number ≥ %3 (oslo.config takes no units here); Glance would refuse "
                  "to start.")
                   .arg(displayName(), text)
                   .arg(m_minimum);
        return false;
    }
    case Type::Choice:
        for (const Choice &c : m_choices) {
            if (text.trimmed().compare(c.value, Qt::CaseInsensitive) == 0)
                return true;
        }
        *why = tr("%1 = %2 is not one of the values this option takes.").arg(displayName(), text);
        return false;
    case Type::Path:
    case Type::String:
    case Type::Url:
        return true;
    }
    return true;
}
