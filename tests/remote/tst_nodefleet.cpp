// NodeFleet with tokens from RemoteConnection: Keystone (tests/fake_keystone.py) hands out tokens, a small
// in-test node answers 401 to the tokens it is told to reject. A 401 renews the token once and repeats
// only that call; a second 401 is reported; no credentials means no token header at all.
#include "remote/nodefleet.h"
#include "remote/remoteconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Answers GET / with Glance Zed's versions and GET /v2/cache with an empty listing, or 401 for tokens
// it rejects. Records the X-Auth-Token of every request ("-" when none was sent).
class FakeNode : public QObject
{
public:
    enum Policy { AcceptAll, RejectFirstToken, RejectAll, Api218 };
    explicit FakeNode(Policy policy)
        : m_policy(policy)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    QList<QByteArray> tokens; // per request, in order
    QList<QByteArray> requests; // "GET /v2/cache", ...

private:
    void serve(QTcpSocket *s)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
            *buffer += s->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            const QByteArray head = buffer->left(buffer->indexOf("\r\n\r\n"));
            QByteArray token = "-";
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("x-auth-token:"))
                    token = line.mid(13).trimmed();
            }
            tokens.append(token);
            const bool root = head.startsWith("GET / ");
            requests.append(head.left(head.indexOf(" HTTP/")));
            if (!root && m_rejected.isEmpty() && m_policy == RejectFirstToken)
                m_rejected = token;
            const bool reject = !root && (m_policy == RejectAll || (m_policy == RejectFirstToken && token == m_rejected));
            QByteArray body = root
                ? R"({"versions": [{"id": "v2.16", "status": "CURRENT"}, {"id": "v2.15", "status": "SUPPORTED"},
                      {"id": "v2.14", "status": "SUPPORTED"}]})"_ba
                : R"({"cached_images": [], "queued_images": []})"_ba;
            QByteArray status = root ? "300 Multiple Choices" : "200 OK";
            if (m_policy == Api218 && root)
                body = R"({"versions": [{"id": "v2.18", "status": "CURRENT"}, {"id": "v2.16", "status": "SUPPORTED"}]})";
            if (head.startsWith("POST /v2/cache/prune"))
                body = R"({"total_files_pruned": 2, "total_bytes_pruned": 3000})";
            if (head.startsWith("POST /v2/cache/clean")) {
                status = "204 No Content";
                body.clear();
            }
            if (reject) {
                status = "401 Unauthorized";
                body = R"({"error": {"code": 401, "message": "The request you have made requires authentication."}})";
            }
            s->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            s->disconnectFromHost();
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
    QTcpServer m_server;
    Policy m_policy;
    QByteArray m_rejected;
};

} // namespace

class TestNodeFleet : public QObject
{
    Q_OBJECT
private:
    QProcess m_keystone;
    QString m_keystoneUrl;
    QTemporaryDir m_home;

