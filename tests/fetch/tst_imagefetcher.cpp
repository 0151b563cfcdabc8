#include "fetch/imagefetcher.h"

#include "testcache.h"
#include "tmpmount.h"
#include "core/xattrs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Outcome = ImageFetcher::Outcome;
using Results = QVector<ImageFetcher::Result>;

namespace {

const QString kPython = u"/usr/bin/python3"_s;
const QString kTests = QStringLiteral(GCA_TESTS_DIR);
constexpr qint64 kSize = 256 * 1024 + 5; // fake images: several chunks, not a multiple of a block

// A Python helper that prints one JSON line when it is ready and stops when its stdin closes.
struct Helper
{
    QProcess proc;
    QJsonObject info;
    bool start(const QStringList &args)
    {
        proc.start(kPython, args);
        while (proc.waitForStarted(10000) && !proc.canReadLine()) {
            if (!proc.waitForReadyRead(120000))
                break;
        }
        info = QJsonDocument::fromJson(proc.readLine()).object();
        if (info.isEmpty())
            qWarning("%s", proc.readAllStandardError().constData());
        return !info.isEmpty();
    }
    QUrl url(const QString &path = {}) const { return QUrl(info.value("url"_L1).toString() + path); }
    ~Helper()
    {
        proc.closeWriteChannel();
        if (!proc.waitForFinished(30000))
            proc.kill();
        proc.waitForFinished();
    }
};

QJsonObject runPython(const QStringList &args)
{
    QProcess p;
    p.start(kPython, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// Real Glance reads every image through open_for_read (a cache hit: hits + 1), then lists the cache.
const char *const kGlanceRead = R"(
import hashlib, json, logging, sys
logging.disable(logging.CRITICAL)
from oslo_config import cfg
import glance.image_cache as image_cache
CONF = cfg.CONF
CONF([], project='glance', default_config_files=[], default_config_dirs=[])
CONF.set_override('image_cache_dir', sys.argv[1])
CONF.set_override('image_cache_driver', sys.argv[2])
cache = image_cache.ImageCache()
md5 = {}
for image_id in sys.argv[3:]:
    h = hashlib.md5()
    with cache.driver.open_for_read(image_id) as f:
        for chunk in iter(lambda: f.read(65536), b''):
            h.update(chunk)
    md5[image_id] = h.hexdigest()
print(json.dumps({'md5': md5, 'cached': cache.get_cached_images(),
                  'driver': type(cache.driver).__module__.rsplit('.', 1)[-1]}))
)";

qint64 rss()
{
    QFile f(u"/proc/self/statm"_s);
    f.open(QIODevice::ReadOnly);
    return f.readAll().split(' ').value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}

} // namespace

class TestImageFetcher : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<Helper> m_glance;
    std::unique_ptr<Helper> m_fake;
    QTemporaryDir m_glanceDir;
    QMap<QString, QByteArray> m_uploaded; // image ID -> data on the real glance-api
    QStringList m_images; // the three uploaded by initTestCase

