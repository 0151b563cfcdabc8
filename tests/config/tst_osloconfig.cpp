#include "config/cachelocator.h"
#include "config/osloconfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "pythonoracle.h"

// Our reader against Debian's oslo.config on the same files: every case is checked both ways.
class TestOsloConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.conf").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }

    std::unique_ptr<PythonOracle> m_oracle; // oslo_oracle.py: Debian's oslo.config with Glance Zed's options

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_oracle = std::make_unique<PythonOracle>(QStringLiteral(GCA_TESTS_DIR "/oslo_oracle.py"));
    }
    void cleanupTestCase() { m_oracle.reset(); }

    void matchesOsloConfig_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second"); // empty: one file only
        QTest::newRow("plain") << QByteArray("[DEFAULT]\nimage_cache_dir = /srv/cache\n") << QByteArray();
        QTest::newRow("trailing comment is value") << QByteArray("[DEFAULT]\nimage_cache_dir = /srv/cache # fast disk\n")
                                                  << QByteArray();
        QTest::newRow("colon separator") << QByteArray("[DEFAULT]\nimage_cache_dir: /srv/c\n") << QByteArray();
        QTest::newRow("quoted") << QByteArray("[DEFAULT]\nimage_cache_dir = \"/srv/quoted\"\n") << QByteArray();
        QTest::newRow("repeated key, last wins")
            << QByteArray("[DEFAULT]\nimage_cache_dir = /a\nimage_cache_dir = /b\n") << QByteArray();
        QTest::newRow("lower-case default is another section")
            << QByteArray("[default]\nimage_cache_dir = /ignored\n[DEFAULT]\nimage_cache_max_size = 5\n") << QByteArray();
        QTest::newRow("continuation line") << QByteArray("[DEFAULT]\nimage_cache_dir = /srv\n  /more\n") << QByteArray();
        // References name options Glance registers (here glance_store's, which oslo_oracle.py registers too).
        QTest::newRow("substitution")
            << QByteArray("[DEFAULT]\nimage_cache_dir = ${glance_store.filesystem_store_datadir}/cache\n"
                          "[glance_store]\nfilesystem_store_datadir = /data\n")
            << QByteArray();
        QTest::newRow("braced substitution, default value")
            << QByteArray("[DEFAULT]\nimage_cache_dir = ${glance_store.filesystem_store_datadir}-cache\n")
            << QByteArray();
        QTest::newRow("unregistered name stops oslo.config")
            << QByteArray("[DEFAULT]\nbase_dir = /data\nimage_cache_dir = $base_dir/cache\n") << QByteArray();
        QTest::newRow("dollar escape") << QByteArray("[DEFAULT]\nimage_cache_dir = /srv/$$x\n") << QByteArray();
        QTest::newRow("later file overrides")
            << QByteArray("[DEFAULT]\nimage_cache_dir = /one\nimage_cache_max_size = 100\n")
            << QByteArray("[DEFAULT]\nimage_cache_dir = /two\n");
        QTest::newRow("comments and blank lines")
            << QByteArray("# header\n[DEFAULT]\n; note\n\n#image_cache_dir = /no\nimage_cache_dir=/yes\n") << QByteArray();
        QTest::newRow("driver any case") << QByteArray("[DEFAULT]\nimage_cache_dir=/x\nimage_cache_driver = XATTR\n")
                                         << QByteArray();
        QTest::newRow("10G rejected") << QByteArray("[DEFAULT]\nimage_cache_dir=/x\nimage_cache_max_size = 10G\n")
                                      << QByteArray();
        QTest::newRow("negative rejected")
            << QByteArray("[DEFAULT]\nimage_cache_dir=/x\nimage_cache_stall_time = -5\n") << QByteArray();
        QTest::newRow("unknown driver") << QByteArray("[DEFAULT]\nimage_cache_dir=/x\nimage_cache_driver = redis\n")
                                        << QByteArray();
        QTest::newRow("continuation first") << QByteArray("  indented\n[DEFAULT]\n") << QByteArray();
        QTest::newRow("no equals") << QByteArray("[DEFAULT]\nimage_cache_dir\n") << QByteArray();
        QTest::newRow("unterminated section") << QByteArray("[DEFAULT\nimage_cache_dir = /x\n") << QByteArray();
        QTest::newRow("assignment before section") << QByteArray("image_cache_dir = /x\n") << QByteArray();
    }

    void matchesOsloConfig()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QStringList files{write(first)};
        if (!second.isEmpty())
            files.append(write(second));
        const QJsonObject expected = m_oracle->ask(files); // {"error": ...} only when oslo.config refused
        if (QTest::currentTestFailed())
            return;

        OsloConfig config;
        QString error;
        bool parsed = true;
        for (const QString &f : files) {
            const Expected<void> added = config.addFile(f);
            parsed = added.ok();
            error = added.error();
            if (!parsed)
                break;
        }
        LocationOptions options;
        options.configFiles = files;
        CacheLocation loc;
        bool resolved = false;
        if (parsed) {
            const Expected<CacheLocation> located = CacheLocator::resolve(options);
            resolved = located.ok();
            error = located.error();
            loc = *located;
        }

        if (expected.contains(QLatin1String("error"))) {
            QVERIFY2(!resolved, qPrintable(expected.value(QLatin1String("error")).toString()));
            QVERIFY(!error.isEmpty());
            return;
        }
        const QString dir = expected.value(QLatin1String("image_cache_dir")).toString();
        QCOMPARE(config.value(QStringLiteral("DEFAULT"), QStringLiteral("image_cache_dir")), dir);
        if (dir.isEmpty()) {
            QVERIFY(!resolved);
            return;
        }
        QVERIFY2(resolved, qPrintable(error));
        QCOMPARE(loc.maxSize, qint64(expected.value(QLatin1String("image_cache_max_size")).toDouble()));
        QCOMPARE(loc.stallTime, qint64(expected.value(QLatin1String("image_cache_stall_time")).toDouble()));
        QCOMPARE(loc.driver, expected.value(QLatin1String("image_cache_driver")).toString().toLower());
    }

    void errorsNameFileAndLine()
    {
        const QString path = write("[DEFAULT]\nimage_cache_dir = /x\n[broken\n");
        OsloConfig config;
        const Expected<void> added = config.addFile(path);
        QVERIFY(!added);
        QVERIFY(added.error().contains(path));
        QVERIFY(added.error().contains(QLatin1String("line 3")));
    }

    void binaryFileRefused()
    {
        const QString path = write(QByteArray("[DEFAULT]\n\0\x01\x02", 13));
        OsloConfig config;
        const Expected<void> added = config.addFile(path);
        QVERIFY(!added);
        QVERIFY(added.error().contains(QLatin1String("not a text file")));
    }

    void snippetsDirectoryBesideFile()
    {
        const QString main = write("[DEFAULT]\nimage_cache_dir = /main\n");
        QVERIFY(QDir().mkpath(main + QStringLiteral(".d")));
        QFile snippet(main + QStringLiteral(".d/50-cache.conf"));
        QVERIFY(snippet.open(QIODevice::WriteOnly));
        snippet.write("[DEFAULT]\nimage_cache_dir = /from-snippet\n");
        snippet.close();
        LocationOptions options;
        options.configFiles = {main};
        const Expected<CacheLocation> loc = CacheLocator::resolve(options);
        QVERIFY2(loc.ok(), qPrintable(loc.error()));
        QCOMPARE(loc->cacheDir, QStringLiteral("/from-snippet"));
        QCOMPARE(loc->configFiles.size(), 2);
    }

    void cacheDirOptionOverridesConfig()
    {
        LocationOptions options;
        options.configFiles = {write("[DEFAULT]\nimage_cache_dir = /conf\nimage_cache_max_size = 42\n")};
        options.cacheDir = QStringLiteral("/given");
        options.driver = QStringLiteral("xattr");
        const Expected<CacheLocation> loc = CacheLocator::resolve(options);
        QVERIFY(loc.ok());
        QCOMPARE(loc->cacheDir, QStringLiteral("/given"));
        QCOMPARE(loc->driver, QStringLiteral("xattr"));
        QCOMPARE(loc->maxSize, qint64(42));
    }

    void missingCacheDirExplained()
    {
        LocationOptions options;
        options.configFiles = {write("[default]\nimage_cache_dir = /x\n")};
        const Expected<CacheLocation> loc = CacheLocator::resolve(options);
        QVERIFY(!loc.ok());
        QVERIFY(loc.error().contains(QLatin1String("[DEFAULT]")));
    }

    void dbPathJoinsLikeOsPath()
    {
        CacheLocation loc;
        loc.cacheDir = QStringLiteral("/srv/cache");
        QCOMPARE(loc.dbPath(), QStringLiteral("/srv/cache/cache.db"));
        loc.sqliteDb = QStringLiteral("/elsewhere/x.db");
        QCOMPARE(loc.dbPath(), QStringLiteral("/elsewhere/x.db"));
    }
};

QTEST_GUILESS_MAIN(TestOsloConfig)
#include "tst_osloconfig.moc"
