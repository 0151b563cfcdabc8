#include "remote/glanceapi.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString kZedId = u"3f8a2b1c-0d4e-4f5a-8b6c-7d8e9f0a1b2c"_s;

// A version document as Glance writes it: ids with their statuses.
QByteArray versionsJson(const QStringList &ids, const QString &current)
{
    QJsonArray versions;
    for (const QString &id : ids)
        versions.append(QJsonObject { { u"id"_s, id }, { u"status"_s, id == current ? u"CURRENT"_s : u"SUPPORTED"_s },
            { u"links"_s, QJsonArray() } });
    return QJsonDocument(QJsonObject { { u"versions"_s, versions } }).toJson(QJsonDocument::Compact);
}

QStringList range(int from, int to) // "v2.<to>" down to "v2.<from>"
{
    QStringList ids;
    for (int minor = to; minor >= from; --minor)
        ids << u"v2.%1"_s.arg(minor);
    return ids;
}

// Runs one asynchronous call to its end. The context dies on return, so a late callback is dropped.
using Starter = std::function<void(QObject *, GlanceApi::Done)>;
bool runCall(const Starter &start, ApiResult *out, int timeoutMs = 20000)
{
    QObject context;
    bool called = false;
    start(&context, [&](const ApiResult &r) {
        if (qEnvironmentVariableIsSet("GCA_SHOW_ERRORS") && !r.ok)
            qDebug("%s", qPrintable(r.error));
        *out = r;
        called = true;
    });
    return QTest::qWaitFor([&] { return called; }, timeoutMs);
}

// A one-connection-at-a-time HTTP(S) stand-in: records request heads and answers with a canned reply,
// nothing at all, or an abrupt close.
class FakeServer : public QObject
{
public:
    enum Mode { Answer, Silent, Reset };
    explicit FakeServer(Mode mode, QTcpServer *server = new QTcpServer)
        : m_server(server)
        , m_mode(mode)
    {
        m_server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                serve(s);
        });
        m_server->listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &scheme = u"http"_s) const
    {
        QUrl u;
        u.setScheme(scheme);
        u.setHost(u"127.0.0.1"_s);
        u.setPort(m_server->serverPort());
        return u;
    }
    QByteArray response = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QList<QByteArray> heads;
    int connections = 0;

