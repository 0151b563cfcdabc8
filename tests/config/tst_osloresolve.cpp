#include "config/configdocument.h"
#include "config/glanceoptions.h"
#include "config/optiondescriptor.h"
#include "config/osloconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto result_ = (expr);                                                                                   \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

// "$name" as oslo.config means it, both ways, against Debian's oslo.config with every option Debian's Glance
// registers (tests/oslo_glance.py): our reading of hand-written references equals oslo.config's (and fails
// exactly where it fails), and what our editor writes for a literal value is read back by oslo.config as that
// literal value.
class TestOsloResolve : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.conf").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return path;
    }

    static QJsonValue runOracle(const QStringList &args, const QByteArray &input = QByteArray())
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), QStringList { QStringLiteral(GCA_TESTS_DIR "/oslo_glance.py") } + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
            return QJsonValue();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    struct Case
    {
        QString name;
        QStringList files;
        QString option; // "group.name"
    };

    // What glance-api reads for each case's option: a string, null (unset, no default) or {"error": ...}. One
    // oracle run for all cases: loading Glance's options takes seconds.
    static QJsonArray oslo(const QVector<Case> &cases)
    {
        QJsonArray input;
        for (const Case &c : cases)
            input.append(QJsonObject { { QStringLiteral("files"), QJsonArray::fromStringList(c.files) },
                { QStringLiteral("options"), QJsonArray { c.option } } });
        QJsonArray out;
        for (const QJsonValue &v : runOracle({}, QJsonDocument(input).toJson()).toArray())
            out.append(v.toObject().value(cases.at(out.size()).option));
        return out;
    }

    static OsloConfig ours(const QStringList &files)
    {
        OsloConfig config;
        for (const QString &f : files) {
            const Expected<void> added = config.addFile(f);
            if (!added)
                qWarning() << added.error();
        }
        return config;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The committed table is what the installed Glance registers: same options, types and defaults.
    void registryIsDebianGlance()
    {
        const QJsonArray rows = runOracle({ QStringLiteral("--registry") }).toArray();
        QVERIFY(rows.size() > 300);
        QCOMPARE(GlanceOptions::count(), int(rows.size()));
        static const QHash<QString, GlanceOptions::Kind> kinds { { QStringLiteral("str"), GlanceOptions::Kind::Str },
            { QStringLiteral("other"), GlanceOptions::Kind::Str }, { QStringLiteral("int"), GlanceOptions::Kind::Int },
            { QStringLiteral("bool"), GlanceOptions::Kind::Bool }, { QStringLiteral("float"), GlanceOptions::Kind::Float },
            { QStringLiteral("list"), GlanceOptions::Kind::List },
            { QStringLiteral("bracketlist"), GlanceOptions::Kind::BracketList }, { QStringLiteral("dict"), GlanceOptions::Kind::Dict },
            { QStringLiteral("multi"), GlanceOptions::Kind::Multi } };
        for (const QJsonValue &v : rows) {
            const QJsonArray row = v.toArray();
            const QString where = row.at(0).toString() + u'.' + row.at(1).toString();
            const GlanceOptions::Option *o = GlanceOptions::find(row.at(0).toString(), row.at(1).toString());
            QVERIFY2(o, qPrintable(where));
            QVERIFY2(o->kind == kinds.value(row.at(2).toString()), qPrintable(where));
            if (row.at(3).isNull())
                QVERIFY2(!o->defaultText, qPrintable(where));
            else
                QCOMPARE(QString::fromUtf8(o->defaultText), row.at(3).toString());
        }
    }

    void resolvesAsOsloConfig()
    {
        QVector<Case> cases;
        // name, first file, second file ("" for none), the option read
        auto row = [&](const char *name, const char *a, const char *b, const char *option) {
            QStringList files { write(a) };
            if (*b)
                files.append(write(b));
            cases.append({ QString::fromUtf8(name), files, QString::fromLatin1(option) });
        };
        const char *dir = "DEFAULT.image_cache_dir";
        row("literal $$", "[DEFAULT]\nimage_cache_dir = /srv/cache$$x\n", "", dir);
        row("backslash dollar", "[DEFAULT]\nimage_cache_dir = /srv/a\\$b\n", "", dir);
        row("backslash backslash dollar", "[DEFAULT]\nimage_cache_dir = /srv/a\\\\$b\n", "", dir);
        row("dollar before non-names", "[DEFAULT]\nimage_cache_dir = /srv/$9 $- ${ $} ${image_cache_driver $\n", "", dir);
        row("same group", "[DEFAULT]\nimage_cache_driver = xattr\nimage_cache_dir = /srv/$image_cache_driver\n", "", dir);
        row("braced, default value", "[DEFAULT]\nimage_cache_dir = /srv/${image_cache_driver}-c\n", "", dir);
        row("set later in the file", "[DEFAULT]\nimage_cache_dir = /x/$image_cache_sqlite_db\nimage_cache_sqlite_db = d\n",
            "", dir);
        row("other group, default", "[DEFAULT]\nimage_cache_dir = ${glance_store.filesystem_store_datadir}/../c\n", "", dir);
        row("other group, set", "[glance_store]\nfilesystem_store_datadir = /data/images\n"
                                "[DEFAULT]\nimage_cache_dir = ${glance_store.filesystem_store_datadir}/c\n", "", dir);
        row("dotted without braces", "[glance_store]\nfilesystem_store_datadir = /d\n"
                                     "[DEFAULT]\nimage_cache_dir = $glance_store.filesystem_store_datadir/c\n", "", dir);
        row("group falls back to DEFAULT",
            "[DEFAULT]\nimage_cache_dir = /cache\n[glance_store]\nfilesystem_store_datadir = $image_cache_dir/img\n", "",
            "glance_store.filesystem_store_datadir");
        row("own group first, even unset",
            "[DEFAULT]\nconn_pool_min_size = 7\n[oslo_messaging_kafka]\nssl_cafile = /x$conn_pool_min_size\n", "",
            "oslo_messaging_kafka.ssl_cafile");
        row("reference resolved in its own group",
            "[DEFAULT]\nimage_cache_dir = ${glance_store.filesystem_store_datadir}\n"
            "[glance_store]\nfilesystem_store_datadir = $image_cache_sqlite_db/x\n", "", dir);
        row("across files", "[DEFAULT]\nimage_cache_dir = /srv/$image_cache_sqlite_db\n",
            "[DEFAULT]\nimage_cache_sqlite_db = from-second\n", dir);
        row("later file overrides the referenced value",
            "[DEFAULT]\nimage_cache_sqlite_db = first\nimage_cache_dir = /srv/$image_cache_sqlite_db\n",
            "[DEFAULT]\nimage_cache_sqlite_db = second\n", dir);
        row("unset option without default is empty", "[DEFAULT]\nimage_cache_dir = /srv/x$worker_self_reference_url\n", "", dir);
        row("int is converted", "[DEFAULT]\nimage_cache_max_size = 0_100\nimage_cache_dir = /s/$image_cache_max_size\n", "", dir);
        row("bool is converted", "[DEFAULT]\nshow_image_direct_url = yes\nimage_cache_dir = /s/$show_image_direct_url\n", "", dir);
        row("bool default", "[DEFAULT]\nimage_cache_dir = /s/$show_image_direct_url\n", "", dir);
        row("list default", "[DEFAULT]\nimage_cache_dir = /s/$enabled_import_methods\n", "", dir);
        row("list set", "[image_format]\ndisk_formats = a , b's,\n[DEFAULT]\nimage_cache_dir = /s/${image_format.disk_formats}\n",
            "", dir);
        row("bracket list set", "[DEFAULT]\nenabled_import_methods = [glance-direct , web-download]\n"
                                "image_cache_dir = /s/$enabled_import_methods\n", "", dir);
        row("bracket list without brackets", "[DEFAULT]\nenabled_import_methods = glance-direct\n"
                                             "image_cache_dir = /s/$enabled_import_methods\n", "", dir);
        row("non-ASCII around a reference", "[DEFAULT]\nimage_cache_dir = /données/$image_cache_driver/ü\n", "", dir);
        row("password with $$", "[database]\nconnection = mysql+pymysql://glance:pa$$w%rd@db/glance\n", "",
            "database.connection");
        row("paste_deploy group", "[paste_deploy]\nflavor = keystone+$image_cache_driver\n", "", "paste_deploy.flavor");
        // oslo.config stops: our reading must fail too.
        row("unknown name", "[DEFAULT]\nimage_cache_dir = /srv/cache$x\n", "", dir);
        row("key in the file is not an option", "[DEFAULT]\nbase = /b\nimage_cache_dir = $base/cache\n", "", dir);
        row("name followed by a dot", "[DEFAULT]\nimage_cache_dir = /srv/$image_cache_driver.old\n", "", dir);
        row("DEFAULT is not a group name", "[DEFAULT]\nimage_cache_dir = ${DEFAULT.image_cache_driver}\n", "", dir);
        row("group itself", "[DEFAULT]\nimage_cache_dir = /${glance_store}\n", "", dir);
        row("unknown group", "[DEFAULT]\nimage_cache_dir = /${nogroup.x}\n", "", dir);
        row("group name case", "[DEFAULT]\nimage_cache_dir = /${Paste_Deploy.flavor}\n", "", dir);
        row("option name case", "[DEFAULT]\nimage_cache_dir = /$Image_cache_driver\n", "", dir);
        row("long s is a letter to Python", "[DEFAULT]\nimage_cache_dir = /srv/$\xc5\xbf\n", "", dir);
        row("loop", "[DEFAULT]\nimage_cache_dir = /$image_cache_sqlite_db\nimage_cache_sqlite_db = $image_cache_dir\n",
            "", dir);
        row("referenced int is no int", "[DEFAULT]\nimage_cache_max_size = 10G\nimage_cache_dir = /$image_cache_max_size\n",
            "", dir);
        row("referenced bool is no bool", "[DEFAULT]\nshow_image_direct_url = maybe\nimage_cache_dir = /$show_image_direct_url\n",
            "", dir);
        row("password with a lone $", "[database]\nconnection = mysql+pymysql://glance:pa$word@db/glance\n", "",
            "database.connection");

        const QJsonArray expected = oslo(cases);
        QCOMPARE(expected.size(), cases.size());
        for (int i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            const QJsonValue theirs = expected.at(i);
            const QString key = c.option.section(u'.', 1);
            const Expected<QString> mine = ours(c.files).resolved(c.option.section(u'.', 0, 0), key);
            if (theirs.isObject()) {
                QVERIFY2(!mine, qPrintable(QStringLiteral("%1: oslo.config: %2; ours: %3")
                                               .arg(c.name, theirs.toObject().value(QLatin1String("error")).toString(),
                                                   mine.value())));
                // The sentence names the option and where its text is.
                QVERIFY2(mine.error().contains(key) && mine.error().contains(QLatin1String("line ")),
                         qPrintable(c.name + QStringLiteral(": ") + mine.error()));
                continue;
            }
            QVERIFY2(mine, qPrintable(c.name + QStringLiteral(": ") + mine.error()));
            QVERIFY2(theirs.isString() || theirs.isNull(), qPrintable(c.name));
            QVERIFY2(*mine == theirs.toString(),
                     qPrintable(QStringLiteral("%1: ours '%2', oslo.config '%3'").arg(c.name, *mine, theirs.toString())));
        }
    }

    void unresolvedSentenceNamesFileLineAndName()
    {
        const QString path = write("[DEFAULT]\n# note\nimage_cache_dir = /srv/cache$x\n");
        const Expected<QString> r = ours({ path }).resolved(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(path + QLatin1String(", line 3")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QLatin1String("$x cannot be resolved")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QLatin1String("$$")), qPrintable(r.error())); // says how to write a literal '$'
        QVERIFY(r.error().startsWith(QLatin1String("image_cache_dir ")));
    }

    // Every kind of value the editor writes (paths and strings with '$', '%', '#', ';', spaces, backslashes and
    // non-ASCII; URLs; sizes; durations; choices), set over a line holding a reference to another option, which
    // must stay byte for byte: oslo.config reads the literal value back, and so do we.
    void editorWritesWhatOsloReads()
    {
        struct Written
        {
            QString name;
            const OptionDescriptor *descriptor;
            QString expected;
        };
        QVector<Written> written;
        QVector<Case> cases;
        const QByteArray untouched("image_cache_sqlite_db = ${glance_store.filesystem_store_datadir}/../$$db\n");
        // name, option, what a person types, what Glance must read
        auto row = [&](const char *name, const char *key, const QString &input, const QString &expected) {
            const QByteArray before = QByteArray("[DEFAULT]\nimage_cache_dir = /old\n") + untouched
                + "[paste_deploy]\nflavor = keystone\n";
            const QString path = write(before);
            const OptionDescriptor *d = OptionDescriptor::find(QString::fromLatin1(key));
            QVERIFY(d);
            const Expected<QString> text = d->validate(input);
            QVERIFY2(text, qPrintable(QString::fromUtf8(name) + QStringLiteral(": ") + text.error()));
            ConfigDocument doc;
            QVERIFY_OK(doc.load(path));
            QVERIFY_OK(doc.set(d->section(), d->key(), *text));
            QVERIFY_OK(doc.save());
            if (d->key() != QLatin1String("image_cache_sqlite_db")) // the reference next to it is not rewritten
                QVERIFY2(doc.contents().contains(untouched), doc.contents().constData());
            written.append({ QString::fromUtf8(name), d, expected });
            cases.append({ QString::fromUtf8(name), { path }, d->section() + u'.' + d->key() });
        };
        const char *dir = "image_cache_dir";
        row("dollar name", dir, QStringLiteral("/srv/cache$x"), QStringLiteral("/srv/cache$x"));
        row("dollar braces", dir, QStringLiteral("/srv/${image_cache_driver}"), QStringLiteral("/srv/${image_cache_driver}"));
        row("double dollar", dir, QStringLiteral("/srv/a$$b"), QStringLiteral("/srv/a$$b"));
        row("backslash dollar", dir, QStringLiteral("/srv/a\\$b"), QStringLiteral("/srv/a\\$b"));
        row("backslashes and dollars", dir, QStringLiteral("/srv/\\\\$\\$$"), QStringLiteral("/srv/\\\\$\\$$"));
        row("trailing dollar", dir, QStringLiteral("/srv/cost$"), QStringLiteral("/srv/cost$"));
        row("percent", dir, QStringLiteral("/srv/100%/%(x)s"), QStringLiteral("/srv/100%/%(x)s"));
        row("hash and semicolon", dir, QStringLiteral("/srv/c#1;2"), QStringLiteral("/srv/c#1;2"));
        row("spaces", dir, QStringLiteral("/srv/my cache/a  b"), QStringLiteral("/srv/my cache/a  b"));
        row("non-ASCII", dir, QStringLiteral("/srv/données/キャッシュ/ſ$ſ"), QStringLiteral("/srv/données/キャッシュ/ſ$ſ"));
        row("quotes inside", dir, QStringLiteral("/srv/it's \"here\""), QStringLiteral("/srv/it's \"here\""));
        row("everything", dir, QStringLiteral("/srv/$a ${b} $$ \\$ 50%#;ü"), QStringLiteral("/srv/$a ${b} $$ \\$ 50%#;ü"));
        const char *db = "image_cache_sqlite_db";
        row("string with dollar", db, QStringLiteral("cache$1.db"), QStringLiteral("cache$1.db"));
        row("string quoted with dollar", db, QStringLiteral("\"'$x'\""), QStringLiteral("'$x'"));
        const char *url = "worker_self_reference_url";
        row("url with dollar and percent", url, QStringLiteral("https://glance-1.example.org:9292/a$b%20c"),
            QStringLiteral("https://glance-1.example.org:9292/a$b%20c"));
        row("size", "image_cache_max_size", QStringLiteral("20G"), QStringLiteral("21474836480"));
        row("size fraction", "image_cache_max_size", QStringLiteral("1.5TiB"), QStringLiteral("1649267441664"));
        row("duration", "image_cache_stall_time", QStringLiteral("12h"), QStringLiteral("43200"));
        row("choice", "image_cache_driver", QStringLiteral("XATTR"), QStringLiteral("xattr"));
        row("flavor", "flavor", QStringLiteral("keystone+caching"), QStringLiteral("keystone+caching"));

        const QJsonArray theirs = oslo(cases);
        QCOMPARE(theirs.size(), cases.size());
        for (int i = 0; i < cases.size(); ++i) {
            const Written &w = written.at(i);
            QVERIFY2(theirs.at(i).isString(), qPrintable(w.name));
            QVERIFY2(theirs.at(i).toString() == w.expected,
                     qPrintable(QStringLiteral("%1: oslo.config read '%2'").arg(w.name, theirs.at(i).toString())));
            const Expected<QString> mine = ours(cases.at(i).files).resolved(w.descriptor->section(), w.descriptor->key());
            QVERIFY2(mine && *mine == w.expected,
                     qPrintable(QStringLiteral("%1: we read '%2' %3").arg(w.name, mine.value(), mine.error())));
        }
    }

    // A '$' at the start is not taken as a reference any more: the person is told to type the directory.
    void referenceInputIsRefused()
    {
        const Expected<QString> r = OptionDescriptor::find(QStringLiteral("image_cache_dir"))->validate(QStringLiteral("$state_path/cache"));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("absolute")) && r.error().contains(QLatin1String("'$$'")),
                 qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestOsloResolve)
#include "tst_osloresolve.moc"
