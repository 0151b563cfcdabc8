#include "config/osloconfig.h"

#include "config/oslosyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

bool isIdentifierStart(QChar c)
{
    return c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || c == u'.' || (c >= u'0' && c <= u'9');
}

} // namespace

Expected<void> OsloConfig::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<void>::failure(tr("Cannot read the configuration file %1: %2").arg(path, file.errorString()));
    // oslo.config reads whole files; a config bigger than this is not a config.
    constexpr qint64 maxBytes = 16 * 1024 * 1024;
    if (file.size() > maxBytes)
        return Expected<void>::failure(tr("%1 is too large to be a configuration file.").arg(path));
    const QByteArray data = file.readAll();
    if (data.contains('\0'))
        return Expected<void>::failure(tr("%1 is not a text file.").arg(path));
    return addText(QString::fromUtf8(data), path);
}

Expected<void> OsloConfig::addText(const QString &text, const QString &origin)
{
    QHash<QString, QHash<QString, QStringList>> parsed = m_sections;
    QString section;
    bool haveSection = false;
    QString key;
    QStringList value;
    bool inAssignment = false;
    int lineNo = 0;
    auto fail = [&](const QString &what, const QString &line) {
        return Expected<void>::failure(tr("%1, line %2: %3 (%4)").arg(origin).arg(lineNo).arg(what, line.left(120)));
    };
    auto finish = [&]() {
        if (inAssignment)
            parsed[section][key].append(value.join(u'\n'));
        inAssignment = false;
        value.clear();
    };

    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A trailing empty piece after the last newline is not a line.
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        ++lineNo;
        QString line = lines.at(i);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty()) {
            finish();
            continue;
        }
        if (line.front() == u' ' || line.front() == u'\t') {
            if (!inAssignment)
                return fail(tr("unexpected continuation line"), line);
            value.append(line.trimmed());
            continue;
        }
        finish();
        if (line.front() == u'[') {
            if (!line.endsWith(u']'))
                return fail(tr("invalid section (must end with ])"), line);
            if (line.size() <= 2)
                return fail(tr("empty section name"), line);
            section = OsloSyntax::normalizedSection(line.mid(1, line.size() - 2));
            haveSection = true;
            parsed[section];
            continue;
        }
        if (line.front() == u'#' || line.front() == u';')
            continue;
        const qsizetype colon = line.indexOf(u':');
        const qsizetype equal = line.indexOf(u'=');
        if (colon < 0 && equal < 0)
            return fail(tr("no ':' or '=' found in assignment"), line);
        const qsizetype split = (colon < 0 || (equal >= 0 && equal < colon)) ? equal : colon;
        key = line.left(split).trimmed();
        QString first = line.mid(split + 1).trimmed();
        if (first.size() >= 2 && first.front() == first.back() && (first.front() == u'"' || first.front() == u'\''))
            first = first.mid(1, first.size() - 2);
        else if (first.size() == 1 && (first == u"\"" || first == u"'"))
            first.clear(); // Python's value[1:-1] of a lone quote
        if (key.isEmpty())
            return fail(tr("key cannot be empty"), line);
        if (!haveSection)
            return fail(tr("section must be started before assignment"), line);
        value = QStringList{first};
        inAssignment = true;
    }
    finish();
    m_sections = parsed;
    m_files.append(origin);
    return {};
}

Expected<void> OsloConfig::addDirectory(const QString &dir)
{
    const QDir d(dir);
    if (!d.exists())
        return Expected<void>::failure(tr("The configuration directory %1 does not exist.").arg(dir));
    const QStringList names = d.entryList({QStringLiteral("*.conf")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        if (const Expected<void> added = addFile(d.filePath(name)); !added)
            return added;
    }
    return {};
}

QStringList OsloConfig::values(const QString &section, const QString &key) const
{
    return m_sections.value(OsloSyntax::normalizedSection(section)).value(key);
}

bool OsloConfig::contains(const QString &section, const QString &key) const
{
    return !values(section, key).isEmpty();
}

QString OsloConfig::value(const QString &section, const QString &key, const QString &fallback,
                          QStringList *unresolved) const
{
    const QStringList all = values(section, key);
    if (all.isEmpty())
        return fallback;
    return substitute(all.constLast(), OsloSyntax::normalizedSection(section), 0, unresolved);
}

QString OsloConfig::substitute(const QString &input, const QString &section, int depth, QStringList *unresolved) const
{
    QString raw = input;
    raw.replace(QLatin1String("\\$"), QLatin1String("$$"));
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'$' || i + 1 >= raw.size()) {
            out.append(c);
            continue;
        }
        const QChar next = raw.at(i + 1);
        if (next == u'$') {
            out.append(u'$');
            ++i;
            continue;
        }
        qsizetype start = i + 1;
        qsizetype end = start;
        const bool braced = next == u'{';
        if (braced)
            start = end = i + 2;
        if (end >= raw.size() || !isIdentifierStart(raw.at(end))) {
            out.append(c);
            continue;
        }
        while (end < raw.size() && isIdentifierChar(raw.at(end)))
            ++end;
        if (braced && (end >= raw.size() || raw.at(end) != u'}')) {
            out.append(c);
            continue;
        }
        const QString name = raw.mid(start, end - start);
        const qsizetype after = braced ? end + 1 : end;
        QString group = section;
        QString option = name;
        const qsizetype dot = name.indexOf(u'.');
        if (dot > 0) {
            group = OsloSyntax::normalizedSection(name.left(dot));
            option = name.mid(dot + 1);
        }
        QStringList found = m_sections.value(group).value(option);
        if (found.isEmpty() && group != QLatin1String("DEFAULT"))
            found = m_sections.value(QStringLiteral("DEFAULT")).value(option);
        if (!found.isEmpty() && depth < 16) {
            out.append(substitute(found.constLast(), group, depth + 1, unresolved));
        } else if (m_defaults.contains(option)) {
            out.append(m_defaults.value(option));
        } else {
            if (unresolved)
                unresolved->append(name);
            out.append(raw.mid(i, after - i));
        }
        i = after - 1;
    }
    return out;
}
