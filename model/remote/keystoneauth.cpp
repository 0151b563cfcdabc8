#include "remote/keystoneauth.h"

#include "core/background.h"
#include "remote/environmentproxy.h"
#include "remote/replylimit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>

namespace {

QString urlForMessages(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace

KeystoneAuth::KeystoneAuth(const ResolvedConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(new QNetworkAccessManager(this))
{
    EnvironmentProxyFactory::install(m_network);
    if (!makeSslConfiguration(connection.options, &m_ssl, &m_setupError))
        m_ssl = QSslConfiguration::defaultConfiguration();
    if (connection.method == AuthMethod::NoAuth || connection.method == AuthMethod::Token) {
        m_current.token = connection.method == AuthMethod::Token ? connection.options.authToken : QString();
        m_current.imageUrl = connection.imageUrl;
        m_haveCurrent = true;
    }
}

KeystoneAuth::~KeystoneAuth()
{
    // Callbacks must not run while this object is half destroyed.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void KeystoneAuth::token(QObject *context, Callback callback)
{
    m_waiters.append({ context, context != nullptr, std::move(callback) });
    if (m_reply)
        return; // the request in flight answers everyone
    if (!m_setupError.isEmpty() || currentIsFresh())
        scheduleDelivery();
    else
        authenticate();
}

bool KeystoneAuth::invalidate(const QString &rejectedToken)
{
    if (m_connection.method == AuthMethod::NoAuth || m_connection.method == AuthMethod::Token)
        return false;
    if (!m_haveCurrent || m_current.token != rejectedToken)
        return true; // already dropped or replaced by an earlier invalidate()
    if (m_currentAfterInvalidate)
        return false;
    m_haveCurrent = false;
    m_current = {};
    m_nextAfterInvalidate = true;
    return true;
}

bool KeystoneAuth::currentIsFresh() const
{
    if (!m_haveCurrent)
        return false;
    return !m_renewAt.isValid() || QDateTime::currentDateTimeUtc().secsTo(m_renewAt) > m_renewalMargin;
}

void KeystoneAuth::scheduleDelivery()
{
    if (m_deliveryScheduled)
        return;
    m_deliveryScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_deliveryScheduled = false;
        AuthResult result;
        result.ok = m_setupError.isEmpty() && m_haveCurrent;
        result.token = m_current;
        result.error = m_setupError;
        if (m_setupError.isEmpty() && !m_haveCurrent) { // invalidated since scheduling: ask Keystone
            if (!m_reply)
                authenticate();
            return;
        }
        deliver(result);
    });
}

void KeystoneAuth::abandon(const QString &error)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_haveCurrent = false;
    AuthResult result;
    result.error = error;
    // Later, like every answer; a delivery scheduled before this one hands out nothing new.
    Background::later(this, [this, result] { deliver(result); });
}

void KeystoneAuth::deliver(const AuthResult &result)
{
    // Callbacks may call token() again; those wait for the next round.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (!w.hasContext || w.context)
            w.callback(result);
    }
}

void KeystoneAuth::authenticate()
{
    QNetworkRequest request(tokensUrl(m_connection.authUrl));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("glance-cache-admin/" GCA_VERSION));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_transferTimeout);
    m_sslErrors.clear();
    m_reply = m_network->post(request, requestBody(m_connection));
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    QNetworkReply *reply = m_reply;
    ReplyLimit::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void KeystoneAuth::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after a timeout
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject tokenJson = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toObject();
    AuthResult result;
    if (ReplyLimit::exceeded(reply)) {
        result.error = tr("Keystone at %1 sent an answer larger than %2, far more than any token: it was dropped.")
                           .arg(urlForMessages(reply->url()), QLocale().formattedDataSize(ReplyLimit::apiBodyLimit));
    } else if ((status == 201 || status == 200) && reply->error() != QNetworkReply::NoError) {
        // The status line came, then the connection broke before the whole body: a token cut short is none.
        result.error = tr("Keystone at %1 broke off its answer before the end: %2.")
                           .arg(urlForMessages(reply->url()), reply->errorString());
    } else if (status == 201 || status == 200) {
        AuthToken token;
        token.token = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Subject-Token")));
        if (token.token.isEmpty()) {
            result.error = tr("Keystone at %1 answered without a token (no X-Subject-Token header).")
                               .arg(urlForMessages(reply->url()));
        } else if (!m_connection.imageUrl.isEmpty()) {
            // --os-image-url overrides the catalog, which then need not have (or list) Glance at all.
            token.imageUrl = m_connection.imageUrl;
            token.expiresAt = parseTime(tokenJson.value(QStringLiteral("expires_at")).toString());
            result.ok = true;
            result.token = token;
        } else if (parseTokenBody(
                       body, m_connection.options.interface, m_connection.options.regionName, &token, &result.error)) {
            result.ok = true;
            result.token = token;
        }
    } else {
        result.error = replyError(reply, body);
    }

    if (result.ok) {
        m_current = result.token;
        m_haveCurrent = true;
        m_currentAfterInvalidate = m_nextAfterInvalidate;
        m_nextAfterInvalidate = false;
        // Count the token's lifetime on our clock: issued_at..expires_at are Keystone's, which may be off.
        const QDateTime issued = parseTime(tokenJson.value(QStringLiteral("issued_at")).toString());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_current.expiresAt.isValid())
            m_renewAt = {};
        else if (issued.isValid())
            m_renewAt = now.addSecs(issued.secsTo(m_current.expiresAt));
        else
            m_renewAt = m_current.expiresAt;
    }
    deliver(result);
}

QString KeystoneAuth::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    const QString where = urlForMessages(m_connection.authUrl);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Keystone explains itself in {"error": {"message": ...}}.
    const QString detail = QJsonDocument::fromJson(body)
                               .object()
                               .value(QStringLiteral("error"))
                               .toObject()
                               .value(QStringLiteral("message"))
                               .toString();
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail.left(300));
    // Keystone's 401 message is deliberately vague ("requires authentication"), so ours says what to check.
    if (status == 401) {
        if (m_connection.method == AuthMethod::ApplicationCredential)
            return tr("Keystone at %1 rejected the application credential: wrong ID or secret, or it expired.")
                .arg(where);
        if (m_connection.method == AuthMethod::KeystoneToken)
            return tr("Keystone at %1 rejected the token: it is invalid or expired.").arg(where);
        return tr("Keystone at %1 rejected the credentials: wrong user name, password or domain, or no role on "
                  "the project.")
            .arg(where);
    }
    if (status == 403)
        return tr("Keystone at %1 refused the token request (403)%2.").arg(where, suffix);
    if (status == 404)
        return tr("%1 is not a Keystone v3 endpoint (404 for %2). Check --os-auth-url.")
            .arg(where, urlForMessages(reply->url()));
    if (status != 0)
        return tr("Keystone at %1 answered %2 %3%4.")
            .arg(where)
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), suffix);

    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The TLS connection to Keystone at %1 failed: %2. Give the CA bundle with --os-cacert, or "
                  "--insecure to skip verification (unsafe).")
            .arg(where, m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QLatin1String("; ")));
    case QNetworkReply::OperationCanceledError: // what a transfer timeout looks like in Qt 6.4
    case QNetworkReply::TimeoutError:
        return tr("Keystone at %1 did not answer in time (%2 s without progress).")
            .arg(where, QLocale().toString(m_transferTimeout / 1000.0));
    default:
        return tr("Cannot reach Keystone at %1: %2.").arg(where, reply->errorString());
    }
}
