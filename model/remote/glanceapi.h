#pragma once

#include "core/cacheentries.h"
#include "core/cleartarget.h"
#include "core/expected.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QVector>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Where one glance-api node answers and how to reach it. For cache work baseUrl must name the node itself
// (http://10.0.0.5:9292), not a load balancer: every node has its own cache (GLANCE_CACHE.md §7).
struct GlanceEndpoint
{
    QUrl baseUrl; // the API root; a trailing /v2 is ignored
    QString token; // sent as X-Auth-Token; empty = no header (a deployment without Keystone)
    QString caBundle; // PEM file of the CAs to trust instead of the system ones (as --os-cacert); empty = system CAs
    bool insecure = false; // no TLS verification at all (test clouds only)
    int timeoutMs = 30000; // a call ends when no byte moves for this long
};

// The outcome of one call. ok is false for any failure; error is then a sentence for a person.
struct ApiResult
{
    bool ok = false;
    int httpStatus = 0; // 0: no HTTP answer (refused before sending, network or TLS failure)
    QString error;
    QByteArray body;
};

// GET / on a node. versions are ids as Glance writes them ("v2.16"), newest first.
struct NodeVersions
{
    QStringList versions;
    QString current;
    bool hasCacheApi = false; // /v2/cache answers (API 2.14+ with image_cache_dir set)
    bool hasPruneClean = false; // POST /v2/cache/prune and /clean exist (API 2.18+)
};

// GET /v2/cache: what the node that answered holds. Times and sizes as CachedImage (hasFile true,
// evictionRank -1: a remote listing says nothing about either).
struct NodeCacheState
{
    QVector<CachedImage> cached;
    QStringList queued;
    QStringList ignored; // listed names that are not image IDs (the xattr driver lists every file)
};

// GET /v2/images/{id}. size is -1 and checksum empty while the image has no data.
struct ImageInfo
{
    QString id;
    QString name;
    QString status;
    qint64 size = -1;
    QString checksum; // MD5 hex
    QString osHashAlgo;
    QString osHashValue;
    QString diskFormat;
    QString owner;
};

// One page of GET /v2/images; nextMarker is empty on the last page.
struct ImagePage
{
    QVector<ImageInfo> images;
    QString nextMarker;
};

// POST /v2/cache/prune (API 2.18).
struct PruneOutcome
{
    qint64 filesPruned = 0;
    qint64 bytesPruned = 0;
};

// The Image API of one glance-api node, for remote cache management. Owns one QNetworkAccessManager.
// Create and use it on one thread (normally the GUI thread, or the CLI's main thread with an event loop);
// nothing blocks. Every call ends with exactly one callback, delivered later from the event loop, even when
// it is refused before sending. A callback is dropped when its context object is destroyed first (pass the
// object the callback touches; nullptr = no guard), and when the GlanceApi itself is destroyed.
// Proxies come from the environment (http_proxy, https_proxy, no_proxy), except for loopback hosts.
class GlanceApi : public QObject
{
    Q_OBJECT

public:
    // Which call an HTTP outcome belongs to; it decides which statuses mean success and the error text.
    // ImageFile is GET /v2/images/{id}/file (openImageFile()): 200 is its only success.
    enum class Call { Discover, ListCache, Queue, DeleteCached, Clear, Prune, Clean, GetImage, ListImages, ImageFile };
    Q_ENUM(Call)

    using Done = std::function<void(const ApiResult &)>;
    using VersionsDone = std::function<void(const ApiResult &, const NodeVersions &)>;
    using CacheStateDone = std::function<void(const ApiResult &, const NodeCacheState &)>;
    using ImageDone = std::function<void(const ApiResult &, const ImageInfo &)>;
    using ImagesDone = std::function<void(const ApiResult &, const QVector<ImageInfo> &)>;
    using PruneDone = std::function<void(const ApiResult &, const PruneOutcome &)>;

    explicit GlanceApi(const GlanceEndpoint &endpoint, QObject *parent = nullptr);
    ~GlanceApi() override;

    const GlanceEndpoint &endpoint() const { return m_endpoint; }
    // Takes effect for calls started afterwards (a refreshed token, for example); forgets discovered versions
    // when the URL changes.
    void setEndpoint(const GlanceEndpoint &endpoint);
    // The node as sentences name it: scheme, host and port, without user info.
    QString nodeName() const { return nodeName(m_endpoint.baseUrl); }
    // The versions of the last successful discover(), or nullptr before one.
    const NodeVersions *knownVersions() const { return m_versionsKnown ? &m_versions : nullptr; }

