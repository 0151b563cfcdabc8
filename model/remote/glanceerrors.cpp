// GlanceApi's judgement of answers: which statuses are a success for a call, and the sentences a person
// reads for every failure. Pure functions, callable from any thread.
#include "remote/glanceapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>

namespace {

QString toText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

} // namespace

bool GlanceApi::isSuccess(Call call, int status)
{
    switch (call) {
    case Call::Discover:
        return status == 300 || status == 200; // Glance answers 300 Multiple Choices; some proxies 200
    case Call::Queue:
        return status == 202 || status == 200; // Zed 202, Yoga 200
    case Call::DeleteCached:
    case Call::Clear:
        return status == 204 || status == 200; // Zed 204, Yoga 200
    case Call::Prune:
    case Call::Clean:
        return status == 200 || status == 202 || status == 204;
    case Call::ListCache:
    case Call::GetImage:
    case Call::ListImages:
    case Call::ImageFile: // 204 (no data) and 206 (a range) are no image to cache
        break;
    }
    return status == 200;
}

QString GlanceApi::serverMessage(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096)).trimmed();
    if (text.startsWith(u'{')) {
        // Keystone middleware: {"error": {"message": ...}}; webob: {"message": ...}.
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QJsonObject inner = o.value(QLatin1String("error")).toObject();
        text = toText(inner.isEmpty() ? o.value(QLatin1String("message")) : inner.value(QLatin1String("message")));
    }
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(tags, QStringLiteral("\n"));
    // webob's plain-text error: "404 Not Found\n\nImage X not found.\n\n   " -- drop the status line.
    QStringList lines;
    static const QRegularExpression statusLine(QStringLiteral("^\\d{3} [\\w -]+$"));
    for (const QString &line : text.split(u'\n')) {
        const QString l = line.trimmed();
        if (!l.isEmpty() && !statusLine.match(l).hasMatch())
            lines.append(l);
    }
    text = lines.join(u' ');
    return text.size() > 300 ? text.left(299) + QChar(0x2026) : text;
}

QString GlanceApi::tooOldText(const QString &node, const QString &what)
{
    return tr("%1 cannot %2: that needs Glance image API 2.18 or later, and this node is older.").arg(node, what);
}

// Long on purpose: the one table of sentences for every call and status, read top to bottom.
QString GlanceApi::httpErrorText(
    Call call, int status, const QByteArray &body, const QString &node, const QString &imageId, bool tokenSent)
{
    const QString said = serverMessage(body);
    const bool cacheCall = call == Call::ListCache || call == Call::Queue || call == Call::DeleteCached
        || call == Call::Clear || call == Call::Prune || call == Call::Clean;
    const QString noCacheApi = tr("%1 has no image cache API (HTTP 404): caching is not enabled at this site "
                                  "(image_cache_dir is not set) or the node is older than Glance Yoga.")
                                   .arg(node);
    QString text;
    if (call == Call::ImageFile && status == 204) {
        text = tr("%1 has no data for image %2 (HTTP 204).").arg(node, imageId);
    } else if (call == Call::ImageFile && status == 404) {
        text = tr("%1 does not find the data of image %2 (HTTP 404).").arg(node, imageId);
    } else if (call == Call::ImageFile && status == 503) {
        text = tr("The image store behind %1 is unavailable (HTTP 503).").arg(node);
    } else if (status == 401) {
        text = tokenSent
            ? tr("%1 rejected the token (HTTP 401): it has expired or belongs to another cloud. "
                 "Get a new token and try again.")
                  .arg(node)
            : tr("%1 needs a token (HTTP 401): this deployment uses Keystone, so sign in first.").arg(node);
    } else if (status == 403) {
        switch (call) {
        case Call::ListCache:
            text = tr("%1 does not let you list its cache (HTTP 403): the cache API needs the cache_list policy "
                      "(admin only by default).")
                       .arg(node);
            break;
        case Call::Queue:
            text = tr("%1 does not let you cache image %2 (HTTP 403): the cache API needs the cache_image policy "
                      "(admin only by default).")
                       .arg(node, imageId);
            break;
        case Call::DeleteCached:
        case Call::Clear:
            text = tr("%1 does not let you remove images from its cache (HTTP 403): the cache API needs the "
                      "cache_delete policy (admin only by default).")
                       .arg(node);
            break;
        case Call::Prune:
        case Call::Clean:
            text = tr("%1 does not let you manage its cache (HTTP 403): the cache API needs the cache_list, "
                      "cache_image and cache_delete policies (admin only by default).")
                       .arg(node);
            break;
        case Call::ImageFile:
            text = tr("%1 does not let you download image %2 (HTTP 403): it may be deactivated.").arg(node, imageId);
            break;
        default:
            text = imageId.isEmpty() ? tr("%1 refused the request (HTTP 403): your roles do not allow it.").arg(node)
                                     : tr("%1 does not let you see image %2 (HTTP 403).").arg(node, imageId);
        }
    } else if (status == 404 && cacheCall && said.contains(QLatin1String("not supported at this site"))) {
        text = tr("Caching is not enabled at this site: %1 has no image_cache_dir (HTTP 404).").arg(node);
    } else if (status == 404 && (call == Call::Prune || call == Call::Clean)) {
        text = tooOldText(
            node, call == Call::Prune ? tr("prune its cache through the API") : tr("clean its cache through the API"));
    } else if (status == 404
        && (call == Call::ListCache || call == Call::Clear
            || said.contains(QLatin1String("resource could not be found")))) {
        // No route at all: the node predates the cache API, or a proxy strips it.
        text = call == Call::Discover || call == Call::GetImage || call == Call::ListImages
            ? tr("%1 does not answer like a Glance API (HTTP 404): check the URL.").arg(node)
            : noCacheApi;
    } else if (status == 404 && !imageId.isEmpty()) {
        text = tr("Image %1 is not known to %2 (HTTP 404).").arg(imageId, node);
    } else if (status == 404) {
        text = tr("%1 does not answer like a Glance API (HTTP 404): check the URL.").arg(node);
    } else if (status == 405 && (call == Call::Prune || call == Call::Clean)) {
        text = tooOldText(
            node, call == Call::Prune ? tr("prune its cache through the API") : tr("clean its cache through the API"));
    } else if (status == 400 && call == Call::Queue) {
        text = tr("%1 cannot cache image %2 (HTTP 400): only active images (with uploaded data, not "
                  "deactivated) can be cached.")
                   .arg(node, imageId);
    } else if (status == 400 && call == Call::Clear) {
        text = tr("%1 rejected the clear target (HTTP 400): it accepts only \"cache\", \"queue\" or no target "
                  "for both.")
                   .arg(node);
    } else if (status == 400) {
        text = tr("%1 rejected the request as malformed (HTTP 400).").arg(node);
    } else if (status == 502 || status == 503 || status == 504) {
        text = tr("%1 is unavailable (HTTP %2): glance-api is down or overloaded, or a proxy in front of it "
                  "cannot reach it.")
                   .arg(node)
                   .arg(status);
    } else if (status >= 500) {
        text = tr("%1 failed with an internal error (HTTP %2): its glance-api log says why.").arg(node).arg(status);
    } else {
        text = tr("%1 answered with the unexpected HTTP status %2.").arg(node).arg(status);
    }
    return said.isEmpty() ? text : tr("%1 Glance said: \u201c%2\u201d").arg(text, said);
}

