// FetchService against tests/fake_keystone.py (which issues tokens) and tests/fake_glance.py told to answer
// 401 to a token, as keystonemiddleware does once a token has expired or been revoked: the description,
// the data and verify's description each renew the token once and repeat that request; a second 401 is
// reported, not looped on.
#include "fetch/fetchservice.h"

#include "remote/remoteconnection.h"
#include "testcache.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ImageFetcher::Outcome;
using Results = QVector<ImageFetcher::Result>;

namespace {

constexpr qint64 kSize = 256 * 1024 + 5;

// A Python helper of tests/: prints one JSON line when ready, stops when its stdin closes.
struct Helper
{
    QProcess proc;
    QUrl url;
    bool start(const QString &script)
    {
        proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        proc.start(u"/usr/bin/python3"_s, { QStringLiteral(GCA_TESTS_DIR) + u'/' + script });
        while (proc.waitForStarted(10000) && !proc.canReadLine()) {
            if (!proc.waitForReadyRead(60000))
                break;
        }
        url = QUrl(QJsonDocument::fromJson(proc.readLine()).object().value("url"_L1).toString());
        return url.isValid() && !url.isEmpty();
    }
    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest r(QUrl(url.toString() + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply
            = nam.sendCustomRequest(r, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(30000))
            return {};
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    ~Helper()
    {
        proc.closeWriteChannel();
        if (!proc.waitForFinished(30000))
            proc.kill();
        proc.waitForFinished();
    }
};

} // namespace

class TestFetchService : public QObject
{
    Q_OBJECT

    Helper m_keystone;
    std::unique_ptr<Helper> m_glance;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCache> m_cache;
    std::unique_ptr<RemoteConnection> m_remote;

    int tokenRequests() { return m_keystone.call("GET", u"/_stats"_s).value("token_requests"_L1).toInt(-1); }
    QJsonObject glanceStats() { return m_glance->call("GET", u"/_fake/stats"_s); }
    void rejectTokens(const char *which, const char *route)
    {
        m_glance->call("POST", u"/_fake/tokens"_s,
            { { "reject"_L1, QLatin1String(which) }, { "route"_L1, QLatin1String(route) } });
    }