    QByteArray http(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, int *status = nullptr,
        const QByteArray &type = "application/json", QNetworkReply **keep = nullptr)
    {
        QNetworkRequest r(url);
        if (!type.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = m_nam.sendCustomRequest(r, verb, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !spy.wait(60000))
            qWarning("no answer from %s", qPrintable(url.toString()));
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        keep ? void(*keep = reply) : reply->deleteLater();
        return answer;
    }
    QJsonObject fakeImage(const QString &id, QJsonObject spec)
    {
        if (!spec.contains("size"_L1))
            spec.insert("size"_L1, kSize);
        return QJsonDocument::fromJson(http("PUT", m_fake->url("/_fake/images/"_L1 + id), QJsonDocument(spec).toJson()))
            .object();
    }
    QJsonObject fakeStats() { return QJsonDocument::fromJson(http("GET", m_fake->url("/_fake/stats"_L1))).object(); }
    void fakeRelease() { http("POST", m_fake->url("/_fake/release"_L1), "{}"); }

    static Results wait(QSignalSpy &finished, int ms = 60000)
    {
        if (finished.isEmpty() && !finished.wait(ms))
            return {};
        return finished.at(0).at(0).value<Results>();
    }
    // fetch() into a cache and wait for the batch to end.
    static Results fetch(ImageFetcher &f, const QStringList &ids)
    {
        QSignalSpy finished(&f, &ImageFetcher::finished);
        QString error;
        if (!f.fetch(ids, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return wait(finished);
    }
    void setUp(ImageFetcher &f, const TestCache &cache, const QUrl &url)
    {
        f.setEndpoint(url);
        f.setLocation(cache.location());
    }

    // On disk exactly as Glance's commit() leaves it.
    // An earlier failure's invalid/ file stays until the cleaner runs, as with Glance.
    static void checkCached(const TestCache &cache, const QString &id, qint64 size, bool earlierFailure = false)
    {
        const QString path = cache.dir() + u'/' + id;
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(!cache.exists("incomplete/"_L1 + id) && !cache.exists("queue/"_L1 + id));
        QCOMPARE(cache.exists("invalid/"_L1 + id), earlierFailure);
        QByteArray hits;
        if (cache.location().driver == "xattr"_L1)
            QVERIFY(Xattrs::get(path, "user.hits", &hits) && hits == "0");
        else
            QCOMPARE(cache.rows().value(id, -1), size);
    }
    // On disk exactly as Glance's rollback() leaves it; invalidSize -1: nothing written at all.
    static void checkRolledBack(const TestCache &cache, const QString &id, qint64 invalidSize, bool queued)
    {
        const QString invalid = cache.dir() + "/invalid/"_L1 + id;
        const bool sqlite = cache.location().driver == "sqlite"_L1; // (rows() would create an xattr cache a cache.db)
        QVERIFY(!cache.exists(id) && !cache.exists("incomplete/"_L1 + id) && !(sqlite && cache.rows().contains(id)));
        QCOMPARE(cache.exists("queue/"_L1 + id), queued);
        QCOMPARE(QFileInfo(invalid).exists() ? QFileInfo(invalid).size() : -1, invalidSize);
        QByteArray value;
        QVERIFY(!Xattrs::get(invalid, "user.hits", &value));
        if (invalidSize >= 0 && cache.location().driver == "xattr"_L1)
            QVERIFY2(Xattrs::get(invalid, "user.error", &value) && !value.isEmpty(), "user.error is set");
    }
    // Nothing of ours but cached images (and cache.db) in the base directory.
    static void checkBaseClean(const TestCache &cache, const QStringList &cached)
    {
        QStringList expected = cached;
        if (cache.location().driver == "sqlite"_L1)
            expected.append(u"cache.db"_s);
        QStringList files = QDir(cache.dir()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        files.sort();
        expected.sort();
        QCOMPARE(files.join(u' '), expected.join(u' '));
    }

private Q_SLOTS:
    void initTestCase();
    QString upload(qint64 size); // a new image of random bytes on the real glance-api; its ID
    void init();
    void cleanup() { m_fake.reset(); }
    void pureHelpers();
    void realGlanceIntoLocalCaches();
    void realGlanceServesOurCopy();
    void faults_data();
    void faults();
    void chunkedAndUnknownAlgorithm();
    void hashAlgorithms_data();
    void hashAlgorithms();
    void refusals();
    void environmentProxy();
    void ownershipAndMode();
    void cancelMidDownload();
    void parallelLimit();
    void retryFailed();
    void closedBeforeAnswerSentOnce();
    void memoryStaysFlat();
    void verifyFindsHole();
    void lockedCommitKeepsLoopFree();
    void fullFileSystemDuringFetch();
    void readOnlyPlaces_data();
    void readOnlyPlaces();
    void symlinkedIncompleteRefused();
};

void TestImageFetcher::initTestCase()
{
    qRegisterMetaType<Results>();
    m_glance = std::make_unique<Helper>();
    QVERIFY2(
        m_glance->start({ kTests + "/glance_server.py"_L1, u"start"_s, m_glanceDir.path() }), "glance-api started");
    for (qint64 size : { 3 * 1024 * 1024, 2 * 1024 * 1024 + 7, 1024 * 1024 + 123 })
        m_images.append(upload(size));
    QVERIFY(!m_images.contains(QString()));
}

QString TestImageFetcher::upload(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), int(size / 4));
    int status = 0;
    const QJsonObject image
        = QJsonDocument::fromJson(http("POST", m_glance->url("/v2/images"_L1),
                                      R"({"name":"fetch","disk_format":"raw","container_format":"bare"})", &status))
              .object();
    const QString id = image.value("id"_L1).toString();
    http("PUT", m_glance->url("/v2/images/%1/file"_L1.arg(id)), data, &status, "application/octet-stream");
    if (status != 204)
        return {};
    m_uploaded.insert(id, data);
    return id;
}

void TestImageFetcher::init()
{
    m_fake = std::make_unique<Helper>();
    QVERIFY(m_fake->start({ kTests + "/fake_glance.py"_L1 }));
}

void TestImageFetcher::pureHelpers()
{
    // URLs and image descriptions are GlanceApi's (tst_glanceapi: urls, parseImageAndPages).
    QCOMPARE(ImageFetcher::hashAlgorithm(u"sha512"_s), QCryptographicHash::Sha512);
    QCOMPARE(ImageFetcher::hashAlgorithm(u"sha3_256"_s), QCryptographicHash::Sha3_256);
    QVERIFY(!ImageFetcher::hashAlgorithm(u"whirlpool"_s));
}

void TestImageFetcher::realGlanceIntoLocalCaches()
{
    const QStringList ids = m_images;
    for (const QString &driver : { u"sqlite"_s, u"xattr"_s }) {
        QTemporaryDir dir;
        TestCache cache(dir.path(), driver);
        QVERIFY(cache.init());
        ImageFetcher f;
        setUp(f, cache, m_glance->url());
        Results results;
        if (driver == "sqlite"_L1) { // two from the queue, in Glance's order, then one by ID
            QVERIFY(cache.addQueued(ids[1], 100) && cache.addQueued(ids[0], 200));
            results = fetch(f, ImageFetcher::queuedImages(dir.path()).value()) + fetch(f, { ids[2] });
            QCOMPARE(results.size(), 3);
            QCOMPARE(results[0].imageId, ids[1]);
        } else {
            f.setParallelLimit(3);
            results = fetch(f, ids);
        }
        for (const auto &r : std::as_const(results)) {
            QVERIFY2(r.ok && r.outcome == Outcome::Cached && r.message.contains("SHA512"_L1), qPrintable(r.message));
            checkCached(cache, r.imageId, m_uploaded[r.imageId].size());
        }
        checkBaseClean(cache, ids);
        // Real Glance: lists each exactly as cached, with our size, and serves a hit from it.
        const QJsonObject state
            = runPython({ kTests + "/glance_oracle.py"_L1, "--driver"_L1, driver, "state"_L1, dir.path() });
        QCOMPARE(state.value("state"_L1)["driver"_L1].toString(), driver);
        const QJsonArray cached = state.value("state"_L1)["cached_images"_L1].toArray();
        QCOMPARE(cached.size(), 3);
        qint64 total = 0;
        for (const auto &e : cached) {
            const QString id = e["image_id"_L1].toString();
            QCOMPARE(e["size"_L1].toInteger(), m_uploaded.value(id).size());
            QCOMPARE(e["hits"_L1].toInt(), 0);
            total += m_uploaded.value(id).size();
        }
        QCOMPARE(state.value("state"_L1)["size"_L1].toInteger(), total);
        QVERIFY(state.value("state"_L1)["queued_images"_L1].toArray().isEmpty());
        const QJsonObject read
            = runPython(QStringList { u"-c"_s, QString::fromUtf8(kGlanceRead), dir.path(), driver } + ids);
        for (const auto &e : read.value("cached"_L1).toArray()) {
            const QString id = e["image_id"_L1].toString();
            QCOMPARE(e["hits"_L1].toInt(), 1);
            QCOMPARE(read.value("md5"_L1)[id].toString().toLatin1(),
                QCryptographicHash::hash(m_uploaded.value(id), QCryptographicHash::Md5).toHex());
        }
        QCOMPARE(read.value("cached"_L1).toArray().size(), 3);
    }
}

void TestImageFetcher::realGlanceServesOurCopy()
{
    // Into the running glance-api's own cache: our incomplete/ file keeps its cache filter from teeing
    // the same download into it, and afterwards it serves our copy as a cache hit.
    const QString id = upload(1536 * 1024);
    QVERIFY(!id.isEmpty());
    QVERIFY(!http("GET", m_glance->url("/v2/cache"_L1)).contains(id.toLatin1()));
    TestCache cache(m_glance->info.value("cache_dir"_L1).toString(), u"sqlite"_s);
    ImageFetcher f;
    setUp(f, cache, m_glance->url());
    const Results results = fetch(f, { id });
    QVERIFY2(results.size() == 1 && results[0].ok, qPrintable(results.value(0).message));
    checkCached(cache, id, m_uploaded[id].size());
    QVERIFY(QDir(cache.dir() + "/invalid"_L1).isEmpty());
    int status = 0;
    QNetworkReply *reply = nullptr;
    QCOMPARE(http("GET", m_glance->url("/v2/images/%1/file"_L1.arg(id)), {}, &status, {}, &reply), m_uploaded[id]);
    QCOMPARE(reply->rawHeader("Content-Length"), QByteArray::number(m_uploaded[id].size())); // served from cache
    reply->deleteLater();
    bool hit = false;
    QElapsedTimer waited;
    waited.start();
    while (!hit && waited.elapsed() < 20000) { // the hit is recorded once the stream closes, a moment later
        const QJsonObject list = QJsonDocument::fromJson(http("GET", m_glance->url("/v2/cache"_L1))).object();
        for (const auto &e : list.value("cached_images"_L1).toArray())
            hit = hit
                || (e["image_id"_L1].toString() == id && e["hits"_L1].toInt() == 1
                    && e["size"_L1].toInteger() == m_uploaded[id].size());
    }
    QVERIFY(hit);
}

void TestImageFetcher::faults_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<qint64>("invalidSize"); // -1 nothing; -2 some bytes, as many as were received
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("message");
    const auto fault = [](const char *f) { return QJsonObject { { "fault"_L1, QLatin1String(f) } }; };
    const int failed = int(Outcome::Failed), refused = int(Outcome::Refused);
    for (const char *d : { "sqlite", "xattr" }) {
        const auto row = [d](const char *name) -> QTestData & {
            return QTest::addRow("%s/%s", d, name) << QString::fromLatin1(d);
        };
        row("truncated") << fault("truncate") << kSize / 2 << failed << u"131074 of 262149 bytes"_s;
        row("truncated-chunked") << fault("truncate_chunked") << kSize / 2 << failed << u"131074 of 262149 bytes"_s;
        row("reset") << fault("reset") << qint64(-2) << failed << u"of 262149 bytes"_s;
        row("reset-before-data") << fault("reset_early") << qint64(0) << failed << u"0 of 262149 bytes"_s;
        row("wrong-checksum") << fault("corrupt") << kSize << failed << u"MD5 mismatch"_s;
        row("wrong-content-md5") << fault("bad_content_md5") << kSize << failed << u"Content-MD5"_s;
        row("timeout") << fault("stall") << qint64(65536) << failed << u"for 1 s: timed out"_s;
        row("slow-drip") << fault("drip") << qint64(-2) << failed << u"below the minimum of 1.00 KiB/s over 1.5 s"_s;
        row("longer-than-size") << fault("overlong") << qint64(0) << failed << u"announces 263149 bytes"_s;
        row("longer-than-size-chunked") << fault("overlong_chunked") << qint64(-2) << failed
                                        << u"more than the image's 262149 bytes"_s;
        row("403") << fault("http_403") << qint64(0) << failed << u"HTTP 403"_s;
        row("404") << fault("http_404") << qint64(0) << failed << u"HTTP 404"_s;
        row("409") << fault("http_409") << qint64(0) << failed << u"HTTP status 409"_s;
        row("500") << fault("http_500") << qint64(0) << failed << u"HTTP 500"_s;
        row("503") << fault("http_503") << qint64(0) << failed << u"unavailable (HTTP 503)"_s;
        row("503-retry-after") << fault("busy_503") << qint64(0) << failed << u"Try again in 120 s"_s;
        row("not-active") << QJsonObject { { "status"_L1, "queued"_L1 } } << qint64(-1) << refused << u"not active"_s;
        row("unknown-image") << QJsonObject { { "unregistered"_L1, true } } << qint64(-1) << failed
                             << u"is not known to"_s;
    }
}

void TestImageFetcher::faults()
{
    QFETCH(QString, driver);
    QFETCH(QJsonObject, spec);
    QFETCH(qint64, invalidSize);
    QFETCH(int, outcome);
    QFETCH(QString, message);
    QTemporaryDir dir;
    TestCache cache(dir.path(), driver);
    QVERIFY(cache.init());
    const QStringList ids { TestCache::id(1), TestCache::id(2), TestCache::id(3) };
    for (int i = 0; i < 3; ++i) { // the middle one fails; the queue gives the order
        if (i != 1 || !spec.contains("unregistered"_L1))
            fakeImage(ids[i], i == 1 ? spec : QJsonObject {});
        QVERIFY(cache.addQueued(ids[i], 1000 + i));
    }
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    // One image at a time, and the tight timing rules only while the failing one runs: a busy machine never
    // fails the good downloads of the same batch on them.
    f.setParallelLimit(1);
    connect(&f, &ImageFetcher::imageStarted, &f, [&f, &spec, bad = ids[1]](const QString &id) {
        f.setTimeout(id == bad && spec.value("fault"_L1) == "stall"_L1 ? 1000 : 30000);
        f.setMinimumRate(1024, id == bad && spec.value("fault"_L1) == "drip"_L1 ? 1500 : 60000);
    });
    const Expected<QStringList> queued = ImageFetcher::queuedImages(dir.path());
    QVERIFY2(queued.ok(), qPrintable(queued.error()));
    const Results results = fetch(f, *queued);
    QCOMPARE(results.size(), 3);
    QVERIFY2(results[0].ok && results[2].ok, qPrintable(results[0].message + u' ' + results[2].message));
    checkCached(cache, ids[0], kSize);
    checkCached(cache, ids[2], kSize);
    const ImageFetcher::Result &bad = results[1];
    QCOMPARE(int(bad.outcome), outcome);
    QVERIFY2(!bad.ok && bad.message.contains(message), qPrintable(bad.message));
    if (invalidSize == -2) { // at most what the fault sends before it breaks off
        QVERIFY(bad.bytes <= (spec.value("fault"_L1).toString().startsWith("overlong"_L1) ? kSize + 1000 : kSize / 2));
        invalidSize = bad.bytes;
    }
    qInfo("%s", qPrintable(bad.message)); // the sentence an operator reads
    checkRolledBack(cache, ids[1], invalidSize, true);
    if (invalidSize >= 0)
        QVERIFY2(bad.message.contains(dir.path() + "/invalid/"_L1 + ids[1]), qPrintable(bad.message));
    checkBaseClean(cache, { ids[0], ids[2] });
    fakeRelease();
}

void TestImageFetcher::chunkedAndUnknownAlgorithm()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const QString a = TestCache::id(1), b = TestCache::id(2), c = TestCache::id(3);
    fakeImage(a, { { "fault"_L1, "chunked"_L1 }, { "hash_algo"_L1, "sha384"_L1 } }); // Zed on a cache miss
    fakeImage(b, { { "hash_algo"_L1, "whirlpool"_L1 } });
    fakeImage(c, { { "checksum"_L1, false }, { "hash_algo"_L1, "sha256"_L1 }, { "size"_L1, 0 } });
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    const Results r = fetch(f, { a, b, c });
    QCOMPARE(r.size(), 3);
    QVERIFY2(r[0].ok && r[0].message.contains("MD5/SHA384"_L1), qPrintable(r[0].message));
    QVERIFY2(r[1].ok && r[1].message.contains("only MD5"_L1), qPrintable(r[1].message));
    QVERIFY2(r[2].ok && r[2].message.contains("SHA256"_L1), qPrintable(r[2].message));
    checkCached(cache, a, kSize);
    checkCached(cache, c, 0);
}