    void discover(QObject *context, VersionsDone done);
    void listCache(QObject *context, CacheStateDone done);
    // Queues the image and has the node cache it now (Zed: 202, Yoga: 200). An invalid ID fails unsent.
    void queue(const QString &imageId, QObject *context, Done done);
    // Removes the image from the node's cache and queue (204, Yoga 200).
    void deleteCached(const QString &imageId, QObject *context, Done done);
    void clear(ClearTarget target, QObject *context, Done done);
    // Only on a node advertising API 2.18; otherwise a "too old" failure without a prune/clean request.
    // Discovers the versions first when they are not known yet.
    void prune(QObject *context, PruneDone done);
    void clean(QObject *context, Done done);
    void getImage(const QString &imageId, QObject *context, ImageDone done);
    // Every image the token may see, following the pages (pageSize per request).
    void listImages(QObject *context, ImagesDone done, int pageSize = 200);
    // GET /v2/images/{id}/file as a stream, with the endpoint's token, TLS settings, proxy rule and timeout (here
    // an idle timeout: the reply fails when no byte arrives for timeoutMs). The reply is sent at once and
    // returned; Qt buffers at most readBufferSize bytes of it, so the caller reads on readyRead and memory stays
    // flat whatever the image size. The caller owns the reply (deleteLater() it once finished) and judges its
    // end with fileOutcome(). Fails, sending nothing, on an invalid ID, a URL that is not http(s) or an
    // unreadable CA bundle. Asks for the raw bytes (no gzip, HTTP/1.1, never Qt's cache): sizes and hashes are
    // of the image itself, and one connection per image lets readBufferSize throttle the socket.
    Expected<QNetworkReply *> openImageFile(const QString &imageId, qint64 readBufferSize);
    // The outcome of a finished reply of openImageFile(): ok only for a 200 that arrived whole. body is what
    // the caller kept of an error answer's body (Glance's explanation), if anything. Any thread-free code may
    // call it; it does not read the reply.
    static ApiResult fileOutcome(QNetworkReply *reply, const QString &imageId, const QByteArray &body = {});

    // Pure helpers (glanceprotocol.cpp): no network, callable from any thread. URL builders return an
    // empty QUrl and set *error when the image ID is not valid; IDs are sent in Glance's lower-case form.
    static QUrl apiRoot(const QUrl &base);
    static QUrl versionsUrl(const QUrl &base);
    static QUrl cacheUrl(const QUrl &base, QStringView action = {}); // action: "", "prune", "clean"
    static QUrl cacheImageUrl(const QUrl &base, const QString &imageId, QString *error);
    static QUrl imageUrl(const QUrl &base, const QString &imageId, QString *error);
    static QUrl imageFileUrl(const QUrl &base, const QString &imageId, QString *error);
    static QUrl imagesUrl(const QUrl &base, int limit, const QString &marker = {});
    static QByteArray clearTargetHeader(ClearTarget target); // empty: send no header (never "both")
    static QString nodeName(const QUrl &base);
    static bool isHttpUrl(const QUrl &url); // valid, with a host, http or https
    static bool bypassesProxy(const QString &host); // loopback addresses and localhost

    static bool parseVersions(const QByteArray &json, NodeVersions *out, QString *error);
    static bool parseCacheState(const QByteArray &json, NodeCacheState *out, QString *error);
    static bool parseImage(const QByteArray &json, ImageInfo *out, QString *error);
    static bool parseImagePage(const QByteArray &json, ImagePage *out, QString *error);
    static bool parsePruneOutcome(const QByteArray &json, PruneOutcome *out, QString *error);

    // True when status is a success for call.
    static bool isSuccess(Call call, int status);
    // Glance's own explanation from an error body (plain text or JSON), on one line; empty when none.
    static QString serverMessage(const QByteArray &body);
    // A sentence for an HTTP answer that is not a success. tokenSent: an X-Auth-Token was sent.
    static QString httpErrorText(
        Call call, int status, const QByteArray &body, const QString &node, const QString &imageId, bool tokenSent);
    // When to try again, from a Retry-After header (delay-seconds or an HTTP date), as a sentence to add to a
    // 503's or 429's; empty when the value is absent or not one of the two forms.
    static QString retryAfterText(const QByteArray &retryAfter);
    // A sentence for a call without an HTTP answer. networkError is a QNetworkReply::NetworkError; detail
    // is Qt's errorString(); sslErrors the certificate problems reported during the handshake.
    static QString transportErrorText(
        int networkError, const QString &node, const QString &detail, const QStringList &sslErrors, int timeoutMs);
    static QString tooOldText(const QString &node, const QString &what);

Q_SIGNALS:
    // Emitted as each request leaves, for logs and tests.
    void requestStarted(const QByteArray &verb, const QUrl &url);

private:
    // A request to url with the endpoint's token, TLS settings, timeout and language.
    QNetworkRequest makeRequest(const QUrl &url) const;
    // Sends it, noting on the reply what outcome() needs later (the node's name, the certificate problems).
    QNetworkReply *issue(const QNetworkRequest &request, const QByteArray &verb);
    // The judgement of a finished reply of call: transport failure, HTTP failure or success.
    static ApiResult outcome(Call call, QNetworkReply *reply, const QString &imageId, const QByteArray &body);
    // Sends one request; done runs once with the outcome (callers wrap it in their context guard).
    void send(Call call, const QByteArray &verb, const QUrl &url, const QString &imageId, Done done,
        const QByteArray &clearTarget = {});
    void fail(Done done, const QString &error);
    void withVersions(QObject *context, std::function<void(const ApiResult &)> then);
    void fetchImagePage(const QString &marker, int pageSize, ImagesDone done, QVector<ImageInfo> sofar, int pages);

    GlanceEndpoint m_endpoint;
    QSslConfiguration m_ssl;
    QString m_setupError; // a CA bundle that could not be read: every call fails with it
    QNetworkAccessManager *m_nam = nullptr;
    NodeVersions m_versions;
    bool m_versionsKnown = false;
    bool m_tlsReady = false; // m_ssl / m_setupError match m_endpoint's CA bundle and insecure flag
};
