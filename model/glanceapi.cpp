#include "glanceapi.h"

#include "imageid.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <memory>

namespace {

// Proxies from the environment (http_proxy, https_proxy, no_proxy via Qt's system lookup), but never for
// loopback: a test server or an SSH tunnel on 127.0.0.1 must not be sent through a corporate proxy.
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (GlanceApi::bypassesProxy(query.peerHostName()))
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return systemProxyForQuery(query);
    }
};

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

GlanceApi::GlanceApi(const GlanceEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxyFactory(new EnvironmentProxyFactory); // the manager owns it
    // A token must not follow a redirect to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    setEndpoint(endpoint);
}

GlanceApi::~GlanceApi() = default;

void GlanceApi::setEndpoint(const GlanceEndpoint &endpoint)
{
    if (apiRoot(endpoint.baseUrl) != apiRoot(m_endpoint.baseUrl))
        m_versionsKnown = false;
    // Qt keeps connections per host and port with the TLS settings they were opened with: without this,
    // a CA bundle or "insecure" given after a failed attempt would not apply to the same node.
    if (endpoint.caBundle != m_endpoint.caBundle || endpoint.insecure != m_endpoint.insecure)
        m_nam->clearConnectionCache();
    m_endpoint = endpoint;
    m_setupError.clear();
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (endpoint.insecure)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!endpoint.caBundle.isEmpty()) {
        QFile file(endpoint.caBundle);
        if (!file.open(QIODevice::ReadOnly)) {
            m_setupError = tr("The CA bundle %1 cannot be read: %2.").arg(endpoint.caBundle, file.errorString());
            return;
        }
        const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certs.isEmpty())
            m_setupError = tr("The CA bundle %1 holds no PEM certificate.").arg(endpoint.caBundle);
        // Added to the system CAs: a bundle holding only a private CA still lets public certificates verify.
        m_ssl.addCaCertificates(certs);
    }
}

template <typename F> static F guarded(QObject *context, F done)
{
    if (!context)
        return done;
    QPointer<QObject> guard(context);
    return [guard, done](const auto &...args) {
        if (guard)
            done(args...);
    };
}

void GlanceApi::fail(Done done, const QString &error)
{
    ApiResult r;
    r.error = error;
    // Later, from the event loop: callers see the same order of events whether a request was sent or not.
    QMetaObject::invokeMethod(
        this, [done, r] { done(r); }, Qt::QueuedConnection);
}

void GlanceApi::send(Call call, const QByteArray &verb, const QUrl &url, const QString &imageId, Done done,
    const QByteArray &clearTarget)
{
    if (!m_setupError.isEmpty())
        return fail(done, m_setupError);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(done, tr("'%1' is not an http or https URL of a Glance API.").arg(nodeName()));

    QNetworkRequest request(url);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    // Glance's explanations (which tell "caching off" from "unknown image" on a 404) are matched in English.
    request.setRawHeader("Accept-Language", "en");
    const bool tokenSent = !m_endpoint.token.isEmpty();
    if (tokenSent)
        request.setRawHeader("X-Auth-Token", m_endpoint.token.toUtf8());
    if (!clearTarget.isEmpty())
        request.setRawHeader("x-image-cache-clear-target", clearTarget);

    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb);
    Q_EMIT requestStarted(verb, url);
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors->append(e.errorString());
    });
    const QString node = nodeName();
    const int timeoutMs = m_endpoint.timeoutMs;
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        ApiResult r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            r.body = reply->readAll();
        // Codes below 200 are transport failures (connection, TLS, timeout, proxy), also after the headers
        // arrived; 200 and up only restate the HTTP status, which is judged below.
        const QNetworkReply::NetworkError err = reply->error();
        if (r.httpStatus == 0 || (err != QNetworkReply::NoError && err < 200)) {
            r.error = transportErrorText(err, node, reply->errorString(), *sslErrors, timeoutMs);
        } else {
            r.ok = isSuccess(call, r.httpStatus);
            if (!r.ok)
                r.error = httpErrorText(call, r.httpStatus, r.body, node, imageId, tokenSent);
        }
        done(r);
    });
}

void GlanceApi::discover(QObject *context, VersionsDone done)
{
    done = guarded(context, done);
    send(Call::Discover, "GET", versionsUrl(m_endpoint.baseUrl), {}, [this, done](ApiResult r) {
        NodeVersions v;
        QString error;
        if (r.ok && !parseVersions(r.body, &v, &error)) {
            r.ok = false;
            r.error = tr("%1 does not answer like a Glance API: %2").arg(nodeName(), error);
        }
        if (r.ok) {
            m_versions = v;
            m_versionsKnown = true;
        }
        done(r, v);
    });
}

void GlanceApi::listCache(QObject *context, CacheStateDone done)
{
    done = guarded(context, done);
    send(Call::ListCache, "GET", cacheUrl(m_endpoint.baseUrl), {}, [this, done](ApiResult r) {
        NodeCacheState s;
        QString error;
        if (r.ok && !parseCacheState(r.body, &s, &error)) {
            r.ok = false;
            r.error = tr("%1 sent a cache listing that cannot be read: %2").arg(nodeName(), error);
        }
        done(r, s);
    });
}