void TestImageFetcher::hashAlgorithms_data()
{
    // Every os_hash_algo Glance may record, through the digests the fetcher computes (libcrypto's where it
    // has them): the fake's values come from Python's hashlib.
    QTest::addColumn<QString>("algo");
    for (const char *algo : { "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
             "sha3_512", "blake2b", "blake2s" })
        QTest::newRow(algo) << QString::fromLatin1(algo);
}

void TestImageFetcher::hashAlgorithms()
{
    QFETCH(QString, algo);
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const QString id = TestCache::id(1);
    fakeImage(id, { { "hash_algo"_L1, algo }, { "size"_L1, 3 * 1024 * 1024 + 3 } }); // a partial last chunk
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    const Results r = fetch(f, { id });
    QVERIFY2(r.value(0).ok && r[0].message.contains("MD5/"_L1 + algo.toUpper()), qPrintable(r.value(0).message));
    checkCached(cache, id, 3 * 1024 * 1024 + 3);
}

void TestImageFetcher::environmentProxy()
{
    // A remote Glance is reached through http_proxy, as glanceclient and curl would; the proxy here
    // records the request and answers 502.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QByteArray head;
    connect(&proxy, &QTcpServer::pendingConnectionAvailable, this, [&]() {
        QTcpSocket *s = proxy.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &head]() {
            head += s->readAll();
            if (head.contains("\r\n\r\n")) {
                s->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            }
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    });
    const QByteArray saved = qgetenv("http_proxy");
    qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.serverPort()));
    auto restore = qScopeGuard([&] { saved.isNull() ? qunsetenv("http_proxy") : qputenv("http_proxy", saved); });
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    ImageFetcher f;
    setUp(f, cache, QUrl(u"http://glance.example:9292"_s));
    const Results r = fetch(f, { TestCache::id(5) });
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].outcome, Outcome::Failed);
    QVERIFY2(head.startsWith("GET http://glance.example:9292/v2/images/" + TestCache::id(5).toLatin1() + " HTTP/1.1"),
        head.constData());
}

