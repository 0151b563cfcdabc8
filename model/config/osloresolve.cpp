// The reading half of OsloConfig: "$name" substitution exactly as oslo.config 9 does it (see osloconfig.h), and
// the text a reference inserts for each option type (str() of oslo.config's typed value).
#include "config/osloconfig.h"

#include "config/glanceoptions.h"
#include "config/oslosyntax.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// A chain of references deeper than this is a loop: Python would recurse until RecursionError.
constexpr int maxDepth = 32;

// string.Template's idpattern [_a-z][._a-z0-9]* compiled with re.IGNORECASE (not re.ASCII): the ASCII
// letters, and the four non-ASCII letters Python's case folding maps onto them.
bool isIdentifierStart(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'_' || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == 0x130 || u == 0x131
        || u == 0x17f || u == 0x212a;
}

bool isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || c == u'.' || (c >= u'0' && c <= u'9');
}

// Python's repr() of a str, as str(list) shows each item.
QString pythonRepr(const QString &s)
{
    const QChar quote = s.contains(u'\'') && !s.contains(u'"') ? u'"' : u'\'';
    QString out(quote);
    for (const QChar c : s) {
        if (c == u'\\' || c == quote)
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else
            out += c;
    }
    return out + quote;
}

// oslo.config's List(String()) of text: stripped, a trailing ',' dropped, split at ',', items stripped.
QStringList listItems(const QString &text)
{
    QString s = OsloSyntax::strip(text);
    while (s.endsWith(u','))
        s.chop(1);
    QStringList items;
    if (s.isEmpty())
        return items;
    for (const QString &item : s.split(u','))
        items.append(OsloSyntax::strip(item));
    return items;
}

QString pythonList(const QStringList &items)
{
    QStringList shown;
    for (const QString &i : items)
        shown.append(pythonRepr(i));
    return u'[' + shown.join(QLatin1String(", ")) + u']';
}

// What Python's int() accepts: blanks around, a sign, digits with single underscores between them.
bool pythonInt(const QString &text, QString *out)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+(_[0-9]+)*$"));
    const QString s = OsloSyntax::strip(text);
    if (!re.match(s).hasMatch())
        return false;
    QString digits = QString(s).remove(u'_');
    const bool negative = digits.startsWith(u'-');
    if (digits.startsWith(u'+') || negative)
        digits.remove(0, 1);
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    *out = (negative && digits != QLatin1String("0") ? QStringLiteral("-") : QString()) + digits;
    return true;
}

} // namespace

// str() of the typed value of one option whose (substituted) file texts are values: the text a reference to
// it inserts. Fails with the reason oslo.config would give when the text is not of the option's type.
static Expected<QString> typedText(GlanceOptions::Kind kind, const QStringList &values)
{
    using Kind = GlanceOptions::Kind;
    const QString text = values.constLast();
    switch (kind) {
    case Kind::Str:
        return text;
    case Kind::Int: {
        if (OsloSyntax::strip(text).isEmpty())
            return QString(); // None
        QString n;
        if (!pythonInt(text, &n))
            return Expected<QString>::failure(OsloConfig::tr("'%1' is not a whole number").arg(text));
        return n;
    }
    case Kind::Float: {
        bool ok = false;
        const double d = OsloSyntax::strip(text).toDouble(&ok);
        if (OsloSyntax::strip(text).isEmpty())
            return QString();
        if (!ok)
            return Expected<QString>::failure(OsloConfig::tr("'%1' is not a number").arg(text));
        QString shown = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (!shown.contains(u'.') && !shown.contains(u'e'))
            shown += QLatin1String(".0"); // Python's repr of a whole float
        return shown;
    }
    case Kind::Bool: {
        const QString s = text.toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("on") || s == QLatin1String("yes"))
            return QStringLiteral("True");
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("off") || s == QLatin1String("no"))
            return QStringLiteral("False");
        return Expected<QString>::failure(OsloConfig::tr("'%1' is not a boolean (true/false, yes/no, on/off, 1/0)").arg(text));
    }
    case Kind::List:
        return pythonList(listItems(text));
    case Kind::BracketList: {
        QString s = OsloSyntax::strip(text);
        while (s.endsWith(u','))
            s.chop(1);
        if (!s.startsWith(u'[') || !s.endsWith(u']') || s.size() < 2)
            return Expected<QString>::failure(OsloConfig::tr("'%1' is not a list in brackets ([a, b])").arg(text));
        return pythonList(listItems(s.mid(1, s.size() - 2)));
    }
    case Kind::Multi:
        return pythonList(values);
    case Kind::Dict: {
        QStringList pairs;
        for (const QString &item : listItems(text)) {
            const qsizetype colon = item.indexOf(u':');
            if (colon < 0)
                return Expected<QString>::failure(OsloConfig::tr("'%1' is not a list of key:value pairs").arg(text));
            pairs.append(pythonRepr(OsloSyntax::strip(item.left(colon))) + QLatin1String(": ")
                         + pythonRepr(OsloSyntax::strip(item.mid(colon + 1))));
        }
        return u'{' + pairs.join(QLatin1String(", ")) + u'}';
    }
    }
    return text;
}

