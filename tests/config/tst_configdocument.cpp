// The config-editing engine (ConfigDocument, OptionDescriptor) against Debian's real oslo.config: whatever we
// write, oslo_values.py must read back as the value meant, and everything we did not mean to touch must stay
// byte for byte. Tests that need root (chown, chattr, mount, seteuid) skip without it.

#include "config/configdocument.h"
#include "config/optiondescriptor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "pythonoracle.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// QVERIFY2 for an Expected: a failure prints its sentence.
#define QVERIFY_OK(expected)                                                                                           \
    do {                                                                                                               \
        const auto &result_ = (expected);                                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Runs as another user for a while (this test is single-threaded, so seteuid affects only what it does).
struct AsUser
{
    explicit AsUser(uid_t id) { ok = ::setegid(id) == 0 && ::seteuid(id) == 0; }
    ~AsUser()
    {
        if (::seteuid(0) != 0 || ::setegid(0) != 0)
            qFatal("cannot return to root");
    }
    bool ok;
};

// A small tmpfs that is unmounted whatever happens to the test.
struct TmpMount
{
    explicit TmpMount(const QString &dir, const QString &size)
        : path(dir)
    {
        ok = QDir().mkpath(dir)
            && run(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=") + size,
                    QStringLiteral("tmpfs"), dir });
    }
    ~TmpMount()
    {
        if (ok)
            run(QStringLiteral("umount"), { path });
    }
    QString path;
    bool ok;
};

} // namespace

