// Interop with real Glance: Debian's python3-glance, driven in-process by tests/glance_oracle.py, and our
// engine (ImageCache) and CLI (glance-cachectl) must see and change the same caches in the same way, for
// both the sqlite and the xattr driver. Glance is the oracle: where the two disagree, the engine is wrong.

#include "cache/imagecache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <sys/xattr.h>

namespace {

// A fixed epoch for the spec times, so every run builds byte-identical metadata.
constexpr double T = 1700000000.0;

const QString python = QStringLiteral("/usr/bin/python3"); // the pyenv python3 on PATH has no glance
const QString oracleScript = QStringLiteral(GCA_TESTS_DIR "/glance_oracle.py");
const QString cachectl = QStringLiteral(GCA_CACHECTL);

QString uuid(char c)
{
    const QString h(1, QLatin1Char(c));
    return h.repeated(8) + u'-' + h.repeated(4) + u'-' + h.repeated(4) + u'-' + h.repeated(4) + u'-' + h.repeated(12);
}

const QString foreignUuid = QStringLiteral("12345678-1234-1234-1234-123456789abc");
const QString newUuid = QStringLiteral("01234567-89ab-cdef-0123-456789abcdef");

// Glance reports xattr times as int and sqlite times as float, and our --json must say the same; but
// QJsonDocument stores 1700000050.0 as an integer. So float literals (with '.', 'e' or 'E') are wrapped
// as {"$float": "<literal>"} before parsing, keeping both their type and their exact text.
QJsonDocument parseTyped(const QByteArray &text, QJsonParseError *error)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 4);
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i + 1;
            while (end < text.size() && QByteArrayView("0123456789+-.eE").contains(text.at(end)))
                ++end;
            const QByteArray literal = text.mid(i, end - i);
            const bool isFloat = literal.contains('.') || literal.contains('e') || literal.contains('E');
            out += isFloat ? "{\"$float\": \"" + literal + "\"}" : literal;
            i = end - 1;
        } else {
            out += c;
        }
    }
    return QJsonDocument::fromJson(out, error);
}

// A number as "int:N" or "float:V" (V with 17 significant digits: equal text, equal double). With
// literal, a float also shows the text it was written as, to hold our JSON to Python's repr().
QString num(const QJsonValue &v, bool literal = false)
{
    if (v.isObject() && v.toObject().contains(QLatin1String("$float"))) {
        const QString text = v.toObject().value(QLatin1String("$float")).toString();
        const QString value = QStringLiteral("float:%1").arg(text.toDouble(), 0, 'g', 17);
        return literal ? value + QStringLiteral(" (") + text + u')' : value;
    }
    if (v.isDouble())
        return QStringLiteral("int:%1").arg(v.toInteger());
    return QStringLiteral("<%1>").arg(
        QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)));
}

QString ourTime(double t, bool integers)
{
    if (integers && t == std::floor(t))
        return QStringLiteral("int:%1").arg(qint64(t));
    return QStringLiteral("float:%1").arg(t, 0, 'g', 17);
}

QString cachedLine(const QJsonObject &o, bool literal = false)
{
    QStringList keys = o.keys();
    std::sort(keys.begin(), keys.end());
    return QStringLiteral("%1 size=%2 hits=%3 last_accessed=%4 last_modified=%5 keys=%6")
        .arg(o.value(QLatin1String("image_id")).toString(), num(o.value(QLatin1String("size")), literal),
            num(o.value(QLatin1String("hits")), literal), num(o.value(QLatin1String("last_accessed")), literal),
            num(o.value(QLatin1String("last_modified")), literal), keys.join(u','));
}

QString cachedLine(const CachedImage &c, bool integers)
{
    return QStringLiteral("%1 size=int:%2 hits=int:%3 last_accessed=%4 last_modified=%5 "
                          "keys=hits,image_id,last_accessed,last_modified,size")
        .arg(c.imageId)
        .arg(c.size)
        .arg(c.hits)
        .arg(ourTime(c.lastAccessed, integers), ourTime(c.lastModified, integers));
}

QStringList cachedLines(const QJsonArray &a, bool sorted = false, bool literal = false)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out.append(cachedLine(v.toObject(), literal));
    if (sorted) // the xattr driver lists in directory order, which two directories need not share
        out.sort();
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QString partialLine(const QJsonObject &o)
{
    return QStringLiteral("%1 size=%2 mtime=%3 error=%4")
        .arg(o.value(QLatin1String("image_id")).toString(), num(o.value(QLatin1String("size"))),
            num(o.value(QLatin1String("mtime"))),
            o.contains(QLatin1String("error")) ? o.value(QLatin1String("error")).toString() : QStringLiteral("<none>"));
}

QStringList partialLines(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &p : v.toArray())
        out.append(partialLine(p.toObject()));
    out.sort();
    return out;
}

QStringList partialLines(const QVector<PartialImage> &items)
{
    QStringList out;
    for (const PartialImage &p : items)
        out.append(QStringLiteral("%1 size=int:%2 mtime=%3 error=%4")
                       .arg(p.imageId)
                       .arg(p.size)
                       .arg(ourTime(p.modified, false), p.error.isNull() ? QStringLiteral("<none>") : p.error));
    out.sort();
    return out;
}

