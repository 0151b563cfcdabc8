// The pure half of GlanceApi: URLs, JSON answers and the sentences for failures. No network, no state;
// callable from any thread.
#include "glanceapi.h"

#include "imageid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <limits>

namespace {

// "v2.16" -> 2016; -1 when it is not a "vMAJOR.MINOR" id. Numeric, because "v2.10" is newer than "v2.9".
int versionNumber(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^v(\\d+)\\.(\\d+)$"));
    const auto m = re.match(id);
    return m.hasMatch() ? m.captured(1).toInt() * 1000 + m.captured(2).toInt() : -1;
}

// Glance writes integers; a float or a string would still be read rather than turned into 0.
qint64 toInt64(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLongLong();
    const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
    return i != std::numeric_limits<qint64>::min() ? i : qint64(v.toDouble());
}

QString toText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

bool parseObject(const QByteArray &json, QJsonObject *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
            ? GlanceApi::tr("The answer is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset)
            : GlanceApi::tr("The answer is not a JSON object.");
        return false;
    }
    *out = doc.object();
    return true;
}

ImageInfo imageFromObject(const QJsonObject &o)
{
    ImageInfo i;
    i.id = toText(o.value(QLatin1String("id")));
    i.name = toText(o.value(QLatin1String("name")));
    i.status = toText(o.value(QLatin1String("status")));
    const QJsonValue size = o.value(QLatin1String("size"));
    i.size = size.isDouble() ? toInt64(size) : -1; // null until data is uploaded
    i.checksum = toText(o.value(QLatin1String("checksum")));
    i.osHashAlgo = toText(o.value(QLatin1String("os_hash_algo")));
    i.osHashValue = toText(o.value(QLatin1String("os_hash_value")));
    i.diskFormat = toText(o.value(QLatin1String("disk_format")));
    i.owner = toText(o.value(QLatin1String("owner")));
    return i;
}

QUrl withPath(const QUrl &base, const QString &tail)
{
    QUrl url = GlanceApi::apiRoot(base);
    url.setPath(url.path() + tail);
    return url;
}

} // namespace

QUrl GlanceApi::apiRoot(const QUrl &base)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // Catalogs and people sometimes give the versioned endpoint; version discovery needs the root.
    if (path.endsWith(QLatin1String("/v2")) || path == QLatin1String("v2"))
        path.chop(3);
    url.setPath(path);
    return url;
}

QUrl GlanceApi::versionsUrl(const QUrl &base)
{
    return withPath(base, QStringLiteral("/"));
}

QUrl GlanceApi::cacheUrl(const QUrl &base, QStringView action)
{
    return withPath(
        base, action.isEmpty() ? QStringLiteral("/v2/cache") : QStringLiteral("/v2/cache/") + action.toString());
}

QUrl GlanceApi::cacheImageUrl(const QUrl &base, const QString &imageId, QString *error)
{
    *error = ImageId::problem(imageId);
    return error->isEmpty() ? withPath(base, QStringLiteral("/v2/cache/") + ImageId::normalized(imageId)) : QUrl();
}

QUrl GlanceApi::imageUrl(const QUrl &base, const QString &imageId, QString *error)
{
    *error = ImageId::problem(imageId);
    return error->isEmpty() ? withPath(base, QStringLiteral("/v2/images/") + ImageId::normalized(imageId)) : QUrl();
}

QUrl GlanceApi::imagesUrl(const QUrl &base, int limit, const QString &marker)
{
    QUrl url = withPath(base, QStringLiteral("/v2/images"));
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), marker);
    url.setQuery(query);
    return url;
}

QByteArray GlanceApi::clearTargetHeader(ClearTarget target)
{
    // Zed answers 400 to "both": both is expressed by sending no header at all.
    switch (target) {
    case ClearTarget::Cache:
        return "cache";
    case ClearTarget::Queue:
        return "queue";
    case ClearTarget::Both:
        break;
    }
    return {};
}

