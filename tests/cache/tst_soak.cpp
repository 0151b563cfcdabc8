// The soak: Glance's own cache code (python3-glance, tests/glance_soak.py) caches, serves and queues images
// while glance-cachectl prunes, deletes, cleans, dequeues and clears the same cache in a loop, for both
// drivers, and the same against a live glance-api serving images through its API. Bounded by the wall
// clock: GCA_SOAK_SECONDS per run (default 15). Afterwards the cache must be whole: SQLite's integrity
// check, every record with its file and every file with its record, every image's bytes its own, nothing
// in incomplete/, nothing outside the cache touched, and Glance's own prune still working.

#include "glancenode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/xattr.h>

namespace {

const QString python = QStringLiteral("/usr/bin/python3"); // the pyenv python3 on PATH has no glance
const QString soakScript = QStringLiteral(GCA_TESTS_DIR "/glance_soak.py");
const QString cachectl = QStringLiteral(GCA_CACHECTL);
// What glance-cachectl says when glance-api holds cache.db longer than its busy timeout (SqliteSession).
const QString lockSentence = QStringLiteral("is locked by another process");

int soakSeconds()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("GCA_SOAK_SECONDS", &ok);
    return ok && s > 0 ? s : 15;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// glance-cachectl's side: every command it ran, by outcome.
struct SideB
{
    QMap<QString, int> ops; // successful runs per command
    int lockRefusals = 0; // refused with the "locked" sentence, nothing changed
    QStringList errors; // anything else: a failure of the soak

    QString summary() const
    {
        QStringList parts;
        int total = 0;
        for (auto it = ops.begin(); it != ops.end(); ++it) {
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
            total += it.value();
        }
        return QStringLiteral("%1 operations (%2), %3 lock refusals, %4 errors")
            .arg(total)
            .arg(parts.join(QStringLiteral(", ")))
            .arg(lockRefusals)
            .arg(errors.size());
    }
};

// What glance-api's log says about a soak: every line that is a failure, and the 500s that are Glance's
// own serving race (its cache middleware checks is_cached(), then opens the file while answering: a file
// deleted in between, by glance-cachectl or by Glance's own pruner alike, makes that request a 500).
struct LogVerdict
{
    int lines = 0;
    int vanished500 = 0;
    QStringList bad; // 5xx not explained by that race, "database is locked", any other ERROR
};

LogVerdict judgeLog(const QString &log, const QString &cacheDir)
{
    static const QRegularExpression status5xx(QStringLiteral("HTTP/1\\.[01]\" (5\\d\\d) "));
    static const QRegularExpression requestId(QStringLiteral("\\[None (req-[0-9a-f-]+) "));
    // The xattr driver names the path as bytes: b'/path'.
    const QString vanishedFile = QStringLiteral("No such file or directory: '") + cacheDir + u'/';
    const QString vanishedBytes = QStringLiteral("No such file or directory: b'") + cacheDir + u'/';
    LogVerdict v;
    const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
    v.lines = int(lines.size());
    QSet<QString> vanished; // requests whose cached file was gone when Glance opened it
    for (const QString &line : lines) {
        const QString req = requestId.match(line).captured(1);
        const bool error = line.contains(QLatin1String(" ERROR "));
        if (line.contains(QLatin1String("database is locked")))
            v.bad.append(line);
        else if (error && (line.contains(vanishedFile) || line.contains(vanishedBytes)) && !req.isEmpty())
            vanished.insert(req);
        else if (error)
            v.bad.append(line);
        const QRegularExpressionMatch m = status5xx.match(line);
        if (!m.hasMatch())
            continue;
        if (m.captured(1) == QLatin1String("500") && vanished.contains(req))
            ++v.vanished500;
        else
            v.bad.append(line);
    }
    return v;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void againstGlanceCode_data();
    void againstGlanceCode();
    void againstGlanceApi_data();
    void againstGlanceApi();

private:
    // Starts glance_soak.py with args and waits for its "ready" line (it prints it once Glance is set up).
    void startSideA(QProcess *p, const QStringList &args, QJsonObject *ready);
    // Waits for side A's final line: its counts.
    void finishSideA(QProcess *p, QJsonObject *counts);
    // glance-cachectl's loop on a cache until deadline.
    void runSideB(const QStringList &location, qint64 maxBytes, const QElapsedTimer &clock, qint64 deadlineMs,
        SideB *b);
    // One glance-cachectl run, classified into b; its stdout when it succeeded.
    QByteArray cachectlRun(const QString &name, const QStringList &args, SideB *b);
    QStringList listed(const QStringList &location, const char *key, SideB *b);
    // The checks after a soak (glance_soak.py check), asserted.
    void verifyCache(const QString &dir, const QString &driver, qint64 maxSize);
    void requireUserXattrs(const QString &dir);
};

void TestSoak::initTestCase()
{
    QVERIFY2(QFile::exists(python), "/usr/bin/python3 is missing: install python3-glance");
    QVERIFY2(QFile::exists(soakScript), qPrintable(soakScript));
    QVERIFY2(QFile::exists(cachectl), qPrintable(cachectl));
    qInfo("soak: %d s per run (GCA_SOAK_SECONDS)", soakSeconds());
}

void TestSoak::startSideA(QProcess *p, const QStringList &args, QJsonObject *ready)
{
    p->start(python, QStringList { soakScript } + args);
    QVERIFY2(p->waitForStarted(10000), qPrintable(p->errorString()));
    // Readiness comes from its output, never from a sleep: Glance has created the cache (or uploaded).
    while (!p->canReadLine()) {
        QVERIFY2(p->waitForReadyRead(120000) || p->canReadLine(),
            qPrintable(QStringLiteral("glance_soak.py did not get ready: ") + QString::fromUtf8(p->readAllStandardError())));
    }
    *ready = QJsonDocument::fromJson(p->readLine()).object();
    QVERIFY2(ready->value(QLatin1String("ready")).toBool(), qPrintable(compact(*ready)));
}

void TestSoak::finishSideA(QProcess *p, QJsonObject *counts)
{
    QVERIFY2(p->waitForFinished(120000), "glance_soak.py did not stop at its deadline");
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
        qPrintable(QStringLiteral("glance_soak.py failed (%1)\n").arg(p->exitCode()) + err));
    *counts = QJsonDocument::fromJson(p->readLine()).object();
    QVERIFY2(counts->contains(QLatin1String("ops")), qPrintable(err));
}

