#include "imagefetcher.h"
#include "imagefetcher_p.h"

#include "cachedirectory.h"
#include "glanceapi.h"
#include "imagecache.h"
#include "imageid.h"
#include "sqlitesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslError>
#include <QStorageInfo>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>


using namespace ImageFetcherDetail;

ImageFetcher::ImageFetcher(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ImageFetcher::Result>();
    qRegisterMetaType<QVector<ImageFetcher::Result>>();
    // The token travels in a raw header: never let a redirect carry it to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ImageFetcher::~ImageFetcher()
{
    // Aborting ends every transfer synchronously (partial files go to invalid/); nobody hears about it.
    blockSignals(true);
    cancelAll();
}

void ImageFetcher::setEndpoint(const QUrl &baseUrl, const QByteArray &authToken)
{
    m_baseUrl = baseUrl;
    m_token = authToken;
}

void ImageFetcher::setLocation(const CacheLocation &location)
{
    m_location = location;
    m_driver = ImageCache(location).effectiveDriver(&m_driverNote);
}

void ImageFetcher::setParallelLimit(int images)
{
    // Beyond 6, QNetworkAccessManager's connections per host, requests would queue inside Qt while
    // their timeouts run.
    m_parallel = std::clamp(images, 1, 6);
    schedulePump();
}

void ImageFetcher::setTimeout(int ms)
{
    m_timeoutMs = std::max(1, ms);
}

void ImageFetcher::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
}

QUrl ImageFetcher::imageUrl(const QUrl &baseUrl, const QString &imageId, bool file)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v2")))
        path.chop(3); // a catalog entry that already names the API version
    path += QLatin1String("/v2/images/") + imageId;
    if (file)
        path += QLatin1String("/file");
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool ImageFetcher::parseImageInfo(const QByteArray &json, ImageInfo *info, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QLatin1String("id")).isString() || !o.value(QLatin1String("status")).isString()) {
        *error = tr("The server's answer is not a Glance image description.");
        return false;
    }
    *info = {};
    info->id = o.value(QLatin1String("id")).toString();
    info->status = o.value(QLatin1String("status")).toString();
    const QJsonValue size = o.value(QLatin1String("size"));
    info->size = size.isDouble() && size.toDouble() >= 0 ? qint64(size.toDouble()) : -1;
    info->checksum = o.value(QLatin1String("checksum")).toString().toLatin1().toLower();
    info->hashAlgo = o.value(QLatin1String("os_hash_algo")).toString();
    info->hashValue = o.value(QLatin1String("os_hash_value")).toString().toLatin1().toLower();
    return true;
}

