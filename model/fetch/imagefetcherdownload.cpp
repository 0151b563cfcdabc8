// One image's download: its description, the file stream into incomplete/, the checks and the commit.
#include "fetch/imagefetcher.h"
#include "fetch/imagefetcher_p.h"

#include <QLocale>

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
    startFile(job);
}

void ImageFetcher::startFile(Job *job)
{
    const ImageInfo &info = job->info;
    const auto algo = hashAlgorithm(info.osHashAlgo);
    const auto other = algo && !info.osHashValue.isEmpty() ? algo : std::nullopt;
    job->hashOther = other.has_value();
    if (!job->hashOther && !info.osHashAlgo.isEmpty())
        job->notes.append(
            tr("its hash algorithm %1 is not supported here, so only MD5 was verified").arg(info.osHashAlgo));
    if (info.checksum.isEmpty() && !job->hashOther)
        job->notes.append(tr("Glance records no checksum for it, so only its size was verified"));
    job->contentMd5.clear();
    job->buffered = 0;
    // incomplete/<id> is claimed before the request, as Glance's own writers do: a caching glance-api
    // answering it for this very directory then sees the image as being cached (is_cacheable() is
    // false) and streams it without teeing a second writer into the same file.
    onDisk(
        job, [size = info.size, reserved = reservedBytes(), other](FetchFiles &files) {
            return files.open(size, reserved, other);
        },
        [this, job](const FetchFiles::Opened &o) {
            if (o.refused)
                return finishJob(job, job->abortOutcome.value_or(Outcome::Refused), o.message);
            if (!o.ok)
                return finishJob(job, job->abortOutcome.value_or(Outcome::Failed),
                    tr("Image %1: %2 Nothing was written.").arg(job->id, o.message));
            job->stage = Job::Downloading;
            if (job->abortOutcome) // cancelled while the file was claimed: roll it back
                return onFileFinished(job);
            requestFile(job);
        });
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
        startRateWatch(job);
    });
}

void ImageFetcher::startRateWatch(Job *job)
{
    if (m_minRate <= 0)
        return;
    if (!job->rateTimer) {
        job->rateTimer = std::make_unique<QTimer>();
        connect(job->rateTimer.get(), &QTimer::timeout, this, [this, job]() { checkRate(job); });
    }
    job->rateMark = job->done;
    job->rateTimer->start(m_rateWindowMs);
}

void ImageFetcher::checkRate(Job *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply || job->abortOutcome)
        return job->rateTimer->stop();
    const qint64 received = job->done + reply->bytesAvailable();
    const qint64 moved = received - std::exchange(job->rateMark, received);
    // A chunk on its way to the disk holds the sender back (Qt reads one chunk ahead): the disk's pace, not
    // the server's, so such a window is not judged.
    if (job->diskBusy || moved * 1000 >= m_minRate * m_rateWindowMs)
        return;
    const QLocale locale;
    const QString seconds = locale.toString(m_rateWindowMs / 1000.0, 'g', 3);
    const double rate = moved * 1000.0 / m_rateWindowMs;
    // A drip is a few bytes a second: "0.5 bytes", where the data-size format would round to whole bytes.
    const QString measured
        = rate < 1024 ? tr("%1 bytes").arg(locale.toString(rate, 'f', 1)) : locale.formattedDataSize(qint64(rate));
    abortJob(job, Outcome::Failed,
        tr("The data from %1 came at %2/s over the last %3 s, below the minimum of %4/s over %3 s: the download "
           "was stopped as too slow.")
            .arg(m_api->endpoint().baseUrl.host(), measured, seconds, locale.formattedDataSize(m_minRate)));
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
    // costs a write() and a hand-over to the thread pool.
    while (job->buffered < chunkSize || !job->diskBusy) {
        if (job->buffered == chunkSize)
            submitChunk(job);
        if (reply->bytesAvailable() <= 0)
            break;
        if (job->fill.isNull())
            job->fill = QByteArray(chunkSize, Qt::Uninitialized);
        const qint64 n = reply->read(job->fill.data() + job->buffered, chunkSize - job->buffered);
        if (n <= 0)
            break;
        job->buffered += n;
        job->done += n;
        if (job->info.size >= 0 && job->done > job->info.size)
            return abortJob(
                job, Outcome::Failed, tr("The server sent more than the image's %1 bytes.").arg(job->info.size));
    }
    // A full chunk while the previous one is still on its way to the disk: the rest stays in the reply
    // (Qt reads no more than one chunk ahead), and the step's answer comes back here.
    emitProgress(job, false);
}