class TestConfigDocument : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    int m_counter = 0;

    QString write(const QByteArray &bytes, const QString &dir = {})
    {
        const QString path
            = QDir(dir.isEmpty() ? m_tmp->path() : dir).filePath(QStringLiteral("f%1.conf").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static bool isRoot() { return ::geteuid() == 0; }

    std::unique_ptr<PythonOracle> m_values; // oslo_values.py: Debian's oslo.config, Glance Zed's options

    // What Debian's oslo.config reads, one string per "section/key": numbers as digits, None as "<null>".
    // An oracle that did not answer fails the test (PythonOracle); "error" is only ever oslo.config's refusal.
    QHash<QString, QString> oslo(const QStringList &files)
    {
        const QJsonObject o = m_values->ask(files);
        QHash<QString, QString> out;
        if (o.contains(QLatin1String("error")))
            out.insert(QStringLiteral("error"), o.value(QLatin1String("error")).toString());
        for (const QString &section : o.keys()) {
            const QJsonObject values = o.value(section).toObject();
            for (const QString &key : values.keys()) {
                const QJsonValue v = values.value(key);
                out.insert(section + u'/' + key,
                    v.isNull()         ? QStringLiteral("<null>")
                        : v.isDouble() ? QString::number(qint64(v.toDouble()))
                                       : v.toString());
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { m_values = std::make_unique<PythonOracle>(QStringLiteral(GCA_TESTS_DIR "/oslo_values.py")); }
    void cleanupTestCase() { m_values.reset(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void descriptorTable()
    {
        QStringList keys;
        for (const OptionDescriptor &d : OptionDescriptor::cacheOptions()) {
            keys.append(d.displayName());
            QVERIFY2(!d.label().isEmpty() && d.help().size() > 40, qPrintable(d.key()));
            if (d.hasDefault()) { // every default passes its own validation unchanged
                const Expected<QString> normalized = d.validate(d.defaultValue());
                QVERIFY_OK(normalized);
                QCOMPARE(*normalized, d.defaultValue());
            }
        }
        QCOMPARE(keys,
            (QStringList { QStringLiteral("image_cache_dir"), QStringLiteral("image_cache_driver"),
                QStringLiteral("image_cache_max_size"), QStringLiteral("image_cache_stall_time"),
                QStringLiteral("image_cache_sqlite_db"), QStringLiteral("worker_self_reference_url"),
                QStringLiteral("[paste_deploy] flavor") }));
        const OptionDescriptor *driver = OptionDescriptor::find(QStringLiteral("image_cache_driver"));
        QVERIFY(driver->help().contains(QLatin1String("user_xattr")));
        QVERIFY(driver->help().contains(QLatin1String("noatime")));
        QVERIFY(driver->help().contains(QLatin1String("2024.1")));
        QVERIFY(driver->help().contains(QLatin1String("worker_self_reference_url")));
        QVERIFY(OptionDescriptor::find(QStringLiteral("flavor"))->help().contains(QLatin1String("cache filter")));
        QCOMPARE(
            OptionDescriptor::find(QStringLiteral("paste_deploy.flavor"))->section(), QStringLiteral("paste_deploy"));
        QCOMPARE(OptionDescriptor::find(QStringLiteral("[paste_deploy] flavor"))->key(), QStringLiteral("flavor"));
        QCOMPARE(OptionDescriptor::find(QStringLiteral("DEFAULT.image_cache_dir"))->key(),
            QStringLiteral("image_cache_dir"));
        QVERIFY(!OptionDescriptor::find(QStringLiteral("Image_Cache_Dir")));
        QVERIFY(!OptionDescriptor::find(QStringLiteral("DEFAULT.flavor")));
        const QString unknown = OptionDescriptor::unknownKeyError(QStringLiteral("image_cache_size"));
        QVERIFY(unknown.contains(QLatin1String("image_cache_size"))
            && unknown.contains(QLatin1String("image_cache_max_size"))
            && unknown.contains(QLatin1String("[paste_deploy] flavor")));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected"); // the normalized text, or a fragment of the error
        auto ok = [](const char *k, const QString &in, const QString &out) {
            QTest::addRow("%s %s", k, qPrintable(in)) << QString::fromLatin1(k) << in << true << out;
        };
        auto bad = [](const char *k, const QString &in, const char *why) {
            QTest::addRow("%s bad %s", k,
                qPrintable(QString(in).replace(u'\n', QLatin1String("\\n")).replace(u'\r', QLatin1String("\\r"))))
                << QString::fromLatin1(k) << in << false << QString::fromUtf8(why);
        };
        const char *size = "image_cache_max_size";
        ok(size, QStringLiteral("10737418240"), QStringLiteral("10737418240"));
        ok(size, QStringLiteral("20G"), QStringLiteral("21474836480"));
        ok(size, QStringLiteral("1.5TiB"), QStringLiteral("1649267441664"));
        ok(size, QStringLiteral("500M"), QStringLiteral("524288000"));
        ok(size, QStringLiteral("10GB"), QStringLiteral("10000000000"));
        ok(size, QStringLiteral(" 0 "), QStringLiteral("0"));
        bad(size, QStringLiteral("-1"), "not a size");
        bad(size, QStringLiteral("ten"), "not a size");
        bad(size, QStringLiteral("10Q"), "not a size");
        bad(size, QStringLiteral("1.5"), "not a size");
        const char *stall = "image_cache_stall_time";
        ok(stall, QStringLiteral("3600"), QStringLiteral("3600"));
        ok(stall, QStringLiteral("12h"), QStringLiteral("43200"));
        ok(stall, QStringLiteral("30m"), QStringLiteral("1800"));
        ok(stall, QStringLiteral("1d"), QStringLiteral("86400"));
        ok(stall, QStringLiteral("90s"), QStringLiteral("90"));
        ok(stall, QStringLiteral("2 H"), QStringLiteral("7200"));
        bad(stall, QStringLiteral("-5"), "not a duration");
        bad(stall, QStringLiteral("1.5h"), "not a duration");
        bad(stall, QStringLiteral("3 weeks"), "not a duration");
        bad(stall, QStringLiteral("99999999999999999d"), "not a duration");
        const char *driver = "image_cache_driver";
        ok(driver, QStringLiteral("XATTR"), QStringLiteral("xattr"));
        ok(driver, QStringLiteral("Centralized_DB"), QStringLiteral("centralized_db"));
        bad(driver, QStringLiteral("redis"), "sqlite, xattr, centralized_db");
        bad(driver, QString(), "needs a value");
        const char *flavor = "flavor";
        ok(flavor, QStringLiteral("Keystone+Caching"), QStringLiteral("keystone+caching"));
        ok(flavor, QStringLiteral("none"), QString());
        ok(flavor, QString(), QString());
        bad(flavor, QStringLiteral("keystone+redis"), "keystone+cachemanagement");
        const char *dir = "image_cache_dir";
        ok(dir, QStringLiteral("/srv/glance//cache/"), QStringLiteral("/srv/glance/cache"));
        ok(dir, QStringLiteral("\"/srv/quoted\""), QStringLiteral("/srv/quoted"));
        // Values are literal: '$' is escaped for oslo.config, and a leading reference is no directory.
        bad(dir, QStringLiteral("$base_dir/cache"), "never as a reference");
        bad(dir, QStringLiteral("${base_dir}/cache"), "absolute");
        ok(dir, QStringLiteral("/srv/a$$b//c"), QStringLiteral("/srv/a$$$$b/c"));
        ok(dir, QStringLiteral("/srv/cache$x"), QStringLiteral("/srv/cache$$x"));
        bad(dir, QStringLiteral("var/cache"), "absolute");
        bad(dir, QStringLiteral("$$x/cache"), "absolute");
        bad(dir, QStringLiteral("/srv/a\nimage_cache_driver = xattr"), "one line");
        bad(dir, QStringLiteral("/srv/a\rb"), "one line");
        bad(dir, QStringLiteral("/srv/cache # fast disk"), "no end-of-line comments");
        bad(dir, QStringLiteral("/srv/cache\t; fast"), "one line");
        bad(dir, QStringLiteral("/srv/cache ; fast"), "no end-of-line comments");
        bad(dir, QStringLiteral("#/srv/cache"), "comment only at the start of a line");
        bad(dir, QString(), "remove the line");
        const char *db = "image_cache_sqlite_db";
        ok(db, QStringLiteral("other.db"), QStringLiteral("other.db"));
        ok(db, QStringLiteral("'other.db'"), QStringLiteral("other.db"));
        ok(db, QStringLiteral("\"\"x.db\"\""), QStringLiteral("\"\"x.db\"\""));
        bad(db, QStringLiteral("sub/"), "names a file");
        const char *url = "worker_self_reference_url";
        ok(url, QStringLiteral("https://glance-1.example.org:9292"),
            QStringLiteral("https://glance-1.example.org:9292"));
        ok(url, QStringLiteral("http://10.0.0.5:9292/"), QStringLiteral("http://10.0.0.5:9292/"));
        bad(url, QStringLiteral("glance-1:9292"), "http:// or https://");
        bad(url, QStringLiteral("ftp://glance-1/"), "http:// or https://");
        bad(url, QStringLiteral("http:///path"), "http:// or https://");
    }

    void validate()
    {
        QFETCH(QString, key);
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const OptionDescriptor *d = OptionDescriptor::find(key);
        QVERIFY(d);
        const Expected<QString> normalized = d->validate(input);
        QCOMPARE(normalized.ok(), valid);
        if (valid)
            QCOMPARE(*normalized, expected);
        else
            QVERIFY2(normalized.error().contains(expected), qPrintable(normalized.error()));
    }

    void combinationProblems()
    {
        QHash<QString, QString> v { { QStringLiteral("image_cache_driver"), QStringLiteral("centralized_db") } };
        auto get = [&](const QString &k) { return v.value(k); };
        QCOMPARE(OptionDescriptor::combinationProblems(get).size(), 1);
        QVERIFY(OptionDescriptor::combinationProblems(get).constFirst().contains(
            QLatin1String("worker_self_reference_url")));
        v.insert(QStringLiteral("worker_self_reference_url"), QStringLiteral("https://a:9292"));
        QVERIFY(OptionDescriptor::combinationProblems(get).isEmpty());
        v.insert(QStringLiteral("flavor"), QStringLiteral("keystone+caching"));
        QVERIFY(OptionDescriptor::combinationProblems(get).constFirst().contains(QLatin1String("image_cache_dir")));
    }

    void acceptsFileText()
    {
        const OptionDescriptor *size = OptionDescriptor::find(QStringLiteral("image_cache_max_size"));
        QString why;
        QVERIFY(size->acceptsFileText(QStringLiteral("10_000"), &why));
        QVERIFY(!size->acceptsFileText(QStringLiteral("10G"), &why));
        QVERIFY(why.contains(QLatin1String("refuse")));
        QVERIFY(!size->acceptsFileText(QStringLiteral("-1"), &why));
        QVERIFY(OptionDescriptor::find(QStringLiteral("image_cache_driver"))
                    ->acceptsFileText(QStringLiteral("XAttr"), &why));
    }

    void roundTripDebianSamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("glance-api.conf") << QStringLiteral("/etc/glance/glance-api.conf");
        QTest::newRow("glance-cache.conf") << QStringLiteral("/etc/glance/glance-cache.conf");
    }

    void roundTripDebianSamples()
    {
        QFETCH(QString, sample);
        const QByteArray original = readAll(sample);
        QVERIFY2(QFileInfo::exists(sample), "Debian's glance-api package is not installed (scripts/packages.txt)");
        if (!QFileInfo(sample).isReadable())
            QSKIP("Debian's Glance configuration is readable by root and the glance group only");
        QVERIFY(original.size() > 10000);
        const QString path = write(original);
        ConfigDocument doc;
        QVERIFY_OK(doc.load(path));
        QCOMPARE(doc.contents(), original);
        QVERIFY(!doc.isModified());
        QVERIFY(doc.diff().isEmpty());
        const Expected<QString> unchanged = doc.save(); // nothing to write: no write, no backup
        QVERIFY(unchanged.ok());
        QVERIFY(unchanged->isEmpty());
        QCOMPARE(listing(m_tmp->path()).size(), 1);

        // One option added: the file is the original plus exactly that line, and oslo.config reads it.
        const auto before = oslo({ path });
        QVERIFY2(!before.contains(QStringLiteral("error")), qPrintable(before.value(QStringLiteral("error"))));
        QVERIFY(doc.set(
            QStringLiteral("DEFAULT"), QStringLiteral("image_cache_max_size"), QStringLiteral("5368709120")));
        const Expected<QString> backup = doc.save();
        QVERIFY_OK(backup);
        QCOMPARE(readAll(*backup), original);
        QByteArray saved = readAll(path);
        const QByteArray added = "image_cache_max_size = 5368709120\n";
        QCOMPARE(saved.count(added), 1);
        QCOMPARE(saved.replace(added, ""), original);
        auto after = oslo({ path });
        QCOMPARE(after.take(QStringLiteral("DEFAULT/image_cache_max_size")), QStringLiteral("5368709120"));
        QVERIFY(before.contains(QStringLiteral("DEFAULT/image_cache_max_size")));
        auto expected = before;
        expected.remove(QStringLiteral("DEFAULT/image_cache_max_size"));
        QCOMPARE(after, expected);
    }

    void roundTripTricky_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("crlf") << QByteArray("[DEFAULT]\r\nimage_cache_dir = /srv/crlf\r\nextra_a = a\r\n");
        QTest::newRow("no trailing newline") << QByteArray("[DEFAULT]\nimage_cache_dir = /srv/x");
        QTest::newRow("continuation lines")
            << QByteArray("[DEFAULT]\nextra_a = one\n  two\n\tthree\nimage_cache_dir = /c\n");
        QTest::newRow("indented comment continues") << QByteArray("[DEFAULT]\nextra_a = a\n  # not a comment\n");
        QTest::newRow("repeated keys and blocks") << QByteArray(
            "[DEFAULT]\nimage_cache_dir = /a\nimage_cache_dir = /b\n[other]\nx=1\n[DEFAULT]\nextra_a = c\n");
        QTest::newRow("[default] is not [DEFAULT]")
            << QByteArray("[default]\nimage_cache_dir = /ignored\n[DEFAULT]\nextra_a = x\n");
        QTest::newRow("dollars") << QByteArray(
            "[DEFAULT]\nbase_dir = /data\nimage_cache_dir = $base_dir/c\nextra_a = a$$b\n");
        QTest::newRow("hash at end of line")
            << QByteArray("[DEFAULT]\nimage_cache_dir = /srv/c # fast disk\nextra_a = x;y\n");
        QTest::newRow("colon and quotes") << QByteArray(
            "[DEFAULT]\nimage_cache_dir: \"/srv/q\"\nextra_a='a'\nextra_b = \"\nimage_cache_sqlite_db = a=b:c\n");
        QTest::newRow("comments and blank lines")
            << QByteArray("# top\n\n[DEFAULT]\n; semi\n   \n#image_cache_dir = /no\nimage_cache_dir=/yes   \n\n\n");
        QTest::newRow("lone CR line ends") << QByteArray("[DEFAULT]\rimage_cache_dir = /srv/cr\rextra_a = b\r");
        QTest::newRow("mixed line ends") << QByteArray("[DEFAULT]\r\nimage_cache_dir = /m\nextra_a = z\r\n");
        QTest::newRow("paste_deploy in other case") << QByteArray("[Paste_Deploy]\nflavor = keystone\n[DEFAULT]\n");
        QTest::newRow("utf-8") << QByteArray("[DEFAULT]\n# caf\xc3\xa9\nimage_cache_dir = /srv/\xc3\xbc\n");
        QTest::newRow("numbers") << QByteArray(
            "[DEFAULT]\nimage_cache_max_size = 1_000\nimage_cache_stall_time=  60  \n");
        QTest::newRow("empty") << QByteArray();
    }

    void roundTripTricky()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(bytes);
        ConfigDocument doc;
        QVERIFY_OK(doc.load(path));
        QCOMPARE(doc.contents(), bytes);
        QVERIFY(!doc.isModified());
        QVERIFY(doc.diff().isEmpty());
        // Our reading equals oslo.config's for every option it knows (interpolated ones aside).
        const auto expected = oslo({ path });
        QVERIFY2(!expected.contains(QStringLiteral("error")), qPrintable(expected.value(QStringLiteral("error"))));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString section = it.key().section(u'/', 0, 0);
            const QString key = it.key().section(u'/', 1);
            const QString ours = doc.contains(section, key) ? doc.value(section, key) : QStringLiteral("<null>");
            if (ours.contains(u'$') || (!doc.contains(section, key) && it.value() != QLatin1String("<null>")))
                continue; // interpolated, or oslo.config's default
            const QString theirs = key.startsWith(QLatin1String("image_cache_")) && ours.contains(u'_')
                ? QString(ours).remove(u'_').trimmed()
                : ours.trimmed();
            QCOMPARE(it.value(), theirs);
        }
        const Expected<QString> backup = doc.save();
        QVERIFY(backup.ok());
        QVERIFY(backup->isEmpty());
        QCOMPARE(readAll(path), bytes);
    }

    void setThenOsloReads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // as oslo.config reads it
        const QByteArray plain(
            "[DEFAULT]\nextra_a = before\nimage_cache_dir = /old\n\n[paste_deploy]\nflavor = keystone\n");
        auto row = [&](const char *name, const QByteArray &b, const char *k, const QString &in, const QString &out) {
            QTest::newRow(name) << b << QString::fromLatin1(k) << in << out;
        };
        row("dir", plain, "image_cache_dir", QStringLiteral("/srv/glance/cache/"), QStringLiteral("/srv/glance/cache"));
        // What is typed is what Glance reads: '$' is written as "$$" (issue 12).
        row("dir $name", plain, "image_cache_dir", QStringLiteral("/srv/cache$x"), QStringLiteral("/srv/cache$x"));
        row("dir ${name}", plain, "image_cache_dir", QStringLiteral("/srv/${base_dir}-c"),
            QStringLiteral("/srv/${base_dir}-c"));
        row("dir $$", plain, "image_cache_dir", QStringLiteral("/srv/a$$b"), QStringLiteral("/srv/a$$b"));
        row("dir quoted", plain, "image_cache_dir", QStringLiteral("'/srv/q'"), QStringLiteral("/srv/q"));
        row("driver", plain, "image_cache_driver", QStringLiteral("XATTR"), QStringLiteral("xattr"));
        // centralized_db: centralizedDbIsNewerThanTheOracle (Zed refuses it).
        row("size G", plain, "image_cache_max_size", QStringLiteral("20G"), QStringLiteral("21474836480"));
        row("size TiB", plain, "image_cache_max_size", QStringLiteral("1.5TiB"), QStringLiteral("1649267441664"));
        row("size M", plain, "image_cache_max_size", QStringLiteral("500M"), QStringLiteral("524288000"));
        row("size GB", plain, "image_cache_max_size", QStringLiteral("10GB"), QStringLiteral("10000000000"));
        row("size zero", plain, "image_cache_max_size", QStringLiteral("0"), QStringLiteral("0"));
        row("stall", plain, "image_cache_stall_time", QStringLiteral("3600"), QStringLiteral("3600"));
        row("stall h", plain, "image_cache_stall_time", QStringLiteral("12h"), QStringLiteral("43200"));
        row("stall m", plain, "image_cache_stall_time", QStringLiteral("30m"), QStringLiteral("1800"));
        row("stall d", plain, "image_cache_stall_time", QStringLiteral("1d"), QStringLiteral("86400"));
        row("stall s", plain, "image_cache_stall_time", QStringLiteral("90s"), QStringLiteral("90"));
        row("sqlite db", plain, "image_cache_sqlite_db", QStringLiteral("other.db"), QStringLiteral("other.db"));
        row("sqlite db keeps quotes", plain, "image_cache_sqlite_db", QStringLiteral("\"\"x.db\"\""),
            QStringLiteral("\"x.db\""));
        row("url", plain, "worker_self_reference_url", QStringLiteral("https://glance-1.example.org:9292"),
            QStringLiteral("https://glance-1.example.org:9292"));
        row("flavor", plain, "flavor", QStringLiteral("Keystone+Caching"), QStringLiteral("keystone+caching"));
        row("flavor none", plain, "flavor", QStringLiteral("none"), QString());
        row("flavor new section", "[DEFAULT]\nimage_cache_dir = /x\n", "flavor", QStringLiteral("cachemanagement"),
            QStringLiteral("cachemanagement"));
        row("flavor section case", "[Paste_Deploy]\nflavor = keystone\n", "flavor", QStringLiteral("caching"),
            QStringLiteral("caching"));
        row("continuation around",
            "[DEFAULT]\nextra_a = a1\n  a2\nimage_cache_dir = /old\n  /cont\n\tmore\nextra_b = b1\n  b2\n",
            "image_cache_dir", QStringLiteral("/new"), QStringLiteral("/new"));
        row("repeated keys",
            "[DEFAULT]\nimage_cache_max_size = 1\n[other]\nimage_cache_max_size = 5\n[DEFAULT]\n"
            "image_cache_max_size = 2\nextra_a = z\n",
            "image_cache_max_size", QStringLiteral("3G"), QStringLiteral("3221225472"));
        row("[default] only", "[default]\nimage_cache_dir = /ignored\n", "image_cache_dir", QStringLiteral("/srv/x"),
            QStringLiteral("/srv/x"));
        row("crlf", "[DEFAULT]\r\nextra_a = a\r\nimage_cache_dir = /old\r\nextra_b = b\r\n", "image_cache_dir",
            QStringLiteral("/new"), QStringLiteral("/new"));
        row("no newline, key last", "[DEFAULT]\nimage_cache_dir = /old", "image_cache_dir", QStringLiteral("/new"),
            QStringLiteral("/new"));
        row("no newline, key absent", "[DEFAULT]\nextra_a = x", "image_cache_dir", QStringLiteral("/new"),
            QStringLiteral("/new"));
        row("no newline, continuation last", "[DEFAULT]\nimage_cache_dir = /old\n  /more", "image_cache_dir",
            QStringLiteral("/new"), QStringLiteral("/new"));
        row("hash comment in old value", "[DEFAULT]\nimage_cache_dir = /old # fast\n", "image_cache_dir",
            QStringLiteral("/new"), QStringLiteral("/new"));
        row("colon", "[DEFAULT]\nimage_cache_dir:/old\n", "image_cache_dir", QStringLiteral("/new"),
            QStringLiteral("/new"));
        row("empty old value", "[DEFAULT]\nimage_cache_dir =\n", "image_cache_dir", QStringLiteral("/new"),
            QStringLiteral("/new"));
        row("dollar neighbours", "[DEFAULT]\nextra_a = a$$b\nextra_b = $base_dir/x\n", "image_cache_dir",
            QStringLiteral("/new"), QStringLiteral("/new"));
        row("lone CR", "[DEFAULT]\rimage_cache_dir = /old\rextra_a = b\r", "image_cache_dir", QStringLiteral("/new"),
            QStringLiteral("/new"));
    }

    void setThenOsloReads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, key);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString path = write(bytes);
        const auto before = oslo({ path });
        QVERIFY2(!before.contains(QStringLiteral("error")), qPrintable(before.value(QStringLiteral("error"))));
        const OptionDescriptor *d = OptionDescriptor::find(key);
        const Expected<QString> valid = d->validate(input);
        QVERIFY_OK(valid);
        const QString &normalized = *valid;
        ConfigDocument doc;
        QVERIFY_OK(doc.load(path));
        QVERIFY_OK(doc.set(d->section(), d->key(), normalized));
        QVERIFY(doc.isModified() || before.value(d->section() + u'/' + key) == expected);
        QVERIFY_OK(doc.save());
        QCOMPARE(bool(bytes.endsWith('\n') || bytes.endsWith('\r')),
            bool(readAll(path).endsWith('\n') || readAll(path).endsWith('\r')));
        QCOMPARE(readAll(path).contains("\r\n"), bytes.contains("\r\n"));

        auto after = oslo({ path });
        QVERIFY2(!after.contains(QStringLiteral("error")), qPrintable(after.value(QStringLiteral("error"))));
        QCOMPARE(after.take(d->section() + u'/' + key), expected);
        auto others = before;
        others.remove(d->section() + u'/' + key);
        QCOMPARE(after, others); // nothing else changed meaning

        ConfigDocument reread;
        QVERIFY_OK(reread.load(path));
        QCOMPARE(reread.value(d->section(), d->key()),
            normalized.size() > 1 && normalized.startsWith(u'"') ? normalized.mid(1, normalized.size() - 2)
                                                                 : normalized);
    }

    // centralized_db is Glance 2024.1's (Caracal), and we accept it on purpose; the oracle is Debian 12's Zed, which
    // refuses it. So the line written is checked as text, and Zed must refuse exactly that value, nothing else.
    void centralizedDbIsNewerThanTheOracle()
    {
        const QByteArray plain("[DEFAULT]\nextra_a = before\nimage_cache_dir = /old\n\n[paste_deploy]\nflavor = keystone\n");
        const QString path = write(plain);
        QVERIFY2(!oslo({ path }).contains(QStringLiteral("error")), "Zed reads the file before the edit");
        const OptionDescriptor *d = OptionDescriptor::find(QStringLiteral("image_cache_driver"));
        const Expected<QString> valid = d->validate(QStringLiteral("Centralized_DB"));
        QVERIFY_OK(valid);
        ConfigDocument doc;
        QVERIFY_OK(doc.load(path));
        QVERIFY_OK(doc.set(d->section(), d->key(), *valid));
        QVERIFY_OK(doc.save());
        QCOMPARE(readAll(path),
            QByteArray("[DEFAULT]\nextra_a = before\nimage_cache_dir = /old\nimage_cache_driver = centralized_db\n\n"
                       "[paste_deploy]\nflavor = keystone\n"));
        const QString zed = oslo({ path }).value(QStringLiteral("error"));
        QVERIFY2(zed.contains(QLatin1String("image_cache_driver")) && zed.contains(QLatin1String("'centralized_db'")),
            qPrintable(zed));
    }

    void editsAreMinimal_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("after");
        const QString def = QStringLiteral("DEFAULT");
        const QString paste = QStringLiteral("paste_deploy");
        const QString v = QStringLiteral("v");
        auto row = [](const char *name, const char *b, const QString &s, const QString &val, const char *a) {
            QTest::newRow(name) << QByteArray(b) << s << val << QByteArray(a);
        };
        // The key is "k" in DEFAULT and "flavor" in paste_deploy.
        row("in place keeps spacing", "[DEFAULT]\nk   =  old   \nx = 1\n", def, v, "[DEFAULT]\nk   =  v   \nx = 1\n");
        row("continuation dropped", "[DEFAULT]\nk = a\n  b\n  c\nnext = 1\n", def, v, "[DEFAULT]\nk = v\nnext = 1\n");
        row("last continuation without newline", "[DEFAULT]\nk = a\n  b", def, v, "[DEFAULT]\nk = v");
        row("appended before blank lines", "[DEFAULT]\na = 1\n\n\n[other]\nb = 2\n", def, v,
            "[DEFAULT]\na = 1\nk = v\n\n\n[other]\nb = 2\n");
        row("appended after a sample comment", "[DEFAULT]\n#k = sample\n", def, v, "[DEFAULT]\n#k = sample\nk = v\n");
        row("appended, crlf", "[DEFAULT]\r\na = 1\r\n", def, v, "[DEFAULT]\r\na = 1\r\nk = v\r\n");
        row("appended, no final newline", "[DEFAULT]\na = 1", def, v, "[DEFAULT]\na = 1\nk = v");
        row("last of repeated keys", "[DEFAULT]\nk = 1\nk = 2\n", def, v, "[DEFAULT]\nk = 1\nk = v\n");
        row("last block of repeated sections", "[DEFAULT]\nk = 1\n[x]\nk = 3\n[DEFAULT]\nk = 2\n", def, v,
            "[DEFAULT]\nk = 1\n[x]\nk = 3\n[DEFAULT]\nk = v\n");
        row("[default] is another section", "[default]\nk = 1\n", def, v, "[default]\nk = 1\n\n[DEFAULT]\nk = v\n");
        row("empty value, spaced", "[DEFAULT]\nk =\n", def, v, "[DEFAULT]\nk = v\n");
        row("empty value, tight", "[DEFAULT]\nk=\n", def, v, "[DEFAULT]\nk=v\n");
        row("quoted value", "[DEFAULT]\nk = \"old\"\n", def, v, "[DEFAULT]\nk = v\n");
        row("colon", "[DEFAULT]\nk: old\n", def, v, "[DEFAULT]\nk: v\n");
        row("hash in old value", "[DEFAULT]\nk = old # note\n", def, v, "[DEFAULT]\nk = v\n");
        row("empty file", "", def, v, "[DEFAULT]\nk = v\n");
        row("utf-8 around", "[DEFAULT]\n# caf\xc3\xa9\nk = \xc3\xbc\n", def, v, "[DEFAULT]\n# caf\xc3\xa9\nk = v\n");
        row("new section", "[DEFAULT]\na = 1\n", paste, v, "[DEFAULT]\na = 1\n\n[paste_deploy]\nflavor = v\n");
        row("new section, no final newline", "[DEFAULT]\na = 1", paste, v,
            "[DEFAULT]\na = 1\n\n[paste_deploy]\nflavor = v");
        row("section case kept", "[Paste_Deploy]\nflavor = keystone\n", paste, v, "[Paste_Deploy]\nflavor = v\n");
        row("set to empty", "[paste_deploy]\nflavor = keystone  \n", paste, QString(), "[paste_deploy]\nflavor =\n");
    }

    void editsAreMinimal()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, section);
        QFETCH(QString, value);
        QFETCH(QByteArray, after);
        ConfigDocument doc;
        QVERIFY_OK(doc.loadData(before, QStringLiteral("t.conf")));
        const QString key = section == QLatin1String("DEFAULT") ? QStringLiteral("k") : QStringLiteral("flavor");
        QVERIFY_OK(doc.set(section, key, value));
        QCOMPARE(doc.contents(), after);
        QCOMPARE(doc.value(section, key), value);
        QVERIFY(doc.isModified());
        doc.revert();
        QCOMPARE(doc.contents(), before);
    }

    void refusesUnwritableKeysAndValues()
    {
        ConfigDocument doc;
        const QByteArray text("[DEFAULT]\nk = 1\n");
        QVERIFY(doc.loadData(text, QStringLiteral("t.conf")));
        for (const QString &key : { QStringLiteral("a=b"), QStringLiteral(" k"), QStringLiteral("#k"),
                 QStringLiteral("a:b"), QStringLiteral("[k"), QString() }) {
            const Expected<void> edited = doc.set(QStringLiteral("DEFAULT"), key, QStringLiteral("1"));
            QVERIFY(!edited);
            QVERIFY(edited.error().contains(QLatin1String("option name")));
        }
        const Expected<void> broken
            = doc.set(QStringLiteral("DEFAULT"), QStringLiteral("k"), QStringLiteral("1\n[other]"));
        QVERIFY(!broken);
        QVERIFY(broken.error().contains(QLatin1String("line break")));
        QVERIFY(!doc.set(QString(), QStringLiteral("k"), QStringLiteral("1")));
        QCOMPARE(doc.contents(), text);
        QVERIFY(!doc.isModified());
    }

    void diffIsUnified()
    {
        ConfigDocument doc;
        QVERIFY(doc.loadData(
            "[DEFAULT]\na = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = 7\nh = 8\n", QStringLiteral("x.conf")));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("c"), QStringLiteral("9")));
        QCOMPARE(doc.diff(),
            QStringLiteral("--- x.conf\n+++ x.conf\n@@ -1,7 +1,7 @@\n [DEFAULT]\n a = 1\n b = 2\n-c = 3\n"
                           "+c = 9\n d = 4\n e = 5\n f = 6\n"));
        QVERIFY(doc.loadData("[DEFAULT]\nk = 1", QStringLiteral("y.conf")));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("k"), QStringLiteral("2")));
        QCOMPARE(doc.diff(),
            QStringLiteral("--- y.conf\n+++ y.conf\n@@ -1,2 +1,2 @@\n [DEFAULT]\n-k = 1\n"
                           "\\ No newline at end of file\n+k = 2\n\\ No newline at end of file\n"));
        QVERIFY(doc.loadData("[DEFAULT]\n", QStringLiteral("z.conf")));
        QVERIFY(doc.set(QStringLiteral("paste_deploy"), QStringLiteral("flavor"), QStringLiteral("caching")));
        QCOMPARE(doc.diff(),
            QStringLiteral("--- z.conf\n+++ z.conf\n@@ -1 +1,4 @@\n [DEFAULT]\n+\n+[paste_deploy]\n"
                           "+flavor = caching\n"));
    }

    void loadRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("binary") << QByteArray("[DEFAULT]\n\0\x01\x02k = 1\n", 16) << QStringLiteral("binary file");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF[DEFAULT]\n") << QStringLiteral("byte-order mark");
        QTest::newRow("latin-1") << QByteArray("[DEFAULT]\n# caf\xe9\n") << QStringLiteral("not UTF-8");
        // Found by the fuzzer: the file ending inside a multi-byte sequence was accepted, and an edit appended
        // after it gave a file that no longer loaded (tests/fuzz/corpus/oslo_ini/regression-truncated-utf8-at-end.conf).
        QTest::newRow("truncated UTF-8 at the end") << QByteArray("[DEFAULT]\n#\xcb") << QStringLiteral("not UTF-8");
        QTest::newRow("syntax") << QByteArray("[DEFAULT]\nk = 1\n[broken\n")
                                << QStringLiteral("line 3: invalid section");
        QTest::newRow("continuation first")
            << QByteArray("  x\n[DEFAULT]\n") << QStringLiteral("line 1: unexpected continuation");
        QTest::newRow("before section") << QByteArray("k = 1\n") << QStringLiteral("line 1: section must be started");
        QTest::newRow("no separator") << QByteArray("[DEFAULT]\nk\n") << QStringLiteral("line 2: no ':' or '='");
        QTest::newRow("50 MB") << QByteArray("[DEFAULT]\n")
                + QByteArray("# padding padding padding padding\n").repeated(1500000)
                               << QStringLiteral("never larger than 16 MiB");
    }

    void loadRefusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = write(bytes);
        QVERIFY(QFileInfo(path).size() == bytes.size());
        ConfigDocument doc;
        const Expected<void> loaded = doc.load(path);
        QVERIFY(!loaded);
        const QString &error = loaded.error();
        QVERIFY2(error.contains(reason) && error.contains(path), qPrintable(error));
        QVERIFY(!doc.isLoaded());
        if (bytes.size() < 1000 && !bytes.contains('\0')) { // oslo.config refuses these too (NULs it would read)
            const auto theirs = oslo({ path });
            QVERIFY2(theirs.contains(QStringLiteral("error")), qPrintable(reason));
        }
    }

    void loadRefusesMissingDirectoriesAndUnreadable()
    {
        ConfigDocument doc;
        Expected<void> loaded = doc.load(m_tmp->filePath(QStringLiteral("missing.conf")));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(QLatin1String("does not exist")), qPrintable(loaded.error()));
        loaded = doc.load(m_tmp->path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(QLatin1String("not a regular file")), qPrintable(loaded.error()));
        if (!isRoot())
            QSKIP("needs root to read as another user");
        const QString path = write("[DEFAULT]\nk = 1\n");
        QVERIFY(::chmod(path.toLocal8Bit().constData(), 0600) == 0);
        QVERIFY(::chmod(m_tmp->path().toLocal8Bit().constData(), 0755) == 0);
        AsUser nobody(65534);
        QVERIFY(nobody.ok);
        loaded = doc.load(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(QLatin1String("Cannot read"))
                && loaded.error().contains(QLatin1String("ermission")),
            qPrintable(loaded.error()));
    }

    // A failed save leaves the file's bytes and the directory's entries exactly as they were.
    void saveRefusedWhenImmutable()
    {
        if (!isRoot())
            QSKIP("needs root for chattr +i");
        const QString path = write("[DEFAULT]\nimage_cache_dir = /old\n");
        ConfigDocument doc;
        QVERIFY(doc.load(path));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        QVERIFY2(run(QStringLiteral("chattr"), { QStringLiteral("+i"), path }),
            "chattr +i failed (e2fsprogs from scripts/packages.txt; TMPDIR on a file system with the flag)");
        const QByteArray before = sha(path);
        const QStringList entries = listing(m_tmp->path());
        const Expected<QString> saved = doc.save();
        QVERIFY(run(QStringLiteral("chattr"), { QStringLiteral("-i"), path }));
        QVERIFY(!saved);
        const QString &error = saved.error();
        QVERIFY2(error.contains(QLatin1String("immutable")) && error.contains(path), qPrintable(error));
        QCOMPARE(sha(path), before);
        QCOMPARE(listing(m_tmp->path()), entries);
        QVERIFY(saved->isEmpty());
        QVERIFY(doc.isModified()); // the edit is still there to retry
        QVERIFY_OK(doc.save());
    }

    void saveRefusedWhenFileNotWritable()
    {
        // A read-only mode stops only non-root users, so root acts as user 65534 here; the directory is writable,
        // so an atomic rename would succeed: the refusal must come from checking the file itself.
        const QString dir = m_tmp->filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(m_tmp->path().toLocal8Bit().constData(), 0755) == 0);
        QVERIFY(::chmod(dir.toLocal8Bit().constData(), 0777) == 0);
        const QString path = write("[DEFAULT]\nimage_cache_dir = /old\n", dir);
        QVERIFY(::chmod(path.toLocal8Bit().constData(), 0444) == 0);
        if (isRoot())
            QVERIFY(::chown(path.toLocal8Bit().constData(), 65534, 65534) == 0);
        const QByteArray before = sha(path);
        std::unique_ptr<AsUser> user;
        if (isRoot()) {
            user = std::make_unique<AsUser>(65534);
            QVERIFY(user->ok);
        }
        ConfigDocument doc;
        QVERIFY(doc.load(path));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        const Expected<QString> saved = doc.save();
        QVERIFY(!saved);
        user.reset();
        const QString &error = saved.error();
        QVERIFY2(error.contains(QLatin1String("not writable")) && error.contains(path), qPrintable(error));
        QCOMPARE(sha(path), before);
        QCOMPARE(listing(dir).size(), 1);
    }

    void saveRefusedOnReadOnlyFileSystem()
    {
        if (!isRoot())
            QSKIP("needs root to mount a file system");
        TmpMount mount(m_tmp->filePath(QStringLiteral("ro")), QStringLiteral("1m"));
        QVERIFY2(mount.ok, "root cannot mount a tmpfs here");
        const QString path = write("[DEFAULT]\nimage_cache_dir = /old\n", mount.path);
        ConfigDocument doc;
        QVERIFY(doc.load(path));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        QVERIFY(run(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro"), mount.path }));
        const QByteArray before = sha(path);
        QVERIFY(!doc.canSave());
        const Expected<QString> saved = doc.save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QLatin1String("read-only file system")), qPrintable(saved.error()));
        QCOMPARE(sha(path), before);
        QCOMPARE(listing(mount.path).size(), 1);
    }

    void saveRefusedWhenChangedUnderneath()
    {
        const QString path = write("[DEFAULT]\nimage_cache_dir = /old\n");
        ConfigDocument doc;
        QVERIFY(doc.load(path));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        struct stat st = {};
        QVERIFY(::stat(path.toLocal8Bit().constData(), &st) == 0);
        { // same size, and the old modification time put back: only the SHA-256 can tell
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.write("[DEFAULT]\nimage_cache_dir = /oth\n") == st.st_size);
        }
        const struct timespec times[2] = { st.st_atim, st.st_mtim };
        QVERIFY(::utimensat(AT_FDCWD, path.toLocal8Bit().constData(), times, 0) == 0);
        const QByteArray theirs = sha(path);
        Expected<QString> saved = doc.save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QLatin1String("changed on disk")), qPrintable(saved.error()));
        QCOMPARE(sha(path), theirs);
        QCOMPARE(listing(m_tmp->path()).size(), 1);

        QVERIFY(QFile::remove(path));
        saved = doc.save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QLatin1String("does not exist")), qPrintable(saved.error()));
        QVERIFY(listing(m_tmp->path()).isEmpty());
    }

    void failedWriteLeavesNothingBehind()
    {
        if (!isRoot())
            QSKIP("needs root to mount a small file system");
        TmpMount mount(m_tmp->filePath(QStringLiteral("small")), QStringLiteral("256k"));
        QVERIFY2(mount.ok, "root cannot mount a tmpfs here");
        const QByteArray big = "[DEFAULT]\n" + QByteArray("# filler line for the disk-full test\n").repeated(4000);
        const QString path = write(big, mount.path); // ~150 KiB: a second copy does not fit
        ConfigDocument doc;
        QVERIFY(doc.load(path));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        QVERIFY(doc.canSave());
        const Expected<QString> saved = doc.save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QLatin1String("No space left")), qPrintable(saved.error()));
        QCOMPARE(readAll(path), big);
        QCOMPARE(listing(mount.path), QStringList { QFileInfo(path).fileName() });
        QVERIFY(saved->isEmpty());
    }

    void ownerGroupAndModeKept()
    {
        if (!isRoot())
            QSKIP("needs root to chown");
        const QByteArray original("[DEFAULT]\nimage_cache_dir = /old\n");
        const QString path = write(original);
        const QByteArray native = path.toLocal8Bit();
        QVERIFY(::chown(native.constData(), 65534, 65534) == 0);
        QVERIFY(::chmod(native.constData(), 0640) == 0);
        struct stat before = {};
        QVERIFY(::stat(native.constData(), &before) == 0);
        ConfigDocument doc;
        QVERIFY(doc.load(path));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        const Expected<QString> saved = doc.save();
        QVERIFY_OK(saved);
        const QString &backup = *saved;
        struct stat after = {};
        QVERIFY(::stat(native.constData(), &after) == 0);
        QCOMPARE(after.st_uid, uid_t(65534));
        QCOMPARE(after.st_gid, gid_t(65534));
        QCOMPARE(after.st_mode & 07777, mode_t(0640));
        QVERIFY(after.st_ino != before.st_ino); // replaced by rename, never rewritten in place
        QCOMPARE(readAll(path), QByteArray("[DEFAULT]\nimage_cache_dir = /new\n"));

        QVERIFY(QFileInfo(backup).fileName().startsWith(QFileInfo(path).fileName() + u'.'));
        QVERIFY(backup.endsWith(QLatin1String(".bak")));
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(readAll(backup), original);
        struct stat kept = {};
        QVERIFY(::stat(backup.toLocal8Bit().constData(), &kept) == 0);
        QCOMPARE(kept.st_uid, uid_t(65534));
        QCOMPARE(kept.st_gid, gid_t(65534));
        QCOMPARE(kept.st_mode & 07777, mode_t(0640));
        QCOMPARE(kept.st_mtim.tv_sec, before.st_mtim.tv_sec);
        QCOMPARE(listing(m_tmp->path()).size(), 2);

        // A second save keeps another backup and does not overwrite the first.
        QVERIFY(
            doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/third")));
        const Expected<QString> savedAgain = doc.save();
        QVERIFY_OK(savedAgain);
        const QString &second = *savedAgain;
        QVERIFY(second != backup);
        QCOMPARE(readAll(second), QByteArray("[DEFAULT]\nimage_cache_dir = /new\n"));
        QCOMPARE(readAll(backup), original);
    }

    void ownershipNeverChangedSilently()
    {
        if (!isRoot())
            QSKIP("needs root to act as another user");
        // Root's file, writable by anyone, in a directory anyone may write: only the chown can fail.
        const QString dir = m_tmp->filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(m_tmp->path().toLocal8Bit().constData(), 0755) == 0);
        QVERIFY(::chmod(dir.toLocal8Bit().constData(), 0777) == 0);
        const QString path = write("[DEFAULT]\nimage_cache_dir = /old\n", dir);
        QVERIFY(::chmod(path.toLocal8Bit().constData(), 0666) == 0);
        const QByteArray before = sha(path);
        ConfigDocument doc;
        QString error;
        bool saved = true;
        {
            AsUser nobody(65534);
            QVERIFY(nobody.ok);
            QVERIFY(doc.load(path));
            QVERIFY(
                doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
            const Expected<QString> written = doc.save();
            saved = written.ok();
            error = written.error();
        }
        QVERIFY(!saved);
        QVERIFY2(error.contains(QLatin1String("owner")) && error.contains(QLatin1String("uid 0")), qPrintable(error));
        QCOMPARE(sha(path), before);
        QCOMPARE(listing(dir).size(), 1);
    }

    void symbolicLinkFollowed()
    {
        const QString real = write("[DEFAULT]\nimage_cache_dir = /old\n");
        const QString link = m_tmp->filePath(QStringLiteral("link.conf"));
        QVERIFY(QFile::link(real, link));
        ConfigDocument doc;
        QVERIFY(doc.load(link));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        const Expected<QString> backup = doc.save();
        QVERIFY_OK(backup);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(real), QByteArray("[DEFAULT]\nimage_cache_dir = /new\n"));
        QVERIFY(backup->startsWith(real + u'.'));
    }

    void saveAllIsAllOrNothing()
    {
        const QByteArray a("[DEFAULT]\nimage_cache_dir = /a\n");
        const QByteArray b("[DEFAULT]\nimage_cache_dir = /b\n");
        const QString pa = write(a);
        const QString pb = write(b);
        ConfigDocument da, db;
        QVERIFY(da.load(pa) && db.load(pb));
        for (ConfigDocument *d : { &da, &db })
            QVERIFY(
                d->set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/same")));
        QFile f(pb);
        QVERIFY(f.open(QIODevice::Append) && f.write("# edited elsewhere\n") > 0);
        f.close();
        const Expected<QStringList> refused = ConfigDocument::saveAll({ &da, &db });
        QVERIFY(!refused);
        const QString &error = refused.error();
        QVERIFY2(error.contains(pb) && error.contains(QLatin1String("changed on disk")), qPrintable(error));
        QCOMPARE(readAll(pa), a); // checked both before writing either
        QCOMPARE(listing(m_tmp->path()).size(), 2);

        QVERIFY(db.load(pb));
        QVERIFY(db.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/same")));
        const Expected<QStringList> backups = ConfigDocument::saveAll({ &da, &db });
        QVERIFY_OK(backups);
        QCOMPARE(backups->size(), 2);
        QCOMPARE(readAll(backups->at(0)), a);
        QCOMPARE(oslo({ pa }).value(QStringLiteral("DEFAULT/image_cache_dir")), QStringLiteral("/same"));
        QCOMPARE(oslo({ pb }).value(QStringLiteral("DEFAULT/image_cache_dir")), QStringLiteral("/same"));
    }

    void saveAllPutsBackWhatItWrote()
    {
        if (!isRoot())
            QSKIP("needs root to mount a small file system");
        TmpMount mount(m_tmp->filePath(QStringLiteral("small")), QStringLiteral("256k"));
        QVERIFY2(mount.ok, "root cannot mount a tmpfs here");
        const QByteArray a("[DEFAULT]\nimage_cache_dir = /a\n");
        const QByteArray big = "[DEFAULT]\n" + QByteArray("# filler line for the disk-full test\n").repeated(4000);
        const QString pa = write(a);
        const QString pb = write(big, mount.path);
        ConfigDocument da, db;
        QVERIFY(da.load(pa) && db.load(pb));
        for (ConfigDocument *d : { &da, &db })
            QVERIFY(
                d->set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/same")));
        const QStringList entries = listing(m_tmp->path());
        const Expected<QStringList> saved = ConfigDocument::saveAll({ &da, &db });
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(QLatin1String("put back")), qPrintable(saved.error()));
        QCOMPARE(readAll(pa), a);
        QCOMPARE(readAll(pb), big);
        QCOMPARE(listing(m_tmp->path()), entries);
        QCOMPARE(listing(mount.path).size(), 1);
        QVERIFY(da.isModified()); // still holding the edit, and still in step with the disk
        QVERIFY_OK(da.canSave());
    }

    // A glance-api.conf holds the database password and the message queue's: an error names the line and
    // quotes none of it.
    void secretsNeverInLoadErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("shown"); // the error names the line, never its text
        QTest::newRow("indented connection") << QByteArray("[database]\n  connection = mysql+pymysql://glance:S3cret@db/glance\n")
                                              << QStringLiteral("line 2");
        QTest::newRow("transport_url as continuation")
            << QByteArray("  transport_url = rabbit://openstack:S3cret@ctl:5672/\n[DEFAULT]\n")
            << QStringLiteral("line 1");
        QTest::newRow("password before a section") << QByteArray("admin_password = S3cret\n")
                                                   << QStringLiteral("line 1");
        QTest::newRow("long line, password past 120")
            << QByteArray("[database]\n  connection = mysql+pymysql://glance:" + QByteArray(110, 'x') + "S3cret@db/glance\n")
            << QStringLiteral("line 2");
    }
    void secretsNeverInLoadErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, shown);
        ConfigDocument doc;
        const Expected<void> loaded = doc.load(write(text));
        QVERIFY(!loaded.ok());
        QVERIFY2(!loaded.error().contains(QLatin1String("S3cret")) && !loaded.error().contains(QLatin1String("xxxS")),
            qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(shown), qPrintable(loaded.error()));
    }

    void secretBackupsStayPrivate()
    {
        if (!isRoot())
            QSKIP("needs root to chown");
        const QByteArray original("[DEFAULT]\ntransport_url = rabbit://openstack:S3cret@ctl:5672/\n"
                                  "image_cache_dir = /old\n[database]\nconnection = mysql+pymysql://glance:S3cret@db/glance\n");
        const QString path = write(original);
        QVERIFY(::chown(path.toLocal8Bit().constData(), 0, 65534) == 0 && ::chmod(path.toLocal8Bit().constData(), 0640) == 0);
        ConfigDocument doc;
        QVERIFY_OK(doc.load(path));
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/new")));
        const Expected<QString> backup = doc.save();
        QVERIFY_OK(backup);
        QCOMPARE(readAll(*backup), original);
        struct stat st = {};
        QVERIFY(::stat(backup->toLocal8Bit().constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640)); // no more readable than the original: others read nothing
        QCOMPARE(st.st_uid, uid_t(0));
        QCOMPARE(st.st_gid, gid_t(65534));
        // A refused save names the file, never what is in it.
        QVERIFY(doc.set(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir"), QStringLiteral("/third")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append) && f.write("# edited elsewhere\n") > 0);
        f.close();
        const Expected<QString> refused = doc.save();
        QVERIFY(!refused.ok());
        QVERIFY2(!refused.error().contains(QLatin1String("S3cret")), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