QStringList flags(const QJsonValue &map)
{
    QStringList out;
    const QJsonObject o = map.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append(it.key() + (it.value().toBool() ? QStringLiteral("=yes") : QStringLiteral("=no")));
    return out;
}

// Everything Glance reports about a cache, as text lines, so that two caches (or one cache before and
// after) compare with a readable diff. The xattr listing is sorted: directory order differs per directory.
QStringList glanceView(const QJsonObject &state)
{
    QStringList out;
    out << QStringLiteral("driver=") + state.value(QLatin1String("driver")).toString()
        << QStringLiteral("size=") + num(state.value(QLatin1String("size")));
    for (const QString &l : cachedLines(state.value(QLatin1String("cached_images")).toArray(), true))
        out << QStringLiteral("cached ") + l;
    for (const QString &q : strings(state.value(QLatin1String("queued_images"))))
        out << QStringLiteral("queued ") + q;
    for (const QString &f : strings(state.value(QLatin1String("base_files"))))
        out << QStringLiteral("file ") + f;
    for (const QString &l : partialLines(state.value(QLatin1String("incomplete"))))
        out << QStringLiteral("incomplete ") + l;
    for (const QString &l : partialLines(state.value(QLatin1String("invalid"))))
        out << QStringLiteral("invalid ") + l;
    for (const QString &f : flags(state.value(QLatin1String("is_cached"))))
        out << QStringLiteral("is_cached ") + f;
    for (const QString &f : flags(state.value(QLatin1String("is_queued"))))
        out << QStringLiteral("is_queued ") + f;
    return out;
}

QStringList victimLines(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        out.append(QStringLiteral("%1 size=%2")
                       .arg(o.value(QLatin1String("image_id")).toString(), num(o.value(QLatin1String("size")))));
    }
    return out;
}

QStringList victimLines(const QVector<PruneVictim> &victims)
{
    QStringList out;
    for (const PruneVictim &v : victims)
        out.append(QStringLiteral("%1 size=int:%2").arg(v.imageId).arg(v.size));
    return out;
}

QStringList ids(const QVector<PartialImage> &items)
{
    QStringList out;
    for (const PartialImage &p : items)
        out.append(p.imageId);
    out.sort();
    return out;
}

QStringList idsInOrder(const QJsonValue &items)
{
    QStringList out;
    for (const QJsonValue &v : items.toArray())
        out.append(v.toObject().value(QLatin1String("image_id")).toString());
    return out;
}

QStringList idsOf(const QJsonValue &items)
{
    QStringList out = idsInOrder(items);
    out.sort();
    return out;
}

QJsonObject image(const QString &id, qint64 size, double cachedAt, const QList<double> &reads = {})
{
    QJsonArray r;
    for (double t : reads)
        r.append(t);
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("size"), size },
        { QStringLiteral("cached_at"), cachedAt }, { QStringLiteral("reads"), r } };
}

QJsonObject withAtime(QJsonObject img, double atime)
{
    img.insert(QStringLiteral("atime"), atime);
    return img;
}

QJsonObject named(
    const char *key, const QString &id, qint64 size, const char *extraKey = nullptr, const QJsonValue &extra = {})
{
    QJsonObject o { { QString::fromLatin1(key), id }, { QStringLiteral("size"), size } };
    if (extraKey)
        o.insert(QString::fromLatin1(extraKey), extra);
    return o;
}

QJsonObject foreignFile(const QString &name, qint64 size, double time)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("size"), size },
        { QStringLiteral("atime"), time }, { QStringLiteral("mtime"), time } };
}

QJsonObject queued(const QString &id, double mtime)
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("mtime"), mtime } };
}

// What a busy node leaves behind: images of several sizes (one empty) read a few times, a queue with
// ties in mtime, a failed checksum and a dropped stream in invalid/, a stalled and a running download,
// files nobody recorded, and (sqlite) a record whose file was removed by hand.
QJsonObject busyNodeSpec()
{
    return QJsonObject {
        { QStringLiteral("images"),
            QJsonArray { image(uuid('a'), 40960, T + 0.125, { T + 100.5, T + 200.25, T + 300.375 }),
                image(uuid('b'), 1, T + 10.5), image(uuid('c'), 123457, T + 20.0, { T + 50.0 }),
                image(uuid('d'), 0, T + 30.0, { T + 31.0 }),
                image(uuid('e'), 65537, 1700000123.456789, { 1700000456.1234567 }),
                image(uuid('9'), 500, T + 40, { T + 41 }) } },
        { QStringLiteral("unlink"), QJsonArray { uuid('9') } },
        // '4' is queued before '3' at the same mtime: Glance's tie-break is the name, not creation order.
        { QStringLiteral("queued"),
            QJsonArray { queued(uuid('1'), T + 500), queued(uuid('2'), T + 400), queued(uuid('4'), T + 450),
                queued(uuid('3'), T + 450), queued(uuid('5'), T + 450.5) } },
        { QStringLiteral("invalid"),
            QJsonArray { named("id", uuid('7'), 3000, "how", QStringLiteral("checksum")),
                named("id", uuid('8'), 9000, "how", QStringLiteral("aborted")) } },
        { QStringLiteral("incomplete"),
            QJsonArray { named("id", uuid('0'), 100, "age", 7200), named("id", uuid('f'), 200, "age", 60) } },
        { QStringLiteral("foreign"),
            QJsonArray {
                foreignFile(QStringLiteral("notes.txt"), 10, T - 1000), foreignFile(foreignUuid, 333, T + 60) } },
    };
}