Expected<QString> OsloConfig::resolved(const QString &section, const QString &key, const QString &fallback) const
{
    const QVector<Assigned> *a = assigned(section, key);
    if (!a)
        return fallback;
    const QString group = OsloSyntax::normalizedSection(section);
    const QString name = group == QLatin1String("DEFAULT") ? key : QStringLiteral("[%1] %2").arg(group, key);
    return substitute(a->constLast().text, group, a->constLast(), name, 0);
}

QString OsloConfig::value(const QString &section, const QString &key, const QString &fallback,
                          QStringList *problems) const
{
    const Expected<QString> r = resolved(section, key, fallback);
    if (r)
        return *r;
    if (problems)
        problems->append(r.error());
    return raw(section, key);
}

Expected<QString> OsloConfig::substitute(const QString &input, const QString &group, const Assigned &origin,
                                         const QString &optionName, int depth) const
{
    QString text = input;
    text.replace(QLatin1String("\\$"), QLatin1String("$$")); // oslo.config's own first step
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'$' || i + 1 >= text.size()) {
            out.append(c);
            continue;
        }
        if (text.at(i + 1) == u'$') {
            out.append(u'$');
            ++i;
            continue;
        }
        const bool braced = text.at(i + 1) == u'{';
        const qsizetype start = braced ? i + 2 : i + 1;
        qsizetype end = start;
        if (end < text.size() && isIdentifierStart(text.at(end))) {
            ++end;
            while (end < text.size() && isIdentifierChar(text.at(end)))
                ++end;
        }
        // Not "$name" nor "${name}": string.Template's "invalid" case leaves the '$' as it is.
        if (end == start || (braced && (end >= text.size() || text.at(end) != u'}'))) {
            out.append(c);
            continue;
        }
        const Expected<QString> inserted = referenced(group, text.mid(start, end - start), origin, optionName, depth);
        if (!inserted)
            return inserted;
        out.append(*inserted);
        i = braced ? end : end - 1;
    }
    return out;
}

Expected<QString> OsloConfig::referenced(const QString &group, const QString &name, const Assigned &origin,
                                         const QString &optionName, int depth) const
{
    const QString at = tr("%1 (%2, line %3)").arg(optionName, origin.file).arg(origin.line);
    auto fail = [](const QString &sentence) { return Expected<QString>::failure(sentence); };
    if (depth >= maxDepth)
        return fail(tr("%1: $%2 leads back to itself through its references; oslo.config would recurse without "
                       "end and Glance would not start. Write $$ for a literal '$'.").arg(at, name));
    // StrSubWrapper: "g.o" is option o of group g; a bare name is looked for in the referring option's group
    // first, and in [DEFAULT] only when that group has no such option registered.
    const QString def = QStringLiteral("DEFAULT");
    QString targetGroup = group;
    QString option = name;
    if (const qsizetype dot = name.indexOf(u'.'); dot >= 0) {
        targetGroup = name.left(dot);
        option = name.mid(dot + 1);
    }
    const auto registered = [this](const QString &g, const QString &o, GlanceOptions::Kind *kind, QString *def) {
        const auto extra = m_registered.constFind(g + u'\n' + o);
        if (extra != m_registered.cend()) {
            *kind = GlanceOptions::Kind::Str;
            *def = *extra;
            return true;
        }
        const GlanceOptions::Option *known = GlanceOptions::find(g, o);
        if (!known)
            return false;
        *kind = known->kind;
        *def = known->defaultText ? QString::fromUtf8(known->defaultText) : QString();
        return true;
    };
    GlanceOptions::Kind kind = GlanceOptions::Kind::Str;
    QString defaultText;
    // "${DEFAULT.x}" names a group called DEFAULT, which no program registers: the default group has no name.
    const bool dotted = targetGroup != group || option != name;
    if ((dotted && targetGroup == def) || !registered(targetGroup, option, &kind, &defaultText)) {
        targetGroup = def;
        option = name; // the fallback looks the whole name up in [DEFAULT], dot and all
        if (!registered(def, name, &kind, &defaultText)) {
            const QString tried = name.contains(u'.')
                ? tr("[%1] %2").arg(name.left(name.indexOf(u'.')), name.mid(name.indexOf(u'.') + 1))
                : (group == def ? name : tr("[%1] %2 nor %2 in [DEFAULT]").arg(group, name));
            return fail(tr("%1: $%2 cannot be resolved: Glance has no option %3, so oslo.config stops with 'no such "
                           "option' and Glance would not start. Write $$ for a literal '$'.").arg(at, name, tried));
        }
    }
    const QVector<Assigned> *a = assigned(targetGroup, option);
    if (!a)
        return defaultText; // its default (str() of it), or "" for an option without one
    QStringList substituted;
    for (const Assigned &one : *a) {
        if (kind != GlanceOptions::Kind::Multi && &one != &a->constLast())
            continue;
        const QString refName = targetGroup == def ? option : QStringLiteral("[%1] %2").arg(targetGroup, option);
        const Expected<QString> s = substitute(one.text, targetGroup, one, refName, depth + 1);
        if (!s)
            return s;
        substituted.append(*s);
    }
    const Expected<QString> typed = typedText(kind, substituted);
    if (!typed)
        return fail(tr("%1: $%2 refers to an option whose value cannot be read: %3 (%4).")
                        .arg(at, name, typed.error(), where(targetGroup, option)));
    return typed;
}
