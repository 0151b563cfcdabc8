#include "fetch/imagefetcher.h"
#include "fetch/imagefetcher_p.h"

#include "cache/cachedirectory.h"
#include "core/imageid.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace ImageFetcherDetail;

ImageFetcher::ImageFetcher(QObject *parent)
    : QObject(parent)
    , m_api(new GlanceApi({}, this))
{
    qRegisterMetaType<ImageFetcher::Result>();
    qRegisterMetaType<QVector<ImageFetcher::Result>>();
    m_endpoint.timeoutMs = m_timeoutMs;
}

ImageFetcher::~ImageFetcher()
{
    // Aborting ends every transfer synchronously (partial files go to invalid/); nobody hears about it.
    blockSignals(true);
    cancelAll();
}

void ImageFetcher::setEndpoint(const GlanceEndpoint &endpoint)
{
    m_endpoint = endpoint;
    m_endpoint.timeoutMs = m_timeoutMs;
}

void ImageFetcher::setEndpoint(const QUrl &baseUrl, const QByteArray &authToken)
{
    GlanceEndpoint e;
    e.baseUrl = baseUrl;
    e.token = QString::fromUtf8(authToken);
    setEndpoint(e);
}

void ImageFetcher::withAccess(QObject *context, const RemoteConnection::Attempt &attempt)
{
    if (m_tokenSource)
        return m_tokenSource(context, attempt);
    RemoteAccess fixed;
    fixed.ok = true;
    fixed.token = m_endpoint.token;
    fixed.imageUrl = m_endpoint.baseUrl;
    fixed.caBundle = m_endpoint.caBundle;
    fixed.insecure = m_endpoint.insecure;
    attempt(fixed, [](int) { return false; }); // a given token cannot be renewed
}

void ImageFetcher::applyAccess(const RemoteAccess &access)
{
    GlanceEndpoint e = m_endpoint;
    if (access.imageUrl.isValid() && !access.imageUrl.isEmpty())
        e.baseUrl = access.imageUrl;
    e.token = access.token;
    e.caBundle = access.caBundle;
    e.insecure = access.insecure;
    m_api->setEndpoint(e);
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
    m_endpoint.timeoutMs = m_timeoutMs; // GlanceApi's transfer timeout: no byte for this long ends a request
}

void ImageFetcher::setMinimumRate(qint64 bytesPerSecond, int windowMs)
{
    m_minRate = std::max<qint64>(0, bytesPerSecond);
    m_rateWindowMs = std::max(1, windowMs);
}

void ImageFetcher::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
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

bool ImageFetcher::checkSetup(QString *error) const
{
    if (!m_endpoint.baseUrl.isValid()
        || (m_endpoint.baseUrl.scheme() != QLatin1String("http")
            && m_endpoint.baseUrl.scheme() != QLatin1String("https"))) {
        *error = tr("No glance-api URL (http:// or https://) to fetch images from.");
        return false;
    }
    return true;
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

Expected<QStringList> ImageFetcher::queuedImages(const QString &cacheDir)
{
    const CacheDirectory dir(cacheDir);
    QString error;
    QVector<FileEntry> markers;
    if (!dir.checkReadable(&error) || !dir.list(CacheDirectory::Queue, &markers, &error))
        return Expected<QStringList>::failure(error);
    // Glance's get_queued_images(): sorted by (mtime, name).
    std::sort(markers.begin(), markers.end(), [](const FileEntry &a, const FileEntry &b) {
        return a.mtime != b.mtime ? a.mtime < b.mtime : a.name < b.name;
    });
    QStringList ids;
    for (const FileEntry &m : std::as_const(markers)) {
        if (ImageId::isValid(m.name)) // a foreign file in queue/ is no request for an image
            ids.append(m.name);
    }
    return ids;
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
            job->ended = false;
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
    m_presence.invalidate(); // the file check of a verify() still on its worker is answered below
    // Those still waiting for their description end now; those hashing stop at their next chunk.
    std::vector<Verification *> waiting;
    for (auto &check : m_checks) {
        if (check->waiting)
            waiting.push_back(check.get());
    }
    for (Verification *v : waiting) {
        v->guard.reset();
        v->waiting = false;
        finishVerification(
            v, { v->id, false, Outcome::Cancelled, 0, 0, tr("Image %1: verification cancelled.").arg(v->id) });
    }
}

void ImageFetcher::schedulePump()
{
    // Deferred, so that a job ending inside a network callback or inside fetch() never re-enters start().
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        Background::later(this, [this]() { pump(); });
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
    job->files = std::make_shared<FetchFiles>(m_location, job->id, m_busyTimeoutMs);
    onDisk(job, [](FetchFiles &files) { return files.precheck(); }, [this, job](const FetchFiles::Checked &c) {
        if (job->abortOutcome)
            return finishJob(job, *job->abortOutcome, tr("Image %1: %2 Nothing was written.").arg(job->id, job->abortReason));
        if (c.check != CacheWriter::Check::Ok)
            return finishJob(
                job, c.check == CacheWriter::Check::AlreadyCached ? Outcome::AlreadyCached : Outcome::Refused, c.message);
        requestMetadata(job);
    });
}

void ImageFetcher::abortJob(Job *job, Outcome outcome, const QString &reason)
{
    if (job->stage == Job::Done || job->stage == Job::Ending || job->abortOutcome)
        return;
    job->abortOutcome = outcome;
    job->abortReason = reason;
    if (job->reply)
        job->reply->abort(); // emits finished now: the stage's handler rolls back and ends the job
    else if (job->diskBusy)
        return; // the step's answer sees abortOutcome
    else if (job->stage == Job::Downloading)
        onFileFinished(job); // between two requests (waiting for a token): roll back the open file
    else
        finishJob(job, outcome, tr("Image %1: %2 Nothing was written.").arg(job->id, reason));
}

void ImageFetcher::releaseFiles(Job *job)
{
    // Rolled back already when it was opened; the last reference ends it on the pool, where its destructor
    // rolls back what an early exit left and closes its directories.
    if (job->files)
        (void)QtConcurrent::run([files = std::move(job->files)]() {});
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
    job->guard.reset(); // drops the callbacks of a request still out (a cancelled description, a token)
    job->diskContext.reset(); // and those of a disk step
    job->diskBusy = false;
    job->fill = {};
    job->buffered = 0;
    releaseFiles(job);
    job->result.ok = outcome == Outcome::Cached;
    job->result.outcome = outcome;
    job->result.bytes = job->done;
    job->result.seconds = job->clock.isValid() ? double(job->clock.elapsed()) / 1000.0 : 0;
    job->result.message = message;
    Q_EMIT imageFinished(job->result);
    emitOverallProgress();
    schedulePump();
}