void TestImageFetcher::refusals()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const double now = double(QDateTime::currentSecsSinceEpoch());
    const QString cached = TestCache::id(1), recordOnly = TestCache::id(2), huge = TestCache::id(3),
                  busy = TestCache::id(4);
    QVERIFY(cache.addCached(cached, 10, now, 0) && cache.addRecordOnly(recordOnly, 10, now)
        && cache.addFile("incomplete/"_L1 + busy, 10, now));
    for (const QString &id : { cached, recordOnly, busy })
        fakeImage(id, {});
    fakeImage(huge, { { "size"_L1, 10 }, { "size_in_meta"_L1, qint64(1) << 60 } });
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    QString error;
    QVERIFY(!f.fetch({ cached, u"../../etc/passwd"_s }, &error) && error.contains("not an image ID"_L1));
    QVERIFY(!f.isRunning());
    const Results r = fetch(f, { cached, recordOnly, huge, busy });
    QCOMPARE(r.size(), 4);
    QCOMPARE(r[0].outcome, Outcome::AlreadyCached);
    QVERIFY2(r[1].outcome == Outcome::Refused && r[1].message.contains("already records"_L1), qPrintable(r[1].message));
    QVERIFY2(r[2].outcome == Outcome::Refused && r[2].message.contains("are free"_L1), qPrintable(r[2].message));
    QVERIFY2(r[3].outcome == Outcome::Refused && r[3].message.contains("being written"_L1), qPrintable(r[3].message));
    QCOMPARE(fakeStats().value("file_requests"_L1).toInt(), 0); // all refused before any download
    QVERIFY(QDir(dir.path() + "/invalid"_L1).isEmpty());
    QCOMPARE(QFileInfo(dir.path() + "/incomplete/"_L1 + busy).size(), 10); // someone else's, untouched
    QDir(dir.path()).remove(u"cache.db"_s); // glance-api never started here with sqlite
    const Results none = fetch(f, { huge });
    QVERIFY2(none.value(0).outcome == Outcome::Refused && none[0].message.contains("does not exist"_L1),
        qPrintable(none.value(0).message));
}