private:
    void serve(QTcpSocket *s)
    {
        ++connections;
        if (m_mode == Reset) {
            s->abort();
            s->deleteLater();
            return;
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
            *buffer += s->readAll();
            if (!buffer->contains("\r\n\r\n") || m_mode == Silent)
                return;
            heads.append(buffer->left(buffer->indexOf("\r\n\r\n")));
            s->write(response);
            s->disconnectFromHost();
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
    QTcpServer *m_server;
    Mode m_mode;
};

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class TestGlanceApi : public QObject
{
    Q_OBJECT

    struct Node
    {
        QProcess process;
        QUrl url;
        QList<QString> images; // created on this node, in order
    };
    QTemporaryDir m_dir;
    Node m_a; // open cache policies
    Node m_b; // cache_image and cache_delete forbidden: the 403 cases

    // Starts tests/glance_server.py; policy (JSON) is merged over its open cache policy.
    void startNode(Node &node, const QString &name, const QByteArray &policy = {})
    {
        const QString tests = QStringLiteral(GCA_TESTS_DIR);
        const QString workdir = m_dir.filePath(name);
        if (policy.isEmpty()) {
            node.process.start(u"/usr/bin/python3"_s, { tests + u"/glance_server.py"_s, u"start"_s, workdir });
        } else {
            // The harness CLI has no policy flag; its start() has one, so bind it before running the CLI.
            const QString script = u"import sys, json, functools\n"
                                   "sys.dont_write_bytecode = True\n"
                                   "sys.path.insert(0, sys.argv[1])\n"
                                   "import glance_server as g\n"
                                   "g.start = functools.partial(g.start, policy=json.loads(sys.argv[3]))\n"
                                   "sys.exit(g.main(['start', sys.argv[2]]))\n"_s;
            node.process.start(u"/usr/bin/python3"_s, { u"-c"_s, script, tests, workdir, QString::fromUtf8(policy) });
        }
    }
    void awaitNode(Node &node, const char *name)
    {
        const bool ready = QTest::qWaitFor(
            [&] { return node.process.canReadLine() || node.process.state() == QProcess::NotRunning; }, 90000);
        if (!ready || !node.process.canReadLine())
            QFAIL(qPrintable(u"glance-api %1 did not start: %2"_s.arg(
                QLatin1String(name), QString::fromUtf8(node.process.readAllStandardError()))));
        const QJsonObject info = QJsonDocument::fromJson(node.process.readLine()).object();
        node.url = QUrl(info.value(u"url"_s).toString());
        QVERIFY2(node.url.isValid() && node.url.port() > 0, "no url in the harness's JSON line");
    }

    // Plain Qt calls for what GlanceApi does not do (create, upload, legacy queue), straight to the node.
    QNetworkAccessManager m_plain;
    int plainCall(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &type,
        QByteArray *answer = nullptr)
    {
        QNetworkRequest request(url);
        if (!type.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = m_plain.sendCustomRequest(request, verb, body);
        const bool finished = QTest::qWaitFor([&] { return reply->isFinished(); }, 20000);
        reply->deleteLater();
        if (answer)
            *answer = reply->readAll();
        return finished ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
    }
    QString createImage(Node &node, const QByteArray &data, const QString &name)
    {
        QByteArray answer;
        const QByteArray meta = QJsonDocument(
            QJsonObject { { u"name"_s, name }, { u"disk_format"_s, u"raw"_s },
                { u"container_format"_s,
                    u"bare"_s } }).toJson();
        QUrl images = node.url;
        images.setPath(u"/v2/images"_s);
        if (plainCall("POST", images, meta, "application/json", &answer) != 201)
            return {};
        const QString id = QJsonDocument::fromJson(answer).object().value(u"id"_s).toString();
        QUrl file = node.url;
        file.setPath(u"/v2/images/%1/file"_s.arg(id));
        if (!data.isNull() && plainCall("PUT", file, data, "application/octet-stream") != 204)
            return {};
        node.images.append(id);
        return id;
    }
    bool legacyQueue(const Node &node, const QString &id)
    {
        QUrl url = node.url;
        url.setPath(u"/v2/queued_images/"_s + id);
        return plainCall("PUT", url, {}, {}) == 200;
    }
    static GlanceEndpoint endpointOf(const Node &node)
    {
        GlanceEndpoint e;
        e.baseUrl = node.url;
        e.timeoutMs = 15000;
        return e;
    }
    static bool cacheState(GlanceApi &api, NodeCacheState *state, ApiResult *r)
    {
        return runCall(
            [&](QObject *c, GlanceApi::Done d) {
                api.listCache(c, [state, d](const ApiResult &res, const NodeCacheState &s) {
                    *state = s;
                    d(res);
                });
            },
            r);
    }
    static QStringList cachedIds(GlanceApi &api)
    {
        NodeCacheState s;
        ApiResult r;
        QStringList ids;
        if (cacheState(api, &s, &r) && r.ok)
            for (const CachedImage &c : s.cached)
                ids << c.imageId;
        return ids;
    }
    static QStringList queuedIds(GlanceApi &api)
    {
        NodeCacheState s;
        ApiResult r;
        return cacheState(api, &s, &r) && r.ok ? s.queued : QStringList { u"(listing failed)"_s };
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void urls_data();
    void urls();
    void invalidIdsBuildNoUrl_data();
    void invalidIdsBuildNoUrl();
    void clearTargetHeader();
    void parseVersions_data();
    void parseVersions();
    void parseCacheState();
    void parseImageAndPages();
    void malformedJson_data();
    void malformedJson();
    void success_data();
    void success();
    void serverMessage_data();
    void serverMessage();
    void httpErrorText_data();
    void httpErrorText();
    void transportErrorText_data();
    void transportErrorText();
    void proxyBypass_data();
    void proxyBypass();

    void headersSent();
    void transportFailures();
    void refusedRedirect();
    void tls();

    void discover();
    void queueListDelete();
    void clearTargets();
    void refusals();
    void forbidden();
    void images();
    void loopbackIgnoresEnvironmentProxy();
    void retryAfterText_data();
    void retryAfterText();
    void answerFaults_data();
    void answerFaults();
    void tlsNameMismatch();
};

void TestGlanceApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plain.setProxy(QNetworkProxy::NoProxy);
    // Both at once: each start is a few seconds of Python start-up and database migration.
    startNode(m_a, u"a"_s);
    startNode(m_b, u"b"_s, R"({"cache_image": "!", "cache_delete": "!"})");
    awaitNode(m_a, "A");
    awaitNode(m_b, "B");
}

void TestGlanceApi::cleanupTestCase()
{
    for (Node *node : { &m_a, &m_b }) {
        node->process.closeWriteChannel(); // the harness stops its glance-api when stdin closes
        if (!node->process.waitForFinished(30000)) {
            node->process.terminate();
            node->process.waitForFinished(10000);
        }
    }
}

void TestGlanceApi::urls_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("versions");
    QTest::addColumn<QUrl>("cache");
    QTest::addColumn<QUrl>("images");
    const QString id = kZedId;
    auto row = [&](const char *name, const char *base, const QString &root) {
        QTest::newRow(name) << QUrl(QString::fromLatin1(base)) << QUrl(root + u"/"_s) << QUrl(root + u"/v2/cache"_s)
                            << QUrl(root + u"/v2/images?limit=2&marker="_s + id);
    };
    row("plain", "http://10.0.0.5:9292", u"http://10.0.0.5:9292"_s);
    row("trailing slash", "http://10.0.0.5:9292/", u"http://10.0.0.5:9292"_s);
    row("versioned endpoint", "http://10.0.0.5:9292/v2/", u"http://10.0.0.5:9292"_s);
    row("prefix behind a proxy", "https://cloud.example/image/", u"https://cloud.example/image"_s);
    row("prefixed and versioned", "https://cloud.example/image/v2", u"https://cloud.example/image"_s);
    row("query and fragment dropped", "http://h:9292/?x=1#top", u"http://h:9292"_s);
    row("ipv6", "http://[::1]:9292", u"http://[::1]:9292"_s);
}

void TestGlanceApi::urls()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, versions);
    QFETCH(QUrl, cache);
    QFETCH(QUrl, images);
    QCOMPARE(GlanceApi::versionsUrl(base), versions);
    QCOMPARE(GlanceApi::cacheUrl(base), cache);
    QCOMPARE(GlanceApi::cacheUrl(base, u"prune"), QUrl(cache.toString() + u"/prune"_s));
    QCOMPARE(GlanceApi::imagesUrl(base, 2, kZedId), images);
    QCOMPARE(GlanceApi::imagesUrl(base, 0), QUrl(cache.toString().replace(u"/cache"_s, u"/images"_s)));
    QString error;
    // Glance stores lower-case IDs; an upper-case one would be a 404.
    QCOMPARE(GlanceApi::cacheImageUrl(base, kZedId.toUpper(), &error), QUrl(cache.toString() + u'/' + kZedId));
    QVERIFY(error.isEmpty());
    QCOMPARE(
        GlanceApi::imageUrl(base, kZedId, &error), QUrl(cache.toString().replace(u"/cache"_s, u"/images/"_s) + kZedId));
    QCOMPARE(GlanceApi::imageFileUrl(base, kZedId.toUpper(), &error),
        QUrl(cache.toString().replace(u"/cache"_s, u"/images/"_s) + kZedId + u"/file"_s));
}

void TestGlanceApi::invalidIdsBuildNoUrl_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("traversal") << u"../../v2/cache"_s;
    QTest::newRow("query") << u"3f8a2b1c-0d4e-4f5a-8b6c-7d8e9f0a1b2c?x=1"_s;
    QTest::newRow("name") << u"cirros"_s;
    QTest::newRow("non hex") << u"3f8a2b1c-0d4e-4f5a-8b6c-7d8e9f0a1b2g"_s;
}

