#include "fetch/fetchservice.h"

#include "cache/cachedirectory.h"
#include "core/background.h"
#include "core/imageid.h"
#include "remote/remoteconnection.h"

#include <QFileInfo>
#include <QPointer>

FetchService::FetchService(RemoteConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_fetcher(new ImageFetcher(this))
{
    m_fetcher->setTokenSource([connection](QObject *context, const RemoteConnection::Attempt &attempt) {
        connection->withToken(context, attempt);
    });
    connect(m_fetcher, &ImageFetcher::imageStarted, this, &FetchService::imageStarted);
    connect(m_fetcher, &ImageFetcher::imageProgress, this, &FetchService::imageProgress);
    connect(m_fetcher, &ImageFetcher::progress, this, &FetchService::progress);
    connect(m_fetcher, &ImageFetcher::imageFinished, this, &FetchService::imageFinished);
    connect(m_fetcher, &ImageFetcher::finished, this, &FetchService::finished);
    connect(m_fetcher, &ImageFetcher::imageVerified, this, &FetchService::imageVerified);
    connect(m_fetcher, &ImageFetcher::verified, this, &FetchService::verified);
}

FetchService::~FetchService() = default;

void FetchService::setParallelLimit(int images)
{
    m_fetcher->setParallelLimit(images);
}

void FetchService::setTimeout(int ms)
{
    m_fetcher->setTimeout(ms);
    m_timeoutMs = ms;
}

namespace {

// What the worker found before a start: the queue's listing (queued starts), and the image the pre-flight
// request asks about (empty: nothing to ask, begin() says why or there is nothing to download).
struct LocalCheck
{
    QStringList queued;
    QString probeId;
};

// The first well-formed ID of ids; with skipCached, the first whose file is not in the cache yet (a fetch of
// images already cached asks nothing of the network).
QString probeCandidate(const QString &dir, const QStringList &ids, bool skipCached)
{
    for (const QString &id : ids) {
        const QString n = ImageId::normalized(id);
        if (ImageId::isValid(n) && (!skipCached || !QFileInfo::exists(dir + u'/' + n)))
            return n;
    }
    return {};
}

} // namespace

void FetchService::start(QObject *context, Started started, Begin begin, const QStringList &imageIds, Mode mode)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_connection->access(this, [=](const RemoteAccess &access) {
        if (hasContext && !guard)
            return;
        Start s;
        s.imageUrl = access.imageUrl;
        if (!access.ok) {
            s.accessFailed = true;
            s.error = access.error;
            return started(s);
        }
        // The cache's own checks (readable; the queue's listing) on a worker: this thread stats nothing.
        const CacheLocation location = m_location;
        Background::run(
            this,
            [dir = location.cacheDir, mode, imageIds]() -> Expected<LocalCheck> {
                LocalCheck check;
                if (mode == Mode::Queued) {
                    const Expected<QStringList> queued = ImageFetcher::queuedImages(dir);
                    if (!queued)
                        return Expected<LocalCheck>::failure(queued.error());
                    check.queued = *queued;
                } else {
                    QString error;
                    if (!CacheDirectory(dir).checkReadable(&error))
                        return Expected<LocalCheck>::failure(error);
                }
                check.probeId
                    = probeCandidate(dir, mode == Mode::Queued ? check.queued : imageIds, mode != Mode::Verify);
                return check;
            },
            [=](const Expected<LocalCheck> &local) mutable {
                if (hasContext && !guard)
                    return;
                if (!local) {
                    s.error = local.error();
                    return started(s);
                }
                if (m_fetcher->isRunning() && m_fetcherDir != location.cacheDir) {
                    s.error = tr("Downloads into %1 are still running. Wait for them or cancel them first.")
                                  .arg(m_fetcherDir);
                    return started(s);
                }
                auto go = [=](const QString &unreachable) mutable {
                    if (hasContext && !guard)
                        return;
                    if (!unreachable.isEmpty()) {
                        s.unreachable = true;
                        s.error = unreachable;
                        return started(s);
                    }
                    GlanceEndpoint endpoint;
                    endpoint.baseUrl = access.imageUrl;
                    endpoint.token = access.token;
                    endpoint.caBundle = access.caBundle;
                    endpoint.insecure = access.insecure;
                    m_fetcher->setEndpoint(endpoint);
                    if (!m_fetcher->isRunning()) {
                        m_fetcher->setLocation(location);
                        m_fetcherDir = location.cacheDir;
                    }
                    const Expected<QStringList> begun = begin(local->queued);
                    s.ok = begun.ok();
                    s.error = begun.error();
                    s.imageIds = begun.value();
                    started(s);
                };
                if (local->probeId.isEmpty())
                    return go(QString());
                probe(local->probeId, this, go);
            });
    });
}