std::optional<QCryptographicHash::Algorithm> ImageFetcher::hashAlgorithm(const QString &osHashAlgo)
{
    using H = QCryptographicHash;
    static const QHash<QString, H::Algorithm> names = {
        { QStringLiteral("md5"), H::Md5 },
        { QStringLiteral("sha1"), H::Sha1 },
        { QStringLiteral("sha224"), H::Sha224 },
        { QStringLiteral("sha256"), H::Sha256 },
        { QStringLiteral("sha384"), H::Sha384 },
        { QStringLiteral("sha512"), H::Sha512 },
        { QStringLiteral("sha3_224"), H::Sha3_224 },
        { QStringLiteral("sha3_256"), H::Sha3_256 },
        { QStringLiteral("sha3_384"), H::Sha3_384 },
        { QStringLiteral("sha3_512"), H::Sha3_512 },
        { QStringLiteral("blake2b"), H::Blake2b_512 },
        { QStringLiteral("blake2s"), H::Blake2s_256 },
    };
    const auto it = names.constFind(osHashAlgo.toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

QNetworkRequest ImageFetcher::request(const QString &imageId, bool file) const
{
    QNetworkRequest r(imageUrl(m_baseUrl, imageId, file));
    if (!m_token.isEmpty())
        r.setRawHeader("X-Auth-Token", m_token);
    r.setRawHeader("Accept", file ? "application/octet-stream" : "application/json");
    if (r.url().scheme() == QLatin1String("https"))
        r.setSslConfiguration(m_ssl);
    // Qt would otherwise ask for gzip and inflate transparently: sizes and hashes are of the raw image.
    r.setRawHeader("Accept-Encoding", "identity");
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HTTP/1.1: one connection per image, so setReadBufferSize() throttles the socket itself.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

bool ImageFetcher::checkSetup(QString *error) const
{
    if (!m_baseUrl.isValid()
        || (m_baseUrl.scheme() != QLatin1String("http") && m_baseUrl.scheme() != QLatin1String("https"))) {
        *error = tr("No glance-api URL (http:// or https://) to fetch images from.");
        return false;
    }
    return CacheDirectory(m_location.cacheDir).checkReadable(error);
}

bool ImageFetcher::fetch(const QStringList &imageIds, QString *error)
{
    for (const QString &id : imageIds) {
        if (!ImageId::isValid(id)) {
            *error = ImageId::problem(id);
            return false;
        }
    }
    if (!checkSetup(error))
        return false;
    addJobs(imageIds);
    return true;
}

bool ImageFetcher::fetchQueued(QString *error)
{
    if (!checkSetup(error))
        return false;
    QVector<FileEntry> markers;
    if (!CacheDirectory(m_location.cacheDir).list(CacheDirectory::Queue, &markers, error))
        return false;
    // Glance's get_queued_images(): sorted by (mtime, name).
    std::sort(markers.begin(), markers.end(), [](const FileEntry &a, const FileEntry &b) {
        return a.mtime != b.mtime ? a.mtime < b.mtime : a.name < b.name;
    });
    QStringList ids;
    for (const FileEntry &m : std::as_const(markers)) {
        if (ImageId::isValid(m.name)) // a foreign file in queue/ is no request for an image
            ids.append(m.name);
    }
    addJobs(ids);
    return true;
}

void ImageFetcher::addJobs(const QStringList &ids)
{
    for (const QString &raw : ids) {
        const QString id = ImageId::normalized(raw);
        if (std::any_of(m_jobs.begin(), m_jobs.end(), [&](const auto &j) { return j->id == id; }))
            continue;
        auto job = std::make_unique<Job>();
        job->id = id;
        job->result.imageId = id;
        job->idle.setSingleShot(true);
        Job *j = job.get();
        connect(&job->idle, &QTimer::timeout, this, [this, j]() {
            abortJob(j, Outcome::Failed,
                tr("No data from %1 for %2 s: timed out.").arg(m_baseUrl.host()).arg(m_timeoutMs / 1000.0, 0, 'g', 3));
        });
        m_jobs.push_back(std::move(job));
    }
    schedulePump();
}

bool ImageFetcher::retry(const QString &imageId)
{
    const QString id = ImageId::normalized(imageId);
    for (auto &job : m_jobs) {
        if (job->id == id) {
            if (job->stage != Job::Done || job->result.ok)
                return false;
            job->stage = Job::Waiting;
            job->done = job->lastEmitDone = 0;
            job->rate = 0;
            job->abortOutcome.reset();
            job->notes.clear();
            job->info = {};
            job->result = {};
            job->result.imageId = id;
            schedulePump();
            return true;
        }
    }
    const auto it = std::find_if(
        m_lastResults.cbegin(), m_lastResults.cend(), [&](const Result &r) { return r.imageId == id && !r.ok; });
    if (it == m_lastResults.cend())
        return false;
    addJobs({ id });
    return true;
}

void ImageFetcher::cancel(const QString &imageId)
{
    const QString id = ImageId::normalized(imageId);
    for (auto &job : m_jobs) {
        if (job->id != id)
            continue;
        if (job->stage == Job::Waiting)
            finishJob(job.get(), Outcome::Cancelled, tr("Image %1: cancelled before it started.").arg(id));
        else if (job->stage != Job::Done)
            abortJob(job.get(), Outcome::Cancelled, tr("Cancelled."));
    }
}

void ImageFetcher::cancelAll()
{
    for (auto &job : m_jobs)
        cancel(job->id);
    if (m_verifyCancel)
        *m_verifyCancel = true;
    for (auto &check : m_checks) {
        if (check->reply)
            check->reply->abort();
    }
}

void ImageFetcher::schedulePump()
{
    // Deferred, so that a job ending inside a network callback or inside fetch() never re-enters start().
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(this, &ImageFetcher::pump, Qt::QueuedConnection);
    }
}

void ImageFetcher::pump()
{
    m_pumpScheduled = false;
    for (auto &job : m_jobs) {
        if (m_running >= m_parallel)
            break;
        if (job->stage == Job::Waiting)
            start(job.get());
    }
    const bool busy = std::any_of(m_jobs.begin(), m_jobs.end(), [](const auto &j) { return j->stage != Job::Done; });
    if (busy || m_jobs.empty())
        return;
    QVector<Result> results;
    for (const auto &job : m_jobs)
        results.append(job->result);
    m_jobs.clear();
    m_lastResults = results;
    Q_EMIT finished(results);
}

void ImageFetcher::start(Job *job)
{
    job->stage = Job::Metadata;
    ++m_running;
    job->clock.start();
    job->lastEmit.invalidate();
    Q_EMIT imageStarted(job->id);
    job->writer = std::make_unique<CacheWriter>(m_location, m_driver, job->id, m_busyTimeoutMs);
    QString message;
    const CacheWriter::Check check = job->writer->precheck(&message);
    if (check != CacheWriter::Check::Ok) {
        finishJob(job, check == CacheWriter::Check::AlreadyCached ? Outcome::AlreadyCached : Outcome::Refused, message);
        return;
    }
    job->reply = get(request(job->id, false));
    connect(job->reply, &QNetworkReply::finished, this, [this, job]() { onMetadata(job); });
    job->idle.start(m_timeoutMs);
}

void ImageFetcher::abortJob(Job *job, Outcome outcome, const QString &reason)
{
    if (job->stage == Job::Done || job->abortOutcome)
        return;
    job->abortOutcome = outcome;
    job->abortReason = reason;
    if (job->reply)
        job->reply->abort(); // emits finished now: the stage's handler rolls back and ends the job
}

QNetworkReply *ImageFetcher::get(const QNetworkRequest &request)
{
    QNetworkReply *reply = m_nam->get(request);
    // A refused certificate ends as "SSL handshake failed"; why it was refused comes only with this signal.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts = reply->property(sslErrorsProperty).toStringList();
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty(sslErrorsProperty, texts);
    });
    return reply;
}