QByteArray TestSoak::cachectlRun(const QString &name, const QStringList &args, SideB *b)
{
    QProcess p;
    p.start(cachectl, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        b->errors.append(name + QStringLiteral(": did not run or did not end: ") + p.errorString());
        p.kill();
        p.waitForFinished();
        return {};
    }
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitStatus() != QProcess::NormalExit) {
        b->errors.append(name + QStringLiteral(": crashed ") + err);
    } else if (p.exitCode() == 0) {
        b->ops[name] += 1;
        return p.readAllStandardOutput();
    } else if (p.exitCode() == 1 && err.contains(lockSentence)) {
        b->lockRefusals += 1;
    } else {
        b->errors.append(QStringLiteral("%1 (%2) exited %3: %4")
                             .arg(name, args.mid(4).join(u' '))
                             .arg(p.exitCode())
                             .arg(err.trimmed()));
    }
    return {};
}

// IDs under key ("cached_images" or "queued_images") of `list --json`, which has GET /v2/cache's shape.
QStringList TestSoak::listed(const QStringList &location, const char *key, SideB *b)
{
    const QByteArray out = cachectlRun(QStringLiteral("list"), location + QStringList { QStringLiteral("list"), QStringLiteral("--json") }, b);
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(out).object().value(QLatin1String(key)).toArray())
        ids.append(v.isString() ? v.toString() : v.toObject().value(QLatin1String("image_id")).toString());
    return ids;
}