QJsonArray allProbes()
{
    QJsonArray a { newUuid, foreignUuid };
    for (char c : QByteArrayLiteral("0123456789abcdef"))
        a.append(uuid(c));
    return a;
}

QStringList baseFiles(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

CacheLocation location(const QString &dir, const QString &driver)
{
    CacheLocation loc;
    loc.cacheDir = dir;
    loc.driver = driver;
    return loc;
}

QStringList cliLocation(const QString &dir, const QString &driver)
{
    return { QStringLiteral("--cache-dir"), dir, QStringLiteral("--driver"), driver };
}

// The lines only one side has, for a failure message that shows what differs rather than two sizes.
QByteArray lineDiff(const QStringList &actual, const QStringList &expected)
{
    QStringList out;
    for (const QString &l : actual) {
        if (!expected.contains(l))
            out << QStringLiteral("  only in actual:   ") + l;
    }
    for (const QString &l : expected) {
        if (!actual.contains(l))
            out << QStringLiteral("  only in expected: ") + l;
    }
    if (out.isEmpty())
        out << QStringLiteral("  same lines, different order:") << actual << QStringLiteral("  versus:") << expected;
    return out.join(u'\n').toUtf8();
}

} // namespace

// QCOMPARE for line lists, with a diff in the message.
#define COMPARE_LINES(actual, expected)                                                                                \
    do {                                                                                                               \
        const QStringList a_ = (actual);                                                                               \
        const QStringList e_ = (expected);                                                                             \
        QVERIFY2(a_ == e_, (QByteArray(#actual " != " #expected "\n") + lineDiff(a_, e_)).constData());                \
    } while (0)

// Stops the calling test function when a helper it called has failed.
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (0)

class TestInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void glancePopulatesEngineReads_data();
    void glancePopulatesEngineReads();
    void engineChangesGlanceSees_data();
    void engineChangesGlanceSees();
    void pruneMatchesGlance_data();
    void pruneMatchesGlance();
    void cleanMatchesGlance_data();
    void cleanMatchesGlance();

private:
    void drivers();
    void run(const QString &program, const QStringList &args, const QByteArray &input, QByteArray *out);
    void oracle(const QString &driver, const QJsonArray &steps, QJsonArray *results);
    void cli(const QStringList &args, QJsonObject *out);
    void requireUserXattrs(const QString &dir);
    void populate(const QString &driver, const QString &dir, const QJsonObject &spec, const QStringList &clones,
        QJsonObject *state);
    void compareWithGlance(const QString &dir, const QString &driver, const QJsonObject &glanceState);
};

void TestInterop::initTestCase()
{
    QVERIFY2(QFile::exists(python), "/usr/bin/python3 is missing: install python3-glance");
    QVERIFY2(QFile::exists(oracleScript), qPrintable(oracleScript));
    QVERIFY2(QFile::exists(cachectl), qPrintable(cachectl));
    // parseTyped must keep each number's int/float type and its text, and leave strings alone.
    QJsonParseError e;
    const QJsonArray probe = parseTyped(R"([1700000000, 1700000000.0, "1.5\\\" 2.5", -1e-05])", &e).array();
    QCOMPARE(probe.size(), 4);
    QCOMPARE(num(probe.at(0)), QStringLiteral("int:1700000000"));
    QCOMPARE(num(probe.at(1), true), QStringLiteral("float:1700000000 (1700000000.0)"));
    QCOMPARE(probe.at(2).toString(), QStringLiteral("1.5\\\" 2.5"));
    QCOMPARE(num(probe.at(3)), QStringLiteral("float:-1.0000000000000001e-05"));
}

void TestInterop::drivers()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("xattr") << QStringLiteral("xattr");
}

void TestInterop::run(const QString &program, const QStringList &args, const QByteArray &input, QByteArray *out)
{
    QProcess p;
    p.start(program, args);
    QVERIFY2(p.waitForStarted(10000), qPrintable(program + QStringLiteral(": ") + p.errorString()));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString what = program + u' ' + args.join(u' ');
    QVERIFY2(p.exitStatus() == QProcess::NormalExit, qPrintable(what + QStringLiteral(" crashed\n") + err));
    QVERIFY2(p.exitCode() == 0, qPrintable(what + QStringLiteral(" exited %1\n").arg(p.exitCode()) + err));
    *out = p.readAllStandardOutput();
}

// Runs a batch of Glance operations in one Python process (starting Glance costs about a second).
void TestInterop::oracle(const QString &driver, const QJsonArray &steps, QJsonArray *results)
{
    QByteArray out;
    CHECKED(run(python, { oracleScript, QStringLiteral("--driver"), driver, QStringLiteral("batch") },
        QJsonDocument(steps).toJson(QJsonDocument::Compact), &out));
    QJsonParseError e;
    const QJsonDocument doc = parseTyped(out, &e);
    QVERIFY2(doc.isArray(), qPrintable(e.errorString() + QStringLiteral(": ") + QString::fromUtf8(out.left(2000))));
    *results = doc.array();
    QCOMPARE(results->size(), steps.size());
}

