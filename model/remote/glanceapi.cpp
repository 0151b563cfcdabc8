#include "remote/glanceapi.h"

#include "core/background.h"
#include "remote/environmentproxy.h"
#include "remote/replylimit.h"

#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <memory>

GlanceApi::GlanceApi(const GlanceEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    EnvironmentProxyFactory::install(m_nam);
    // A token must not follow a redirect to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    setEndpoint(endpoint);
}

GlanceApi::~GlanceApi() = default;

void GlanceApi::setEndpoint(const GlanceEndpoint &endpoint)
{
    if (apiRoot(endpoint.baseUrl) != apiRoot(m_endpoint.baseUrl))
        m_versionsKnown = false;
    const bool sameTls
        = m_tlsReady && endpoint.caBundle == m_endpoint.caBundle && endpoint.insecure == m_endpoint.insecure;
    if (sameTls) {
        // A new token or timeout only: the CA bundle is not read again (callers refresh tokens often).
        m_endpoint = endpoint;
        return;
    }
    m_tlsReady = true;
    // Qt keeps connections per host and port with the TLS settings they were opened with: without this,
    // a CA bundle or "insecure" given after a failed attempt would not apply to the same node.
    if (endpoint.caBundle != m_endpoint.caBundle || endpoint.insecure != m_endpoint.insecure)
        m_nam->clearConnectionCache();
    m_endpoint = endpoint;
    m_setupError.clear();
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (endpoint.insecure)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    // Insecure means no verification at all: the bundle is not read, as KeystoneAuth does.
    if (!endpoint.caBundle.isEmpty() && !endpoint.insecure) {
        QFile file(endpoint.caBundle);
        if (!file.open(QIODevice::ReadOnly)) {
            m_setupError = tr("The CA bundle %1 cannot be read: %2.").arg(endpoint.caBundle, file.errorString());
            m_tlsReady = false; // read it again next time: the file may have been fixed
            return;
        }
        const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certs.isEmpty()) {
            m_setupError = tr("The CA bundle %1 holds no PEM certificate.").arg(endpoint.caBundle);
            m_tlsReady = false;
        }
        // Like glanceclient's --os-cacert (requests' verify=<bundle>) and KeystoneAuth: the bundle replaces the
        // system CAs, so one cloud's settings mean the same for Keystone, the cache API and fetch.
        m_ssl.setCaCertificates(certs);
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
    Background::later(this, [done, r] { done(r); });
}

namespace {
// Noted on each reply when it is sent, for outcome(): the endpoint may change while a reply runs.
constexpr char nodeProperty[] = "gcaNode";
constexpr char sslErrorsProperty[] = "gcaSslErrors"; // QStringList: why TLS refused the peer
constexpr char nameMismatchProperty[] = "gcaSslNameMismatch"; // bool: the certificate is for another name
} // namespace

QNetworkRequest GlanceApi::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    // Glance's explanations (which tell "caching off" from "unknown image" on a 404) are matched in English.
    request.setRawHeader("Accept-Language", "en");
    if (!m_endpoint.token.isEmpty())
        request.setRawHeader("X-Auth-Token", m_endpoint.token.toUtf8());
    return request;
}

QNetworkReply *GlanceApi::issue(const QNetworkRequest &request, const QByteArray &verb)
{
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb);
    reply->setProperty(nodeProperty, nodeName());
    Q_EMIT requestStarted(verb, request.url());
    // A refused certificate ends as "SSL handshake failed"; why it was refused comes only with this signal.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts = reply->property(sslErrorsProperty).toStringList();
        for (const QSslError &e : errors) {
            texts.append(e.errorString());
            if (e.error() == QSslError::HostNameMismatch)
                reply->setProperty(nameMismatchProperty, true);
        }
        reply->setProperty(sslErrorsProperty, texts);
    });
    return reply;
}

namespace {

// What a server sends, as a terminal may show it: no control or direction-changing characters.
QString printable(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    return text;
}

} // namespace

