// One image's download: its description, the file stream into incomplete/, the checks and the commit.
#include "fetch/imagefetcher.h"
#include "fetch/imagefetcher_p.h"

#include <QLocale>
#include <QStorageInfo>

#include <algorithm>

using namespace ImageFetcherDetail;

qint64 ImageFetcher::reservedBytes() const
{
    qint64 reserved = 0;
    for (const auto &job : m_jobs) {
        if (job->stage == Job::Downloading && job->info.size > job->done)
            reserved += job->info.size - job->done;
    }
    return reserved;
}

void ImageFetcher::requestMetadata(Job *job)
{
    job->guard = std::make_unique<QObject>();
    QObject *context = job->guard.get();
    withAccess(context, [this, job, context](const RemoteAccess &access, const RemoteConnection::Renew &renew) {
        if (!access.ok)
            return finishJob(job, Outcome::Failed, access.error);
        applyAccess(access);
        m_api->getImage(job->id, context, [this, job, renew](const ApiResult &r, const ImageInfo &info) {
            if (!renew(r.httpStatus)) // an expired token: asked again, with a new one
                onMetadata(job, r, info);
        });
    });
}

void ImageFetcher::onMetadata(Job *job, const ApiResult &result, const ImageInfo &info)
{
    // An answer that is not an image description refuses; any other failure is worth a retry().
    if (!result.ok)
        return finishJob(job, result.httpStatus == 200 ? Outcome::Refused : Outcome::Failed, result.error);
    job->info = info;
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
    const auto algo = hashAlgorithm(info.osHashAlgo);
    job->hasher = std::make_unique<ChunkHasher>(algo && !info.osHashValue.isEmpty() ? algo : std::nullopt);
    job->buffered = 0;
    if (!job->hasher->hasOther() && !info.osHashAlgo.isEmpty())
        job->notes.append(
            tr("its hash algorithm %1 is not supported here, so only MD5 was verified").arg(info.osHashAlgo));
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
    requestFile(job);
}

void ImageFetcher::requestFile(Job *job)
{
    withAccess(job->guard.get(), [this, job](const RemoteAccess &access, const RemoteConnection::Renew &renew) {
        if (!access.ok) {
            job->abortOutcome = Outcome::Failed;
            job->abortReason = access.error;
            return onFileFinished(job);
        }
        applyAccess(access);
        // Caps what Qt buffers between two readyRead: memory stays flat whatever the image size.
        const Expected<QNetworkReply *> opened = m_api->openImageFile(job->id, chunkSize);
        if (!opened) {
            job->abortOutcome = Outcome::Failed;
            job->abortReason = opened.error();
            return onFileFinished(job);
        }
        job->reply = *opened;
        job->renew = renew;
        job->errorBody.clear();
        connect(job->reply, &QNetworkReply::metaDataChanged, this, [this, job]() { onFileHeaders(job); });
        connect(job->reply, &QNetworkReply::readyRead, this, [this, job]() { onFileData(job); });
        connect(job->reply, &QNetworkReply::finished, this, [this, job]() { onFileFinished(job); });
    });
}

void ImageFetcher::onFileHeaders(Job *job)
{
    QNetworkReply *reply = job->reply;
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
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        // The body of an error answer is no image data; its start is Glance's explanation.
        const QByteArray body = reply->read(reply->bytesAvailable());
        job->errorBody += body.left(std::max<qint64>(0, errorBodyLimit - job->errorBody.size()));
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
    // reply is null when no request went out (no token, an unusable endpoint) or a cancel came in between.
    QNetworkReply *reply = job->reply;
    if (reply) {
        onFileData(job); // what arrived with the end
        job->reply = nullptr;
        reply->deleteLater();
    }
    const ApiResult answer = reply ? GlanceApi::fileOutcome(reply, job->id, job->errorBody) : ApiResult {};
    // An expired token: the same request again with a new one. Nothing was written (an error body is no data).
    if (reply && !job->abortOutcome && job->renew(answer.httpStatus))
        return;
    // The last partial chunk, also on a failure: invalid/ keeps every byte received, as with Glance.
    QString writeError;
    if (!flushChunk(job, &writeError) && !job->abortOutcome) {
        job->abortOutcome = Outcome::Failed;
        job->abortReason = writeError;
    }
    const ImageInfo &info = job->info;
    const QByteArray checksum = info.checksum.toLatin1().toLower();
    QString failure;
    Outcome outcome = Outcome::Failed;
    const QString received = tr("after %1 of %2 bytes").arg(job->done).arg(info.size);
    const QByteArray md5 = job->hasher->md5Hex();
    const QNetworkReply::NetworkError error = reply ? reply->error() : QNetworkReply::NoError;
    if (job->abortOutcome) {
        outcome = *job->abortOutcome;
        failure = job->abortReason;
    } else if (answer.httpStatus != 200) {
        failure = answer.error;
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // GlanceApi's idle timeout (our own aborts set abortOutcome).
        failure = tr("No data from %1 for %2 s: timed out.")
                      .arg(m_api->endpoint().baseUrl.host())
                      .arg(reply->request().transferTimeout() / 1000.0, 0, 'g', 3);
    } else if (error != QNetworkReply::NoError) {
        failure = tr("The transfer broke off %1: %2").arg(received, reply->errorString());
    } else if (info.size >= 0 && job->done != info.size) {
        failure = tr("The download ended %1: truncated.").arg(received);
    } else if (!checksum.isEmpty() && md5 != checksum) {
        failure = tr("MD5 mismatch: Glance records %1, the data has %2.")
                      .arg(QString::fromLatin1(checksum), QString::fromLatin1(md5));
    } else if (job->hasher->hasOther() && job->hasher->otherHex() != info.osHashValue.toLatin1().toLower()) {
        failure = tr("%1 mismatch: the data does not match the image's os_hash_value.").arg(info.osHashAlgo);
    } else if (!job->contentMd5.isEmpty() && job->contentMd5.toLower() != md5
        && job->contentMd5 != job->hasher->md5Base64()) {
        failure = tr("The data does not match the Content-MD5 header %1.").arg(QString::fromLatin1(job->contentMd5));
    } else if (!job->writer->commit(&failure)) {
        failure = tr("Verified, but not committed: %1").arg(failure);
    }
    emitProgress(job, true);
    if (failure.isEmpty()) {
        QStringList checks;
        if (!checksum.isEmpty())
            checks.append(QStringLiteral("MD5"));
        if (job->hasher->hasOther())
            checks.append(info.osHashAlgo.toUpper());
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