void TestInterop::cli(const QStringList &args, QJsonObject *out)
{
    QByteArray text;
    CHECKED(run(cachectl, args, {}, &text));
    QJsonParseError e;
    const QJsonDocument doc = parseTyped(text, &e);
    QVERIFY2(doc.isObject(), qPrintable(e.errorString() + QStringLiteral(": ") + QString::fromUtf8(text)));
    *out = doc.object();
}

// Never skip: an xattr test that cannot set user.* attributes would test nothing.
void TestInterop::requireUserXattrs(const QString &dir)
{
    const QString probePath = dir + QStringLiteral("/xattr-probe");
    QFile f(probePath);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(probePath));
    f.close();
    const QByteArray p = QFile::encodeName(probePath);
    const int rc = ::setxattr(p.constData(), "user.hits", "0", 1, 0);
    const int err = errno;
    QFile::remove(probePath);
    QVERIFY2(rc == 0,
        qPrintable(QStringLiteral("The filesystem of %1 does not support user extended attributes (%2): the xattr "
                                  "interop tests need it. Point TMPDIR at ext4/xfs mounted with user_xattr.")
                       .arg(dir, QString::fromLocal8Bit(std::strerror(err)))));
}

// Glance builds the cache in dir through its own caching protocol; clones get verbatim copies.
void TestInterop::populate(
    const QString &driver, const QString &dir, const QJsonObject &spec, const QStringList &clones, QJsonObject *state)
{
    QJsonArray results;
    CHECKED(oracle(driver,
        { QJsonObject { { QStringLiteral("op"), QStringLiteral("populate") }, { QStringLiteral("dir"), dir },
            { QStringLiteral("spec"), spec }, { QStringLiteral("clone_to"), QJsonArray::fromStringList(clones) },
            { QStringLiteral("probe"), allProbes() } } },
        &results));
    const QJsonObject r = results.at(0).toObject();
    *state = r.value(QLatin1String("state")).toObject();
    QCOMPARE(state->value(QLatin1String("driver")).toString(), driver);
    const QJsonArray cloneStates = r.value(QLatin1String("clones")).toArray();
    QCOMPARE(cloneStates.size(), clones.size());
    for (const QJsonValue &c : cloneStates)
        COMPARE_LINES(glanceView(c.toObject()), glanceView(*state));
}

// Our snapshot of dir against Glance's report on the same directory: same images in the same order with
// the same values, same queue order, same size, same partial files.
void TestInterop::compareWithGlance(const QString &dir, const QString &driver, const QJsonObject &glance)
{
    ImageCache cache(location(dir, driver));
    const Expected<CacheSnapshot> snapshot = cache.snapshot();
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error()));
    const CacheSnapshot &s = *snapshot;
    QCOMPARE(s.effectiveDriver, glance.value(QLatin1String("driver")).toString());
    const bool integers = driver == QLatin1String("xattr");
    QStringList ours;
    for (const CachedImage &c : std::as_const(s.cached))
        ours.append(cachedLine(c, integers));
    COMPARE_LINES(ours, cachedLines(glance.value(QLatin1String("cached_images")).toArray()));
    QStringList queue;
    for (const QueuedImage &q : std::as_const(s.queued))
        queue.append(q.imageId);
    QCOMPARE(queue, strings(glance.value(QLatin1String("queued_images"))));
    QCOMPARE(s.totalSize, glance.value(QLatin1String("size")).toInteger());
    COMPARE_LINES(partialLines(s.incomplete), partialLines(glance.value(QLatin1String("incomplete"))));
    COMPARE_LINES(partialLines(s.invalid), partialLines(glance.value(QLatin1String("invalid"))));
}

void TestInterop::glancePopulatesEngineReads_data()
{
    drivers();
}

// Scenario 1: a cache written by Glance reads back identically through ImageCache and `list --json`.
void TestInterop::glancePopulatesEngineReads()
{
    QFETCH(QString, driver);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (driver == QLatin1String("xattr"))
        CHECKED(requireUserXattrs(root.path()));
    const QString dir = root.filePath(QStringLiteral("cache"));
    QJsonObject glance;
    CHECKED(populate(driver, dir, busyNodeSpec(), {}, &glance));

    // The spec must have produced what it claims, or the comparison below proves little.
    const QStringList glanceQueue = strings(glance.value(QLatin1String("queued_images")));
    QCOMPARE(glanceQueue, (QStringList { uuid('2'), uuid('3'), uuid('4'), uuid('5'), uuid('1') }));
    QCOMPARE(idsOf(glance.value(QLatin1String("invalid"))), (QStringList { uuid('7'), uuid('8') }));
    QCOMPARE(idsOf(glance.value(QLatin1String("incomplete"))), (QStringList { uuid('0'), uuid('f') }));
    const QJsonArray glanceCached = glance.value(QLatin1String("cached_images")).toArray();
    QCOMPARE(glanceCached.size(), driver == QLatin1String("sqlite") ? 6 : 7);

    CHECKED(compareWithGlance(dir, driver, glance));

    // The CLI's --json is the v2 cache API's document: same order, same values, same number types.
    QJsonObject listed;
    CHECKED(cli(cliLocation(dir, driver) << QStringLiteral("list") << QStringLiteral("--json"), &listed));
    COMPARE_LINES(cachedLines(listed.value(QLatin1String("cached_images")).toArray(), false, true),
        cachedLines(glanceCached, false, true));
    QCOMPARE(strings(listed.value(QLatin1String("queued_images"))), glanceQueue);
    QStringList keys = listed.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("cached_images"), QStringLiteral("queued_images") }));

    QJsonObject status;
    CHECKED(cli(cliLocation(dir, driver) << QStringLiteral("status") << QStringLiteral("--json"), &status));
    QCOMPARE(status.value(QLatin1String("size")).toInteger(), glance.value(QLatin1String("size")).toInteger());
    QCOMPARE(status.value(QLatin1String("effective_driver")).toString(), driver);
    QCOMPARE(status.value(QLatin1String("cached_images")).toInteger(), qint64(glanceCached.size()));
    QCOMPARE(status.value(QLatin1String("queued_images")).toInteger(), qint64(glanceQueue.size()));
}

