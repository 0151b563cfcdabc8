// One image's download: its description, the file stream into incomplete/, the checks and the commit.
#include "fetch/imagefetcher.h"
#include "fetch/imagefetcher_p.h"

#include "cache/cachedirectory.h"
#include "remote/glanceapi.h"
#include "cache/imagecache.h"
#include "core/imageid.h"
#include "cache/sqlitesession.h"

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
