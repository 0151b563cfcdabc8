#include "testcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// glance-cachectl as a person or a cron job runs it: output shapes, exit codes, confirmations.
class TestCli : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<TestCache> m_cache;
    QByteArray m_out;
    QByteArray m_err;
    const double t0 = 1700000000.5;

    // locale: LC_ALL for the run ("" keeps the environment's); Qt reads it even when glibc has no such locale.
    int ctl(const QStringList &args, bool withCache = true, const QString &locale = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp->filePath(QStringLiteral("xdg")));
        if (!locale.isEmpty()) {
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            env.remove(QStringLiteral("LANGUAGE"));
        }
        p.setProcessEnvironment(env);
        QStringList all = args;
        if (withCache)
            all += {QStringLiteral("--cache-dir"), m_cache->dir()};
        p.start(QStringLiteral(GCA_CACHECTL), all);
        if (!p.waitForFinished(60000))
            return -1;
        m_out = p.readAllStandardOutput();
        m_err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    QJsonObject json() const { return QJsonDocument::fromJson(m_out).object(); }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cache = std::make_unique<TestCache>(m_tmp->filePath(QStringLiteral("cache")), QStringLiteral("sqlite"));
        QVERIFY(QDir().mkpath(m_cache->dir()));
        QVERIFY(m_cache->init());
        QVERIFY(m_cache->addCached(TestCache::id(2), 200, t0 + 2, 3));
        QVERIFY(m_cache->addCached(TestCache::id(1), 100, t0 + 1, 0));
        QVERIFY(m_cache->addQueued(TestCache::id(9), t0));
    }

    void listJsonHasTheApiShape()
    {
        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--json")}), 0);
        const QJsonObject o = json();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("cached_images"), QStringLiteral("queued_images")}));
        const QJsonArray cached = o.value(QLatin1String("cached_images")).toArray();
        QCOMPARE(cached.size(), 2);
        const QJsonObject first = cached.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("hits"), QStringLiteral("image_id"),
                                            QStringLiteral("last_accessed"), QStringLiteral("last_modified"),
                                            QStringLiteral("size")}));
        QCOMPARE(first.value(QLatin1String("image_id")).toString(), TestCache::id(1));
        QCOMPARE(first.value(QLatin1String("last_accessed")).toDouble(), t0 + 1);
        QCOMPARE(o.value(QLatin1String("queued_images")).toArray().at(0).toString(), TestCache::id(9));
        QVERIFY(m_out.contains("\"last_accessed\": 1700000001.5"));
    }

    void listTableHasGlanceclientColumns()
    {
        QCOMPARE(ctl({QStringLiteral("list")}), 0);
        const QString text = QString::fromUtf8(m_out);
        for (const char *column : {"ID", "State", "Last Accessed (UTC)", "Last Modified (UTC)", "Size", "Hits"})
            QVERIFY2(text.contains(QLatin1String(column)), column);
        QVERIFY(text.contains(QLatin1String("2023-11-14T22:13:21.500000")));
        QVERIFY(text.contains(QLatin1String("queued")));
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"status", "list", "list-queued", "list-incomplete", "list-invalid", "queue", "delete",
                              "dequeue", "clear", "prune", "clean"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void helpOnEveryCommand()
    {
        QFETCH(QString, command);
        QCOMPARE(ctl({command, QStringLiteral("--help")}, false), 0);
        QVERIFY(m_out.startsWith("Usage: glance-cachectl [options] " + command.toUtf8()));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--dry-run")};
        QTest::newRow("queue without ids") << QStringList{QStringLiteral("queue")};
        QTest::newRow("bad target") << QStringList{QStringLiteral("clear"), QStringLiteral("--target"), QStringLiteral("both")};
        QTest::newRow("bad size") << QStringList{QStringLiteral("prune"), QStringLiteral("--max-size"), QStringLiteral("lots")};
        QTest::newRow("bad stall") << QStringList{QStringLiteral("clean"), QStringLiteral("--stall-time"), QStringLiteral("-3")};
        QTest::newRow("bad driver") << QStringList{u"status"_s, u"--driver"_s, u"bogus"_s, u"--cache-dir"_s, u"/tmp"_s};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QCOMPARE(ctl(args), 2);
        QVERIFY(!m_err.isEmpty());
    }

    void destructiveNeedsYesWithoutTerminal()
    {
        QCOMPARE(ctl({QStringLiteral("delete"), TestCache::id(1)}), 1);
        QVERIFY(m_err.contains("--yes"));
        QVERIFY(m_cache->exists(TestCache::id(1)));
        QCOMPARE(ctl({QStringLiteral("clear")}), 1);
        QCOMPARE(m_cache->rows().size(), 2);
        QCOMPARE(ctl({QStringLiteral("delete"), QStringLiteral("--yes"), TestCache::id(1)}), 0);
        QVERIFY(!m_cache->exists(TestCache::id(1)));
        QCOMPARE(m_cache->rows().keys(), QStringList{TestCache::id(2)});
    }

    void malformedIdChangesNothing()
    {
        QCOMPARE(ctl({QStringLiteral("queue"), TestCache::id(5), QStringLiteral("../../etc")}), 1);
        QVERIFY(m_err.contains("not an image ID"));
        QVERIFY(!m_cache->exists(QStringLiteral("queue/") + TestCache::id(5)));
    }

    void queueReportsWhy()
    {
        QCOMPARE(ctl({QStringLiteral("queue"), QStringLiteral("--json"), TestCache::id(1), TestCache::id(5)}), 0);
        const QJsonArray results = json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QLatin1String("result")).toString(), QStringLiteral("already_cached"));
        QCOMPARE(results.at(1).toObject().value(QLatin1String("result")).toString(), QStringLiteral("queued"));
        QVERIFY(m_cache->exists(QStringLiteral("queue/") + TestCache::id(5)));
    }

    void pruneDryRunThenRun()
    {
        QCOMPARE(ctl({QStringLiteral("prune"), QStringLiteral("--max-size"), QStringLiteral("250"),
                      QStringLiteral("--dry-run"), QStringLiteral("--json")}),
                 0);
        QJsonObject o = json();
        QCOMPARE(o.value(QLatin1String("total_files_pruned")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("total_bytes_pruned")).toInt(), 100);
        QCOMPARE(o.value(QLatin1String("pruned_images")).toArray().at(0).toObject().value(QLatin1String("image_id")).toString(),
                 TestCache::id(1));
        QVERIFY(m_cache->exists(TestCache::id(1)));
        // prune never asks, even without a terminal (cron)
        QCOMPARE(ctl({QStringLiteral("prune"), QStringLiteral("--max-size"), QStringLiteral("250"), QStringLiteral("--json")}), 0);
        o = json();
        QCOMPARE(o.value(QLatin1String("total_files_pruned")).toInt(), 1);
        QVERIFY(!m_cache->exists(TestCache::id(1)));
    }

    void cleanNeverAsks()
    {
        QVERIFY(m_cache->addFile(QStringLiteral("invalid/") + TestCache::id(7), 7, t0));
        QCOMPARE(ctl({QStringLiteral("clean")}), 0);
        QVERIFY(!m_cache->exists(QStringLiteral("invalid/") + TestCache::id(7)));
    }

    // status --json of a sqlite cache: these members, in this order, and no centralized_db ones (database,
    // node_url), which only that driver's status has.
    void statusJsonMembers()
    {
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("--json")}), 0);
        QStringList keys;
        const QRegularExpression member(QStringLiteral("(?:^\\{|, )\"([a-z_]+)\": "));
        for (auto it = member.globalMatch(QString::fromUtf8(m_out)); it.hasNext();)
            keys.append(it.next().captured(1));
        QCOMPARE(keys, (QStringList{QStringLiteral("cache_dir"), QStringLiteral("config_files"), QStringLiteral("demo"),
                                    QStringLiteral("configured_driver"), QStringLiteral("effective_driver"),
                                    QStringLiteral("driver_note"), QStringLiteral("size"), QStringLiteral("max_size"),
                                    QStringLiteral("over_limit"), QStringLiteral("free_bytes"),
                                    QStringLiteral("cached_images"), QStringLiteral("queued_images"),
                                    QStringLiteral("incomplete_images"), QStringLiteral("stalled_images"),
                                    QStringLiteral("invalid_images"), QStringLiteral("orphans"),
                                    QStringLiteral("warnings")}));
        QCOMPARE(json().value(QLatin1String("effective_driver")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(ctl({QStringLiteral("status")}), 0);
        QVERIFY(!m_out.contains("Records:"));
    }

    void statusOfDemoWhenNothingGiven()
    {
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("--json")}, false), 0);
        const QJsonObject o = json();
        QVERIFY(o.value(QLatin1String("demo")).toBool());
        QVERIFY(o.value(QLatin1String("over_limit")).toBool());
        QVERIFY(o.value(QLatin1String("cached_images")).toInt() >= 24);
        QCOMPARE(o.value(QLatin1String("queued_images")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("incomplete_images")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("stalled_images")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("invalid_images")).toInt(), 1);
        QCOMPARE(ctl({QStringLiteral("status")}, false), 0);
        QVERIFY(m_out.contains("DEMO CACHE"));
        QCOMPARE(ctl({QStringLiteral("prune"), QStringLiteral("--dry-run"), QStringLiteral("--json")}, false), 0);
        QVERIFY(json().value(QLatin1String("total_files_pruned")).toInt() > 0);
    }

    // Issue 18: a cron line whose system config is missing, unreadable or refused by Glance never changes
    // the demo (nor creates it), exits 1 and says why; reading commands say "demo" on stderr and in JSON.
    void changesNeverFallBackToTheDemo_data()
    {
        QTest::addColumn<QString>("systemConfig"); // "" = missing; otherwise its text
        QTest::addColumn<QString>("why");
        QTest::newRow("missing") << QString() << u"does not exist"_s;
        QTest::newRow("refused") << u"[DEFAULT]\nimage_cache_max_size = 10G\n"_s << u"10G"_s;
        QTest::newRow("no-cache-dir") << u"[DEFAULT]\nimage_cache_max_size = 1000\n"_s << u"image_cache_dir"_s;
    }
    void changesNeverFallBackToTheDemo()
    {
        QFETCH(QString, systemConfig);
        QFETCH(QString, why);
        const QString config = m_tmp->filePath(u"glance-api.conf"_s);
        if (!systemConfig.isNull()) {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(systemConfig.toUtf8());
        }
        qputenv("GLANCE_CACHE_ADMIN_SYSTEM_CONFIG", config.toLocal8Bit());
        const QString demo = m_tmp->filePath(u"xdg/glance-cache-admin/demo"_s);
        const QString id = TestCache::id(1);
        const QList<QStringList> changing{{u"prune"_s}, {u"clean"_s}, {u"clear"_s, u"--yes"_s},
            {u"delete"_s, u"--yes"_s, id}, {u"queue"_s, id}, {u"dequeue"_s, id}, {u"fetch"_s}, {u"verify"_s}};
        for (const QStringList &args : changing) {
            QCOMPARE(ctl(args, false), 1);
            const QString err = QString::fromUtf8(m_err);
            QVERIFY2(err.contains(why) && err.contains(u"changes a cache"_s), qPrintable(args.join(u' ') + u": "_s + err));
            QVERIFY2(!QFileInfo::exists(demo), qPrintable(args.join(u' ')));
        }
        QCOMPARE(ctl({u"list"_s, u"--json"_s}, false), 0);
        QVERIFY(json().value(u"demo"_s).toBool());
        QVERIFY(m_err.contains("DEMO CACHE") && QString::fromUtf8(m_err).contains(why));
        qputenv("GLANCE_CACHE_ADMIN_SYSTEM_CONFIG", "/nonexistent/glance-api.conf");
    }

    // Issue 18: under sudo, a file that is not a config must not be echoed: its path, the line number and
    // the kind of problem only.
    void notAConfigIsNeverEchoed()
    {
        const QString path = m_tmp->filePath(u"shadow"_s);
        const QByteArray secret = "root:$y$j9T$Secret.Hash.Value$xyz:19000:0:99999:7:::";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(secret + "\ndaemon:*:19000:0:99999:7:::\n");
        f.close();
        const QList<QStringList> runs{{u"status"_s}, {u"check"_s}, {u"prune"_s, u"--dry-run"_s}, {u"config"_s, u"show"_s},
            {u"config"_s, u"set"_s, u"image_cache_max_size"_s, u"1000"_s}};
        for (QStringList args : runs) {
            args += {u"--config-file"_s, path};
            QVERIFY(ctl(args, false) != 0);
            const QByteArray all = m_out + m_err;
            QVERIFY2(all.contains("line 1") && all.contains(path.toUtf8()), all.constData());
            QVERIFY2(!all.contains("Secret") && !all.contains("19000") && !all.contains("daemon"),
                qPrintable(args.join(u' ')));
        }
        QCOMPARE(f.open(QIODevice::ReadOnly) ? f.readAll().left(secret.size()) : QByteArray(), secret); // unchanged
    }

    // Issue 17: a record whose file is gone printed "QString::arg: Argument missing" on stderr. Every language
    // we ship, text and JSON: the orphan is reported on stdout and stderr stays empty.
    void statusWithRecordWithoutFileWritesNothingToStderr_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("json");
        for (const char *l : {"C.UTF-8", "fr_FR.UTF-8", "de_DE.UTF-8"}) {
            QTest::addRow("%s text", l) << QString::fromLatin1(l) << false;
            QTest::addRow("%s json", l) << QString::fromLatin1(l) << true;
        }
    }
    void statusWithRecordWithoutFileWritesNothingToStderr()
    {
        QFETCH(QString, locale);
        QFETCH(bool, json);
        QVERIFY(m_cache->addRecordOnly(TestCache::id(4), 400, t0));
        QStringList args{QStringLiteral("status")};
        if (json)
            args.append(QStringLiteral("--json"));
        QCOMPARE(ctl(args, true, locale), 0);
        QVERIFY2(m_err.isEmpty(), m_err.constData());
        QVERIFY(m_out.contains(TestCache::id(4).toLatin1()));
        if (json)
            QVERIFY(m_out.contains("\"record_without_file\""));
    }

    // The CLI's numbers are never grouped, whatever LANG says: a script reads "1200", not "1,200" or
    // "1.200". An English locale groups in the GUI (tst_mainwindow), so it is the one to try here.
    void numbersAreNeverGrouped_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8");
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8");
    }
    void numbersAreNeverGrouped()
    {
        QFETCH(QString, locale);
        for (int i = 0; i < 1200; ++i)
            QVERIFY(m_cache->addQueued(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')), t0));
        QCOMPARE(ctl({QStringLiteral("status")}, true, locale), 0);
        QVERIFY2(m_out.contains("1201\n"), m_out.constData());
        QVERIFY(!m_out.contains("1,201") && !m_out.contains("1.201"));
        QCOMPARE(ctl({QStringLiteral("clear"), QStringLiteral("--target"), QStringLiteral("queue"), QStringLiteral("--yes")},
                     true, locale),
                 0);
        QVERIFY2(m_out.contains("1201 "), m_out.constData());
        QVERIFY(!m_out.contains("1,201") && !m_out.contains("1.201"));
        QVERIFY2(m_err.isEmpty(), m_err.constData());
    }

    void missingCacheDirFails()
    {
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("--cache-dir"), m_tmp->filePath(QStringLiteral("none"))}, false), 1);
        QVERIFY(m_err.contains("does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