void TestInterop::engineChangesGlanceSees_data()
{
    drivers();
}

// Scenario 2: what our engine and CLI change, a fresh Glance process sees exactly as if Glance had made
// the same change itself on an identical copy.
void TestInterop::engineChangesGlanceSees()
{
    QFETCH(QString, driver);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (driver == QLatin1String("xattr"))
        CHECKED(requireUserXattrs(root.path()));
    auto path = [&root](const char *name) { return root.filePath(QString::fromLatin1(name)); };
    // ours/glance pairs: "mixed" gets queue, delete, dequeue, prune and clean; the others one clear each.
    QJsonObject initial;
    CHECKED(populate(driver, path("ours"), busyNodeSpec(),
        { path("glance"), path("ours-clear-cache"), path("glance-clear-cache"), path("ours-clear-queue"),
            path("glance-clear-queue"), path("ours-clear-both"), path("glance-clear-both") },
        &initial));

    ImageCache ours(location(path("ours"), driver));
    const QStringList queueIds { newUuid, uuid('a'), uuid('f'), uuid('1'), uuid('7') };
    QList<ImageCache::QueueOutcome> outcomes;
    for (const QString &id : queueIds)
        outcomes.append(ours.queue(id).outcome);
    using O = ImageCache::QueueOutcome;
    // new, cached, being cached, already queued, and an id whose failed download sits in invalid/
    QCOMPARE(outcomes, (QList<O> { O::Queued, O::AlreadyCached, O::BeingCached, O::AlreadyQueued, O::Queued }));
    for (const QString &id : { uuid('c'), uuid('9') }) {
        const ImageCache::DeleteResult r = ours.deleteCached(id);
        QVERIFY2(r.ok, qPrintable(r.message));
    }
    const Expected<bool> existed = ours.dequeue(uuid('2'));
    QVERIFY2(existed.ok(), qPrintable(existed.error()));
    QVERIFY(*existed);
    const qint64 maxSize = 100000;
    const ImageCache::PruneRun pruneRun = ours.prune(maxSize);
    QVERIFY2(pruneRun.ok(), qPrintable(pruneRun.error()));
    const PrunePlan &pruned = pruneRun.done;
    QVERIFY2(pruned.victims.size() >= 3, "the prune step should evict several images");
    const ImageCache::CleanRun cleanRun = ours.clean(3600);
    QVERIFY2(cleanRun.ok(), qPrintable(cleanRun.error()));
    const CleanPlan &cleaned = cleanRun.done;

    const Expected<ImageCache::ClearResult> clearedCache
        = ImageCache(location(path("ours-clear-cache"), driver)).clear(ClearTarget::Cache);
    QVERIFY2(clearedCache.ok(), qPrintable(clearedCache.error()));
    const Expected<ImageCache::ClearResult> clearedQueue
        = ImageCache(location(path("ours-clear-queue"), driver)).clear(ClearTarget::Queue);
    QVERIFY2(clearedQueue.ok(), qPrintable(clearedQueue.error()));
    QJsonObject clearedBoth;
    CHECKED(cli(cliLocation(path("ours-clear-both"), driver)
            << QStringLiteral("clear") << QStringLiteral("--yes") << QStringLiteral("--json"),
        &clearedBoth));
    // Taken now: the oracle's next Glance start recreates the sqlite lock file that clearing removed.
    const QStringList leftByClears[] = { baseFiles(path("ours-clear-cache")), baseFiles(path("ours-clear-queue")),
        baseFiles(path("ours-clear-both")) };

    // Glance makes the same changes on the copies, then reports on every directory.
    auto step = [&](const char *op, const char *dir, const QJsonObject &extra = {}) {
        QJsonObject o = extra;
        o.insert(QStringLiteral("op"), QString::fromLatin1(op));
        o.insert(QStringLiteral("dir"), path(dir));
        o.insert(QStringLiteral("probe"), allProbes());
        return o;
    };
    QJsonArray steps;
    for (const QString &id : queueIds)
        steps.append(step("queue", "glance", { { QStringLiteral("id"), id } }));
    steps.append(step("delete", "glance", { { QStringLiteral("id"), uuid('c') } }));
    steps.append(step("delete", "glance", { { QStringLiteral("id"), uuid('9') } }));
    steps.append(step("delete-queued", "glance", { { QStringLiteral("id"), uuid('2') } }));
    steps.append(step("prune", "glance", { { QStringLiteral("max_size"), maxSize } }));
    steps.append(step("clean", "glance", { { QStringLiteral("stall_time"), 3600 } }));
    const qsizetype firstClear = steps.size();
    steps.append(step("delete-all", "glance-clear-cache"));
    steps.append(step("delete-all-queued", "glance-clear-queue"));
    steps.append(step("delete-all", "glance-clear-both"));
    steps.append(step("delete-all-queued", "glance-clear-both"));
    const qsizetype firstState = steps.size();
    for (const char *dir : { "ours", "ours-clear-cache", "ours-clear-queue", "ours-clear-both" })
        steps.append(step("state", dir));
    QJsonArray r;
    CHECKED(oracle(driver, steps, &r));
    auto stateAt = [&r](qsizetype i) { return r.at(i).toObject().value(QLatin1String("state")).toObject(); };

    for (qsizetype i = 0; i < queueIds.size(); ++i)
        QCOMPARE(outcomes.at(i) == O::Queued, r.at(i).toObject().value(QLatin1String("queued")).toBool());
    const QJsonObject glancePrune = r.at(firstClear - 2).toObject();
    COMPARE_LINES(victimLines(pruned.victims), victimLines(glancePrune.value(QLatin1String("victims"))));
    QCOMPARE(qint64(pruned.victims.size()), glancePrune.value(QLatin1String("files")).toInteger());
    QCOMPARE(pruned.bytesFreed, glancePrune.value(QLatin1String("bytes")).toInteger());
    const QJsonObject glanceClean = r.at(firstClear - 1).toObject();
    QCOMPARE(ids(cleaned.invalid), strings(glanceClean.value(QLatin1String("removed_invalid"))));
    QCOMPARE(ids(cleaned.stalled), strings(glanceClean.value(QLatin1String("removed_incomplete"))));

    const QJsonObject glanceMixed = stateAt(firstClear - 1);
    const QJsonObject oursMixed = stateAt(firstState);
    COMPARE_LINES(glanceView(oursMixed), glanceView(glanceMixed));
    // Spot checks against the intent, in Glance's own words.
    const QJsonObject isCached = oursMixed.value(QLatin1String("is_cached")).toObject();
    const QJsonObject isQueued = oursMixed.value(QLatin1String("is_queued")).toObject();
    QVERIFY(!isCached.value(uuid('c')).toBool());
    QVERIFY(isQueued.value(newUuid).toBool());
    QVERIFY(isQueued.value(uuid('7')).toBool());
    QVERIFY(!isQueued.value(uuid('2')).toBool());
    for (const QJsonValue &c : oursMixed.value(QLatin1String("cached_images")).toArray())
        QVERIFY(c.toObject().value(QLatin1String("image_id")).toString() != uuid('9'));
    CHECKED(compareWithGlance(path("ours"), driver, oursMixed));

    QCOMPARE(
        qint64(clearedCache->cacheDeleted), r.at(firstClear).toObject().value(QLatin1String("deleted")).toInteger());
    QCOMPARE(qint64(clearedQueue->queueDeleted),
        r.at(firstClear + 1).toObject().value(QLatin1String("deleted")).toInteger());
    QCOMPARE(clearedBoth.value(QLatin1String("cache_deleted")).toInteger(),
        r.at(firstClear + 2).toObject().value(QLatin1String("deleted")).toInteger());
    QCOMPARE(clearedBoth.value(QLatin1String("queue_deleted")).toInteger(),
        r.at(firstClear + 3).toObject().value(QLatin1String("deleted")).toInteger());
    auto leftByGlance
        = [&r](qsizetype i) { return strings(r.at(i).toObject().value(QLatin1String("base_files_after"))); };
    COMPARE_LINES(leftByClears[0], leftByGlance(firstClear));
    COMPARE_LINES(leftByClears[1], leftByGlance(firstClear + 1));
    COMPARE_LINES(leftByClears[2], leftByGlance(firstClear + 2));
    COMPARE_LINES(glanceView(stateAt(firstState + 1)), glanceView(stateAt(firstClear)));
    COMPARE_LINES(glanceView(stateAt(firstState + 2)), glanceView(stateAt(firstClear + 1)));
    COMPARE_LINES(glanceView(stateAt(firstState + 3)), glanceView(stateAt(firstClear + 3)));
    QVERIFY(stateAt(firstState + 1).value(QLatin1String("cached_images")).toArray().isEmpty());
    QCOMPARE(stateAt(firstState + 1).value(QLatin1String("size")).toInteger(), 0);
    QVERIFY(!stateAt(firstState + 1).value(QLatin1String("queued_images")).toArray().isEmpty());
    QVERIFY(stateAt(firstState + 2).value(QLatin1String("queued_images")).toArray().isEmpty());
    QVERIFY(!stateAt(firstState + 2).value(QLatin1String("cached_images")).toArray().isEmpty());
    QVERIFY(stateAt(firstState + 3).value(QLatin1String("cached_images")).toArray().isEmpty());
    QVERIFY(stateAt(firstState + 3).value(QLatin1String("queued_images")).toArray().isEmpty());
}