QString GlanceApi::retryAfterText(const QByteArray &retryAfter)
{
    const QByteArray value = retryAfter.trimmed();
    bool number = false;
    const qint64 seconds = value.toLongLong(&number);
    if (number && seconds >= 0)
        return tr("Try again in %1 s, as the server asks (Retry-After).").arg(seconds);
    // RFC 9110's preferred date form, the one servers send: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return {};
    when.setTimeSpec(Qt::UTC);
    return tr("Try again after %1 UTC, as the server asks (Retry-After).")
        .arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString GlanceApi::transportErrorText(
    int networkError, const QString &node, const QString &detail, const QStringList &sslErrors, int timeoutMs)
{
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection: glance-api is not running there, or listens on another port.").arg(node);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed or reset the connection before answering: glance-api may be restarting, or the URL "
                  "says http for a TLS port.")
            .arg(node);
    case QNetworkReply::HostNotFoundError:
        return tr("The host name of %1 cannot be resolved.").arg(node);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what Qt reports when a transfer timeout fires
        return tr("%1 did not answer within %2 s.").arg(node).arg(timeoutMs / 1000.0);
    case QNetworkReply::SslHandshakeFailedError:
        if (!sslErrors.isEmpty())
            return tr("The TLS certificate of %1 is not trusted: %2. Give the CA bundle that signed it, or turn "
                      "verification off for a test cloud only.")
                .arg(node, sslErrors.join(QStringLiteral("; ")));
        return tr("The TLS handshake with %1 failed (%2): check that the port speaks https.").arg(node, detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy on the way to %1 failed (%2): check http_proxy, https_proxy and no_proxy.")
            .arg(node, detail);
    case QNetworkReply::InsecureRedirectError:
        // detail: where it pointed (GlanceApi::outcome), when the answer said.
        return detail.isEmpty()
            ? tr("%1 redirects to another host or scheme, which is not followed: the token would go there. "
                 "Give the address it redirects to as the URL if you trust it.")
                  .arg(node)
            : tr("%1 redirects to %2, which is not followed: the token would go to another host or scheme. "
                 "Give that address as the URL if you trust it.")
                  .arg(node, detail);
    case QNetworkReply::TooManyRedirectsError:
        return tr("%1 redirects in a loop: check the URL and the proxy in front of glance-api.").arg(node);
    default:
        return tr("%1 cannot be reached: %2").arg(node, detail);
    }
}
