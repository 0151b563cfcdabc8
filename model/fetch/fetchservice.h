#pragma once

#include "core/cachelocation.h"
#include "fetch/imagefetcher.h"
#include "remote/glanceapi.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class RemoteConnection;

// Fetch and verify as the window and glance-cachectl both use them, as CacheSession is for the engine:
// takes the RemoteConnection (not owned; must outlive the service) and the cache to fill, gets access
// (token, image endpoint, TLS) from the connection before each start, and owns the ImageFetcher, whose
// every request goes through RemoteConnection::withToken (a 401 renews the token once and repeats that
// request). The fetcher's signals are the service's. Lives in one thread with an event loop and blocks it
// never: the local checks before a start (the cache is readable, the queue's listing) run on a worker.
class FetchService : public QObject
{
    Q_OBJECT

public:
    // How a start went, said once, later, from the event loop.
    struct Start
    {
        bool ok = false; // running: finished() or verified() follows
        bool accessFailed = false; // the connection gave no access (settings, sign-in): error says why
        bool unreachable = false; // the Image API was not reached at all (refused, DNS, TLS, sign-in): one
                                  // error for the whole batch, no image was queued
        QString error; // a sentence when !ok; nothing started
        QStringList imageIds; // what started (normalised IDs; retry: those that could start again)
        QUrl imageUrl; // the endpoint they come from
    };
    using Started = std::function<void(const Start &)>;

    explicit FetchService(RemoteConnection *connection, QObject *parent = nullptr);
    ~FetchService() override;

    // The cache to fill and verify. A batch that runs keeps its cache; starting work on another one while
    // it runs is refused.
    void setLocation(const CacheLocation &location) { m_location = location; }
    void setParallelLimit(int images); // ImageFetcher::setParallelLimit
    void setTimeout(int ms); // ImageFetcher::setTimeout
    bool isRunning() const { return m_fetcher->isRunning(); }
    // The fetcher itself, for views that follow its batch and cancel in it (DownloadsModel, DownloadsPanel).
    // Start work through the service, never on it: only the service brings the token and the 401 rule.
    ImageFetcher *fetcher() const { return m_fetcher; }

    // ImageFetcher::fetch, fetchQueued, verify and retry after getting access. started is dropped when
    // context is destroyed first (context may be null).
    void fetch(const QStringList &imageIds, QObject *context, Started started);
    void fetchQueued(QObject *context, Started started);
    void verify(const QStringList &imageIds, QObject *context, Started started);
    void retry(const QStringList &imageIds, QObject *context, Started started);
    void cancel(const QString &imageId) { m_fetcher->cancel(imageId); }
    void cancelAll() { m_fetcher->cancelAll(); }

Q_SIGNALS:
    // ImageFetcher's signals, as it emits them.
    void imageStarted(const QString &imageId);
    void imageProgress(const QString &imageId, qint64 done, qint64 total, double bytesPerSecond, double etaSeconds);
    void progress(qint64 bytesDone, qint64 bytesTotal, int imagesDone, int imagesTotal);
    void imageFinished(const ImageFetcher::Result &result);
    void finished(const QVector<ImageFetcher::Result> &results);
    void imageVerified(const ImageFetcher::Result &result);
    void verified(const QVector<ImageFetcher::Result> &results);

private:
    // What a start does once access is there and the cache was checked (given the queued IDs when queued):
    // the IDs that started, or why nothing did.
    using Begin = std::function<Expected<QStringList>(const QStringList &queued)>;
    enum class Mode { Ids, Queued, Verify }; // Queued: the IDs are the queue's; Verify: cached images are asked about
    void start(QObject *context, Started started, Begin begin, const QStringList &imageIds, Mode mode = Mode::Ids);
    // One GET of the first image's details before any download is queued: when the endpoint cannot be reached
    // at all, the batch gets one error (reached() false) instead of one failed row per image.
    void probe(const QString &imageId, QObject *context, std::function<void(const QString &error)> reached);
    static bool endpointFailed(const ApiResult &result);

    RemoteConnection *m_connection;
    ImageFetcher *m_fetcher;
    CacheLocation m_location;
    QString m_fetcherDir; // the cache the running batch writes into
    int m_timeoutMs = 0; // 0: GlanceEndpoint's default
};