void TestInterop::pruneMatchesGlance_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<qint64>("maxSize");
    QTest::addColumn<QStringList>("expectedVictims"); // Glance's order, checked so the rows keep meaning something
    const QString a = uuid('a'), b = uuid('b'), c = uuid('c'), d = uuid('d'), e = uuid('e'), f = uuid('f'),
                  lost = uuid('9'), notes = QStringLiteral("notes.txt");
    // The spec holds 14110 bytes. sqlite breaks last_accessed ties in insertion (rowid) order, not by id:
    // b before a, e before c before d; the record without a file goes as 0 bytes, and "everything" still
    // ends over the limit (the file without a record counts but cannot be pruned). xattr orders by
    // (atime seconds, size, path): b before a and e, c, d, where the fractions say a, b and e, d, c and
    // the names a, b and c, d, e. Each "ties" limit stops inside a tie group.
    QTest::newRow("sqlite-ties") << QStringLiteral("sqlite") << qint64(7000) << QStringList { b, a, lost, e, c };
    QTest::newRow("sqlite-one-byte-over") << QStringLiteral("sqlite") << qint64(14109) << QStringList { b };
    QTest::newRow("sqlite-at-limit") << QStringLiteral("sqlite") << qint64(14110) << QStringList {};
    QTest::newRow("sqlite-everything") << QStringLiteral("sqlite") << qint64(0)
                                       << QStringList { b, a, lost, e, c, d, f };
    QTest::newRow("xattr-ties") << QStringLiteral("xattr") << qint64(6500)
                                << QStringList { notes, b, a, foreignUuid, e, c };
    QTest::newRow("xattr-one-byte-over") << QStringLiteral("xattr") << qint64(14109) << QStringList { notes };
    QTest::newRow("xattr-at-limit") << QStringLiteral("xattr") << qint64(14110) << QStringList {};
    QTest::newRow("xattr-everything") << QStringLiteral("xattr") << qint64(0)
                                      << QStringList { notes, b, a, foreignUuid, e, c, d, f };
}

