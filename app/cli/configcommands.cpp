#include "configcommands.h"

#include "clitable.h"
#include "core/displayformat.h"
#include "config/optiondescriptor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue orNull(bool present, const QString &value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

// "21474836480 (20 GiB)", "43200 (12 h)": the number as written plus what it means.
QString withMeaning(const OptionDescriptor &d, const QString &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return value;
    if (d.type() == OptionDescriptor::Type::Bytes)
        return QStringLiteral("%1 (%2)").arg(value, DisplayFormat::size(n));
    if (d.type() == OptionDescriptor::Type::Seconds)
        return QStringLiteral("%1 (%2)").arg(value, DisplayFormat::duration(n));
    return value;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("\"\"") : value;
}

} // namespace

ConfigCommands::ConfigCommands(const CliContext &context, const QStringList &configFiles)
    : m_ctx(context)
    , m_files(configFiles)
{ }

int ConfigCommands::usage(const QString &command) const
{
    *m_ctx.err << "glance-cachectl config " << command << ": "
               << tr("give the files with --config-file (for example --config-file /etc/glance/glance-api.conf "
                     "--config-file /etc/glance/glance-cache.conf).")
               << Qt::endl;
    return ExitUsage;
}

int ConfigCommands::fail(const QString &message) const
{
    *m_ctx.err << "glance-cachectl config: " << message << Qt::endl;
    return ExitFailure;
}

Expected<void> ConfigCommands::loadSources()
{
    // The same file named twice would be written twice and then conflict with itself.
    QStringList unique;
    QStringList seen;
    for (const QString &path : std::as_const(m_files)) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !seen.contains(canonical))
            unique.append(path);
        seen.append(canonical);
    }
    m_files = unique;
    for (int group = 0; group < m_files.size(); ++group) {
        const QString path = m_files.at(group);
        Source source { group, false, {} };
        if (const Expected<void> loaded = source.document.load(path); !loaded)
            return loaded;
        m_sources.append(source);
        // glance-api also reads <file>.d/*.conf after the file, as CacheLocator does.
        const QDir snippets(path + QStringLiteral(".d"));
        if (!snippets.exists())
            continue;
        const QStringList names = snippets.entryList({ QStringLiteral("*.conf") }, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            Source snippet { group, true, {} };
            if (const Expected<void> loaded = snippet.document.load(snippets.filePath(name)); !loaded)
                return loaded;
            m_sources.append(snippet);
        }
    }
    return {};
}

OsloConfig ConfigCommands::readAs(int group, const OptionDescriptor *skipSnippetsSetting) const
{
    OsloConfig config;
    for (const Source &s : m_sources) {
        if (group >= 0 && s.group != group)
            continue;
        if (skipSnippetsSetting && s.snippet
            && s.document.contains(skipSnippetsSetting->section(), skipSnippetsSetting->key()))
            continue;
        // Python reads \r\n and a lone \r as line ends too; these bytes were parsed once already.
        QString text = QString::fromUtf8(s.document.contents());
        text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
        config.addText(text, s.document.path());
    }
    return config;
}

QString ConfigCommands::effectiveInGroup(const OptionDescriptor &d, int group, bool *set) const
{
    const OsloConfig config = readAs(group);
    *set = config.contains(d.section(), d.key());
    return config.value(d.section(), d.key(), d.defaultValue());
}

QStringList ConfigCommands::snippetOverrides(const OptionDescriptor &d) const
{
    QStringList notes;
    for (const Source &s : m_sources) {
        if (s.snippet && s.document.contains(d.section(), d.key()))
            notes.append(tr("%1 also sets %2 (to %3) and is read after %4, so Glance uses that value.")
                             .arg(s.document.path(), d.displayName(), shown(s.document.value(d.section(), d.key())),
                                 m_files.at(s.group)));
    }
    return notes;
}

QStringList ConfigCommands::tableHeaders() const
{
    QStringList headers { tr("Option"), tr("Value"), tr("From") };
    if (m_files.size() < 2)
        return headers;
    // A column per file, named by its file name unless two files share it.
    for (const QString &f : std::as_const(m_files)) {
        const QString base = QFileInfo(f).fileName();
        int same = 0;
        for (const QString &g : std::as_const(m_files))
            same += QFileInfo(g).fileName() == base ? 1 : 0;
        headers.append(same > 1 ? f : base);
    }
    return headers;
}