void TestGlanceApi::invalidIdsBuildNoUrl()
{
    QFETCH(QString, id);
    const QUrl base(u"http://10.0.0.5:9292"_s);
    QString error;
    QVERIFY(GlanceApi::cacheImageUrl(base, id, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(GlanceApi::imageUrl(base, id, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(GlanceApi::imageFileUrl(base, id, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestGlanceApi::clearTargetHeader()
{
    QCOMPARE(GlanceApi::clearTargetHeader(ClearTarget::Both), QByteArray()); // "both" is a 400
    QCOMPARE(GlanceApi::clearTargetHeader(ClearTarget::Cache), QByteArray("cache"));
    QCOMPARE(GlanceApi::clearTargetHeader(ClearTarget::Queue), QByteArray("queue"));
}

void TestGlanceApi::parseVersions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("newest");
    QTest::addColumn<bool>("cacheApi");
    QTest::addColumn<bool>("pruneClean");
    // Zed as the harness runs it (caching on), and Zed's list without image_cache_dir (glance/api/versions.py).
    QTest::newRow("zed, caching on") << versionsJson(range(0, 16), u"v2.16"_s) << true << u"v2.16"_s << u"v2.16"_s
                                     << true << false;
    QTest::newRow("zed, caching off") << versionsJson(QStringList { u"v2.15"_s } + range(0, 13), u"v2.15"_s) << true
                                      << u"v2.15"_s << u"v2.15"_s << false << false;
    QTest::newRow("yoga, caching on") << versionsJson(range(0, 14), u"v2.14"_s) << true << u"v2.14"_s << u"v2.14"_s
                                      << true << false;
    QTest::newRow("older than yoga") << versionsJson(range(0, 13), u"v2.13"_s) << true << u"v2.13"_s << u"v2.13"_s
                                     << false << false;
    QTest::newRow("2.18 (prune, clean)") << versionsJson(range(0, 18), u"v2.18"_s) << true << u"v2.18"_s << u"v2.18"_s
                                         << true << true;
    // Numeric order: v2.10 is newer than v2.9, whatever order the server lists them in.
    QTest::newRow("shuffled") << versionsJson({ u"v2.9"_s, u"v2.10"_s, u"v2.1"_s }, u"v2.10"_s) << true << u"v2.10"_s
                              << u"v2.10"_s << false << false;
    QTest::newRow("empty list") << QByteArray(R"({"versions": []})") << false << QString() << QString() << false
                                << false;
    QTest::newRow("keystone's document") << QByteArray(R"({"version": {"id": "v3.14"}})") << false << QString()
                                         << QString() << false << false;
    QTest::newRow("html") << QByteArray("<html>It works!</html>") << false << QString() << QString() << false << false;
}

void TestGlanceApi::parseVersions()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    NodeVersions v;
    QString error;
    QCOMPARE(GlanceApi::parseVersions(json, &v, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QTEST(v.current, "current");
    QTEST(v.versions.first(), "newest");
    QTEST(v.hasCacheApi, "cacheApi");
    QTEST(v.hasPruneClean, "pruneClean");
}

void TestGlanceApi::parseCacheState()
{
    // Zed, sqlite driver: fractional times (copied from a real answer).
    const QByteArray sqlite = R"({"cached_images": [{"image_id": "e537f828-39d0-446e-a44e-8df68af10e4c", "hits": 1,
        "last_accessed": 1796026494.2449317, "last_modified": 1796026493.221526, "size": 5}],
        "queued_images": ["1a7bfb25-1a52-4789-aab3-ec4d8e75d7bf"]})";
    NodeCacheState s;
    QString error;
    QVERIFY2(GlanceApi::parseCacheState(sqlite, &s, &error), qPrintable(error));
    QCOMPARE(s.cached.size(), 1);
    QCOMPARE(s.cached[0].imageId, u"e537f828-39d0-446e-a44e-8df68af10e4c"_s);
    QCOMPARE(s.cached[0].hits, 1);
    QCOMPARE(s.cached[0].size, 5);
    QCOMPARE(s.cached[0].lastAccessed, 1796026494.2449317);
    QCOMPARE(s.cached[0].lastModified, 1796026493.221526);
    QCOMPARE(s.queued, QStringList { u"1a7bfb25-1a52-4789-aab3-ec4d8e75d7bf"_s });
    QVERIFY(s.ignored.isEmpty());

    // xattr driver: whole seconds, a 6 GiB image, and a foreign file it lists like an image.
    const QByteArray xattr = R"({"cached_images": [
        {"image_id": "E537F828-39D0-446E-A44E-8DF68AF10E4C", "hits": 12, "last_accessed": 1796026494,
         "last_modified": 1796026493, "size": 6442450944},
        {"image_id": "lost+found", "hits": 0, "last_accessed": 0, "last_modified": 0, "size": 4096}],
        "queued_images": []})";
    QVERIFY2(GlanceApi::parseCacheState(xattr, &s, &error), qPrintable(error));
    QCOMPARE(s.cached.size(), 1);
    QCOMPARE(s.cached[0].imageId, u"e537f828-39d0-446e-a44e-8df68af10e4c"_s);
    QCOMPARE(s.cached[0].size, Q_INT64_C(6442450944));
    QCOMPARE(s.cached[0].hits, 12);
    QCOMPARE(s.cached[0].lastAccessed, 1796026494.0);
    QCOMPARE(s.ignored, QStringList { u"lost+found"_s });

    QVERIFY(GlanceApi::parseCacheState(R"({"cached_images": [], "queued_images": []})", &s, &error));
    QVERIFY(s.cached.isEmpty() && s.queued.isEmpty());
    QVERIFY(!GlanceApi::parseCacheState(R"({"cached_images": {}})", &s, &error));
    QVERIFY(error.contains(u"cached_images"_s));
}

void TestGlanceApi::parseImageAndPages()
{
    // GET /v2/images/{id} on the harness after uploading "hello".
    const QByteArray image = R"({"name": "x", "disk_format": "raw", "container_format": "bare", "visibility": "shared",
        "size": 5, "virtual_size": 5, "status": "active", "checksum": "5d41402abc4b2a76b9719d911017c592",
        "protected": false, "min_ram": 0, "min_disk": 0, "owner": null, "os_hidden": false, "os_hash_algo": "sha512",
        "os_hash_value": "9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043",
        "id": "c8a07129-943c-4272-9f65-0d479da2a549", "created_at": "2026-11-30T08:09:46Z", "tags": [],
        "self": "/v2/images/c8a07129-943c-4272-9f65-0d479da2a549", "stores": "fs"})";
    ImageInfo info;
    QString error;
    QVERIFY2(GlanceApi::parseImage(image, &info, &error), qPrintable(error));
    QCOMPARE(info.id, u"c8a07129-943c-4272-9f65-0d479da2a549"_s);
    QCOMPARE(info.name, u"x"_s);
    QCOMPARE(info.status, u"active"_s);
    QCOMPARE(info.size, 5);
    QCOMPARE(info.checksum, u"5d41402abc4b2a76b9719d911017c592"_s);
    QCOMPARE(info.osHashAlgo, u"sha512"_s);
    QVERIFY(info.osHashValue.startsWith(u"9b71d224"_s));
    QCOMPARE(info.diskFormat, u"raw"_s);
    QVERIFY(info.owner.isEmpty()); // null without Keystone

    // A new image has no data yet: size and checksum are null.
    QVERIFY(GlanceApi::parseImage(R"({"id": "c8a07129-943c-4272-9f65-0d479da2a549", "status": "queued",
                                      "size": null, "checksum": null})",
        &info, &error));
    QCOMPARE(info.size, -1);
    QVERIFY(info.checksum.isEmpty());
    QVERIFY(!GlanceApi::parseImage(R"({"name": "no id"})", &info, &error));

    // GET /v2/images?limit=1: "next" carries the marker; the last page has none.
    ImagePage page;
    QVERIFY(GlanceApi::parseImagePage("{\"images\": [" + image + R"(], "first": "/v2/images?limit=1",
        "schema": "/v2/schemas/images", "next": "/v2/images?limit=1&marker=c8a07129-943c-4272-9f65-0d479da2a549"})",
        &page, &error));
    QCOMPARE(page.images.size(), 1);
    QCOMPARE(page.nextMarker, u"c8a07129-943c-4272-9f65-0d479da2a549"_s);
    QVERIFY(GlanceApi::parseImagePage(R"({"images": [], "first": "/v2/images?limit=1"})", &page, &error));
    QVERIFY(page.images.isEmpty() && page.nextMarker.isEmpty());

    PruneOutcome prune;
    QVERIFY(
        GlanceApi::parsePruneOutcome(R"({"total_files_pruned": 3, "total_bytes_pruned": 6442450944})", &prune, &error));
    QCOMPARE(prune.filesPruned, 3);
    QCOMPARE(prune.bytesPruned, Q_INT64_C(6442450944));
}