void TestImageFetcher::ownershipAndMode()
{
    if (::geteuid() != 0)
        QSKIP("needs root: files created as root take the cache directory's owner");
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), 4242, 4343) == 0);
    const mode_t oldMask = ::umask(022);
    fakeImage(TestCache::id(1), {});
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    const Results r = fetch(f, { TestCache::id(1) });
    ::umask(oldMask);
    QVERIFY(r.value(0).ok);
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(dir.path() + u'/' + TestCache::id(1)).constData(), &st) == 0);
    QVERIFY(st.st_uid == 4242 && st.st_gid == 4343 && (st.st_mode & 07777) == 0644);
}

void TestImageFetcher::cancelMidDownload()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"xattr"_s);
    QVERIFY(cache.init());
    const QString id = TestCache::id(7);
    fakeImage(id, { { "fault"_L1, "hold"_L1 }, { "size"_L1, 1024 * 1024 } });
    QVERIFY(cache.addQueued(id, 100));
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    QSignalSpy finished(&f, &ImageFetcher::finished);
    QSignalSpy progress(&f, &ImageFetcher::imageProgress);
    QString error;
    QVERIFY(f.fetch({ id }, &error));
    while (progress.isEmpty() || progress.last().at(1).toLongLong() == 0)
        QVERIFY(progress.wait(10000));
    f.cancel(id);
    const Results r = wait(finished);
    QCOMPARE(r.value(0).outcome, Outcome::Cancelled);
    QVERIFY2(r[0].message.contains("Cancelled"_L1) && r[0].bytes > 0, qPrintable(r[0].message));
    checkRolledBack(cache, id, r[0].bytes, true);
    fakeRelease();
}