void TestSoak::runSideB(
    const QStringList &location, qint64 maxBytes, const QElapsedTimer &clock, qint64 deadlineMs, SideB *b)
{
    QRandomGenerator rng(7);
    const QString yes = QStringLiteral("--yes");
    auto pick = [&rng](const QStringList &ids) { return ids.at(int(rng.bounded(quint32(ids.size())))); };
    for (int round = 0; clock.elapsed() < deadlineMs; ++round) {
        // Every kind within the first rounds: on a loaded machine a run may get only a dozen commands in.
        switch (round % 8) {
        case 0:
        case 5: {
            const QStringList cached = listed(location, "cached_images", b);
            if (!cached.isEmpty())
                cachectlRun(QStringLiteral("delete"), location + QStringList { QStringLiteral("delete"), yes, pick(cached) }, b);
            break;
        }
        case 1:
        case 6:
            cachectlRun(QStringLiteral("prune"),
                location + QStringList { QStringLiteral("prune"), QStringLiteral("--max-size"), QString::number(maxBytes) }, b);
            break;
        case 2:
            cachectlRun(QStringLiteral("clean"), location + QStringList { QStringLiteral("clean") }, b);
            break;
        case 3:
            cachectlRun(QStringLiteral("clear-queue"),
                location + QStringList { QStringLiteral("clear"), QStringLiteral("--target"), QStringLiteral("queue"), yes }, b);
            break;
        case 4: {
            const QStringList queued = listed(location, "queued_images", b);
            if (!queued.isEmpty())
                cachectlRun(QStringLiteral("dequeue"), location + QStringList { QStringLiteral("dequeue"), yes, pick(queued) }, b);
            break;
        }
        case 7:
            // Now and then everything, as an operator emptying the cache of a busy node would.
            if (round % 32 == 31)
                cachectlRun(QStringLiteral("clear-cache"),
                    location + QStringList { QStringLiteral("clear"), QStringLiteral("--target"), QStringLiteral("cache"), yes }, b);
            else
                cachectlRun(QStringLiteral("status"), location + QStringList { QStringLiteral("status") }, b);
            break;
        }
    }
}

void TestSoak::verifyCache(const QString &dir, const QString &driver, qint64 maxSize)
{
    QProcess p;
    p.start(python, { soakScript, QStringLiteral("check"), dir, QStringLiteral("--driver"), driver,
                        QStringLiteral("--max-size"), QString::number(maxSize) });
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
    const QJsonObject facts = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    qInfo("%s afterwards: %s", qPrintable(driver), qPrintable(compact(facts)));
    QCOMPARE(facts.value(QLatin1String("driver")).toString(), driver);
    auto list = [&facts](const char *key) {
        QStringList out;
        for (const QJsonValue &v : facts.value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    };
    QCOMPARE(list("integrity"), QStringList { QStringLiteral("ok") });
    QCOMPARE(list("rows_without_file"), QStringList {});
    QCOMPARE(list("files_without_row"), QStringList {});
    QCOMPARE(list("size_mismatch"), QStringList {});
    QCOMPARE(list("foreign_bytes"), QStringList {});
    QCOMPARE(list("incomplete"), QStringList {});
    QCOMPARE(list("invalid"), QStringList {});
    // Glance's own prune after ours: it still works and gets the cache under its limit.
    const qint64 before = facts.value(QLatin1String("size_before_prune")).toInteger();
    const qint64 after = facts.value(QLatin1String("size_after_prune")).toInteger();
    QVERIFY2(after <= maxSize, qPrintable(QStringLiteral("Glance's prune left %1 bytes > %2").arg(after).arg(maxSize)));
    if (before > maxSize)
        QVERIFY(facts.value(QLatin1String("pruned_files")).toInt() > 0);
}

// Never skip: an xattr soak on a file system without user xattrs would fall back to sqlite in Glance.
void TestSoak::requireUserXattrs(const QString &dir)
{
    const QByteArray probe = QFile::encodeName(dir + QStringLiteral("/xattr-probe"));
    QFile f(QFile::decodeName(probe));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const int rc = ::setxattr(probe.constData(), "user.hits", "0", 1, 0);
    const int err = errno;
    f.remove();
    QVERIFY2(rc == 0,
        qPrintable(QStringLiteral("%1 has no user extended attributes (%2): point TMPDIR at ext4/xfs with user_xattr.")
                       .arg(dir, QString::fromLocal8Bit(std::strerror(err)))));
}

void TestSoak::againstGlanceCode_data()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("xattr") << QStringLiteral("xattr");
}