void TestGlanceApi::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"cached_images": [{"image_id": )");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("proxy error page") << QByteArray("<html><body>Bad gateway</body></html>");
}

void TestGlanceApi::malformedJson()
{
    QFETCH(QByteArray, json);
    QString error;
    NodeVersions v;
    NodeCacheState s;
    ImageInfo i;
    ImagePage p;
    QVERIFY(!GlanceApi::parseVersions(json, &v, &error) && !error.isEmpty());
    QVERIFY(!GlanceApi::parseCacheState(json, &s, &error) && !error.isEmpty());
    QVERIFY(!GlanceApi::parseImage(json, &i, &error) && !error.isEmpty());
    QVERIFY(!GlanceApi::parseImagePage(json, &p, &error) && !error.isEmpty());
}

void TestGlanceApi::success_data()
{
    QTest::addColumn<GlanceApi::Call>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::newRow("discover 300") << GlanceApi::Call::Discover << 300 << true;
    QTest::newRow("queue 202 (zed)") << GlanceApi::Call::Queue << 202 << true;
    QTest::newRow("queue 200 (yoga)") << GlanceApi::Call::Queue << 200 << true;
    QTest::newRow("queue 204") << GlanceApi::Call::Queue << 204 << false;
    QTest::newRow("delete 204 (zed)") << GlanceApi::Call::DeleteCached << 204 << true;
    QTest::newRow("delete 200 (yoga)") << GlanceApi::Call::DeleteCached << 200 << true;
    QTest::newRow("clear 204") << GlanceApi::Call::Clear << 204 << true;
    QTest::newRow("list 200") << GlanceApi::Call::ListCache << 200 << true;
    QTest::newRow("list 203") << GlanceApi::Call::ListCache << 203 << false;
    QTest::newRow("image 300") << GlanceApi::Call::GetImage << 300 << false;
}

void TestGlanceApi::success()
{
    QFETCH(GlanceApi::Call, call);
    QFETCH(int, status);
    QTEST(GlanceApi::isSuccess(call, status), "ok");
}

void TestGlanceApi::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    // Bodies as Zed sends them (see tests/glance_server_smoke.py and its observations).
    QTest::newRow("webob text") << QByteArray("404 Not Found\n\nImage 00000000-0000-0000-0000-000000000000 not "
                                              "found.\n\n   ")
                                << u"Image 00000000-0000-0000-0000-000000000000 not found."_s;
    QTest::newRow("bare 403") << QByteArray("403 Forbidden\n\nYou are not authorized to complete cache_list "
                                            "action.\n\n   ")
                              << u"You are not authorized to complete cache_list action."_s;
    QTest::newRow("keystone json") << QByteArray(R"({"error": {"code": 401, "title": "Unauthorized",
        "message": "The request you have made requires authentication."}})")
                                   << u"The request you have made requires authentication."_s;
    QTest::newRow("webob html") << QByteArray("<html><head><title>400 Bad Request</title></head><body><h1>400 Bad "
                                              "Request</h1>Only images with status active can be targeted for "
                                              "queueing<br /><br /></body></html>")
                                << u"Only images with status active can be targeted for queueing"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestGlanceApi::serverMessage()
{
    QFETCH(QByteArray, body);
    QTEST(GlanceApi::serverMessage(body), "message");
}

void TestGlanceApi::httpErrorText_data()
{
    QTest::addColumn<GlanceApi::Call>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("tokenSent");
    QTest::addColumn<QStringList>("expected"); // fragments the sentence must contain
    using C = GlanceApi::Call;
    const QByteArray none;
    QTest::newRow("401 token") << C::ListCache << 401 << none << true << QStringList { u"rejected the token"_s };
    QTest::newRow("401 no token") << C::ListCache << 401 << none << false << QStringList { u"needs a token"_s };
    QTest::newRow("403 list") << C::ListCache << 403
                              << QByteArray("403 Forbidden\n\nYou are not authorized to "
                                            "complete cache_list action.\n\n")
                              << true << QStringList { u"cache_list policy"_s, u"HTTP 403"_s, u"Glance said"_s };
    QTest::newRow("403 queue") << C::Queue << 403 << none << true << QStringList { u"cache_image policy"_s, kZedId };
    QTest::newRow("403 delete") << C::DeleteCached << 403 << none << true << QStringList { u"cache_delete"_s };
    QTest::newRow("403 clear") << C::Clear << 403 << none << true << QStringList { u"cache_delete"_s };
    QTest::newRow("404 caching off") << C::ListCache << 404
                                     << QByteArray("404 Not Found\n\nCaching via API is not supported at this "
                                                   "site.\n\n")
                                     << true << QStringList { u"Caching is not enabled at this site"_s };
    QTest::newRow("404 caching off, queue") << C::Queue << 404
                                            << QByteArray("404 Not Found\n\nCaching via API is not supported at "
                                                          "this site.\n\n")
                                            << true << QStringList { u"Caching is not enabled"_s };
    QTest::newRow("404 no cache route") << C::ListCache << 404
                                        << QByteArray("404 Not Found\n\nThe resource could not be found.\n\n") << true
                                        << QStringList { u"no image cache API"_s, u"older than"_s };
    QTest::newRow("404 unknown image") << C::Queue << 404
                                       << QByteArray("404 Not Found\n\nImage " + kZedId.toLatin1() + " not found.\n\n")
                                       << true << QStringList { u"is not known to"_s, kZedId };
    QTest::newRow("404 get image") << C::GetImage << 404 << none << true << QStringList { u"is not known to"_s };
    QTest::newRow("404 prune") << C::Prune << 404 << none << true << QStringList { u"2.18"_s };
    QTest::newRow("405 clean") << C::Clean << 405 << none << true << QStringList { u"2.18"_s };
    QTest::newRow("404 discover") << C::Discover << 404 << none << true << QStringList { u"check the URL"_s };
    QTest::newRow("400 not active") << C::Queue << 400 << none << true << QStringList { u"only active images"_s };
    QTest::newRow("400 clear target") << C::Clear << 400 << none << true << QStringList { u"clear target"_s };
    QTest::newRow("500") << C::ListCache << 500 << none << true << QStringList { u"internal error (HTTP 500)"_s };
    QTest::newRow("503") << C::ListCache << 503 << none << true << QStringList { u"unavailable (HTTP 503)"_s };
    QTest::newRow("204 file") << C::ImageFile << 204 << none << true << QStringList { u"no data"_s, kZedId };
    QTest::newRow("403 file") << C::ImageFile << 403 << none << true << QStringList { u"deactivated"_s, kZedId };
    QTest::newRow("404 file") << C::ImageFile << 404 << QByteArray("404 Not Found\n\nThe resource could not be found.")
                              << true << QStringList { u"data of image"_s, kZedId, u"HTTP 404"_s };
    QTest::newRow("503 file") << C::ImageFile << 503 << none << true << QStringList { u"image store"_s, u"HTTP 503"_s };
    QTest::newRow("401 file") << C::ImageFile << 401 << none << true << QStringList { u"rejected the token"_s };
    QTest::newRow("418") << C::ListCache << 418 << none << true << QStringList { u"unexpected HTTP status 418"_s };
}