// Scenario 3: on identical copies, our prune evicts what Glance's ImageCache.prune() evicts, in the same
// order, with the same (files, bytes); and `prune --dry-run` announced exactly that.
void TestInterop::pruneMatchesGlance()
{
    QFETCH(QString, driver);
    QFETCH(qint64, maxSize);
    QFETCH(QStringList, expectedVictims);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (driver == QLatin1String("xattr"))
        CHECKED(requireUserXattrs(root.path()));
    const QString ours = root.filePath(QStringLiteral("ours"));
    const QString theirs = root.filePath(QStringLiteral("glance"));

    // sqlite: e, c, d are read at the same instant and inserted in that order (rowid order differs from
    // id order); b and a are cached at the same instant and never read. xattr: the same atime second with
    // fractions, sizes and names that each give a different order; files nobody recorded are
    // candidates for xattr only.
    const QJsonObject spec {
        { QStringLiteral("images"),
            QJsonArray { withAtime(image(uuid('e'), 500, T + 1, { T + 50.5 }), T + 50.1),
                withAtime(image(uuid('c'), 1000, T + 2, { T + 50.5 }), T + 50.9),
                withAtime(image(uuid('d'), 1000, T + 3, { T + 50.5 }), T + 50.5),
                withAtime(image(uuid('b'), 2000, T + 0.5), T + 0.75),
                withAtime(image(uuid('a'), 4000, T + 0.5), T + 0.25),
                image(uuid('f'), 5000, T + 4, { T + 100, T + 200 }), image(uuid('9'), 700, T + 5, { T + 10 }) } },
        { QStringLiteral("unlink"), QJsonArray { uuid('9') } },
        { QStringLiteral("foreign"),
            QJsonArray {
                foreignFile(foreignUuid, 600, T + 20), foreignFile(QStringLiteral("notes.txt"), 10, T - 1000) } },
        { QStringLiteral("queued"), QJsonArray { queued(uuid('1'), T + 5) } },
    };
    QJsonObject before;
    CHECKED(populate(driver, ours, spec, { theirs }, &before));
    QCOMPARE(before.value(QLatin1String("size")).toInteger(), 14110);

    QJsonObject dryRun;
    CHECKED(cli(cliLocation(ours, driver)
            << QStringLiteral("prune") << QStringLiteral("--dry-run") << QStringLiteral("--json")
            << QStringLiteral("--max-size") << QString::number(maxSize),
        &dryRun));
    ImageCache cache(location(ours, driver));
    const ImageCache::PruneRun run = cache.prune(maxSize);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    const PrunePlan &done = run.done;

    QJsonArray r;
    CHECKED(oracle(driver,
        { QJsonObject { { QStringLiteral("op"), QStringLiteral("prune") }, { QStringLiteral("dir"), theirs },
              { QStringLiteral("max_size"), maxSize }, { QStringLiteral("probe"), allProbes() } },
            QJsonObject { { QStringLiteral("op"), QStringLiteral("state") }, { QStringLiteral("dir"), ours },
                { QStringLiteral("probe"), allProbes() } } },
        &r));
    const QJsonObject glance = r.at(0).toObject();
    const QStringList glanceVictims = victimLines(glance.value(QLatin1String("victims")));
    COMPARE_LINES(idsInOrder(glance.value(QLatin1String("victims"))), expectedVictims);

    COMPARE_LINES(victimLines(dryRun.value(QLatin1String("pruned_images"))), glanceVictims);
    QCOMPARE(dryRun.value(QLatin1String("total_files_pruned")).toInteger(),
        glance.value(QLatin1String("files")).toInteger());
    QCOMPARE(dryRun.value(QLatin1String("total_bytes_pruned")).toInteger(),
        glance.value(QLatin1String("bytes")).toInteger());
    QCOMPARE(
        dryRun.value(QLatin1String("size_before")).toInteger(), glance.value(QLatin1String("size_before")).toInteger());
    COMPARE_LINES(victimLines(done.victims), glanceVictims);
    QCOMPARE(qint64(done.victims.size()), glance.value(QLatin1String("files")).toInteger());
    QCOMPARE(done.bytesFreed, glance.value(QLatin1String("bytes")).toInteger());
    COMPARE_LINES(glanceView(r.at(1).toObject().value(QLatin1String("state")).toObject()),
        glanceView(glance.value(QLatin1String("state")).toObject()));
}