void GlanceApi::queue(const QString &imageId, QObject *context, Done done)
{
    done = guarded(context, done);
    QString error;
    const QUrl url = cacheImageUrl(m_endpoint.baseUrl, imageId, &error);
    if (url.isEmpty())
        return fail(done, error);
    send(Call::Queue, "PUT", url, imageId, done);
}

void GlanceApi::deleteCached(const QString &imageId, QObject *context, Done done)
{
    done = guarded(context, done);
    QString error;
    const QUrl url = cacheImageUrl(m_endpoint.baseUrl, imageId, &error);
    if (url.isEmpty())
        return fail(done, error);
    send(Call::DeleteCached, "DELETE", url, imageId, done);
}

void GlanceApi::clear(ClearTarget target, QObject *context, Done done)
{
    send(Call::Clear, "DELETE", cacheUrl(m_endpoint.baseUrl), {}, guarded(context, done), clearTargetHeader(target));
}

void GlanceApi::withVersions(QObject *context, std::function<void(const ApiResult &)> then)
{
    if (m_versionsKnown) {
        ApiResult ok;
        ok.ok = true;
        QMetaObject::invokeMethod(
            this, [then, ok] { then(ok); }, Qt::QueuedConnection);
        return;
    }
    discover(context, [then](const ApiResult &r, const NodeVersions &) { then(r); });
}

void GlanceApi::prune(QObject *context, PruneDone done)
{
    done = guarded(context, done);
    withVersions(context, [this, done](const ApiResult &found) {
        if (!found.ok)
            return done(found, {});
        if (!m_versions.hasPruneClean) {
            ApiResult r; // no prune request was made: httpStatus stays 0
            r.error = tooOldText(nodeName(), tr("prune its cache through the API"));
            return done(r, {});
        }
        send(Call::Prune, "POST", cacheUrl(m_endpoint.baseUrl, u"prune"), {}, [this, done](ApiResult r) {
            PruneOutcome p;
            QString error;
            if (r.ok && !r.body.trimmed().isEmpty() && !parsePruneOutcome(r.body, &p, &error)) {
                r.ok = false;
                r.error = tr("%1 pruned but its report cannot be read: %2").arg(nodeName(), error);
            }
            done(r, p);
        });
    });
}

void GlanceApi::clean(QObject *context, Done done)
{
    done = guarded(context, done);
    withVersions(context, [this, done](const ApiResult &found) {
        if (!found.ok)
            return done(found);
        if (!m_versions.hasPruneClean) {
            ApiResult r;
            r.error = tooOldText(nodeName(), tr("clean its cache through the API"));
            return done(r);
        }
        send(Call::Clean, "POST", cacheUrl(m_endpoint.baseUrl, u"clean"), {}, done);
    });
}

void GlanceApi::getImage(const QString &imageId, QObject *context, ImageDone done)
{
    done = guarded(context, done);
    QString error;
    const QUrl url = imageUrl(m_endpoint.baseUrl, imageId, &error);
    if (url.isEmpty())
        return fail([done](const ApiResult &r) { done(r, {}); }, error);
    send(Call::GetImage, "GET", url, imageId, [this, done](ApiResult r) {
        ImageInfo info;
        QString error;
        if (r.ok && !parseImage(r.body, &info, &error)) {
            r.ok = false;
            r.error = tr("%1 sent image details that cannot be read: %2").arg(nodeName(), error);
        }
        done(r, info);
    });
}

void GlanceApi::listImages(QObject *context, ImagesDone done, int pageSize)
{
    fetchImagePage({}, pageSize, guarded(context, done), {}, 0);
}

void GlanceApi::fetchImagePage(
    const QString &marker, int pageSize, ImagesDone done, QVector<ImageInfo> sofar, int pages)
{
    const QUrl url = imagesUrl(m_endpoint.baseUrl, pageSize, marker);
    send(Call::ListImages, "GET", url, {}, [=](ApiResult r) mutable {
        ImagePage page;
        QString error;
        if (r.ok && !parseImagePage(r.body, &page, &error)) {
            r.ok = false;
            r.error = tr("%1 sent an image list that cannot be read: %2").arg(nodeName(), error);
        }
        if (!r.ok)
            return done(r, sofar);
        sofar += page.images;
        if (page.nextMarker.isEmpty())
            return done(r, sofar);
        // A marker that does not move would page forever.
        if (page.nextMarker == marker || pages >= 100000) {
            r.ok = false;
            r.error
                = tr("%1 keeps sending the same page of its image list; stopped after %n page(s).", nullptr, pages + 1)
                      .arg(nodeName());
            return done(r, sofar);
        }
        fetchImagePage(page.nextMarker, pageSize, done, sofar, pages + 1);
    });
}

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