    // Starts one operation of the service and waits for its batch to end.
    template <typename Signal>
    Results run(FetchService &service, Signal signal, const std::function<void(FetchService::Started)> &begin)
    {
        QSignalSpy ended(&service, signal);
        bool failedToStart = false;
        begin([&](const FetchService::Start &s) {
            if (!s.ok) {
                qWarning("not started: %s", qPrintable(s.error));
                failedToStart = true;
            }
        });
        if (!QTest::qWaitFor([&] { return failedToStart || !ended.isEmpty(); }, 60000) || failedToStart)
            return {};
        return ended.at(0).at(0).value<Results>();
    }
    Results fetch(FetchService &service, const QStringList &ids)
    {
        return run(service, &FetchService::finished,
            [&](FetchService::Started started) { service.fetch(ids, this, std::move(started)); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Results>();
        QVERIFY(m_keystone.start(u"fake_keystone.py"_s));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<TestCache>(m_dir->filePath(u"cache"_s), u"sqlite"_s);
        QVERIFY(m_cache->init());
        m_glance = std::make_unique<Helper>();
        QVERIFY(m_glance->start(u"fake_glance.py"_s));
        m_keystone.call("POST", u"/_reset"_s);
        // Keystone's password method; the image URL given overrides the catalog's (unreachable) endpoints.
        ConnectionOptions o;
        o.authUrl = m_keystone.url.toString();
        o.username = u"admin"_s;
        o.password = u"secret"_s;
        o.projectName = u"demo"_s;
        o.imageUrl = m_glance->url.toString();
        m_remote = std::make_unique<RemoteConnection>();
        m_remote->setEnvironment(QProcessEnvironment(), m_dir->path()); // no OS_* or clouds.yaml of this machine
        m_remote->setOptions(o);
    }

    void cleanup()
    {
        m_remote.reset();
        m_glance.reset();
        m_cache.reset();
        m_dir.reset();
    }

    // The token is refused once, on the description or on the data: renewed once, that request repeated,
    // and the image cached as if nothing had happened.
    void renewsOnce_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("description") << u"metadata"_s;
        QTest::newRow("data") << u"file"_s;
    }

    void renewsOnce()
    {
        QFETCH(QString, route);
        const QString id = TestCache::id(1);
        m_glance->call("PUT", "/_fake/images/"_L1 + id, { { "size"_L1, kSize } });
        rejectTokens("first", route.toLatin1().constData());
        FetchService service(m_remote.get());
        service.setLocation(m_cache->location());
        const Results r = fetch(service, { id });
        QCOMPARE(r.size(), 1);
        QVERIFY2(r[0].ok && r[0].outcome == Outcome::Cached, qPrintable(r[0].message));
        QCOMPARE(m_cache->rows().value(id, -1), kSize);
        QVERIFY(QDir(m_cache->dir() + "/invalid"_L1).isEmpty()); // the refused request wrote nothing
        const QJsonObject stats = glanceStats();
        QCOMPARE(stats.value("unauthorized"_L1).toInt(), 1);
        QCOMPARE(stats.value("file_requests"_L1).toInt(), 1); // data served once (a refused request is not)
        QCOMPARE(tokenRequests(), 2); // the first token, then one renewal
        // The pre-flight description, then the fetcher's description and data, one of them twice: first with
        // the refused token, then with the new one.
        const QJsonArray tokens = stats.value("tokens"_L1).toArray();
        QCOMPARE(tokens.size(), 4);
        QVERIFY(tokens.first().toString() != tokens.last().toString());
    }

    // verify's description: the same rule.
    void verifyRenewsOnce()
    {
        const QString id = TestCache::id(2);
        m_glance->call("PUT", "/_fake/images/"_L1 + id, { { "size"_L1, kSize } });
        FetchService service(m_remote.get());
        service.setLocation(m_cache->location());
        QVERIFY(fetch(service, { id }).value(0).ok);
        rejectTokens("first", "metadata"); // the token in use is refused from now on
        const Results r = run(service, &FetchService::verified,
            [&](FetchService::Started started) { service.verify({ id }, this, std::move(started)); });
        QCOMPARE(r.size(), 1);
        QVERIFY2(r[0].outcome == Outcome::Verified, qPrintable(r[0].message));
        QCOMPARE(glanceStats().value("unauthorized"_L1).toInt(), 1);
        QCOMPARE(tokenRequests(), 2);
    }

    // A new token refused too: the credentials are at fault, not the token's age. Reported once, before any
    // download is queued (the pre-flight description), no loop.
    void secondRefusalIsReported()
    {
        const QString id = TestCache::id(3);
        m_glance->call("PUT", "/_fake/images/"_L1 + id, { { "size"_L1, kSize } });
        rejectTokens("all", "any");
        FetchService service(m_remote.get());
        service.setLocation(m_cache->location());
        std::optional<FetchService::Start> start;
        service.fetch({ id }, this, [&](const FetchService::Start &s) { start = s; });
        QTRY_VERIFY_WITH_TIMEOUT(start.has_value(), 30000);
        QVERIFY(!start->ok && start->unreachable && !start->accessFailed);
        QVERIFY2(start->error.contains("rejected the token"_L1) && start->error.contains("401"_L1),
            qPrintable(start->error));
        QVERIFY(!service.isRunning());
        QCOMPARE(glanceStats().value("file_requests"_L1).toInt(), 0);
        QCOMPARE(glanceStats().value("unauthorized"_L1).toInt(), 2);
        QCOMPARE(tokenRequests(), 2);
        QVERIFY(!m_cache->exists(id) && !m_cache->exists("invalid/"_L1 + id));
    }

    // A connection that cannot sign in starts nothing and says why.
    void accessFailureStartsNothing()
    {
        ConnectionOptions o = m_remote->options();
        o.password = u"wrong"_s;
        m_remote->setOptions(o);
        FetchService service(m_remote.get());
        service.setLocation(m_cache->location());
        std::optional<FetchService::Start> start;
        service.fetch({ TestCache::id(4) }, this, [&](const FetchService::Start &s) { start = s; });
        QTRY_VERIFY_WITH_TIMEOUT(start.has_value(), 30000);
        QVERIFY(!start->ok && start->accessFailed && !start->error.isEmpty());
        QVERIFY(!service.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestFetchService)
#include "tst_fetchservice.moc"