void TestSoak::againstGlanceCode()
{
    QFETCH(QString, driver);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (driver == QLatin1String("xattr")) {
        requireUserXattrs(root.path());
        if (QTest::currentTestFailed())
            return;
    }
    // A file beside the cache that nothing may touch.
    const QString sentinel = root.filePath(QStringLiteral("sentinel.bin"));
    {
        QFile f(sentinel);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'S'));
    }
    const QByteArray sentinelSum = sha256Of(sentinel);
    const QDateTime sentinelTime = QFileInfo(sentinel).lastModified();
    const QString dir = root.filePath(QStringLiteral("cache"));
    const int seconds = soakSeconds();

    QProcess sideA;
    QJsonObject ready;
    startSideA(&sideA, { QStringLiteral("local"), dir, QStringLiteral("--driver"), driver, QStringLiteral("--seconds"),
                           QString::number(seconds) }, &ready);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ready.value(QLatin1String("driver")).toString(), driver);
    QElapsedTimer clock;
    clock.start();
    SideB b;
    runSideB({ QStringLiteral("--cache-dir"), dir, QStringLiteral("--driver"), driver }, 2 * 1024 * 1024, clock,
        seconds * 1000, &b);
    QJsonObject a;
    finishSideA(&sideA, &a);
    if (QTest::currentTestFailed())
        return;

    qInfo("%s, Glance's side: %s", qPrintable(driver), qPrintable(compact(a)));
    qInfo("%s, glance-cachectl's side: %s", qPrintable(driver), qPrintable(b.summary()));
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.join(u'\n')));
    QVERIFY2(a.value(QLatin1String("error_count")).toInt() == 0, qPrintable(compact(a)));
    const QJsonObject aOps = a.value(QLatin1String("ops")).toObject();
    for (const char *op : { "cache", "serve", "queue" })
        QVERIFY2(aOps.value(QLatin1String(op)).toInt() > 0, op);
    // dequeue runs only when the queue it listed was not empty, so it may have no count on a slow machine.
    for (const char *op : { "delete", "prune", "clean", "clear-queue", "list" })
        QVERIFY2(b.ops.value(QLatin1String(op)) > 0, op);

    verifyCache(dir, driver, 65536);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(sha256Of(sentinel), sentinelSum);
    QCOMPARE(QFileInfo(sentinel).lastModified(), sentinelTime);
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        (QStringList { QStringLiteral("cache"), QStringLiteral("sentinel.bin") }));
}

void TestSoak::againstGlanceApi_data()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("xattr") << QStringLiteral("xattr");
}

// A live glance-api serving images through its API, caching them on a miss, while glance-cachectl prunes
// and deletes under it. Its log must show no 500 but Glance's own race and no "database is locked".
void TestSoak::againstGlanceApi()
{
    QFETCH(QString, driver);
    GlanceNode node;
    QVERIFY(node.start({ QStringLiteral("--image-cache-driver"), driver }));
    if (driver == QLatin1String("xattr"))
        requireUserXattrs(node.cacheDir);
    if (QTest::currentTestFailed())
        return;
    const int seconds = soakSeconds();
    QProcess sideA;
    QJsonObject ready;
    startSideA(&sideA, { QStringLiteral("api"), node.url, QStringLiteral("--seconds"), QString::number(seconds) }, &ready);
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer clock;
    clock.start();
    SideB b;
    // Below the images' total (12 of 16-256 KiB), so that prune deletes and downloads cache them again.
    runSideB({ QStringLiteral("--cache-dir"), node.cacheDir, QStringLiteral("--driver"), driver },
        512 * 1024, clock, seconds * 1000, &b);
    QJsonObject a;
    finishSideA(&sideA, &a);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(node.stop());

    QFile logFile(node.workdir() + QStringLiteral("/glance-api.log"));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const LogVerdict log = judgeLog(QString::fromUtf8(logFile.readAll()), node.cacheDir);
    const int served500 = a.value(QLatin1String("ops")).toObject().value(QLatin1String("status_500")).toInt();
    qInfo("glance-api (%s), API side: %s", qPrintable(driver), qPrintable(compact(a)));
    qInfo("glance-api, glance-cachectl's side: %s", qPrintable(b.summary()));
    qInfo("glance-api log: %d lines, %d requests answered 500 because a cached file was deleted between the "
          "cache middleware's is_cached() and open() (Glance's own race), %d other problems",
        log.lines, log.vanished500, int(log.bad.size()));
    QVERIFY2(log.bad.isEmpty(), qPrintable(log.bad.mid(0, 20).join(u'\n')));
    QCOMPARE(served500, log.vanished500);
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.join(u'\n')));
    QVERIFY2(a.value(QLatin1String("error_count")).toInt() == 0, qPrintable(compact(a)));
    QVERIFY(a.value(QLatin1String("ops")).toObject().value(QLatin1String("download")).toInt() > 0);
    for (const char *op : { "delete", "prune", "clean" })
        QVERIFY2(b.ops.value(QLatin1String(op)) > 0, op);
    verifyCache(node.cacheDir, driver, 65536);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