QString GlanceApi::nodeName(const QUrl &base)
{
    if (base.isEmpty())
        return tr("(no URL)");
    return apiRoot(base).toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

bool GlanceApi::bypassesProxy(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

// --- Pure protocol helpers: JSON parsing and error sentences (candidates for a file of their own).

bool GlanceApi::parseVersions(const QByteArray &json, NodeVersions *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    if (!o.value(QLatin1String("versions")).isArray()) {
        *error = tr("The answer has no \"versions\" list.");
        return false;
    }
    QVector<QPair<int, QString>> found;
    NodeVersions v;
    for (const QJsonValue &item : o.value(QLatin1String("versions")).toArray()) {
        const QJsonObject version = item.toObject();
        const QString id = toText(version.value(QLatin1String("id")));
        if (id.isEmpty())
            continue;
        found.append({ versionNumber(id), id });
        if (toText(version.value(QLatin1String("status"))).compare(QLatin1String("CURRENT"), Qt::CaseInsensitive) == 0)
            v.current = id;
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[number, id] : found) {
        v.versions.append(id);
        // Glance lists 2.14 and 2.16+ only with image_cache_dir set; without it Zed shows 2.15 CURRENT and
        // skips 2.14, so "some version >= 2.14" would promise a cache API that answers 404.
        if (number == 2014 || (number >= 2016 && number < 3000))
            v.hasCacheApi = true;
        if (number >= 2018 && number < 3000)
            v.hasPruneClean = true;
    }
    if (v.versions.isEmpty()) {
        *error = tr("The version list is empty.");
        return false;
    }
    *out = v;
    return true;
}

bool GlanceApi::parseCacheState(const QByteArray &json, NodeCacheState *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    if (!o.value(QLatin1String("cached_images")).isArray()) {
        *error = tr("The answer has no \"cached_images\" list.");
        return false;
    }
    NodeCacheState s;
    for (const QJsonValue &item : o.value(QLatin1String("cached_images")).toArray()) {
        const QJsonObject e = item.toObject();
        CachedImage c;
        c.imageId = toText(e.value(QLatin1String("image_id")));
        if (!ImageId::isValid(c.imageId)) {
            s.ignored.append(c.imageId);
            continue;
        }
        c.imageId = ImageId::normalized(c.imageId);
        c.size = toInt64(e.value(QLatin1String("size")));
        c.hits = toInt64(e.value(QLatin1String("hits")));
        // sqlite sends fractional epoch seconds, xattr whole ones: both are doubles here.
        c.lastAccessed = e.value(QLatin1String("last_accessed")).toDouble();
        c.lastModified = e.value(QLatin1String("last_modified")).toDouble();
        s.cached.append(c);
    }
    for (const QJsonValue &item : o.value(QLatin1String("queued_images")).toArray()) {
        const QString id = toText(item);
        if (ImageId::isValid(id))
            s.queued.append(ImageId::normalized(id));
        else
            s.ignored.append(id);
    }
    *out = s;
    return true;
}

bool GlanceApi::parseImage(const QByteArray &json, ImageInfo *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    const ImageInfo info = imageFromObject(o);
    if (!ImageId::isValid(info.id)) {
        *error = tr("The image has no valid \"id\".");
        return false;
    }
    *out = info;
    return true;
}

bool GlanceApi::parseImagePage(const QByteArray &json, ImagePage *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    if (!o.value(QLatin1String("images")).isArray()) {
        *error = tr("The answer has no \"images\" list.");
        return false;
    }
    ImagePage page;
    for (const QJsonValue &item : o.value(QLatin1String("images")).toArray()) {
        const ImageInfo info = imageFromObject(item.toObject());
        if (ImageId::isValid(info.id))
            page.images.append(info);
    }
    // "next" is a path from the API root ("/v2/images?limit=2&marker=ID"), without any prefix the endpoint
    // has behind a reverse proxy: keep only its marker and build the next URL ourselves.
    const QString next = toText(o.value(QLatin1String("next")));
    if (!next.isEmpty())
        page.nextMarker = QUrlQuery(QUrl(next).query()).queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    *out = page;
    return true;
}

bool GlanceApi::parsePruneOutcome(const QByteArray &json, PruneOutcome *out, QString *error)
{
    QJsonObject o;
    if (!parseObject(json, &o, error))
        return false;
    out->filesPruned = toInt64(o.value(QLatin1String("total_files_pruned")));
    out->bytesPruned = toInt64(o.value(QLatin1String("total_bytes_pruned")));
    return true;
}

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
    if (status == 401) {
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
    default:
        return tr("%1 cannot be reached: %2").arg(node, detail);
    }
}
