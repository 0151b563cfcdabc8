#pragma once

#include "core/background.h"
#include "core/cachelocation.h"
#include "core/expected.h"
#include "remote/glanceapi.h"
#include "remote/remoteconnection.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QUrl>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class ChunkHasher;

// The prefetcher: streams images from one glance-api node into a local cache directory through
// Glance's caching protocol (write incomplete/<id>, verify, then commit into the base dir with the
// driver's metadata, or roll back into invalid/), and re-hashes cached files against the image's
// checksums (verify()).
//
// Talks to the node through the GlanceApi it owns: GET /v2/images/{id} (getImage) and the data stream
// (openImageFile), with GlanceApi's sentences for every failure. Each request gets its token from the
// token source (FetchService passes RemoteConnection::withToken: a 401 renews the token once and repeats
// that request); without one, the endpoint as set. Lives in one thread with an event loop (the GUI's or
// the CLI's) and owns every reply; that thread only receives. Every file-system and database step of an
// image (the cache's checks, incomplete/<id>, each 1 MiB chunk's write and digests, the commit) is a
// FetchFiles call on the global thread pool, one at a time per image: while a chunk is written and hashed
// the next one is received, and while that one waits for the disk Qt's read buffer (one chunk) fills and TCP
// holds the sender back. At most two chunks per image in memory, whatever its size.
//
// On disk: an image's incomplete/<id> is created just before GET /v2/images/{id}/file, once its
// description passed the checks. From then on every failure (an HTTP error status included) leaves
// invalid/<id>, 0 bytes when nothing arrived, as Glance's open_for_write() would; the xattr driver's
// user.error says why. A failure before that (already cached, description unreadable, not active, too
// large) writes nothing. The queue marker is removed only once the image is committed.
class ImageFetcher : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Cached, // fetched, verified and committed
        AlreadyCached, // refused up front: nothing to do
        Refused, // refused by the image's description or the local cache (not active, too large,
                 // cache.db missing...): nothing written
        Failed, // a network, HTTP, verification or commit failure; partial data, if any, in invalid/
        Cancelled, // cancel()/cancelAll(); partial data, if any, in invalid/
        Verified, // verify(): the cached file matches the image
        Mismatch, // verify(): it does not
        NotCached, // verify(): no cached file to check
    };
    Q_ENUM(Outcome)

    // One image's end: ok only for Cached and Verified. bytes = bytes received (fetch) or hashed
    // (verify); seconds = from the start of its first request. message is a sentence for a person.
    struct Result
    {
        QString imageId;
        bool ok = false;
        Outcome outcome = Outcome::Failed;
        qint64 bytes = 0;
        double seconds = 0;
        QString message;
    };

    // How each request gets its token: runs attempt with the access to use and the 401 rule, as
    // RemoteConnection::withToken does; nothing runs once context is destroyed.
    using TokenSource = std::function<void(QObject *context, const RemoteConnection::Attempt &attempt)>;

    explicit ImageFetcher(QObject *parent = nullptr);
    // Aborts transfers; their partial files go to invalid/ as on a failure, from the thread pool, shortly after.
    ~ImageFetcher() override;

    // The glance-api node (its root URL, e.g. http://node:9292; a trailing /v2 is tolerated), the token
    // sent as X-Auth-Token (empty: none) and the TLS settings (a CA bundle or insecure; default: the system
    // CAs). Takes effect for requests started afterwards; the token source, if any, overrides the token.
    void setEndpoint(const GlanceEndpoint &endpoint);
    void setEndpoint(const QUrl &baseUrl, const QByteArray &authToken = {});
    // Where each request gets its token (and a renewed one after a 401); empty: the endpoint's, never renewed.
    void setTokenSource(TokenSource source) { m_tokenSource = std::move(source); }
    // The local cache to fill; its effective driver (ImageCache::effectiveDriver) is used.
    void setLocation(const CacheLocation &location) { m_location = location; }
    void setParallelLimit(int images); // at most this many images in flight (1-6); default 2
    void setTimeout(int ms); // a request without any data for this long fails; default 60 s
    // A download that brings fewer than bytesPerSecond on average over windowMs fails: the idle timeout
    // alone restarts with every byte, so a server dripping a byte a second would hold it forever. Default:
    // 1 KiB/s over 60 s (a GiB at that pace takes twelve days); windows in which the disk, not the server,
    // held the data back do not count. bytesPerSecond 0: no minimum.
    void setMinimumRate(qint64 bytesPerSecond, int windowMs);
    void setBusyTimeout(int ms); // SQLite lock wait in the commit; default 5 s

    // Adds images to the current batch and starts them. Every ID is checked first: on an invalid one,
    // or without an endpoint, nothing starts and false is returned with a sentence. The cache itself is
    // checked image by image, off this thread (an unreadable one refuses each). Duplicates and images
    // already in the batch are ignored.
    bool fetch(const QStringList &imageIds, QString *error);
    // The image IDs of cacheDir's queue/, in Glance's order (marker mtime, then name): what the prefetcher
    // would fetch. Blocking: call it on a worker.
    static Expected<QStringList> queuedImages(const QString &cacheDir);
    // Starts again an image that ended without success, in this batch or the last one.
    bool retry(const QString &imageId);
    void cancel(const QString &imageId);
    void cancelAll(); // also stops a running verify()
    bool isRunning() const { return !m_jobs.empty(); }
    QVector<Result> lastResults() const { return m_lastResults; }

    // Re-hashes the cached files of imageIds against GET /v2/images/{id} without moving their atime (a
    // file that cannot be found counts as not cached);
    // the answer comes as verified(). False (nothing started) on an invalid ID or when one is running.
    bool verify(const QStringList &imageIds, QString *error);

    // QCryptographicHash's algorithm for Glance's os_hash_algo (hashlib names); nullopt when unknown.
    static std::optional<QCryptographicHash::Algorithm> hashAlgorithm(const QString &osHashAlgo);