void TestGlanceApi::httpErrorText()
{
    QFETCH(GlanceApi::Call, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, tokenSent);
    QFETCH(QStringList, expected);
    const bool imageCall = call == GlanceApi::Call::Queue || call == GlanceApi::Call::DeleteCached
        || call == GlanceApi::Call::GetImage || call == GlanceApi::Call::ImageFile;
    const QString text = GlanceApi::httpErrorText(
        call, status, body, u"http://10.0.0.5:9292"_s, imageCall ? kZedId : QString(), tokenSent);
    QVERIFY2(text.startsWith(u"http://10.0.0.5:9292"_s) || text.contains(u"10.0.0.5"_s), qPrintable(text));
    for (const QString &fragment : expected)
        QVERIFY2(text.contains(fragment), qPrintable(text + u" lacks: "_s + fragment));
}

void TestGlanceApi::transportErrorText_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QStringList>("sslErrors");
    QTest::addColumn<QString>("expected");
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << QStringList()
                             << u"refused the connection"_s;
    QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << QStringList() << u"reset"_s;
    QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << QStringList()
                             << u"did not answer within 2.5 s"_s;
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << QStringList() << u"cannot be resolved"_s;
    QTest::newRow("untrusted") << int(QNetworkReply::SslHandshakeFailedError)
                               << QStringList { u"The certificate is self-signed, and untrusted"_s }
                               << u"not trusted: The certificate is self-signed"_s;
    QTest::newRow("tls on plain port") << int(QNetworkReply::SslHandshakeFailedError) << QStringList()
                                       << u"handshake"_s;
    QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << QStringList() << u"no_proxy"_s;
}

void TestGlanceApi::transportErrorText()
{
    QFETCH(int, error);
    QFETCH(QStringList, sslErrors);
    QFETCH(QString, expected);
    const QString text = GlanceApi::transportErrorText(error, u"https://10.0.0.5:9292"_s, u"detail"_s, sslErrors, 2500);
    QVERIFY2(text.contains(expected) && text.contains(u"10.0.0.5"_s), qPrintable(text));
}

void TestGlanceApi::proxyBypass_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("bypass");
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("localhost") << u"LocalHost"_s << true;
    QTest::newRow("remote ip") << u"10.0.0.5"_s << false;
    QTest::newRow("remote name") << u"glance.example"_s << false;
    QTest::newRow("lookalike") << u"127.0.0.1.example"_s << false;
}

void TestGlanceApi::proxyBypass()
{
    QFETCH(QString, host);
    QTEST(GlanceApi::bypassesProxy(host), "bypass");
}

void TestGlanceApi::headersSent()
{
    FakeServer server(FakeServer::Answer);
    GlanceEndpoint e;
    e.baseUrl = server.url();
    GlanceApi api(e);
    ApiResult r;

    // No Keystone: no X-Auth-Token header at all; clear(Both) sends no target header.
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.clear(ClearTarget::Both, c, d); }, &r));
    QVERIFY2(r.ok && r.httpStatus == 204, qPrintable(r.error));
    QCOMPARE(server.heads.size(), 1);
    QVERIFY(server.heads[0].startsWith("DELETE /v2/cache HTTP/1.1"));
    QVERIFY(!server.heads[0].toLower().contains("x-auth-token"));
    QVERIFY(!server.heads[0].toLower().contains("x-image-cache-clear-target"));

    e.token = u"gAAAAABtoken"_s;
    api.setEndpoint(e);
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.clear(ClearTarget::Queue, c, d); }, &r));
    QCOMPARE(server.heads.size(), 2);
    QCOMPARE(headerValue(server.heads[1], "X-Auth-Token"), QByteArray("gAAAAABtoken"));
    QCOMPARE(headerValue(server.heads[1], "x-image-cache-clear-target"), QByteArray("queue"));

    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.queue(kZedId.toUpper(), c, d); }, &r));
    QVERIFY(server.heads[2].startsWith("PUT /v2/cache/" + kZedId.toLatin1() + " HTTP/1.1"));

    // A 401 from Keystone middleware becomes the token sentence.
    const QByteArray keystone = R"({"error": {"code": 401, "title": "Unauthorized", )"
                                R"("message": "The request you have made requires authentication."}})";
    server.response = "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: "
        + QByteArray::number(keystone.size()) + "\r\n\r\n" + keystone;
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.listCache(c, [d](auto &res, auto &) { d(res); }); }, &r));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 401);
    QVERIFY2(r.error.contains(u"rejected the token"_s) && r.error.contains(u"requires authentication"_s),
        qPrintable(r.error));
}