void ImageFetcher::submitChunk(Job *job)
{
    job->buffered = 0;
    onDisk(job, [chunk = std::exchange(job->fill, {})](FetchFiles &files) { return files.write(chunk); },
        [this, job](const QString &error) {
            if (!error.isEmpty())
                abortJob(job, Outcome::Failed, error);
            if (job->stage != Job::Downloading)
                return;
            if (job->ended)
                settle(job);
            else
                onFileData(job);
        });
}

void ImageFetcher::onFileFinished(Job *job)
{
    job->ended = true;
    settle(job);
}

void ImageFetcher::settle(Job *job)
{
    // reply is null when no request went out (no token, an unusable endpoint) or a cancel came in between.
    if (job->diskBusy || job->stage != Job::Downloading)
        return; // a chunk is being written: back here once it is
    QNetworkReply *reply = job->reply;
    QString failure;
    if (reply) {
        onFileData(job); // what arrived with the end
        if (job->diskBusy)
            return; // a full chunk went to the disk: its answer settles again
        job->reply = nullptr;
        if (job->rateTimer)
            job->rateTimer->stop();
        reply->deleteLater();
        const ApiResult answer = GlanceApi::fileOutcome(reply, job->id, job->errorBody);
        // An expired token: the same request again with a new one. Nothing was written (an error body is no data).
        if (!job->abortOutcome && job->renew(answer.httpStatus)) {
            job->ended = false;
            return;
        }
        // No answer at all, not even a status line: Qt fails every request still queued on a connection with
        // the error of a channel the server reset, and servers close idle keep-alive connections. A GET that
        // got nothing is safe to send once more (RFC 9110, 9.2.2); a second close is the server's answer.
        if (!job->abortOutcome && !job->resent && answer.httpStatus == 0 && job->done == 0 && job->buffered == 0
            && reply->error() == QNetworkReply::RemoteHostClosedError) {
            job->resent = true;
            job->ended = false;
            return requestFile(job);
        }
        const ImageInfo &info = job->info;
        const QString received = tr("after %1 of %2 bytes").arg(job->done).arg(info.size);
        const QNetworkReply::NetworkError error = reply->error();
        if (job->abortOutcome) {
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
        }
    } else {
        failure = job->abortReason;
    }
    finalize(job, failure);
}

void ImageFetcher::finalize(Job *job, const QString &failure)
{
    job->stage = Job::Ending;
    const ImageInfo &info = job->info;
    FetchFiles::Expect expect;
    expect.checksum = info.checksum.toLatin1().toLower();
    expect.osHashAlgo = info.osHashAlgo;
    if (job->hashOther)
        expect.osHashValue = info.osHashValue.toLatin1().toLower();
    expect.contentMd5 = job->contentMd5;
    QByteArray last = std::exchange(job->fill, {});
    last.truncate(std::exchange(job->buffered, 0));
    onDisk(
        job, [last, failure, expect](FetchFiles &files) { return files.finish(last, failure, expect); },
        [this, job](const FetchFiles::Ending &e) {
            emitProgress(job, true);
            if (!e.cached)
                return finishJob(job, job->abortOutcome.value_or(Outcome::Failed),
                    tr("Image %1: %2 %3").arg(job->id, e.failure, e.where));
            finishCached(job);
        });
}

void ImageFetcher::finishCached(Job *job)
{
    QStringList checks;
    if (!job->info.checksum.isEmpty())
        checks.append(QStringLiteral("MD5"));
    if (job->hashOther)
        checks.append(job->info.osHashAlgo.toUpper());
    const QString size = QLocale().formattedDataSize(job->done);
    QString message = checks.isEmpty() ? tr("Cached image %1 (%2).").arg(job->id, size)
                                       : tr("Cached image %1 (%2, %3 verified).").arg(job->id, size, checks.join(u'/'));
    for (const QString &note : std::as_const(job->notes))
        message += u' ' + tr("Note: %1.").arg(note);
    finishJob(job, Outcome::Cached, message);
}