Q_SIGNALS:
    void imageStarted(const QString &imageId);
    // At most every 100 ms per image, and once at its end. total -1 = unknown; eta -1 = unknown.
    void imageProgress(const QString &imageId, qint64 done, qint64 total, double bytesPerSecond, double etaSeconds);
    void progress(qint64 bytesDone, qint64 bytesTotal, int imagesDone, int imagesTotal);
    void imageFinished(const ImageFetcher::Result &result);
    // The batch is over: one result per image, in the order they were added.
    void finished(const QVector<ImageFetcher::Result> &results);
    void imageVerified(const ImageFetcher::Result &result);
    void verified(const QVector<ImageFetcher::Result> &results);

private:
    struct Job;
    struct Verification;

    void withAccess(QObject *context, const RemoteConnection::Attempt &attempt);
    void applyAccess(const RemoteAccess &access);
    bool checkSetup(QString *error) const;
    void addJobs(const QStringList &ids);
    void schedulePump();
    void pump();
    void start(Job *job);
    void requestMetadata(Job *job);
    void onMetadata(Job *job, const ApiResult &result, const ImageInfo &info);
    void startFile(Job *job);
    void requestFile(Job *job);
    void onFileHeaders(Job *job);
    void onFileData(Job *job);
    void onFileFinished(Job *job);
    void startRateWatch(Job *job);
    void checkRate(Job *job); // at the end of each window: too slow a download fails
    void submitChunk(Job *job); // a full buffer to the disk; the next one is received meanwhile
    void settle(Job *job);
    void finalize(Job *job, const QString &failure);
    // Runs work(FetchFiles &) for job on the thread pool and done(value) here, unless the job ended first.
    template<typename Work, typename Done>
    void onDisk(Job *job, Work work, Done done);
    void finishCached(Job *job);
    void releaseFiles(Job *job);
    void abortJob(Job *job, Outcome outcome, const QString &reason);
    void finishJob(Job *job, Outcome outcome, const QString &message);
    void emitProgress(Job *job, bool force);
    void emitOverallProgress();
    qint64 reservedBytes() const;
    void requestVerifyMetadata(Verification *v);
    void onVerifyMetadata(Verification *v, const ApiResult &result, const ImageInfo &info);
    void finishVerification(Verification *v, const Result &result);
    // Runs on the thread pool: hashes one cached file without moving its atime.
    static Result hashCached(const QString &path, const ImageInfo &info, std::shared_ptr<std::atomic_bool> cancel);

    GlanceApi *m_api;
    GlanceEndpoint m_endpoint;
    TokenSource m_tokenSource;
    CacheLocation m_location;
    int m_parallel = 2;
    int m_timeoutMs = 60000;
    qint64 m_minRate = 1024; // bytes per second, on average over m_rateWindowMs
    int m_rateWindowMs = 60000;
    int m_busyTimeoutMs = 5000;
    std::vector<std::unique_ptr<Job>> m_jobs; // the current batch, in order
    QVector<Result> m_lastResults;
    int m_running = 0;
    bool m_pumpScheduled = false;
    std::vector<std::unique_ptr<Verification>> m_checks; // the running verify()
    std::shared_ptr<std::atomic_bool> m_verifyCancel;
    BackgroundLane m_presence { this }; // verify(): which images have a file, found on a worker
};

Q_DECLARE_METATYPE(ImageFetcher::Result)