QString ImageFetcher::describeTransportError(QNetworkReply *reply) const
{
    return GlanceApi::transportErrorText(reply->error(), m_baseUrl.toDisplayString(), reply->errorString(),
        reply->property(sslErrorsProperty).toStringList(), m_timeoutMs);
}

QString ImageFetcher::describeMetadataError(QNetworkReply *reply, const QString &id) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (status) {
    case 401:
        return tr("%1 rejected the token (HTTP 401): log in again.").arg(m_baseUrl.toDisplayString());
    case 403:
        return tr("Access to image %1 is denied (HTTP 403).").arg(id);
    case 404:
        return tr("%1 has no image %2 (HTTP 404).").arg(m_baseUrl.toDisplayString(), id);
    case 0:
        return describeTransportError(reply);
    default:
        return tr("Cannot read the description of image %1: HTTP %2 %3")
            .arg(id)
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
}

qint64 ImageFetcher::reservedBytes() const
{
    qint64 reserved = 0;
    for (const auto &job : m_jobs) {
        if (job->stage == Job::Downloading && job->info.size > job->done)
            reserved += job->info.size - job->done;
    }
    return reserved;
}

void ImageFetcher::onMetadata(Job *job)
{
    QNetworkReply *reply = std::exchange(job->reply, nullptr);
    reply->deleteLater();
    job->idle.stop();
    if (job->abortOutcome)
        return finishJob(
            job, *job->abortOutcome, tr("Image %1: %2 Nothing was written.").arg(job->id, job->abortReason));
    QString error;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) // worth a retry(), unlike a refusal
        return finishJob(job, Outcome::Failed, describeMetadataError(reply, job->id));
    if (!parseImageInfo(reply->readAll(), &job->info, &error))
        return finishJob(job, Outcome::Refused, error);
    const ImageInfo &info = job->info;
    if (info.status != QLatin1String("active"))
        return finishJob(job, Outcome::Refused,
            tr("Image %1 is %2, not active: Glance caches only active images.").arg(job->id, info.status));
    const QStorageInfo storage(m_location.cacheDir);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() - reservedBytes() : -1;
    if (info.size >= 0 && available >= 0 && info.size > available)
        return finishJob(job, Outcome::Refused,
            tr("Image %1 needs %2 but only %3 are free on the filesystem of %4.")
                .arg(job->id, QLocale().formattedDataSize(info.size),
                    QLocale().formattedDataSize(std::max<qint64>(0, available)), m_location.cacheDir));
    startFile(job);
}