    int tokenRequests()
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(m_keystoneUrl + "/_stats"_L1)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return -1;
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value("token_requests"_L1).toInt(-1);
    }

    void resetKeystone()
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_keystoneUrl + "/_reset"_L1));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = nam.post(request, "{}");
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        reply->deleteLater();
    }

    void configure(RemoteConnection *connection, const QString &password)
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home.path()); // no clouds.yaml, no OS_* variables
        connection->setEnvironment(env, m_home.path());
        ConnectionOptions o;
        o.authUrl = m_keystoneUrl + "/v3"_L1;
        o.username = u"admin"_s;
        o.password = password;
        o.projectName = u"demo"_s;
        o.userDomainName = u"Default"_s;
        o.projectDomainName = u"Default"_s;
        connection->setOptions(o);
    }

    // Empty when the fleet did not answer in time: callers check the size, so a lost callback fails.
    static QVector<NodeOutcome> listOnce(NodeFleet *fleet)
    {
        QVector<NodeOutcome> result;
        bool done = false;
        fleet->listCaches(fleet->allNodes(), fleet, [&](const QVector<NodeOutcome> &o) {
            result = o;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 30000) ? result : QVector<NodeOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_keystone.start(u"/usr/bin/python3"_s, { QStringLiteral(GCA_TESTS_DIR "/fake_keystone.py") });
        QVERIFY(m_keystone.waitForStarted(10000) && m_keystone.waitForReadyRead(20000));
        m_keystoneUrl = QJsonDocument::fromJson(m_keystone.readLine()).object().value("url"_L1).toString();
        QVERIFY(m_keystoneUrl.startsWith("http://127.0.0.1:"_L1));
    }

    void cleanupTestCase()
    {
        m_keystone.closeWriteChannel();
        QVERIFY(m_keystone.waitForFinished(10000));
    }

    void init() { resetKeystone(); }

    void renewsOnceOn401()
    {
        FakeNode node(FakeNode::RejectFirstToken);
        RemoteConnection connection;
        configure(&connection, u"secret"_s);
        NodeFleet fleet(&connection);
        QString error;
        QVERIFY(fleet.setNodes({ node.url() }, &error));
        const QVector<NodeOutcome> outcomes = listOnce(&fleet);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.at(0).result.ok, qPrintable(outcomes.at(0).result.error));
        QCOMPARE(tokenRequests(), 2); // the first token, then one renewal
        const QList<QByteArray> sent = node.tokens;
        QVERIFY(sent.size() >= 3);
        QVERIFY(sent.first() != "-");
        QVERIFY(sent.last() != sent.first()); // the repeated call carried the new token

        // The renewed token is reused for the next call: no new Keystone request.
        const QVector<NodeOutcome> again = listOnce(&fleet);
        QCOMPARE(again.size(), 1);
        QVERIFY(again.at(0).result.ok);
        QCOMPARE(tokenRequests(), 2);
    }

    void secondRejectionIsReported()
    {
        FakeNode node(FakeNode::RejectAll);
        RemoteConnection connection;
        configure(&connection, u"secret"_s);
        NodeFleet fleet(&connection);
        QString error;
        QVERIFY(fleet.setNodes({ node.url() }, &error));
        const QVector<NodeOutcome> outcomes = listOnce(&fleet);
        QCOMPARE(outcomes.size(), 1);
        const NodeOutcome &o = outcomes.at(0);
        QVERIFY(!o.result.ok);
        QCOMPARE(o.result.httpStatus, 401);
        QVERIFY2(o.result.error.contains(u"401"_s) && o.result.error.contains(u"token"_s), qPrintable(o.result.error));
        QCOMPARE(tokenRequests(), 2); // renewed once, not in a loop
    }

    void keystoneRefusalReachesEveryNode()
    {
        FakeNode a(FakeNode::AcceptAll), b(FakeNode::AcceptAll);
        RemoteConnection connection;
        configure(&connection, u"wrong"_s);
        NodeFleet fleet(&connection);
        QString error;
        QVERIFY(fleet.setNodes({ a.url(), b.url() }, &error));
        const QVector<NodeOutcome> outcomes = listOnce(&fleet);
        QCOMPARE(outcomes.size(), 2);
        for (const NodeOutcome &o : outcomes) {
            QVERIFY(!o.result.ok);
            QVERIFY2(!o.result.error.isEmpty(), "a sentence");
        }
        QVERIFY(a.tokens.isEmpty() && b.tokens.isEmpty()); // nothing was sent to the nodes
    }

    void pruneAndCleanWhereOffered()
    {
        FakeNode old(FakeNode::AcceptAll), recent(FakeNode::Api218);
        RemoteConnection connection;
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home.path());
        connection.setEnvironment(env, m_home.path());
        connection.setNodes({ old.url(), recent.url() });
        NodeFleet fleet(&connection);
        QString error;
        QVERIFY(fleet.setNodes(connection.nodes(), &error));
        QVector<NodeOutcome> outcomes;
        bool done = false;
        fleet.prune(fleet.allNodes(), &fleet, [&](const QVector<NodeOutcome> &o) {
            outcomes = o;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY(!outcomes.at(0).result.ok); // 2.16: refused without a prune request
        QVERIFY(outcomes.at(0).result.error.contains(u"2.18"_s));
        QVERIFY(!old.requests.contains("POST /v2/cache/prune"));
        QVERIFY2(outcomes.at(1).result.ok, qPrintable(outcomes.at(1).result.error));
        QCOMPARE(outcomes.at(1).pruned.filesPruned, 2);
        QCOMPARE(outcomes.at(1).pruned.bytesPruned, 3000);
        done = false;
        fleet.clean({ 1 }, &fleet, [&](const QVector<NodeOutcome> &o) {
            outcomes = o;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY(outcomes.at(0).result.ok);
        QVERIFY(recent.requests.contains("POST /v2/cache/clean"));
        QVERIFY(fleet.versions(1) && fleet.versions(1)->hasPruneClean);
    }

    void settingsChangedWhileSigningIn()
    {
        // A Keystone that accepts the connection and never answers: the token request hangs.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        FakeNode node(FakeNode::AcceptAll);
        RemoteConnection connection;
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home.path());
        connection.setEnvironment(env, m_home.path());
        ConnectionOptions o;
        o.authUrl = u"http://127.0.0.1:%1/v3"_s.arg(silent.serverPort());
        o.username = u"admin"_s;
        o.password = u"secret"_s;
        o.projectName = u"demo"_s;
        connection.setConnection(o, { node.url() });
        NodeFleet fleet(&connection);
        QString error;
        QVERIFY(fleet.setNodes(connection.nodes(), &error));
        QVector<NodeOutcome> first;
        bool done = false;
        fleet.listCaches(fleet.allNodes(), &fleet, [&](const QVector<NodeOutcome> &outcomes) {
            first = outcomes;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return silent.hasPendingConnections(); }, 10000));
        // The person fixes the settings: nodes alone. The call waiting for the old token is answered.
        connection.setConnection({}, { node.url() });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(first.size(), 1);
        QVERIFY(!first.at(0).result.ok);
        QVERIFY2(first.at(0).result.error.contains(u"changed"_s), qPrintable(first.at(0).result.error));
        QVERIFY(node.tokens.isEmpty());
        const QVector<NodeOutcome> second = listOnce(&fleet);
        QCOMPARE(second.size(), 1);
        QVERIFY2(second.at(0).result.ok, qPrintable(second.at(0).result.error));
    }

    void nodesAloneSendNoToken()
    {
        FakeNode node(FakeNode::AcceptAll);
        RemoteConnection connection;
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home.path());
        connection.setEnvironment(env, m_home.path());
        connection.setNodes({ node.url() });
        NodeFleet fleet(&connection);
        QString error;
        QVERIFY(fleet.setNodes(connection.nodes(), &error));
        const QVector<NodeOutcome> outcomes = listOnce(&fleet);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(outcomes.at(0).result.ok);
        QVERIFY(!node.tokens.isEmpty());
        for (const QByteArray &t : std::as_const(node.tokens))
            QCOMPARE(t, "-"_ba);
        QVERIFY(!fleet.setNodes({ u"node-1:9292"_s }, &error));
        QVERIFY(error.contains(u"node-1:9292"_s));
        QCOMPARE(fleet.nodes(), QStringList{ node.url() }); // unchanged after a refused list
    }
};

QTEST_GUILESS_MAIN(TestNodeFleet)
#include "tst_nodefleet.moc"