void TestInterop::cleanMatchesGlance_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<qint64>("stallTime");
    QTest::addColumn<QStringList>("expectRemoved"); // incomplete files; all of invalid/ always goes
    const QString oldId = uuid('0');
    const QString freshId = uuid('f');
    const QString futureId = uuid('e');
    QTest::newRow("sqlite-stall-3600") << QStringLiteral("sqlite") << qint64(3600) << QStringList { oldId };
    QTest::newRow("xattr-stall-3600") << QStringLiteral("xattr") << qint64(3600) << QStringList { oldId };
    // At 0 the drivers differ: sqlite removes mtime < now (a future mtime survives), xattr removes all.
    QTest::newRow("sqlite-stall-0") << QStringLiteral("sqlite") << qint64(0) << QStringList { oldId, freshId };
    QTest::newRow("xattr-stall-0") << QStringLiteral("xattr") << qint64(0) << QStringList { oldId, futureId, freshId };
}

// Scenario 4: clean removes the same invalid and stalled files as Glance's clean() on an identical copy.
void TestInterop::cleanMatchesGlance()
{
    QFETCH(QString, driver);
    QFETCH(qint64, stallTime);
    QFETCH(QStringList, expectRemoved);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    if (driver == QLatin1String("xattr"))
        CHECKED(requireUserXattrs(root.path()));
    const QString ours = root.filePath(QStringLiteral("ours"));
    const QString theirs = root.filePath(QStringLiteral("glance"));
    // Ages are hours away from the stall time, so the seconds between populating and cleaning do not matter.
    const QJsonObject spec {
        { QStringLiteral("images"), QJsonArray { image(uuid('a'), 4096, T, { T + 1 }) } },
        { QStringLiteral("queued"), QJsonArray { queued(uuid('1'), T + 5) } },
        { QStringLiteral("invalid"),
            QJsonArray { named("id", uuid('7'), 3000, "how", QStringLiteral("checksum")),
                named("id", uuid('8'), 9000, "how", QStringLiteral("aborted")) } },
        { QStringLiteral("incomplete"),
            QJsonArray { named("id", uuid('0'), 100, "age", 7200), named("id", uuid('f'), 200, "age", 60),
                named("id", uuid('e'), 300, "age", -3600) } },
    };
    QJsonObject before;
    CHECKED(populate(driver, ours, spec, { theirs }, &before));

    QJsonObject dryRun;
    CHECKED(cli(cliLocation(ours, driver)
            << QStringLiteral("clean") << QStringLiteral("--dry-run") << QStringLiteral("--json")
            << QStringLiteral("--stall-time") << QString::number(stallTime),
        &dryRun));
    ImageCache cache(location(ours, driver));
    const ImageCache::CleanRun run = cache.clean(stallTime);
    QVERIFY2(run.ok(), qPrintable(run.error()));
    const CleanPlan &done = run.done;

    QJsonArray r;
    CHECKED(oracle(driver,
        { QJsonObject { { QStringLiteral("op"), QStringLiteral("clean") }, { QStringLiteral("dir"), theirs },
              { QStringLiteral("stall_time"), stallTime }, { QStringLiteral("probe"), allProbes() } },
            QJsonObject { { QStringLiteral("op"), QStringLiteral("state") }, { QStringLiteral("dir"), ours },
                { QStringLiteral("probe"), allProbes() } } },
        &r));
    const QJsonObject glance = r.at(0).toObject();
    const QStringList glanceInvalid = strings(glance.value(QLatin1String("removed_invalid")));
    const QStringList glanceStalled = strings(glance.value(QLatin1String("removed_incomplete")));
    expectRemoved.sort();
    QCOMPARE(glanceStalled, expectRemoved);
    QCOMPARE(glanceInvalid, (QStringList { uuid('7'), uuid('8') }));

    QCOMPARE(idsOf(dryRun.value(QLatin1String("invalid_images"))), glanceInvalid);
    QCOMPARE(idsOf(dryRun.value(QLatin1String("stalled_images"))), glanceStalled);
    QCOMPARE(ids(done.invalid), glanceInvalid);
    QCOMPARE(ids(done.stalled), glanceStalled);
    COMPARE_LINES(glanceView(r.at(1).toObject().value(QLatin1String("state")).toObject()),
        glanceView(glance.value(QLatin1String("state")).toObject()));
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