void TestImageFetcher::parallelLimit()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    QStringList ids;
    for (int i = 1; i <= 5; ++i) {
        ids.append(TestCache::id(i));
        fakeImage(ids.last(), { { "fault"_L1, "hold"_L1 } }); // each stops after 64 KiB until released
    }
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    QSignalSpy finished(&f, &ImageFetcher::finished);
    QSignalSpy started(&f, &ImageFetcher::imageStarted);
    QSignalSpy progress(&f, &ImageFetcher::imageProgress);
    QSignalSpy overall(&f, &ImageFetcher::progress);
    QString error;
    QVERIFY(f.fetch(ids, &error));
    QSet<QString> receiving;
    while (receiving.size() < 2) {
        QVERIFY(progress.wait(10000));
        for (const auto &args : std::as_const(progress))
            receiving.insert(args.at(0).toString());
    }
    QCOMPARE(started.size(), 2); // the others wait for a free slot
    QCOMPARE(fakeStats().value("active"_L1).toInt(), 2);
    fakeRelease();
    const Results r = wait(finished);
    QCOMPARE(r.size(), 5);
    for (const auto &res : r)
        QVERIFY2(res.ok, qPrintable(res.message));
    const QJsonObject stats = fakeStats();
    QCOMPARE(stats.value("max_active"_L1).toInt(), 2);
    QCOMPARE(stats.value("file_requests"_L1).toInt(), 5);
    QCOMPARE(overall.last().at(0).toLongLong(), 5 * kSize);
    QCOMPARE(overall.last().at(3).toInt(), 5);
}

void TestImageFetcher::retryFailed()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const QString id = TestCache::id(9);
    fakeImage(id, { { "fault"_L1, "fail_once_503"_L1 } });
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    const Results first = fetch(f, { id });
    QVERIFY(first.size() == 1 && first[0].outcome == Outcome::Failed);
    checkRolledBack(cache, id, 0, false);
    QSignalSpy finished(&f, &ImageFetcher::finished);
    QVERIFY(f.retry(id));
    const Results second = wait(finished);
    QVERIFY2(second.size() == 1 && second[0].ok, qPrintable(second.value(0).message));
    checkCached(cache, id, kSize, true);
    QVERIFY(!f.retry(id)); // it succeeded: nothing to retry
}

void TestImageFetcher::closedBeforeAnswerSentOnce()
{
    // A connection closed before any answer (a keep-alive race, or Qt failing a queued request with another
    // channel's reset) costs one more request; a server that never answers still fails the image.
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const QString once = TestCache::id(1), always = TestCache::id(2);
    fakeImage(once, { { "fault"_L1, "drop_once"_L1 } });
    fakeImage(always, { { "fault"_L1, "drop"_L1 } });
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    f.setParallelLimit(1);
    const Results r = fetch(f, { once, always });
    QCOMPARE(r.size(), 2);
    QVERIFY2(r[0].ok, qPrintable(r[0].message));
    checkCached(cache, once, kSize);
    QVERIFY2(!r[1].ok && r[1].message.contains("closed or reset the connection before answering"_L1),
        qPrintable(r[1].message));
    checkRolledBack(cache, always, 0, false);
    // Qt itself sends again on a close while it waits for an answer, so how often is not fixed; at least
    // twice each.
    QVERIFY(fakeStats().value("file_requests"_L1).toInt() >= 4);
}