void TestGlanceApi::transportFailures()
{
    GlanceEndpoint e;
    ApiResult r;
    {
        QTcpServer closed; // a port that was free a moment ago and is closed now
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        e.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    }
    GlanceApi api(e);
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.discover(c, [d](auto &res, auto &) { d(res); }); }, &r));
    QVERIFY2(!r.ok && r.httpStatus == 0 && r.error.contains(u"refused the connection"_s), qPrintable(r.error));

    FakeServer reset(FakeServer::Reset);
    e.baseUrl = reset.url();
    api.setEndpoint(e);
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.clear(ClearTarget::Cache, c, d); }, &r));
    QVERIFY2(!r.ok && r.error.contains(u"reset the connection"_s), qPrintable(r.error));

    FakeServer silent(FakeServer::Silent);
    e.baseUrl = silent.url();
    e.timeoutMs = 300;
    api.setEndpoint(e);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.clear(ClearTarget::Cache, c, d); }, &r));
    QVERIFY2(!r.ok && r.error.contains(u"did not answer within 0.3 s"_s), qPrintable(r.error));
    QVERIFY(timer.elapsed() < 10000);

    // Refused before any request: an invalid ID, a bad URL, an unreadable CA bundle.
    QSignalSpy sent(&api, &GlanceApi::requestStarted);
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.deleteCached(u"../../v2/cache"_s, c, d); }, &r));
    QVERIFY2(!r.ok && r.httpStatus == 0 && r.error.contains(u"path separator"_s), qPrintable(r.error));
    e.baseUrl = QUrl(u"ftp://10.0.0.5/"_s);
    api.setEndpoint(e);
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.queue(kZedId, c, d); }, &r));
    QVERIFY2(!r.ok && r.error.contains(u"not an http or https URL"_s), qPrintable(r.error));
    e.baseUrl = silent.url(u"https"_s);
    e.caBundle = m_dir.filePath(u"missing.pem"_s);
    api.setEndpoint(e);
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.queue(kZedId, c, d); }, &r));
    QVERIFY2(!r.ok && r.error.contains(u"CA bundle"_s), qPrintable(r.error));
    QCOMPARE(sent.size(), 0);

    // A callback whose context is gone is never called: the reply is handled (and deleted) all the same.
    e = GlanceEndpoint();
    e.baseUrl = reset.url();
    api.setEndpoint(e);
    QList<QPointer<QNetworkReply>> replies;
    connect(api.findChild<QNetworkAccessManager *>(), &QNetworkAccessManager::finished, this,
        [&](QNetworkReply *reply) { replies.append(reply); });
    bool called = false;
    auto *context = new QObject;
    api.clear(ClearTarget::Cache, context, [&](const ApiResult &) { called = true; });
    delete context;
    QCOMPARE(sent.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(replies[0].isNull(), 5000); // deleteLater()'d by the handler, which ran
    QVERIFY(!called);

    // Destroying the GlanceApi with a call in flight: no callback, no crash.
    e.baseUrl = silent.url();
    auto *doomed = new GlanceApi(e);
    QSignalSpy doomedSent(doomed, &GlanceApi::requestStarted);
    doomed->clear(ClearTarget::Cache, nullptr, [&](const ApiResult &) { called = true; });
    QCOMPARE(doomedSent.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(silent.connections, 1, 5000);
    delete doomed;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!called);
}

void TestGlanceApi::refusedRedirect()
{
    // Issue 18: a redirect to another host is not followed (the token would go there), and the sentence says
    // where it pointed, with the server's control and direction characters made harmless.
    FakeServer redirect(FakeServer::Answer);
    redirect.response = "HTTP/1.1 302 Found\r\nLocation: http://elsewhere.example:9292/v2/\u202e\r\n"
                        "Content-Length: 0\r\nConnection: close\r\n\r\n";
    GlanceEndpoint e;
    e.baseUrl = redirect.url();
    GlanceApi api(e);
    ApiResult r;
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.clear(ClearTarget::Cache, c, d); }, &r));
    QVERIFY2(!r.ok && r.error.contains(u"redirects to http://elsewhere.example:9292/v2/"_s)
            && r.error.contains(u"not followed"_s) && !r.error.contains(QChar(0x202e)),
        qPrintable(r.error));
    QCOMPARE(redirect.connections, 1);
}

void TestGlanceApi::tls()
{
    // A self-signed certificate for 127.0.0.1, made by openssl for this run.
    QProcess openssl;
    const QString cert = m_dir.filePath(u"cert.pem"_s), key = m_dir.filePath(u"key.pem"_s);
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
            u"-keyout"_s, key, u"-out"_s, cert });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QFAIL("openssl cannot make a test certificate (scripts/packages.txt installs it)");
    QFile keyFile(key), certFile(cert);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    auto *tlsServer = new QSslServer;
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    serverConfig.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    tlsServer->setSslConfiguration(serverConfig);
    FakeServer server(FakeServer::Answer, tlsServer);
    server.response = "HTTP/1.1 300 Multiple Choices\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: "
        + QByteArray::number(versionsJson(range(0, 16), u"v2.16"_s).size()) + "\r\n\r\n"
        + versionsJson(range(0, 16), u"v2.16"_s);

    GlanceEndpoint e;
    e.baseUrl = server.url(u"https"_s);
    GlanceApi api(e);
    ApiResult r;
    auto discover = [&](QObject *c, GlanceApi::Done d) { api.discover(c, [d](auto &res, auto &) { d(res); }); };
    QVERIFY(runCall(discover, &r));
    QVERIFY2(!r.ok && r.httpStatus == 0 && r.error.contains(u"not trusted"_s)
            && r.error.contains(u"self-signed"_s, Qt::CaseInsensitive),
        qPrintable(r.error));

    e.caBundle = cert;
    api.setEndpoint(e);
    QVERIFY(runCall(discover, &r));
    QVERIFY2(
        r.ok && r.httpStatus == 300 && api.knownVersions() && api.knownVersions()->hasCacheApi, qPrintable(r.error));

    e.caBundle.clear();
    e.insecure = true;
    api.setEndpoint(e);
    QVERIFY(runCall(discover, &r));
    QVERIFY2(r.ok, qPrintable(r.error));

    // https to glance-api's plain-HTTP port: the handshake fails without certificate errors to name.
    e.baseUrl = m_a.url;
    e.baseUrl.setScheme(u"https"_s);
    e.timeoutMs = 10000;
    api.setEndpoint(e);
    QVERIFY(runCall(discover, &r));
    QVERIFY2(!r.ok && r.httpStatus == 0 && r.error.contains(u"handshake"_s), qPrintable(r.error));
}

void TestGlanceApi::discover()
{
    GlanceApi api(endpointOf(m_a));
    QVERIFY(!api.knownVersions());
    ApiResult r;
    NodeVersions v;
    QVERIFY(runCall(
        [&](QObject *c, GlanceApi::Done d) {
            api.discover(c, [&v, d](const ApiResult &res, const NodeVersions &found) {
                v = found;
                d(res);
            });
        },
        &r));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.httpStatus, 300);
    QCOMPARE(v.current, u"v2.16"_s); // Zed with image_cache_dir set
    QVERIFY(v.hasCacheApi);
    QVERIFY(!v.hasPruneClean);
    QVERIFY(api.knownVersions() && api.knownVersions()->current == v.current);
}