bool FetchService::endpointFailed(const ApiResult &result)
{
    // No HTTP answer at all (refused, DNS, TLS, timeout) or the token refused even after renewal: every image
    // would fail the same way. A 403 or 404 is about this one image (another project's, deleted): each image
    // then answers for itself.
    return !result.ok && (result.httpStatus == 0 || result.httpStatus == 401);
}

void FetchService::probe(const QString &imageId, QObject *context, std::function<void(const QString &error)> reached)
{
    const int timeoutMs = m_timeoutMs;
    m_connection->withToken(context, [this, imageId, reached, timeoutMs](const RemoteAccess &access,
                                                                          const RemoteConnection::Renew &renew) {
        if (!access.ok)
            return reached(tr("No image was fetched: %1").arg(access.error));
        GlanceEndpoint endpoint;
        endpoint.baseUrl = access.imageUrl;
        endpoint.token = access.token;
        endpoint.caBundle = access.caBundle;
        endpoint.insecure = access.insecure;
        if (timeoutMs > 0)
            endpoint.timeoutMs = timeoutMs;
        auto *api = new GlanceApi(endpoint, this);
        api->getImage(imageId, this, [api, reached, renew](const ApiResult &r, const ImageInfo &) {
            api->deleteLater();
            if (renew(r.httpStatus))
                return; // a fresh token, asked once more
            reached(endpointFailed(r) ? tr("No image was fetched: %1").arg(r.error) : QString());
        });
    });
}

namespace {

Expected<QStringList> startedOrNot(bool ok, const QString &error, const QStringList &ids)
{
    if (!ok)
        return Expected<QStringList>::failure(error);
    return ids;
}

QStringList normalized(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        out.append(ImageId::normalized(id));
    return out;
}

} // namespace

void FetchService::fetch(const QStringList &imageIds, QObject *context, Started started)
{
    start(
        context, std::move(started),
        [this, imageIds](const QStringList &) {
            QString error;
            const bool ok = m_fetcher->fetch(imageIds, &error);
            return startedOrNot(ok, error, normalized(imageIds));
        },
        imageIds);
}

void FetchService::fetchQueued(QObject *context, Started started)
{
    start(
        context, std::move(started),
        [this](const QStringList &queued) {
            QString error;
            const bool ok = m_fetcher->fetch(queued, &error);
            return startedOrNot(ok, error, {});
        },
        {}, Mode::Queued);
}

void FetchService::verify(const QStringList &imageIds, QObject *context, Started started)
{
    start(
        context, std::move(started),
        [this, imageIds](const QStringList &) {
            QString error;
            const bool ok = m_fetcher->verify(imageIds, &error);
            return startedOrNot(ok, error, normalized(imageIds));
        },
        imageIds, Mode::Verify);
}

void FetchService::retry(const QStringList &imageIds, QObject *context, Started started)
{
    start(
        context, std::move(started),
        [this, imageIds](const QStringList &) {
            QStringList retried;
            for (const QString &id : imageIds) {
                if (m_fetcher->retry(id))
                    retried.append(ImageId::normalized(id));
            }
            return Expected<QStringList>(retried);
        },
        imageIds);
}