void TestImageFetcher::memoryStaysFlat()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const qint64 size = 200 * 1024 * 1024;
    const QString warmUp = TestCache::id(1), big = TestCache::id(2);
    fakeImage(warmUp, {});
    fakeImage(big, { { "size"_L1, size } });
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    QVERIFY(fetch(f, { warmUp }).value(0).ok); // network and hashing code paths loaded
    const qint64 before = rss();
    qint64 peak = before;
    connect(&f, &ImageFetcher::imageProgress, this, [&peak]() { peak = std::max(peak, rss()); });
    const Results r = fetch(f, { big });
    QVERIFY2(r.value(0).ok, qPrintable(r.value(0).message));
    checkCached(cache, big, size);
    qInfo("RSS grew by %lld KiB while fetching %lld MiB", (peak - before) / 1024, size >> 20);
    QVERIFY(peak - before < 32 * 1024 * 1024);
}

void TestImageFetcher::verifyFindsHole()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"xattr"_s);
    QVERIFY(cache.init());
    const QString holed = TestCache::id(1), intact = TestCache::id(2), absent = TestCache::id(3);
    for (const QString &id : { holed, intact, absent })
        fakeImage(id, { { "size"_L1, 1024 * 1024 } });
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    QVERIFY(fetch(f, { holed, intact }).size() == 2);
    // What two simultaneous first downloads can leave: the right size, a range never written.
    const QByteArray path = QFile::encodeName(dir.path() + u'/' + holed);
    const int fd = ::open(path.constData(), O_WRONLY);
    QVERIFY(fd >= 0 && ::fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 256 * 1024, 128 * 1024) == 0);
    ::close(fd);
    const double oldAtime = 1.6e9; // older than the mtime: relatime would move it on a plain read
    for (const QString &id : { holed, intact })
        QVERIFY(TestCache::setTimes(
            dir.path() + u'/' + id, oldAtime, QFileInfo(dir.path() + u'/' + id).lastModified().toSecsSinceEpoch()));
    QSignalSpy verified(&f, &ImageFetcher::verified);
    QString error;
    QVERIFY(f.verify({ holed, intact, absent }, &error));
    QVERIFY(verified.wait(30000));
    const Results r = verified.at(0).at(0).value<Results>();
    QCOMPARE(r.size(), 3);
    QVERIFY2(r[0].outcome == Outcome::Mismatch && r[0].message.contains("hole from byte 262144"_L1),
        qPrintable(r[0].message));
    QVERIFY2(r[1].ok && r[1].outcome == Outcome::Verified, qPrintable(r[1].message));
    QCOMPARE(r[2].outcome, Outcome::NotCached);
    for (const QString &id : { holed, intact }) {
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(dir.path() + u'/' + id).constData(), &st) == 0);
        QCOMPARE(qint64(st.st_atime), qint64(oldAtime));
    }
}

// The commit waits for cache.db's lock as long as the busy timeout allows, on the pool: the thread that
// receives (the GUI's) keeps running its event loop all that time.
void TestImageFetcher::lockedCommitKeepsLoopFree()
{
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const QString id = TestCache::id(3);
    fakeImage(id, {});
    QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    holder.setDatabaseName(cache.location().dbPath());
    QVERIFY(holder.open());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s)); // readers pass (the precheck), writers wait
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    f.setBusyTimeout(1500);
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&]() {
        longestGap = std::max(longestGap, sinceTick.restart());
    });
    sinceTick.start();
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    const Results r = fetch(f, { id });
    ticker.stop();
    QVERIFY(lock.exec(u"ROLLBACK"_s));
    lock = QSqlQuery();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"holder"_s);
    QCOMPARE(r.value(0).outcome, Outcome::Failed);
    QVERIFY2(r[0].message.contains("locked"_L1, Qt::CaseInsensitive), qPrintable(r[0].message));
    QVERIFY2(clock.elapsed() >= 1400, "the commit waited for the lock"); // precheck reads; the commit waits
    checkRolledBack(cache, id, kSize, false);
    qInfo("longest event-loop gap while the commit waited %lld ms: %lld ms", clock.elapsed(), longestGap);
    QVERIFY(longestGap < 400);
}

