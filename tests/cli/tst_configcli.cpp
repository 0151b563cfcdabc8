// glance-cachectl config show / config set as an operator runs them on glance-api.conf and glance-cache.conf:
// output shapes, exit codes, both files kept in step, and Debian's real oslo.config reading what was meant.

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "pythonoracle.h"

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray apiConf("# glance-api.conf\n[DEFAULT]\nimage_cache_dir = /srv/a\nimage_cache_max_size = 21474836480\n"
                         "\n[paste_deploy]\nflavor = keystone+caching\n");
const QByteArray cacheConf("[DEFAULT]\r\nimage_cache_dir = /srv/b\r\nimage_cache_max_size = 21474836480\r\n");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QJsonObject optionNamed(const QJsonArray &options, const char *name)
{
    for (const QJsonValue &v : options) {
        if (v.toObject().value(QLatin1String("option")).toString() == QLatin1String(name))
            return v.toObject();
    }
    return {};
}

} // namespace

class TestConfigCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_api;
    QString m_cache;
    QByteArray m_out;
    QByteArray m_err;
    std::unique_ptr<PythonOracle> m_values; // oslo_values.py: Debian's oslo.config with Glance Zed's options

    QJsonObject oslo(const QString &file) { return m_values->ask({ file }); }

    QJsonValue osloValue(const QString &file, const char *key, const char *section = "DEFAULT")
    {
        return oslo(file).value(QLatin1String(section)).toObject().value(QLatin1String(key));
    }

    // Runs glance-cachectl (as user 65534 when asUser) and keeps its output.
    int ctl(const QStringList &args, bool asUser = false)
    {
        QProcess p;
        if (asUser)
            p.start(QStringLiteral("setpriv"),
                QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                    QStringLiteral("--clear-groups"), QStringLiteral(GCA_CACHECTL) }
                    + args);
        else
            p.start(QStringLiteral(GCA_CACHECTL), args);
        if (!p.waitForFinished(60000))
            return -1;
        m_out = p.readAllStandardOutput();
        m_err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    QStringList both() const
    {
        return { QStringLiteral("--config-file"), m_api, QStringLiteral("--config-file"), m_cache,
            QStringLiteral("config") };
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp->filePath(name);
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
    }

    bool filesUntouched() const
    {
        return readAll(m_api) == apiConf && readAll(m_cache) == cacheConf && listing(m_tmp->path()).size() == 2;
    }