QStringList ConfigCommands::lowercaseDefaultSections() const
{
    QStringList notes;
    for (const Source &s : std::as_const(m_sources)) {
        for (const OptionDescriptor &d : OptionDescriptor::cacheOptions()) {
            if (d.section() == QLatin1String("DEFAULT") && s.document.contains(QStringLiteral("default"), d.key()))
                notes.append(tr("%1 sets %2 under [default], which oslo.config ignores: only [DEFAULT] (in capitals) "
                                "is the default section.")
                                 .arg(s.document.path(), d.key()));
        }
    }
    return notes;
}

void ConfigCommands::printJson(const QJsonArray &options, const QStringList &notes) const
{
    QJsonArray files;
    for (const Source &s : std::as_const(m_sources))
        files.append(s.document.path());
    const QJsonObject root { { QStringLiteral("files"), files }, { QStringLiteral("options"), options },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(notes) } };
    *m_ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    m_ctx.out->flush();
}

int ConfigCommands::show()
{
    if (m_files.isEmpty())
        return usage(QStringLiteral("show"));
    if (const Expected<void> loaded = loadSources(); !loaded)
        return fail(loaded.error());

    const bool several = m_files.size() > 1;
    CliTable table(tableHeaders());
    QJsonArray options;
    QStringList notes;
    QHash<QString, QString> merged;
    const OsloConfig all = readAs(-1);
    for (const OptionDescriptor &d : OptionDescriptor::cacheOptions()) {
        const Source *from = nullptr;
        QJsonObject perFile;
        for (const Source &s : std::as_const(m_sources)) {
            const bool has = s.document.contains(d.section(), d.key());
            perFile.insert(s.document.path(), orNull(has, s.document.value(d.section(), d.key())));
            if (has)
                from = &s;
        }
        // What Glance reads ($references resolved), and the text in the file when that differs.
        const QString raw = from ? from->document.value(d.section(), d.key()) : QString();
        const Expected<QString> resolved = all.resolved(d.section(), d.key(), d.defaultValue());
        const QString value = resolved ? *resolved : raw;
        merged.insert(d.key(), value);
        QString problem = resolved ? QString() : resolved.error();
        if (from && resolved && !d.acceptsFileText(value, &problem))
            notes.append(problem);
        else if (!problem.isEmpty())
            notes.append(problem);

        // The docs require glance-api.conf and glance-cache.conf to agree on [DEFAULT]; [paste_deploy] is
        // read by glance-api alone.
        QStringList cells { d.displayName(), QString(), QString() };
        QStringList groupValues;
        bool agree = true;
        bool firstSet = false;
        const QString first = effectiveInGroup(d, 0, &firstSet);
        for (int g = 0; g < m_files.size(); ++g) {
            bool set = false;
            const QString v = effectiveInGroup(d, g, &set);
            groupValues.append(QStringLiteral("%1: %2").arg(
                QFileInfo(m_files.at(g)).fileName(), set ? shown(v) : tr("%1 (default)").arg(shown(v))));
            if (several)
                cells.append(set ? withMeaning(d, v) : tr("(not set)"));
            if (d.section() == QLatin1String("DEFAULT") && v != first)
                agree = false;
        }
        if (!agree)
            notes.append(tr("The files disagree on %1 (%2); glance-api and the cache tools must use the same value.")
                             .arg(d.displayName(), groupValues.join(QLatin1String("; "))));
        cells[1] = from || d.hasDefault() ? withMeaning(d, shown(value)) : tr("(not set)");
        if (!resolved)
            cells[1] = tr("%1 (cannot be resolved)").arg(raw);
        else if (from && raw != value)
            cells[1] = tr("%1 (in the file: %2)").arg(cells.at(1), raw);
        cells[2] = from
            ? QStringLiteral("%1:%2").arg(from->document.path()).arg(from->document.lineOf(d.section(), d.key()))
            : (d.hasDefault() ? tr("default") : QString());
        table.addRow(cells);

        QJsonObject o { { QStringLiteral("option"), d.key() }, { QStringLiteral("section"), d.section() },
            { QStringLiteral("type"), d.typeName() },
            { QStringLiteral("default"), orNull(d.hasDefault(), d.defaultValue()) },
            { QStringLiteral("value"), orNull(resolved && (from || d.hasDefault()), value) },
            { QStringLiteral("raw"), orNull(from, raw) },
            { QStringLiteral("source"),
                from ? QJsonValue(from->document.path()) : orNull(d.hasDefault(), QStringLiteral("default")) },
            { QStringLiteral("line"), from ? from->document.lineOf(d.section(), d.key()) : 0 },
            { QStringLiteral("files"), perFile }, { QStringLiteral("agree"), agree },
            { QStringLiteral("problem"), orNull(!problem.isEmpty(), problem) } };
        options.append(o);
    }
    notes += OptionDescriptor::combinationProblems([&](const QString &key) { return merged.value(key); });
    notes += OptionDescriptor::valueWarnings([&](const QString &key) { return merged.value(key); });
    notes += lowercaseDefaultSections();

    if (m_ctx.json) {
        printJson(options, notes);
        return ExitOk;
    }
    *m_ctx.out << table.render();
    for (const QString &n : std::as_const(notes))
        *m_ctx.out << tr("Warning: %1").arg(n) << '\n';
    m_ctx.out->flush();
    return ExitOk;
}

