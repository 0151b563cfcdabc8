#include "config/osloconfig.h"

#include "config/oslosyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>


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
    QHash<QString, QHash<QString, QVector<Assigned>>> parsed = m_sections;
    QString section;
    bool haveSection = false;
    QString key;
    QStringList value;
    bool inAssignment = false;
    int lineNo = 0;
    int keyLine = 0;
    // The line's text stays out: under sudo, --config-file /etc/shadow would print a password hash.
    auto fail = [&](const QString &what, const QString &) {
        return Expected<void>::failure(tr("%1, line %2: %3.").arg(origin).arg(lineNo).arg(what));
    };
    auto finish = [&]() {
        if (inAssignment)
            parsed[section][key].append({value.join(u'\n'), origin, keyLine});
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
        keyLine = lineNo;
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

const QVector<OsloConfig::Assigned> *OsloConfig::assigned(const QString &section, const QString &key) const
{
    const auto group = m_sections.constFind(OsloSyntax::normalizedSection(section));
    if (group == m_sections.cend())
        return nullptr;
    const auto found = group->constFind(key);
    return found == group->cend() || found->isEmpty() ? nullptr : &*found;
}

QStringList OsloConfig::values(const QString &section, const QString &key) const
{
    QStringList all;
    if (const QVector<Assigned> *a = assigned(section, key)) {
        for (const Assigned &one : *a)
            all.append(one.text);
    }
    return all;
}

bool OsloConfig::contains(const QString &section, const QString &key) const
{
    return assigned(section, key) != nullptr;
}

QString OsloConfig::raw(const QString &section, const QString &key) const
{
    const QVector<Assigned> *a = assigned(section, key);
    return a ? a->constLast().text : QString();
}

QString OsloConfig::where(const QString &section, const QString &key) const
{
    const QVector<Assigned> *a = assigned(section, key);
    return a ? tr("%1, line %2").arg(a->constLast().file).arg(a->constLast().line) : QString();
}

void OsloConfig::registerOption(const QString &group, const QString &name, const QString &defaultText)
{
    m_registered.insert(OsloSyntax::normalizedSection(group) + u'\n' + name, defaultText);
}