// The disk fills up while an image arrives (another writer took the room): Glance's rollback, no row, the
// queue marker kept; with room again, a retry caches it.
void TestImageFetcher::fullFileSystemDuringFetch()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small file system (CI runs as root)");
    QTemporaryDir base;
    TmpMount disk = TmpMount::tmpfs(base.path() + "/disk"_L1, u"4m"_s);
    QVERIFY2(disk.ok(), qPrintable(disk.error()));
    TestCache cache(disk.path() + "/cache"_L1, u"sqlite"_s);
    QVERIFY(QDir().mkpath(cache.dir()) && cache.init());
    const QString id = TestCache::id(4);
    fakeImage(id, { { "fault"_L1, "hold"_L1 }, { "size"_L1, 2 * 1024 * 1024 } });
    QVERIFY(cache.addQueued(id, 100));
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    QSignalSpy finished(&f, &ImageFetcher::finished);
    QSignalSpy progress(&f, &ImageFetcher::imageProgress);
    QString error;
    QVERIFY(f.fetch({ id }, &error));
    while (progress.isEmpty() || progress.last().at(1).toLongLong() == 0)
        QVERIFY(progress.wait(10000));
    QVERIFY(disk.fill(u"filler"_s)); // the free-space check passed; now someone else takes the room
    fakeRelease();
    const Results r = wait(finished);
    QCOMPARE(r.value(0).outcome, Outcome::Failed);
    QVERIFY2(r[0].message.contains("is full"_L1) && r[0].message.contains(cache.dir() + "/invalid/"_L1 + id),
        qPrintable(r[0].message));
    QVERIFY(!cache.exists(id) && !cache.exists("incomplete/"_L1 + id) && !cache.rows().contains(id));
    QVERIFY(cache.exists("queue/"_L1 + id) && cache.exists("invalid/"_L1 + id));
    QVERIFY(QFile::remove(disk.path() + "/filler"_L1));
    QSignalSpy again(&f, &ImageFetcher::finished);
    QVERIFY(f.retry(id));
    const Results second = wait(again);
    QVERIFY2(second.value(0).ok, qPrintable(second.value(0).message));
    checkCached(cache, id, 2 * 1024 * 1024, true);
}

void TestImageFetcher::readOnlyPlaces_data()
{
    // What cannot be written, for the whole fetch: refused before any byte, or rolled back after the data.
    QTest::addColumn<QString>("place");
    QTest::addColumn<bool>("dataArrives"); // the file request went out (the failure is at the commit)
    QTest::addColumn<QString>("message");
    QTest::newRow("incomplete/") << u"incomplete"_s << false << u"Read-only file system"_s;
    QTest::newRow("cache.db") << u"cache.db"_s << true << u"cache.db is on a read-only file system"_s;
    QTest::newRow("whole cache") << QString() << false << u"Read-only file system"_s;
}

void TestImageFetcher::readOnlyPlaces()
{
    QFETCH(QString, place);
    QFETCH(bool, dataArrives);
    QFETCH(QString, message);
    if (::geteuid() != 0)
        QSKIP("needs root to mount (CI runs as root)");
    QTemporaryDir dir;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    const QString id = TestCache::id(6);
    fakeImage(id, {});
    QVERIFY(cache.addQueued(id, 100));
    const QMap<QString, qint64> rowsBefore = cache.rows();
    TmpMount ro = TmpMount::readOnly(place.isEmpty() ? dir.path() : dir.path() + u'/' + place);
    QVERIFY2(ro.ok(), qPrintable(ro.error()));
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    f.setBusyTimeout(500);
    const Results r = fetch(f, { id });
    QCOMPARE(r.value(0).outcome, Outcome::Failed);
    QVERIFY2(r[0].message.contains(message, Qt::CaseInsensitive), qPrintable(r[0].message));
    QCOMPARE(fakeStats().value("file_requests"_L1).toInt(), dataArrives ? 1 : 0);
    QVERIFY(!cache.exists(id) && !cache.exists("incomplete/"_L1 + id) && cache.exists("queue/"_L1 + id));
    QCOMPARE(cache.rows(), rowsBefore);
    QCOMPARE(cache.exists("invalid/"_L1 + id), dataArrives); // the data went where Glance's rollback puts it
}

void TestImageFetcher::symlinkedIncompleteRefused()
{
    // incomplete/ replaced by a symlink (to wherever its owner likes): nothing is written through it.
    QTemporaryDir dir, elsewhere;
    TestCache cache(dir.path(), u"sqlite"_s);
    QVERIFY(cache.init());
    QVERIFY(QDir(dir.path()).rmdir(u"incomplete"_s));
    QVERIFY(QFile::link(elsewhere.path(), dir.path() + "/incomplete"_L1));
    const QString id = TestCache::id(8);
    fakeImage(id, {});
    ImageFetcher f;
    setUp(f, cache, m_fake->url());
    const Results r = fetch(f, { id });
    QVERIFY2(!r.value(0).ok && r[0].message.contains("symlink"_L1), qPrintable(r.value(0).message));
    QVERIFY(QDir(elsewhere.path()).isEmpty());
    QVERIFY(!cache.exists(id) && !cache.rows().contains(id));
    QCOMPARE(fakeStats().value("file_requests"_L1).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImageFetcher)
#include "tst_imagefetcher.moc"