int ConfigCommands::set(const QString &key, const QString &value)
{
    if (m_files.isEmpty())
        return usage(QStringLiteral("set"));
    const OptionDescriptor *d = OptionDescriptor::find(key);
    if (!d) {
        *m_ctx.err << "glance-cachectl config set: " << OptionDescriptor::unknownKeyError(key) << Qt::endl;
        return ExitUsage;
    }
    const Expected<QString> valid = d->validate(value);
    if (!valid) {
        *m_ctx.err << "glance-cachectl config set: " << valid.error() << Qt::endl;
        return ExitUsage;
    }
    const QString &normalized = *valid;
    if (const Expected<void> loaded = loadSources(); !loaded)
        return fail(loaded.error());

    QVector<ConfigDocument *> targets;
    QVector<bool> hadValue;
    QStringList oldValues; // file text, for JSON
    QStringList oldShown; // what Glance read before, for people
    for (Source &s : m_sources) {
        if (s.snippet)
            continue;
        hadValue.append(s.document.contains(d->section(), d->key()));
        oldValues.append(s.document.value(d->section(), d->key()));
        oldShown.append(readAs(s.group).value(d->section(), d->key()));
        if (const Expected<void> edited = s.document.set(d->section(), d->key(), normalized); !edited)
            return fail(edited.error());
        targets.append(&s.document);
    }
    // Read back as Glance will, before anything is written: the value must resolve (it is literal text, so it
    // always does unless a snippet or the escaping is wrong).
    QString effective;
    for (int group = 0; group < m_files.size(); ++group) {
        const Expected<QString> now = readAs(group, d).resolved(d->section(), d->key());
        if (!now)
            return fail(now.error() + u' ' + tr("Nothing was written."));
        if (group == 0)
            effective = *now;
    }
    const Expected<QStringList> saved = ConfigDocument::saveAll(targets);
    if (!saved)
        return fail(saved.error());
    const QStringList &backups = *saved;

    QStringList warnings = snippetOverrides(*d);
    QHash<QString, QString> merged;
    const OsloConfig all = readAs(-1);
    for (const OptionDescriptor &o : OptionDescriptor::cacheOptions())
        merged.insert(o.key(), all.value(o.section(), o.key(), o.defaultValue()));
    warnings += OptionDescriptor::combinationProblems([&](const QString &k) { return merged.value(k); });
    warnings += OptionDescriptor::valueWarnings([&](const QString &k) { return merged.value(k); });

    QJsonArray files;
    for (int i = 0; i < targets.size(); ++i) {
        const bool changed = !backups.at(i).isEmpty();
        const QString old = hadValue.at(i) ? shown(oldShown.at(i))
            : d->hasDefault()              ? tr("(not set; default %1)").arg(shown(d->defaultValue()))
                                           : tr("(not set)");
        if (m_ctx.json) {
            files.append(QJsonObject { { QStringLiteral("path"), targets.at(i)->path() },
                { QStringLiteral("old"), orNull(hadValue.at(i), oldValues.at(i)) },
                { QStringLiteral("new"), normalized }, { QStringLiteral("changed"), changed },
                { QStringLiteral("backup"), orNull(changed, backups.at(i)) } });
        } else if (changed) {
            *m_ctx.out << tr("%1: %2: %3 → %4 (previous version kept as %5)")
                              .arg(targets.at(i)->path(), d->displayName(), old, shown(effective), backups.at(i))
                       << '\n';
        } else {
            *m_ctx.out
                << tr("%1: %2 unchanged (already %3)").arg(targets.at(i)->path(), d->displayName(), shown(effective))
                << '\n';
        }
    }
    if (m_ctx.json) {
        const QJsonObject root { { QStringLiteral("option"), d->key() }, { QStringLiteral("section"), d->section() },
            { QStringLiteral("input"), value }, { QStringLiteral("value"), normalized },
            { QStringLiteral("effective"), effective },
            { QStringLiteral("files"), files }, { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
        *m_ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const QString &w : std::as_const(warnings))
            *m_ctx.err << tr("Warning: %1").arg(w) << '\n';
    }
    m_ctx.out->flush();
    m_ctx.err->flush();
    return ExitOk;
}