ApiResult GlanceApi::outcome(Call call, QNetworkReply *reply, const QString &imageId, const QByteArray &body)
{
    ApiResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString node = reply->property(nodeProperty).toString();
    // Codes below 200 are transport failures (connection, TLS, timeout, proxy), also after the headers
    // arrived; 200 and up only restate the HTTP status, which is judged below.
    const QNetworkReply::NetworkError err = reply->error();
    if (err == QNetworkReply::SslHandshakeFailedError && reply->property(nameMismatchProperty).toBool()) {
        // Trusted or not, the certificate names another host: no CA bundle would help, another name would.
        r.error = tr("The TLS certificate of %1 is issued for another host name: %2. Use the name the certificate "
                     "lists (the one in the Keystone catalog), not an address or an alias.")
                      .arg(node, reply->property(sslErrorsProperty).toStringList().join(QStringLiteral("; ")));
    } else if (isSuccess(call, r.httpStatus) && err == QNetworkReply::RemoteHostClosedError) {
        // A success's status line came, then the connection closed before the end of its body (an error status
        // keeps its own sentence: the body is only its explanation).
        r.error = tr("%1 broke off its answer (HTTP %2) after %3 bytes: it was cut short, so it was not used. Try "
                     "again; if it keeps happening, a proxy in between or the glance-api log says why.")
                      .arg(node)
                      .arg(r.httpStatus)
                      .arg(body.size());
    } else if (r.httpStatus == 0 || (err != QNetworkReply::NoError && err < 200)) {
        // A refused redirect: where it pointed says more than Qt's "Insecure redirect".
        const QString detail = err == QNetworkReply::InsecureRedirectError
            ? printable(QString::fromUtf8(reply->rawHeader("Location")).left(200))
            : reply->errorString();
        r.error = transportErrorText(
            err, node, detail, reply->property(sslErrorsProperty).toStringList(), reply->request().transferTimeout());
    } else {
        r.ok = isSuccess(call, r.httpStatus);
        if (!r.ok)
            r.error
                = httpErrorText(call, r.httpStatus, body, node, imageId, reply->request().hasRawHeader("X-Auth-Token"));
        const QString retry = r.httpStatus == 503 || r.httpStatus == 429
            ? retryAfterText(reply->rawHeader("Retry-After"))
            : QString();
        if (!r.ok && !retry.isEmpty())
            r.error += u' ' + retry;
    }
    return r;
}

bool GlanceApi::isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

void GlanceApi::send(Call call, const QByteArray &verb, const QUrl &url, const QString &imageId, Done done,
    const QByteArray &clearTarget)
{
    if (!m_setupError.isEmpty())
        return fail(done, m_setupError);
    if (!isHttpUrl(url))
        return fail(done, tr("'%1' is not an http or https URL of a Glance API.").arg(nodeName()));

    QNetworkRequest request = makeRequest(url);
    if (!clearTarget.isEmpty())
        request.setRawHeader("x-image-cache-clear-target", clearTarget);
    QNetworkReply *reply = issue(request, verb);
    ReplyLimit::watch(reply);
    connect(reply, &QNetworkReply::finished, this, [=] {
        reply->deleteLater();
        if (ReplyLimit::exceeded(reply)) {
            ApiResult r;
            r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.error = tr("%1 sent an answer larger than %2, far more than any Glance API answer: it was dropped "
                         "(is this URL a glance-api?).")
                          .arg(reply->property(nodeProperty).toString(),
                              QLocale().formattedDataSize(ReplyLimit::apiBodyLimit));
            return done(r);
        }
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        ApiResult r = outcome(call, reply, imageId, body);
        r.body = body;
        done(r);
    });
}

Expected<QNetworkReply *> GlanceApi::openImageFile(const QString &imageId, qint64 readBufferSize)
{
    if (!m_setupError.isEmpty())
        return Expected<QNetworkReply *>::failure(m_setupError);
    QString error;
    const QUrl url = imageFileUrl(m_endpoint.baseUrl, imageId, &error);
    if (url.isEmpty())
        return Expected<QNetworkReply *>::failure(error);
    if (!isHttpUrl(url))
        return Expected<QNetworkReply *>::failure(
            tr("'%1' is not an http or https URL of a Glance API.").arg(nodeName()));
    QNetworkRequest request = makeRequest(url);
    request.setRawHeader("Accept", "application/octet-stream");
    // Qt would otherwise ask for gzip and inflate transparently: sizes and hashes are of the raw image.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HTTP/1.1: one connection per image, so setReadBufferSize() throttles the socket itself.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = issue(request, "GET");
    reply->setReadBufferSize(readBufferSize);
    return reply;
}

ApiResult GlanceApi::fileOutcome(QNetworkReply *reply, const QString &imageId, const QByteArray &body)
{
    return outcome(Call::ImageFile, reply, imageId, body);
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
        Background::later(this, [then, ok] { then(ok); });
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
                = tr("%1 keeps sending the same page of its image list; stopped after %Ln page(s).", nullptr, pages + 1)
                      .arg(nodeName());
            return done(r, sofar);
        }
        fetchImagePage(page.nextMarker, pageSize, done, sofar, pages + 1);
    });
}
