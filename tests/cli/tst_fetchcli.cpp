#include "testcache.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

// glance-cachectl fetch / verify against a real glance-api (Debian's Glance Zed, no Keystone) on 127.0.0.1.
class TestFetchCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_serverDir;
    QProcess m_server;
    QString m_url;
    QString m_imageId;
    QByteArray m_data;
    QByteArray m_out;
    QTemporaryDir m_home; // no clouds.yaml, no OS_* variables
    QByteArray m_err;

    QByteArray request(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &type,
                       int *status)
    {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest req{QUrl(m_url + path)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(60000))
            return {};
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    int ctl(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(TestCache::cliEnvironment(m_home.path()));
        p.start(QStringLiteral(GCA_CACHECTL), args);
        if (!p.waitForFinished(120000))
            return -1;
        m_out = p.readAllStandardOutput();
        m_err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(GCA_TESTS_DIR "/glance_server.py"), QStringLiteral("start"), m_serverDir.path()});
        QVERIFY(m_server.waitForStarted(30000));
        QVERIFY2(m_server.waitForReadyRead(120000), m_server.readAllStandardError().constData());
        const QJsonObject info = QJsonDocument::fromJson(m_server.readLine()).object();
        m_url = info.value(QLatin1String("url")).toString();
        QVERIFY2(m_url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_url));
        int status = 0;
        const QJsonObject image = QJsonDocument::fromJson(
            request("POST", QStringLiteral("/v2/images"),
                    R"({"name": "fetch-test", "disk_format": "raw", "container_format": "bare"})", "application/json", &status))
                                      .object();
        QCOMPARE(status, 201);
        m_imageId = image.value(QLatin1String("id")).toString();
        m_data.resize(3 * 1024 * 1024 + 17);
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(m_data.data()), m_data.size() / 4);
        request("PUT", QStringLiteral("/v2/images/%1/file").arg(m_imageId), m_data, "application/octet-stream", &status);
        QCOMPARE(status, 204);
    }

    void cleanupTestCase()
    {
        m_server.closeWriteChannel();
        QVERIFY(m_server.waitForFinished(60000));
    }

    void fetchQueuedThenVerify()
    {
        QTemporaryDir tmp;
        TestCache cache(tmp.path(), QStringLiteral("sqlite"));
        QVERIFY(cache.init());
        QVERIFY(cache.addQueued(m_imageId, 1700000000.0));
        const QStringList base{QStringLiteral("--cache-dir"), tmp.path(), QStringLiteral("--os-image-url"), m_url,
                               QStringLiteral("--json")};
        QCOMPARE(ctl(base + QStringList{QStringLiteral("fetch"), QStringLiteral("--parallel"), QStringLiteral("3")}), 0);
        const QJsonArray results = QJsonDocument::fromJson(m_out).object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("cached"));
        QFile file(tmp.filePath(m_imageId));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5),
                 QCryptographicHash::hash(m_data, QCryptographicHash::Md5));
        QCOMPARE(cache.rows().value(m_imageId), qint64(m_data.size()));
        QVERIFY(!cache.exists(QStringLiteral("queue/") + m_imageId)); // consumed, as Glance does

        QCOMPARE(ctl(base + QStringList{QStringLiteral("verify"), m_imageId}), 0);
        QVERIFY2(m_out.contains("\"verified\""), m_out.constData());
        // fetching again is nothing to do
        QCOMPARE(ctl(base + QStringList{QStringLiteral("fetch"), m_imageId}), 0);
        QVERIFY(m_out.contains("\"already_cached\""));
    }

    void verifyAllOffersToDeleteMismatches()
    {
        QTemporaryDir tmp;
        TestCache cache(tmp.path(), QStringLiteral("sqlite"));
        QVERIFY(cache.init());
        const QStringList base{QStringLiteral("--cache-dir"), tmp.path(), QStringLiteral("--os-image-url"), m_url};
        QCOMPARE(ctl(base + QStringList{QStringLiteral("verify")}), 0); // nothing cached: nothing to do
        QCOMPARE(ctl(base + QStringList{QStringLiteral("fetch"), m_imageId}), 0);
        QCOMPARE(ctl(base + QStringList{QStringLiteral("verify"), QStringLiteral("--json")}), 0);
        QVERIFY2(m_out.contains("\"verified\""), m_out.constData());

        // Zeros where data was, same size: the hole Glance's race can leave.
        QFile file(tmp.filePath(m_imageId));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096));
        QVERIFY(file.write(QByteArray(4096, '\0')) == 4096);
        file.close();
        // Without a terminal and without --yes: reported, kept.
        QCOMPARE(ctl(base + QStringList{QStringLiteral("verify")}), 1);
        QVERIFY2(m_err.contains("--yes"), m_err.constData());
        QVERIFY(cache.exists(m_imageId));
        QCOMPARE(ctl(base + QStringList{QStringLiteral("verify"), QStringLiteral("--yes")}), 1);
        QVERIFY(!cache.exists(m_imageId));
        QVERIFY(cache.rows().isEmpty());
    }

    void unknownImageIsRefused()
    {
        QTemporaryDir tmp;
        TestCache cache(tmp.path(), QStringLiteral("sqlite"));
        QVERIFY(cache.init());
        QCOMPARE(ctl({QStringLiteral("--cache-dir"), tmp.path(), QStringLiteral("--os-image-url"), m_url,
                      QStringLiteral("fetch"), TestCache::id(99)}),
                 1);
        QVERIFY(!m_err.isEmpty());
        QVERIFY(cache.rows().isEmpty());
        QVERIFY(!cache.exists(TestCache::id(99)));
    }

    // fetch over https: refused against an unknown certificate (nothing written), accepted with the CA bundle
    // (--os-cacert) and with --insecure. The fake Glance serves TLS with a certificate made for this run.
    void tls()
    {
        QTemporaryDir tmp;
        const QString cert = tmp.filePath(QStringLiteral("cert.pem")), key = tmp.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                key, QStringLiteral("-out"), cert });
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        QProcess fake;
        fake.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral(GCA_TESTS_DIR "/fake_glance.py"), QStringLiteral("--tls"), cert, key });
        QVERIFY(fake.waitForStarted(30000));
        while (!fake.canReadLine() && fake.waitForReadyRead(60000)) { }
        const QString url = QJsonDocument::fromJson(fake.readLine()).object().value(QLatin1String("url")).toString();
        QVERIFY2(url.startsWith(QLatin1String("https://127.0.0.1:")), fake.readAllStandardError().constData());
        auto stopFake = qScopeGuard([&fake] {
            fake.closeWriteChannel();
            if (!fake.waitForFinished(30000))
                fake.kill();
        });

        // The test's own requests to the fake trust the certificate.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromPath(cert));
        auto fakeRequest = [&](const QByteArray &verb, const QString &path, const QByteArray &body) {
            QNetworkAccessManager nam;
            nam.setProxy(QNetworkProxy::NoProxy);
            QNetworkRequest req { QUrl(url + path) };
            req.setSslConfiguration(trusting);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished() && !finished.wait(30000))
                return QJsonObject();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return answer;
        };
        const QString id = TestCache::id(7);
        const qint64 size = 300 * 1024 + 11;
        QCOMPARE(fakeRequest("PUT", QStringLiteral("/_fake/images/") + id,
                     QByteArrayLiteral("{\"size\": ") + QByteArray::number(size) + '}')
                     .value(QLatin1String("id"))
                     .toString(),
            id);
        auto fileRequests = [&] {
            return fakeRequest("GET", QStringLiteral("/_fake/stats"), {})
                .value(QLatin1String("file_requests"))
                .toInt(-1);
        };

        auto fetchInto = [&](const QString &dir, const QStringList &extra) {
            return ctl(QStringList { QStringLiteral("--cache-dir"), dir, QStringLiteral("--driver"),
                           QStringLiteral("sqlite"), QStringLiteral("--os-image-url"), url, QStringLiteral("--json") }
                + extra + QStringList { QStringLiteral("fetch"), id });
        };
        auto outcome = [this] {
            const QJsonArray results
                = QJsonDocument::fromJson(m_out).object().value(QLatin1String("results")).toArray();
            return results.size() == 1 ? results.at(0).toObject() : QJsonObject();
        };

        // Verification on by default: refused at the pre-flight GET /v2/images/{id}, before anything is queued:
        // one error on stderr for the batch, no result per image.
        QTemporaryDir refusedDir;
        TestCache refused(refusedDir.path(), QStringLiteral("sqlite"));
        QVERIFY(refused.init());
        QCOMPARE(fetchInto(refusedDir.path(), {}), 1);
        const QString message = QString::fromUtf8(m_err);
        QVERIFY2(outcome().isEmpty(), m_out.constData());
        QVERIFY2(message.startsWith(QLatin1String("glance-cachectl: No image was fetched: ")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("certificate")) && message.contains(QLatin1String("not trusted"))
                && message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive) && message.contains(url),
            qPrintable(message));
        QVERIFY(refused.rows().isEmpty());
        for (const QString &where : { QString(), QStringLiteral("incomplete/"), QStringLiteral("invalid/") })
            QVERIFY2(!refused.exists(where + id), qPrintable(where + id));
        QCOMPARE(fileRequests(), 0);

        // The CA bundle that signed it, then no verification at all: both cache the image.
        const QList<QStringList> accepted { { QStringLiteral("--os-cacert"), cert }, { QStringLiteral("--insecure") } };
        for (const QStringList &extra : accepted) {
            QTemporaryDir dir;
            TestCache cache(dir.path(), QStringLiteral("sqlite"));
            QVERIFY(cache.init());
            QCOMPARE(fetchInto(dir.path(), extra), 0);
            QVERIFY2(
                outcome().value(QLatin1String("outcome")).toString() == QLatin1String("cached"), m_out.constData());
            QVERIFY2(
                outcome().value(QLatin1String("message")).toString().contains(QLatin1String("MD5/SHA512 verified")),
                m_out.constData());
            QCOMPARE(cache.rows().value(id, -1), size);
            QCOMPARE(QFileInfo(dir.filePath(id)).size(), size);
            QCOMPARE(m_err.contains("--insecure"), extra.contains(QStringLiteral("--insecure"))); // warned, every time
        }
        QCOMPARE(fileRequests(), 2);
    }

    void connectionOptionsRequired()
    {
        QTemporaryDir tmp;
        TestCache cache(tmp.path(), QStringLiteral("sqlite"));
        QVERIFY(cache.init());
        QCOMPARE(ctl({QStringLiteral("--cache-dir"), tmp.path(), QStringLiteral("fetch"), TestCache::id(1)}), 2);
        QVERIFY(!m_err.isEmpty());
        // --parallel is checked before anything is fetched.
        QCOMPARE(ctl({QStringLiteral("--cache-dir"), tmp.path(), QStringLiteral("--os-image-url"), m_url,
                      QStringLiteral("fetch"), QStringLiteral("--parallel"), QStringLiteral("9"), TestCache::id(1)}),
                 2);
        QVERIFY(m_err.contains("--parallel"));
    }
};

QTEST_GUILESS_MAIN(TestFetchCli)
#include "tst_fetchcli.moc"
