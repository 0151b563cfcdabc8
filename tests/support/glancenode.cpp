#include "glancenode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>

bool GlanceNode::start(const QStringList &extra)
{
    m_process.start(QStringLiteral("/usr/bin/python3"),
        QStringList{ QStringLiteral(GCA_TESTS_DIR "/glance_server.py"), QStringLiteral("start"), m_dir.path() } + extra);
    if (!m_process.waitForStarted(30000) || !m_process.waitForReadyRead(120000)) {
        qWarning("glance_server.py did not start: %s", m_process.readAllStandardError().constData());
        return false;
    }
    const QJsonObject info = QJsonDocument::fromJson(m_process.readLine()).object();
    url = info.value(QLatin1String("url")).toString();
    cacheDir = info.value(QLatin1String("cache_dir")).toString();
    return url.startsWith(QLatin1String("http://127.0.0.1:"));
}

bool GlanceNode::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.closeWriteChannel();
    return m_process.waitForFinished(60000);
}

QByteArray GlanceNode::request(const QByteArray &verb, const QString &path, const QByteArray &body, int *status)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest req{ QUrl(url + path) };
    req.setHeader(QNetworkRequest::ContentTypeHeader,
        verb == "PUT" ? QByteArrayLiteral("application/octet-stream") : QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    *status = 0;
    if (!reply->isFinished() && !finished.wait(60000))
        return {};
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QString GlanceNode::createImage(const QByteArray &name, const QByteArray &data, bool hidden)
{
    int status = 0;
    QJsonObject create{ { QStringLiteral("name"), QString::fromUtf8(name) },
        { QStringLiteral("disk_format"), QStringLiteral("raw") },
        { QStringLiteral("container_format"), QStringLiteral("bare") } };
    if (hidden)
        create.insert(QStringLiteral("os_hidden"), true);
    const QJsonObject image
        = QJsonDocument::fromJson(request("POST", QStringLiteral("/v2/images"), QJsonDocument(create).toJson(), &status))
              .object();
    if (status != 201)
        return {};
    const QString id = image.value(QLatin1String("id")).toString();
    request("PUT", QStringLiteral("/v2/images/%1/file").arg(id), data, &status);
    return status == 204 ? id : QString();
}

QStringList GlanceNode::cachedImages()
{
    int status = 0;
    const QByteArray body = request("GET", QStringLiteral("/v2/cache"), {}, &status);
    QStringList ids;
    for (const QJsonValue &c : QJsonDocument::fromJson(body).object().value(QLatin1String("cached_images")).toArray())
        ids.append(c.toObject().value(QLatin1String("image_id")).toString());
    return ids;
}