void TestGlanceApi::queueListDelete()
{
    const QByteArray data = QByteArray(64 * 1024, 'q') + QUuid::createUuid().toByteArray();
    const QString id = createImage(m_a, data, u"queue-list-delete"_s);
    QVERIFY(!id.isEmpty());
    GlanceApi a(endpointOf(m_a));
    GlanceApi b(endpointOf(m_b));
    QVERIFY(cachedIds(a).isEmpty());

    ApiResult r;
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.queue(id, c, d); }, &r));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.httpStatus, 202);
    // Zed's cache worker fetches the image in the background: poll, bounded.
    QTRY_VERIFY_WITH_TIMEOUT(cachedIds(a).contains(id), 20000);
    NodeCacheState state;
    QVERIFY(cacheState(a, &state, &r) && r.ok);
    QCOMPARE(state.cached.size(), 1);
    QCOMPARE(state.cached[0].size, data.size());
    QCOMPARE(state.cached[0].hits, 0);
    QVERIFY(state.cached[0].lastModified > 1e9);
    QVERIFY(!state.queued.contains(id));

    // Per-node state: B answers for its own cache only.
    QVERIFY(cacheState(b, &state, &r));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(state.cached.isEmpty() && state.queued.isEmpty());

    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.deleteCached(id, c, d); }, &r));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.httpStatus, 204);
    QVERIFY(!cachedIds(a).contains(id));
}

void TestGlanceApi::clearTargets()
{
    GlanceApi a(endpointOf(m_a));
    const QString cached = createImage(m_a, "cached " + QUuid::createUuid().toByteArray(), u"clear-cached"_s);
    const QString queued = createImage(m_a, "queued " + QUuid::createUuid().toByteArray(), u"clear-queued"_s);
    QVERIFY(!cached.isEmpty() && !queued.isEmpty());
    ApiResult r;
    auto cacheNow = [&] {
        QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.queue(cached, c, d); }, &r));
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(cachedIds(a).contains(cached), 20000);
    };
    auto clear = [&](ClearTarget target) {
        QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.clear(target, c, d); }, &r));
        QVERIFY2(r.ok && r.httpStatus == 204, qPrintable(r.error));
    };
    // The legacy route leaves a queue marker that nothing in Zed consumes: a queued-only image.
    cacheNow();
    QVERIFY(legacyQueue(m_a, queued));
    QCOMPARE(queuedIds(a), QStringList { queued });

    clear(ClearTarget::Queue);
    QVERIFY(queuedIds(a).isEmpty());
    QCOMPARE(cachedIds(a), QStringList { cached });

    QVERIFY(legacyQueue(m_a, queued));
    clear(ClearTarget::Cache);
    QVERIFY(cachedIds(a).isEmpty());
    QCOMPARE(queuedIds(a), QStringList { queued });

    cacheNow();
    clear(ClearTarget::Both);
    QVERIFY(cachedIds(a).isEmpty());
    QVERIFY(queuedIds(a).isEmpty());
}

void TestGlanceApi::refusals()
{
    GlanceApi a(endpointOf(m_a));
    QSignalSpy sent(&a, &GlanceApi::requestStarted);
    ApiResult r;

    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.queue(unknown, c, d); }, &r));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 404);
    QVERIFY2(r.error.contains(u"Image %1 is not known to"_s.arg(unknown)), qPrintable(r.error));

    const QString empty = createImage(m_a, QByteArray(), u"no-data"_s); // status "queued": no data yet
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.queue(empty, c, d); }, &r));
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.error.contains(u"only active images"_s), qPrintable(r.error));
    sent.clear();

    // Malformed IDs never leave the process.
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.queue(u"cirros-0.6"_s, c, d); }, &r));
    QVERIFY2(!r.ok && r.httpStatus == 0 && r.error.contains(u"cirros-0.6"_s), qPrintable(r.error));
    QCOMPARE(sent.size(), 0);

    // Zed has no API 2.18: prune and clean are refused after version discovery, never sent.
    PruneOutcome outcome;
    QVERIFY(runCall(
        [&](QObject *c, GlanceApi::Done d) {
            a.prune(c, [&outcome, d](const ApiResult &res, const PruneOutcome &o) {
                outcome = o;
                d(res);
            });
        },
        &r));
    QVERIFY2(!r.ok && r.httpStatus == 0 && r.error.contains(u"2.18"_s), qPrintable(r.error));
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { a.clean(c, d); }, &r));
    QVERIFY2(!r.ok && r.error.contains(u"2.18"_s), qPrintable(r.error));
    QCOMPARE(sent.size(), 1); // GET / only, once: the versions are remembered
    QCOMPARE(sent[0][0].toByteArray(), QByteArray("GET"));
    QCOMPARE(sent[0][1].toUrl().path(), u"/"_s);
}

void TestGlanceApi::forbidden()
{
    // B's policy forbids cache_image and cache_delete (glance_server.start(policy=...)).
    const QString id = createImage(m_b, "on b " + QUuid::createUuid().toByteArray(), u"forbidden"_s);
    QVERIFY(!id.isEmpty());
    GlanceApi b(endpointOf(m_b));
    ApiResult r;
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { b.queue(id, c, d); }, &r));
    QCOMPARE(r.httpStatus, 403);
    QVERIFY2(r.error.contains(u"cache_image policy"_s), qPrintable(r.error));
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { b.deleteCached(id, c, d); }, &r));
    QCOMPARE(r.httpStatus, 403);
    QVERIFY2(r.error.contains(u"cache_delete policy"_s), qPrintable(r.error));
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { b.clear(ClearTarget::Both, c, d); }, &r));
    QCOMPARE(r.httpStatus, 403);
}

void TestGlanceApi::images()
{
    const QByteArray data = "image details " + QUuid::createUuid().toByteArray();
    const QString id = createImage(m_a, data, u"details"_s);
    QVERIFY(!id.isEmpty());
    GlanceApi a(endpointOf(m_a));
    ApiResult r;
    ImageInfo info;
    QVERIFY(runCall(
        [&](QObject *c, GlanceApi::Done d) {
            a.getImage(id, c, [&info, d](const ApiResult &res, const ImageInfo &i) {
                info = i;
                d(res);
            });
        },
        &r));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(info.id, id);
    QCOMPARE(info.name, u"details"_s);
    QCOMPARE(info.status, u"active"_s);
    QCOMPARE(info.size, data.size());
    QCOMPARE(info.checksum, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()));
    QCOMPARE(info.osHashAlgo, u"sha512"_s);
    QCOMPARE(info.osHashValue, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha512).toHex()));
    QCOMPARE(info.diskFormat, u"raw"_s);

    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(runCall(
        [&](QObject *c, GlanceApi::Done d) {
            a.getImage(unknown, c, [d](const ApiResult &res, const ImageInfo &) { d(res); });
        },
        &r));
    QVERIFY2(r.httpStatus == 404 && r.error.contains(u"is not known to"_s), qPrintable(r.error));

    // One image per page: every image of A arrives once, through the markers.
    QSignalSpy sent(&a, &GlanceApi::requestStarted);
    QVector<ImageInfo> all;
    QVERIFY(runCall(
        [&](QObject *c, GlanceApi::Done d) {
            a.listImages(
                c,
                [&all, d](const ApiResult &res, const QVector<ImageInfo> &images) {
                    all = images;
                    d(res);
                },
                1);
        },
        &r));
    QVERIFY2(r.ok, qPrintable(r.error));
    QStringList ids;
    for (const ImageInfo &i : all)
        ids << i.id;
    QCOMPARE(ids.size(), m_a.images.size());
    for (const QString &created : m_a.images)
        QVERIFY(ids.contains(created));
    QVERIFY(sent.size() >= m_a.images.size());
}