void ImageFetcher::startFile(Job *job)
{
    const ImageInfo &info = job->info;
    const auto algo = hashAlgorithm(info.hashAlgo);
    job->hasher = std::make_unique<ChunkHasher>(algo && !info.hashValue.isEmpty() ? algo : std::nullopt);
    job->buffered = 0;
    if (!job->hasher->hasOther() && !info.hashAlgo.isEmpty())
        job->notes.append(
            tr("its hash algorithm %1 is not supported here, so only MD5 was verified").arg(info.hashAlgo));
    if (info.checksum.isEmpty() && !job->hasher->hasOther())
        job->notes.append(tr("Glance records no checksum for it, so only its size was verified"));
    job->stage = Job::Downloading;
    job->contentMd5.clear();
    // incomplete/<id> is claimed before the request, as Glance's own writers do: a caching glance-api
    // answering it for this very directory then sees the image as being cached (is_cacheable() is
    // false) and streams it without teeing a second writer into the same file.
    QString error;
    if (!job->writer->open(&error))
        return finishJob(job, Outcome::Failed, tr("Image %1: %2 Nothing was written.").arg(job->id, error));
    job->reply = get(request(job->id, true));
    // Caps what Qt buffers between two readyRead: memory stays flat whatever the image size.
    job->reply->setReadBufferSize(chunkSize);
    connect(job->reply, &QNetworkReply::metaDataChanged, this, [this, job]() { onFileHeaders(job); });
    connect(job->reply, &QNetworkReply::readyRead, this, [this, job]() { onFileData(job); });
    connect(job->reply, &QNetworkReply::finished, this, [this, job]() { onFileFinished(job); });
    job->idle.start(m_timeoutMs);
}

void ImageFetcher::onFileHeaders(Job *job)
{
    QNetworkReply *reply = job->reply;
    job->idle.start(m_timeoutMs);
    if (!reply || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return; // an error status or a redirect: judged at the end
    bool hasLength = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength && job->info.size >= 0 && length != job->info.size)
        return abortJob(job, Outcome::Failed,
            tr("The server announces %1 bytes but the image has %2.").arg(length).arg(job->info.size));
    job->contentMd5 = reply->rawHeader("Content-MD5").trimmed();
}

void ImageFetcher::onFileData(Job *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply || job->abortOutcome)
        return;
    job->idle.start(m_timeoutMs);
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        reply->skip(reply->bytesAvailable()); // the body of an error answer is no image data
        return;
    }
    // Whole chunks only: each readyRead brings as little as one TLS record or TCP segment, and every chunk
    // costs a write() and two hand-overs to the thread pool.
    while (reply->bytesAvailable() > 0) {
        const qint64 n = reply->read(job->hasher->buffer() + job->buffered, chunkSize - job->buffered);
        if (n <= 0)
            break;
        job->buffered += n;
        job->done += n;
        QString error;
        if (job->buffered == chunkSize && !flushChunk(job, &error))
            return abortJob(job, Outcome::Failed, error);
        if (job->info.size >= 0 && job->done > job->info.size)
            return abortJob(
                job, Outcome::Failed, tr("The server sent more than the image's %1 bytes.").arg(job->info.size));
    }
    emitProgress(job, false);
}

