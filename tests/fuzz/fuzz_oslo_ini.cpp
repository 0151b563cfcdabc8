// The oslo.config INI editor (ConfigDocument) and reader (OsloConfig) on arbitrary bytes.
//
// Beyond "never crashes": the round trip. After every set() that succeeds, the serialised text must parse
// back to exactly the values the edited document holds, and those must be the values before the edit with
// only the edited option changed (to what oslo.config reads from the value written). When it does not hold
// the target aborts, which libFuzzer reports as a crash with the input that shows it.

#include "config/configdocument.h"
#include "config/osloconfig.h"
#include "config/oslosyntax.h"

#include <QMap>
#include <QPair>

#include <cstdio>
#include <cstdlib>

namespace {

using Values = QMap<QPair<QString, QString>, QStringList>; // (section, key) -> every value, in file order

Values allValues(const ConfigDocument &doc)
{
    Values all;
    for (const QString &section : doc.sections()) {
        for (const QString &key : doc.keys(section))
            all.insert({ section, key }, doc.values(section, key));
    }
    return all;
}

[[noreturn]] void broken(const char *what, const QString &section, const QString &key, const QString &value,
    const QByteArray &serialised)
{
    std::fprintf(stderr, "oslo INI round trip broken: %s\nset([%s] %s = %s)\n--- serialised ---\n%s\n--- end ---\n",
        what, qPrintable(section), qPrintable(key), qPrintable(value), serialised.constData());
    std::abort();
}

void checkEdit(ConfigDocument doc, const QString &section, const QString &key, const QString &value)
{
    const Values before = allValues(doc);
    if (!doc.set(section, key, value)) {
        if (doc.contents() != doc.originalContents() || allValues(doc) != before)
            broken("a refused edit changed the document", section, key, value, doc.contents());
        return;
    }
    (void)doc.diff();
    const QByteArray serialised = doc.contents();
    ConfigDocument reread;
    if (!reread.loadData(serialised, QStringLiteral("serialised.conf")))
        broken("the serialised document does not parse", section, key, value, serialised);
    const Values after = allValues(reread);
    if (after != allValues(doc))
        broken("the serialised document parses to other values than the edited one holds", section, key, value,
            serialised);
    Values expected = before;
    QStringList &edited = expected[{ OsloSyntax::normalizedSection(section), key }];
    const QString read = OsloSyntax::unquoted(OsloSyntax::strip(value));
    if (edited.isEmpty())
        edited.append(read);
    else
        edited.last() = read;
    if (after != expected)
        broken("the edit changed other values than its own", section, key, value, serialised);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    OsloConfig reader;
    if (reader.addText(QString::fromUtf8(bytes), QStringLiteral("fuzz.conf"))) {
        // Substitution ("$name", "${group.name}") of every value the editor finds too.
        ConfigDocument doc;
        if (doc.loadData(bytes, QStringLiteral("fuzz.conf"))) {
            for (const QString &section : doc.sections()) {
                for (const QString &key : doc.keys(section))
                    (void)reader.resolved(section, key);
            }
        }
    }

    ConfigDocument doc;
    if (!doc.loadData(bytes, QStringLiteral("fuzz.conf")))
        return 0;
    // The edits: values, keys and section names all come from the input, so the fuzzer steers them too.
    QVector<QPair<QString, QString>> options;
    QStringList texts;
    for (const QString &section : doc.sections()) {
        for (const QString &key : doc.keys(section)) {
            options.append({ section, key });
            texts.append(doc.value(section, key).replace(u'\n', u' '));
        }
    }
    texts.append(QString());
    const int n = int(qMin(options.size(), qsizetype(3)));
    for (int i = 0; i < n; ++i) {
        const auto &[section, key] = options.at(i);
        const QString other = texts.at((i + 1) % texts.size());
        checkEdit(doc, section, key, other);
        checkEdit(doc, section, key, QString());
        checkEdit(doc, section, key, u'"' + other + u'"');
        checkEdit(doc, section, key + QStringLiteral("_new"), other);
        checkEdit(doc, key, section, other); // a section that may not exist yet, named by the input
    }
    checkEdit(doc, QStringLiteral("DEFAULT"), QStringLiteral("debug"), QStringLiteral("true"));
    checkEdit(doc, QStringLiteral("fuzz_section"), QStringLiteral("image_cache_dir"), texts.constFirst());
    return 0;
}