void TestGlanceApi::loopbackIgnoresEnvironmentProxy()
{
    // A proxy that refuses everything: loopback must not be sent to it...
    QTcpServer gone;
    QVERIFY(gone.listen(QHostAddress::LocalHost));
    const QByteArray proxy = "http://127.0.0.1:" + QByteArray::number(gone.serverPort());
    gone.close();
    const QByteArray saved = qgetenv("http_proxy");
    qputenv("http_proxy", proxy);
    auto restore = qScopeGuard([&] { saved.isNull() ? qunsetenv("http_proxy") : qputenv("http_proxy", saved); });
    GlanceApi a(endpointOf(m_a));
    ApiResult r;
    auto discover = [&](QObject *c, GlanceApi::Done d) { a.discover(c, [d](auto &res, auto &) { d(res); }); };
    QVERIFY(runCall(discover, &r));
    QVERIFY2(r.ok, qPrintable(r.error));

    // ...while a remote host goes through it.
    FakeServer recorder(FakeServer::Answer);
    qputenv("http_proxy", recorder.url().toEncoded());
    GlanceEndpoint remote;
    remote.baseUrl = QUrl(u"http://glance.example:9292"_s);
    a.setEndpoint(remote);
    QVERIFY(runCall(discover, &r));
    QCOMPARE(recorder.heads.size(), 1);
    QVERIFY2(recorder.heads[0].startsWith("GET http://glance.example:9292/ HTTP/1.1"), recorder.heads[0].constData());
}

void TestGlanceApi::retryAfterText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected"); // empty: no sentence
    QTest::newRow("seconds") << QByteArray("120") << u"Try again in 120 s, as the server asks (Retry-After)."_s;
    QTest::newRow("padded") << QByteArray(" 5 ") << u"Try again in 5 s, as the server asks (Retry-After)."_s;
    QTest::newRow("http date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                               << u"Try again after 1994-11-06 08:49:37 UTC, as the server asks (Retry-After)."_s;
    QTest::newRow("absent") << QByteArray() << QString();
    QTest::newRow("negative") << QByteArray("-3") << QString();
    QTest::newRow("garbage") << QByteArray("soon") << QString();
}

void TestGlanceApi::retryAfterText()
{
    QFETCH(QByteArray, value);
    QTEST(GlanceApi::retryAfterText(value), "expected");
}

void TestGlanceApi::answerFaults_data()
{
    // What a broken node or proxy sends to a cache listing: each a sentence naming the node, never a crash.
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QStringList>("expected");
    const auto answer = [](const QByteArray &head, const QByteArray &body) {
        return "HTTP/1.1 " + head + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    };
    QTest::newRow("503 retry-after") << answer("503 Service Unavailable\r\nRetry-After: 30", "busy")
                                     << QStringList { u"unavailable (HTTP 503)"_s, u"Try again in 30 s"_s };
    QTest::newRow("500") << answer("500 Internal Server Error", "")
                         << QStringList { u"internal error (HTTP 500)"_s };
    QTest::newRow("truncated listing")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\nConnection: "
                      "close\r\n\r\n{\"cached_images\": [{\"image_id\": \"")
        << QStringList { u"broke off its answer (HTTP 200) after 33 bytes"_s };
    QTest::newRow("cut json") << answer("200 OK", R"({"cached_images": [{"image_id": )")
                              << QStringList { u"cache listing that cannot be read"_s };
    QByteArray huge = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(65 * 1024 * 1024) + "\r\n\r\n";
    huge.append(QByteArray(65 * 1024 * 1024, ' '));
    QTest::newRow("oversized") << huge << QStringList { u"larger than 64.00 MiB"_s, u"was dropped"_s };
}

void TestGlanceApi::answerFaults()
{
    QFETCH(QByteArray, response);
    QFETCH(QStringList, expected);
    FakeServer server(FakeServer::Answer);
    server.response = response;
    GlanceEndpoint e;
    e.baseUrl = server.url();
    e.timeoutMs = 15000;
    GlanceApi api(e);
    ApiResult r;
    NodeCacheState state;
    QVERIFY(runCall(
        [&](QObject *c, GlanceApi::Done d) {
            api.listCache(c, [&state, d](const ApiResult &res, const NodeCacheState &s) {
                state = s;
                d(res);
            });
        },
        &r));
    QVERIFY(!r.ok);
    QVERIFY(state.cached.isEmpty() && state.queued.isEmpty());
    for (const QString &fragment : expected)
        QVERIFY2(r.error.contains(fragment), qPrintable(r.error + u" lacks: "_s + fragment));
}

void TestGlanceApi::tlsNameMismatch()
{
    // A certificate the CA bundle trusts, but for another name (a node reached by IP, or the wrong node):
    // refused, with the reason named, and no request sent.
    QProcess openssl;
    const QString cert = m_dir.filePath(u"other-cert.pem"_s), key = m_dir.filePath(u"other-key.pem"_s);
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
            u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=glance.example"_s, u"-addext"_s,
            u"subjectAltName=DNS:glance.example"_s, u"-keyout"_s, key, u"-out"_s, cert });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QFAIL("openssl cannot make a test certificate (scripts/packages.txt installs it)");
    QFile keyFile(key), certFile(cert);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    auto *tlsServer = new QSslServer;
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    serverConfig.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    tlsServer->setSslConfiguration(serverConfig);
    FakeServer server(FakeServer::Answer, tlsServer);
    GlanceEndpoint e;
    e.baseUrl = server.url(u"https"_s);
    e.caBundle = cert;
    GlanceApi api(e);
    ApiResult r;
    QVERIFY(runCall([&](QObject *c, GlanceApi::Done d) { api.listCache(c, [d](auto &res, auto &) { d(res); }); }, &r));
    QVERIFY2(!r.ok && r.httpStatus == 0 && r.error.contains(u"issued for another host name"_s)
            && r.error.contains(u"127.0.0.1"_s) && !r.error.contains(u"CA bundle"_s),
        qPrintable(r.error));
    QVERIFY(server.heads.isEmpty());
}

QTEST_GUILESS_MAIN(TestGlanceApi)
#include "tst_glanceapi.moc"
