#include "testcache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
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
        QCOMPARE(ctl(base + QStringList{QStringLiteral("fetch")}), 0);
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

    void connectionOptionsRequired()
    {
        QTemporaryDir tmp;
        TestCache cache(tmp.path(), QStringLiteral("sqlite"));
        QVERIFY(cache.init());
        QCOMPARE(ctl({QStringLiteral("--cache-dir"), tmp.path(), QStringLiteral("fetch"), TestCache::id(1)}), 2);
        QVERIFY(!m_err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFetchCli)
#include "tst_fetchcli.moc"
