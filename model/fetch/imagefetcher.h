#pragma once

#include "core/cachelocation.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class ChunkHasher;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// The prefetcher: streams images from one glance-api node into a local cache directory through
// Glance's caching protocol (write incomplete/<id>, verify, then commit into the base dir with the
// driver's metadata, or roll back into invalid/), and re-hashes cached files against the image's
// checksums (verify()).
//
// Lives in one thread with an event loop (the GUI's or the CLI's) and owns its QNetworkAccessManager,
// every reply and every file it writes. Network I/O is asynchronous; received data is gathered into 1 MiB
// chunks, each written at once in this thread and hashed (MD5 and os_hash_algo, with OpenSSL's libcrypto
// where it is installed) on the global thread pool while the next one arrives: at most two chunks per image
// in memory, whatever its size. The per-image checks and the commit's short SQLite transaction run in this
// thread and are quick. verify() hashes on the global thread pool.
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

    // What GET /v2/images/{id} says about an image. size -1 = unknown; checksum is Glance's MD5 (hex,
    // may be empty); hashValue is os_hash_value in hash algorithm hashAlgo (may be empty).
    struct ImageInfo
    {
        QString id;
        QString status;
        qint64 size = -1;
        QByteArray checksum;
        QString hashAlgo;
        QByteArray hashValue;
    };

    explicit ImageFetcher(QObject *parent = nullptr);
    ~ImageFetcher() override; // aborts transfers; their partial files go to invalid/ as on a failure

    // The glance-api node (its root URL, e.g. http://node:9292; a trailing /v2 is tolerated) and the
    // token sent as X-Auth-Token (empty: none). Takes effect for images started afterwards.
    void setEndpoint(const QUrl &baseUrl, const QByteArray &authToken = {});
    // TLS for https endpoints (KeystoneAuth::makeSslConfiguration: a CA bundle or insecure); default:
    // verification against the system CAs.
    void setSslConfiguration(const QSslConfiguration &ssl) { m_ssl = ssl; }
    // The local cache to fill; its effective driver (ImageCache::effectiveDriver) is used.
    void setLocation(const CacheLocation &location);
    void setParallelLimit(int images); // at most this many images in flight (1-6); default 2
    void setTimeout(int ms); // a request without any data for this long fails; default 60 s
    void setBusyTimeout(int ms); // SQLite lock wait in the commit; default 5 s
    QString driverNote() const { return m_driverNote; } // configured vs effective driver, if they differ

    // Adds images to the current batch and starts them. Every ID is checked first: on an invalid one,
    // or without endpoint or location, nothing starts and false is returned with a sentence.
    // Duplicates and images already in the batch are ignored.
    bool fetch(const QStringList &imageIds, QString *error);
    // Every image of the local queue/, in Glance's order (marker mtime, then name).
    bool fetchQueued(QString *error);
    // Starts again an image that ended without success, in this batch or the last one.
    bool retry(const QString &imageId);
    void cancel(const QString &imageId);
    void cancelAll(); // also stops a running verify()
    bool isRunning() const { return !m_jobs.empty(); }
    QVector<Result> lastResults() const { return m_lastResults; }

    // Re-hashes the cached files of imageIds against GET /v2/images/{id} without moving their atime;
    // the answer comes as verified(). False (nothing started) on an invalid ID or when one is running.
    bool verify(const QStringList &imageIds, QString *error);

    // Pure helpers, tested on their own.
    static QUrl imageUrl(const QUrl &baseUrl, const QString &imageId, bool file);
    static bool parseImageInfo(const QByteArray &json, ImageInfo *info, QString *error);
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

    QNetworkRequest request(const QString &imageId, bool file) const;
    bool checkSetup(QString *error) const;
    void addJobs(const QStringList &ids);
    void schedulePump();
    void pump();
    void start(Job *job);
    void onMetadata(Job *job);
    void startFile(Job *job);
    void onFileHeaders(Job *job);
    void onFileData(Job *job);
    void onFileFinished(Job *job);
    bool flushChunk(Job *job, QString *error); // writes and hands to the hashers what the buffer holds
    void abortJob(Job *job, Outcome outcome, const QString &reason);
    void finishJob(Job *job, Outcome outcome, const QString &message);
    void emitProgress(Job *job, bool force);
    void emitOverallProgress();
    QNetworkReply *get(const QNetworkRequest &request); // also collects the reply's TLS errors
    QString describeTransportError(QNetworkReply *reply) const;
    QString describeMetadataError(QNetworkReply *reply, const QString &id) const;
    QString describeFileError(QNetworkReply *reply, const QString &id, int status) const;
    qint64 reservedBytes() const;
    void onVerifyMetadata(Verification *v);
    void finishVerification(Verification *v, const Result &result);
    // Runs on the thread pool: hashes one cached file without moving its atime.
    static Result hashCached(const QString &path, const ImageInfo &info, std::shared_ptr<std::atomic_bool> cancel);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QByteArray m_token;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    CacheLocation m_location;
    QString m_driver = QStringLiteral("sqlite");
    QString m_driverNote;
    int m_parallel = 2;
    int m_timeoutMs = 60000;
    int m_busyTimeoutMs = 5000;
    std::vector<std::unique_ptr<Job>> m_jobs; // the current batch, in order
    QVector<Result> m_lastResults;
    int m_running = 0;
    bool m_pumpScheduled = false;
    std::vector<std::unique_ptr<Verification>> m_checks; // the running verify()
    std::shared_ptr<std::atomic_bool> m_verifyCancel;
};

Q_DECLARE_METATYPE(ImageFetcher::Result)