private Q_SLOTS:
    void initTestCase() { m_values = std::make_unique<PythonOracle>(QStringLiteral(GCA_TESTS_DIR "/oslo_values.py")); }
    void cleanupTestCase() { m_values.reset(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_api = write(QStringLiteral("glance-api.conf"), apiConf);
        m_cache = write(QStringLiteral("glance-cache.conf"), cacheConf);
        QVERIFY(!m_api.isEmpty() && !m_cache.isEmpty());
    }

    void showTable()
    {
        QCOMPARE(ctl(both() << QStringLiteral("show")), 0);
        const QString text = QString::fromUtf8(m_out);
        for (const char *s :
            { "Option", "Value", "From", "glance-api.conf", "glance-cache.conf", "image_cache_stall_time",
                "[paste_deploy] flavor", "keystone+caching", "21474836480 (20.0 GiB)", "86400" })
            QVERIFY2(text.contains(QLatin1String(s)), s);
        QVERIFY2(text.contains(QLatin1String("glance-cache.conf:2")), qPrintable(text)); // where the merged value is
        QVERIFY(text.contains(QLatin1String("Warning: The files disagree on image_cache_dir")));
        QVERIFY(!text.contains(QLatin1String("disagree on image_cache_max_size")));
        QVERIFY(!text.contains(QLatin1String("disagree on [paste_deploy]"))); // glance-api's alone
        QVERIFY(filesUntouched());
    }

    void showJson()
    {
        QCOMPARE(ctl(both() << QStringLiteral("show") << QStringLiteral("--json")), 0);
        const QJsonObject o = QJsonDocument::fromJson(m_out).object();
        QCOMPARE(o.value(QLatin1String("files")).toArray().size(), 2);
        const QJsonArray options = o.value(QLatin1String("options")).toArray();
        QCOMPARE(options.size(), 7);
        const QJsonObject dir = optionNamed(options, "image_cache_dir");
        QCOMPARE(dir.value(QLatin1String("value")).toString(), QStringLiteral("/srv/b"));
        QCOMPARE(dir.value(QLatin1String("source")).toString(), m_cache);
        QCOMPARE(dir.value(QLatin1String("line")).toInt(), 2);
        QCOMPARE(dir.value(QLatin1String("agree")).toBool(), false);
        QCOMPARE(dir.value(QLatin1String("files")).toObject().value(m_api).toString(), QStringLiteral("/srv/a"));
        QVERIFY(dir.value(QLatin1String("default")).isNull());
        const QJsonObject driver = optionNamed(options, "image_cache_driver");
        QCOMPARE(driver.value(QLatin1String("value")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(driver.value(QLatin1String("source")).toString(), QStringLiteral("default"));
        QVERIFY(driver.value(QLatin1String("files")).toObject().value(m_cache).isNull());
        QCOMPARE(optionNamed(options, "image_cache_max_size").value(QLatin1String("agree")).toBool(), true);
        const QJsonObject flavor = optionNamed(options, "flavor");
        QCOMPARE(flavor.value(QLatin1String("section")).toString(), QStringLiteral("paste_deploy"));
        QCOMPARE(flavor.value(QLatin1String("source")).toString(), m_api);
        QVERIFY(optionNamed(options, "worker_self_reference_url").value(QLatin1String("value")).isNull());
        const QJsonArray warnings = o.value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.at(0).toString().contains(QLatin1String("image_cache_dir")));
    }

    // Issue 12: a literal '$' is written as "$$", so glance-api reads what was typed instead of failing on $x.
    void setEscapesDollar()
    {
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_dir")
                            << QStringLiteral("/srv/cache$x")),
                 0);
        QVERIFY2(readAll(m_api).contains("image_cache_dir = /srv/cache$$x\n"), readAll(m_api).constData());
        QVERIFY2(readAll(m_cache).contains("image_cache_dir = /srv/cache$$x\r\n"), readAll(m_cache).constData());
        QVERIFY2(QString::fromUtf8(m_out).contains(QStringLiteral("→ /srv/cache$x (previous")), m_out.constData());
        QCOMPARE(ctl(both() << QStringLiteral("show") << QStringLiteral("--json")), 0);
        const QJsonObject dir
            = optionNamed(QJsonDocument::fromJson(m_out).object().value(QLatin1String("options")).toArray(), "image_cache_dir");
        QCOMPARE(dir.value(QLatin1String("value")).toString(), QStringLiteral("/srv/cache$x"));
        QCOMPARE(dir.value(QLatin1String("raw")).toString(), QStringLiteral("/srv/cache$$x"));
        QVERIFY(dir.value(QLatin1String("problem")).isNull());
    }

    // show prints what Glance reads, and the file's text beside it where that differs.
    void showResolvesReferences()
    {
        const QString api = write(QStringLiteral("ref.conf"),
                                  "[DEFAULT]\nimage_cache_dir = ${glance_store.filesystem_store_datadir}/../image-cache\n"
                                  "image_cache_sqlite_db = x.db\n");
        QCOMPARE(ctl({ QStringLiteral("--config-file"), api, QStringLiteral("config"), QStringLiteral("show") }), 0);
        QVERIFY2(QString::fromUtf8(m_out).contains(QStringLiteral(
                     "/var/lib/glance/images/../image-cache (in the file: ${glance_store.filesystem_store_datadir}/../image-cache)")),
                 m_out.constData());
        QCOMPARE(ctl({ QStringLiteral("--config-file"), api, QStringLiteral("config"), QStringLiteral("show"),
                       QStringLiteral("--json") }),
                 0);
        const QJsonArray options = QJsonDocument::fromJson(m_out).object().value(QLatin1String("options")).toArray();
        const QJsonObject dir = optionNamed(options, "image_cache_dir");
        QCOMPARE(dir.value(QLatin1String("value")).toString(), QStringLiteral("/var/lib/glance/images/../image-cache"));
        QCOMPARE(dir.value(QLatin1String("raw")).toString(),
                 QStringLiteral("${glance_store.filesystem_store_datadir}/../image-cache"));
        const QJsonObject db = optionNamed(options, "image_cache_sqlite_db");
        QCOMPARE(db.value(QLatin1String("raw")).toString(), db.value(QLatin1String("value")).toString());
        QVERIFY(optionNamed(options, "image_cache_driver").value(QLatin1String("raw")).isNull()); // from the default
    }

    // A reference oslo.config cannot resolve: no value, the file's text, and a sentence with file, line and name.
    void showUnresolvableReference()
    {
        const QString api = write(QStringLiteral("bad.conf"), "[DEFAULT]\n\nimage_cache_dir = /srv/cache$x\n");
        QCOMPARE(ctl({ QStringLiteral("--config-file"), api, QStringLiteral("config"), QStringLiteral("show"),
                       QStringLiteral("--json") }),
                 0);
        const QJsonObject dir = optionNamed(
            QJsonDocument::fromJson(m_out).object().value(QLatin1String("options")).toArray(), "image_cache_dir");
        QVERIFY(dir.value(QLatin1String("value")).isNull());
        QCOMPARE(dir.value(QLatin1String("raw")).toString(), QStringLiteral("/srv/cache$x"));
        const QString problem = dir.value(QLatin1String("problem")).toString();
        QVERIFY2(problem.contains(api + QStringLiteral(", line 3")) && problem.contains(QLatin1String("$x cannot be resolved")),
                 qPrintable(problem));
        QCOMPARE(ctl({ QStringLiteral("--config-file"), api, QStringLiteral("config"), QStringLiteral("show") }), 0);
        QVERIFY2(QString::fromUtf8(m_out).contains(QLatin1String("/srv/cache$x (cannot be resolved)")), m_out.constData());
        QVERIFY2(QString::fromUtf8(m_out).contains(QLatin1String("Warning: image_cache_dir (")), m_out.constData());
    }

    void showFlagsValuesGlanceRefuses()
    {
        const QString bad = write(QStringLiteral("bad.conf"),
            "[default]\nimage_cache_dir = /x\n[DEFAULT]\n"
            "image_cache_max_size = 10G\nimage_cache_driver = centralized_db\n");
        QCOMPARE(ctl({ QStringLiteral("--config-file"), bad, QStringLiteral("config"), QStringLiteral("show") }), 0);
        const QString text = QString::fromUtf8(m_out);
        QVERIFY2(text.contains(QLatin1String("image_cache_max_size = 10G is not a whole number")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("under [default]")));
        QVERIFY(text.contains(QLatin1String("worker_self_reference_url is not set")));
    }

    void showReadsSnippets()
    {
        QVERIFY(QDir().mkpath(m_api + QStringLiteral(".d")));
        const QString snippet
            = write(QStringLiteral("glance-api.conf.d/50-cache.conf"), "[DEFAULT]\nimage_cache_dir = /srv/b\n");
        QCOMPARE(ctl(both() << QStringLiteral("show") << QStringLiteral("--json")), 0);
        const QJsonObject o = QJsonDocument::fromJson(m_out).object();
        QCOMPARE(o.value(QLatin1String("files")).toArray().size(), 3);
        const QJsonObject dir = optionNamed(o.value(QLatin1String("options")).toArray(), "image_cache_dir");
        QCOMPARE(dir.value(QLatin1String("agree")).toBool(), true); // the snippet brings glance-api.conf in step
        QCOMPARE(dir.value(QLatin1String("files")).toObject().value(snippet).toString(), QStringLiteral("/srv/b"));
    }

    void setWithUnitsWritesBothFiles()
    {
        QCOMPARE(
            ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_max_size") << QStringLiteral("1.5TiB")),
            0);
        const QString text = QString::fromUtf8(m_out);
        QCOMPARE(text.count(QStringLiteral("21474836480 → 1649267441664")), 2);
        static const QRegularExpression kept(QStringLiteral("kept as (\\S+)\\)"));
        QStringList backups;
        for (auto it = kept.globalMatch(text); it.hasNext();)
            backups.append(it.next().captured(1));
        QCOMPARE(backups.size(), 2);
        QCOMPARE(readAll(backups.at(0)), apiConf);
        QCOMPARE(readAll(backups.at(1)), cacheConf);
        for (const QString &f : { m_api, m_cache })
            QCOMPARE(osloValue(f, "image_cache_max_size").toDouble(), 1649267441664.0);
        QCOMPARE(osloValue(m_api, "image_cache_dir").toString(), QStringLiteral("/srv/a"));
        QCOMPARE(osloValue(m_api, "flavor", "paste_deploy").toString(), QStringLiteral("keystone+caching"));
        QVERIFY(readAll(m_cache).endsWith("image_cache_max_size = 1649267441664\r\n")); // CRLF kept
        QCOMPARE(listing(m_tmp->path()).size(), 4);
    }

    void setJsonAndUnchanged()
    {
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_stall_time")
                            << QStringLiteral("12h") << QStringLiteral("--json")),
            0);
        QJsonObject o = QJsonDocument::fromJson(m_out).object();
        QCOMPARE(o.value(QLatin1String("option")).toString(), QStringLiteral("image_cache_stall_time"));
        QCOMPARE(o.value(QLatin1String("input")).toString(), QStringLiteral("12h"));
        QCOMPARE(o.value(QLatin1String("value")).toString(), QStringLiteral("43200"));
        QJsonArray files = o.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 2);
        for (const QJsonValue &f : files) {
            const QJsonObject file = f.toObject();
            QVERIFY(file.value(QLatin1String("old")).isNull());
            QCOMPARE(file.value(QLatin1String("new")).toString(), QStringLiteral("43200"));
            QVERIFY(file.value(QLatin1String("changed")).toBool());
            QVERIFY(QFileInfo::exists(file.value(QLatin1String("backup")).toString()));
            QCOMPARE(osloValue(file.value(QLatin1String("path")).toString(), "image_cache_stall_time").toInt(), 43200);
        }
        const QStringList entries = listing(m_tmp->path());
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_stall_time")
                            << QStringLiteral("720m") << QStringLiteral("--json")),
            0);
        files = QJsonDocument::fromJson(m_out).object().value(QLatin1String("files")).toArray();
        QCOMPARE(files.at(0).toObject().value(QLatin1String("old")).toString(), QStringLiteral("43200"));
        QCOMPARE(files.at(0).toObject().value(QLatin1String("changed")).toBool(), false);
        QVERIFY(files.at(1).toObject().value(QLatin1String("backup")).isNull());
        QCOMPARE(listing(m_tmp->path()), entries); // nothing written, no new backups
        QCOMPARE(
            ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_stall_time") << QStringLiteral("43200")),
            0);
        QCOMPARE(QString::fromUtf8(m_out).count(QLatin1String("unchanged (already 43200)")), 2);
    }

    void setFlavorAndDriverWarnings()
    {
        QCOMPARE(ctl({ QStringLiteral("--config-file"), m_api, QStringLiteral("config"), QStringLiteral("set"),
                     QStringLiteral("paste_deploy.flavor"), QStringLiteral("KEYSTONE+CACHEMANAGEMENT") }),
            0);
        QCOMPARE(osloValue(m_api, "flavor", "paste_deploy").toString(), QStringLiteral("keystone+cachemanagement"));
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_driver")
                            << QStringLiteral("centralized_db")),
            0);
        QVERIFY2(m_err.contains("Warning:") && m_err.contains("worker_self_reference_url"), m_err.constData());
        // centralized_db is Glance 2024.1's (Caracal), which we accept on purpose; the oracle is Debian 12's Zed,
        // which refuses it. So: the line as written, and Zed refusing exactly that value (not the file).
        QVERIFY2(readAll(m_cache).contains("\nimage_cache_driver = centralized_db\r\n"), readAll(m_cache).constData());
        const QString zed = oslo(m_cache).value(QLatin1String("error")).toString();
        QVERIFY2(zed.contains(QLatin1String("image_cache_driver")) && zed.contains(QLatin1String("'centralized_db'")),
                 qPrintable(zed));
        // Values Glance takes that rarely mean what was meant: written, with a warning.
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_max_size") << QStringLiteral("0")), 0);
        QVERIFY2(m_err.contains("Warning:") && m_err.contains("deletes every cached image"), m_err.constData());
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_stall_time") << QStringLiteral("77760000")), 0);
        QVERIFY2(m_err.contains("900 days"), m_err.constData());
    }

    void setWarnsWhenASnippetOverrides()
    {
        QVERIFY(QDir().mkpath(m_api + QStringLiteral(".d")));
        write(QStringLiteral("glance-api.conf.d/50-cache.conf"), "[DEFAULT]\nimage_cache_dir = /srv/snippet\n");
        QCOMPARE(
            ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_dir") << QStringLiteral("/srv/new")), 0);
        QVERIFY2(m_err.contains("50-cache.conf also sets image_cache_dir"), m_err.constData());
        QCOMPARE(readAll(m_tmp->filePath(QStringLiteral("glance-api.conf.d/50-cache.conf"))),
            QByteArray("[DEFAULT]\nimage_cache_dir = /srv/snippet\n")); // snippets are never written
    }

    void unknownKey()
    {
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_size") << QStringLiteral("1G")), 2);
        QVERIFY(m_err.contains("'image_cache_size' is not a cache option"));
        QVERIFY(m_err.contains("Known options: image_cache_dir, image_cache_driver"));
        QVERIFY(m_out.isEmpty());
        QVERIFY(filesUntouched());
    }

    void invalidValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("size") << QStringLiteral("image_cache_max_size") << QStringLiteral("lots")
                              << QStringLiteral("not a size");
        QTest::newRow("negative") << QStringLiteral("image_cache_max_size") << QStringLiteral("-1")
                                  << QStringLiteral("not a size");
        QTest::newRow("duration") << QStringLiteral("image_cache_stall_time") << QStringLiteral("1 fortnight")
                                  << QStringLiteral("not a duration");
        QTest::newRow("driver") << QStringLiteral("image_cache_driver") << QStringLiteral("redis")
                                << QStringLiteral("choose one of");
        QTest::newRow("flavor") << QStringLiteral("flavor") << QStringLiteral("noauth")
                                << QStringLiteral("choose one of");
        QTest::newRow("relative dir") << QStringLiteral("image_cache_dir") << QStringLiteral("cache")
                                      << QStringLiteral("absolute");
        QTest::newRow("comment") << QStringLiteral("image_cache_dir") << QStringLiteral("/srv/c # ssd")
                                 << QStringLiteral("no end-of-line comments");
        QTest::newRow("newline") << QStringLiteral("image_cache_dir")
                                 << QStringLiteral("/srv/c\nimage_cache_driver = xattr") << QStringLiteral("one line");
        QTest::newRow("url") << QStringLiteral("worker_self_reference_url") << QStringLiteral("node-1")
                             << QStringLiteral("https://");
        QTest::newRow("db") << QStringLiteral("image_cache_sqlite_db") << QString() << QStringLiteral("needs a value");
    }

    void invalidValue()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        // "--" so that "-1" reaches the command as a value, as an operator would have to write it
        QCOMPARE(ctl(both() << QStringLiteral("--") << QStringLiteral("set") << key << value), 2);
        QVERIFY2(QString::fromUtf8(m_err).contains(reason), m_err.constData());
        QVERIFY(filesUntouched());
    }

    void usageErrors()
    {
        QCOMPARE(ctl({ QStringLiteral("config"), QStringLiteral("show") }), 2);
        QVERIFY(m_err.contains("--config-file"));
        QCOMPARE(ctl({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("image_cache_dir"),
                     QStringLiteral("/x") }),
            2);
        QVERIFY(m_err.contains("--config-file"));
        QCOMPARE(ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_dir")), 2);
        QVERIFY(filesUntouched());
    }

    void missingFileChangesNothing()
    {
        QCOMPARE(ctl({ QStringLiteral("--config-file"), m_api, QStringLiteral("--config-file"),
                     m_tmp->filePath(QStringLiteral("nope.conf")), QStringLiteral("config"), QStringLiteral("set"),
                     QStringLiteral("image_cache_dir"), QStringLiteral("/x") }),
            1);
        QVERIFY(m_err.contains("nope.conf does not exist"));
        QVERIFY(filesUntouched());
        QCOMPARE(ctl({ QStringLiteral("--config-file"), m_tmp->filePath(QStringLiteral("nope.conf")),
                     QStringLiteral("config"), QStringLiteral("show") }),
            1);
    }

    void readOnlySecondFileChangesNeither()
    {
        if (::geteuid() != 0)
            QSKIP("needs root for chattr +i");
        QVERIFY2(run(QStringLiteral("chattr"), { QStringLiteral("+i"), m_cache }),
                 "chattr +i failed (e2fsprogs from scripts/packages.txt; TMPDIR on a file system with the flag)");
        const int code
            = ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_dir") << QStringLiteral("/srv/c"));
        QVERIFY(run(QStringLiteral("chattr"), { QStringLiteral("-i"), m_cache }));
        QCOMPARE(code, 1);
        QVERIFY2(m_err.contains("immutable") && m_err.contains("None of the files was changed"), m_err.constData());
        QVERIFY(filesUntouched());
    }

    void unreadableForThisUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run as another user");
        QVERIFY2(run(QStringLiteral("setpriv"), { QStringLiteral("--version") }),
                 "setpriv is missing (util-linux, scripts/packages.txt)");
        QVERIFY(::chmod(m_tmp->path().toLocal8Bit().constData(), 0755) == 0);
        QVERIFY(::chmod(m_cache.toLocal8Bit().constData(), 0600) == 0);
        QCOMPARE(
            ctl(both() << QStringLiteral("set") << QStringLiteral("image_cache_dir") << QStringLiteral("/srv/c"), true),
            1);
        QVERIFY2(m_err.contains("Cannot read") && m_err.contains("glance-cache.conf"), m_err.constData());
        QVERIFY(filesUntouched());
    }
};

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_configcli.moc"