QString ImageFetcher::describeFileError(QNetworkReply *reply, const QString &id, int status) const
{
    switch (status) {
    case 204:
        return tr("Glance has no data for image %1 (HTTP 204).").arg(id);
    case 401:
        return tr("%1 rejected the token (HTTP 401): log in again.").arg(m_baseUrl.toDisplayString());
    case 403:
        return tr("Download of image %1 denied (HTTP 403): it may be deactivated.").arg(id);
    case 404:
        return tr("The data of image %1 was not found (HTTP 404).").arg(id);
    case 503:
        return tr("The image store behind %1 is unavailable (HTTP 503).").arg(m_baseUrl.toDisplayString());
    case 0:
        return describeTransportError(reply);
    default:
        return tr("Download of image %1 failed: HTTP %2 %3")
            .arg(id)
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
}

bool ImageFetcher::flushChunk(Job *job, QString *error)
{
    const qint64 n = std::exchange(job->buffered, 0);
    if (n == 0)
        return true;
    if (!job->writer->write(QByteArrayView(job->hasher->buffer(), n), error))
        return false;
    job->hasher->add(n);
    return true;
}

void ImageFetcher::onFileFinished(Job *job)
{
    onFileData(job); // what arrived with the end
    job->idle.stop();
    QNetworkReply *reply = job->reply;
    // The last partial chunk, also on a failure: invalid/ keeps every byte received, as with Glance.
    QString writeError;
    if (!flushChunk(job, &writeError) && !job->abortOutcome) {
        job->abortOutcome = Outcome::Failed;
        job->abortReason = writeError;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    job->reply = nullptr;
    reply->deleteLater();
    const ImageInfo &info = job->info;
    QString failure;
    Outcome outcome = Outcome::Failed;
    const QString received = tr("after %1 of %2 bytes").arg(job->done).arg(info.size);
    const QByteArray md5 = job->hasher->md5Hex();
    if (job->abortOutcome) {
        outcome = *job->abortOutcome;
        failure = job->abortReason;
    } else if (status != 200) {
        failure = describeFileError(reply, job->id, status);
    } else if (reply->error() != QNetworkReply::NoError) {
        failure = tr("The transfer broke off %1: %2").arg(received, reply->errorString());
    } else if (info.size >= 0 && job->done != info.size) {
        failure = tr("The download ended %1: truncated.").arg(received);
    } else if (!info.checksum.isEmpty() && md5 != info.checksum) {
        failure = tr("MD5 mismatch: Glance records %1, the data has %2.")
                      .arg(QString::fromLatin1(info.checksum), QString::fromLatin1(md5));
    } else if (job->hasher->hasOther() && job->hasher->otherHex() != info.hashValue) {
        failure = tr("%1 mismatch: the data does not match the image's os_hash_value.").arg(info.hashAlgo);
    } else if (!job->contentMd5.isEmpty() && job->contentMd5.toLower() != md5
        && job->contentMd5 != job->hasher->md5Base64()) {
        failure = tr("The data does not match the Content-MD5 header %1.").arg(QString::fromLatin1(job->contentMd5));
    } else if (!job->writer->commit(&failure)) {
        failure = tr("Verified, but not committed: %1").arg(failure);
    }
    emitProgress(job, true);
    if (failure.isEmpty()) {
        QStringList checks;
        if (!info.checksum.isEmpty())
            checks.append(QStringLiteral("MD5"));
        if (job->hasher->hasOther())
            checks.append(info.hashAlgo.toUpper());
        const QString size = QLocale().formattedDataSize(job->done);
        QString message = checks.isEmpty()
            ? tr("Cached image %1 (%2).").arg(job->id, size)
            : tr("Cached image %1 (%2, %3 verified).").arg(job->id, size, checks.join(u'/'));
        for (const QString &note : std::as_const(job->notes))
            message += u' ' + tr("Note: %1.").arg(note);
        return finishJob(job, Outcome::Cached, message);
    }
    const QString where = job->writer->rollback(failure);
    finishJob(job, outcome, tr("Image %1: %2 %3").arg(job->id, failure, where));
}

void ImageFetcher::emitProgress(Job *job, bool force)
{
    if (!force && job->lastEmit.isValid() && job->lastEmit.elapsed() < progressIntervalMs)
        return;
    const qint64 ms = job->lastEmit.isValid() ? job->lastEmit.elapsed() : job->clock.elapsed();
    job->lastEmit.start();
    if (ms > 0) {
        const double now = double(job->done - job->lastEmitDone) * 1000.0 / double(ms);
        job->rate = job->rate > 0 ? 0.7 * job->rate + 0.3 * now : now; // smoothed for a steady ETA
    }
    job->lastEmitDone = job->done;
    const double eta = job->rate > 0 && job->info.size >= 0 ? double(job->info.size - job->done) / job->rate : -1;
    Q_EMIT imageProgress(job->id, job->done, job->info.size, job->rate, eta);
    emitOverallProgress();
}

void ImageFetcher::emitOverallProgress()
{
    qint64 done = 0, total = 0;
    int imagesDone = 0;
    for (const auto &j : m_jobs) {
        done += j->done;
        total += std::max<qint64>(j->info.size, j->done);
        imagesDone += j->stage == Job::Done ? 1 : 0;
    }
    Q_EMIT progress(done, total, imagesDone, int(m_jobs.size()));
}

void ImageFetcher::finishJob(Job *job, Outcome outcome, const QString &message)
{
    if (job->stage != Job::Waiting)
        --m_running;
    job->stage = Job::Done;
    job->idle.stop();
    job->writer.reset(); // rolled back already; its destructor only cleans up what an early exit left
    job->hasher.reset(); // waits for its pool tasks; frees the two chunks
    job->result.ok = outcome == Outcome::Cached;
    job->result.outcome = outcome;
    job->result.bytes = job->done;
    job->result.seconds = job->clock.isValid() ? double(job->clock.elapsed()) / 1000.0 : 0;
    job->result.message = message;
    Q_EMIT imageFinished(job->result);
    emitOverallProgress();
    schedulePump();
}
