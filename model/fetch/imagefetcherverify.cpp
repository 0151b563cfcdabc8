// ImageFetcher::verify(): re-hashing cached files against the image's checksums without moving their atime.
#include "fetch/imagefetcher.h"
#include "fetch/imagefetcher_p.h"

#include "cache/cachedirectory.h"
#include "core/background.h"
#include "core/imageid.h"
#include "fetch/digest.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ImageFetcherDetail;

bool ImageFetcher::verify(const QStringList &imageIds, QString *error)
{
    if (!m_checks.empty()) {
        *error = tr("A verification is already running.");
        return false;
    }
    for (const QString &id : imageIds) {
        if (!ImageId::isValid(id)) {
            *error = ImageId::problem(id);
            return false;
        }
    }
    if (!checkSetup(error))
        return false;
    m_verifyCancel = std::make_shared<std::atomic_bool>(false);
    for (const QString &id : imageIds) {
        auto v = std::make_unique<Verification>();
        v->id = ImageId::normalized(id);
        v->result.imageId = v->id;
        v->clock.start();
        m_checks.push_back(std::move(v));
    }
    // Which images have a file is asked on a worker (the GUI thread stats nothing); until the answer the
    // checks count as waiting, so cancelAll() ends them (and makes the answer stale).
    QStringList ids;
    for (auto &check : m_checks) {
        check->waiting = true;
        ids.append(check->id);
    }
    m_presence.run(
        [dir = m_location.cacheDir, ids]() {
            const CacheDirectory cache(dir);
            QVector<bool> present;
            for (const QString &id : ids)
                present.append(cache.exists(CacheDirectory::Base, id));
            return present;
        },
        [this](const QVector<bool> &present) {
            std::vector<Verification *> checks;
            for (auto &check : m_checks)
                checks.push_back(check.get());
            for (size_t i = 0; i < checks.size(); ++i) {
                Verification *v = checks[i];
                v->waiting = false;
                if (present.value(qsizetype(i)))
                    requestVerifyMetadata(v);
                else
                    finishVerification(
                        v, { v->id, false, Outcome::NotCached, 0, 0, tr("Image %1 is not cached here.").arg(v->id) });
            }
        });
    return true;
}

void ImageFetcher::requestVerifyMetadata(Verification *v)
{
    v->guard = std::make_unique<QObject>();
    v->waiting = true;
    QObject *context = v->guard.get();
    withAccess(context, [this, v, context](const RemoteAccess &access, const RemoteConnection::Renew &renew) {
        if (!access.ok) {
            v->waiting = false;
            return finishVerification(v, { v->id, false, Outcome::Failed, 0, 0, access.error });
        }
        applyAccess(access);
        m_api->getImage(v->id, context, [this, v, renew](const ApiResult &r, const ImageInfo &info) {
            if (!renew(r.httpStatus)) // an expired token: asked again, with a new one
                onVerifyMetadata(v, r, info);
        });
    });
}

void ImageFetcher::onVerifyMetadata(Verification *v, const ApiResult &answer, const ImageInfo &description)
{
    v->waiting = false;
    Result r { v->id, false, Outcome::Failed, 0, 0, {} };
    if (*m_verifyCancel) {
        r.outcome = Outcome::Cancelled;
        r.message = tr("Image %1: verification cancelled.").arg(v->id);
    } else if (!answer.ok) {
        r.message = answer.error;
    } else {
        ImageInfo info = description;
        info.id = v->id;
        const QString path = CacheDirectory(m_location.cacheDir).path(CacheDirectory::Base, v->id);
        Background::run(
            this, [path, info, cancel = m_verifyCancel] { return hashCached(path, info, cancel); },
            [this, v](const Result &result) { finishVerification(v, result); });
        return;
    }
    finishVerification(v, r);
}

void ImageFetcher::finishVerification(Verification *v, const Result &result)
{
    v->done = true;
    v->result = result;
    v->result.seconds = double(v->clock.elapsed()) / 1000.0;
    Q_EMIT imageVerified(v->result);
    if (!std::all_of(m_checks.begin(), m_checks.end(), [](const auto &c) { return c->done; }))
        return;
    QVector<Result> results;
    for (const auto &c : m_checks)
        results.append(c->result);
    m_checks.clear();
    Q_EMIT verified(results);
}

ImageFetcher::Result ImageFetcher::hashCached(
    const QString &path, const ImageInfo &info, std::shared_ptr<std::atomic_bool> cancel)
{
    Result r { info.id, false, Outcome::Failed, 0, 0, {} };
    const QByteArray p = QFile::encodeName(path);
    // Reading moves the atime, which is the xattr driver's LRU clock: O_NOATIME (owner or root), else
    // put the atime back afterwards.
    int fd = ::open(p.constData(), O_RDONLY | O_NOATIME | O_NOFOLLOW | O_CLOEXEC);
    const bool restoreAtime = fd < 0 && errno == EPERM;
    if (restoreAtime)
        fd = ::open(p.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat before;
    if (fd < 0 || ::fstat(fd, &before) != 0) {
        r.message = tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return r;
    }
    Digest md5(QCryptographicHash::Md5);
    const auto algo = hashAlgorithm(info.osHashAlgo);
    std::optional<Digest> osHash;
    if (algo && !info.osHashValue.isEmpty())
        osHash.emplace(*algo);
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    ssize_t n = 0;
    while (!*cancel && (n = ::read(fd, buffer.data(), size_t(buffer.size()))) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        const QByteArrayView chunk(buffer.constData(), n);
        md5.add(chunk);
        if (osHash)
            osHash->add(chunk);
        r.bytes += n;
    }
    const int readError = n < 0 ? errno : 0;
    const off_t hole = ::lseek(fd, 0, SEEK_HOLE);
    if (restoreAtime) {
        const struct timespec times[2] = { before.st_atim, { 0, UTIME_OMIT } };
        (void)::futimens(fd, times);
    }
    ::close(fd);
    QStringList problems;
    if (*cancel) {
        r.outcome = Outcome::Cancelled;
        r.message = tr("Image %1: verification cancelled.").arg(info.id);
        return r;
    }
    if (readError) {
        r.message = tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(readError)));
        return r;
    }
    if (info.size >= 0 && r.bytes != info.size)
        problems.append(tr("%1 bytes instead of %2").arg(r.bytes).arg(info.size));
    if (!info.checksum.isEmpty() && md5.result().toHex() != info.checksum.toLatin1().toLower())
        problems.append(tr("MD5 differs"));
    if (osHash && osHash->result().toHex() != info.osHashValue.toLatin1().toLower())
        problems.append(tr("%1 differs").arg(info.osHashAlgo));
    const QString atimeNote
        = restoreAtime ? u' ' + tr("(O_NOATIME was not permitted: its atime was put back.)") : QString();
    if (problems.isEmpty()) {
        r.ok = true;
        r.outcome = Outcome::Verified;
        r.message = (info.checksum.isEmpty() && !osHash)
            ? tr("Image %1: Glance records no checksum; only the size could be checked, and it matches.").arg(info.id)
            : tr("Image %1: the cached file matches the image.").arg(info.id);
        r.message += atimeNote;
        return r;
    }
    r.outcome = Outcome::Mismatch;
    r.message = tr("Image %1: the cached file does not match the image (%2); delete it from the cache, Glance "
                   "never checks it again.")
                    .arg(info.id, problems.join(QLatin1String(", ")));
    if (hole >= 0 && hole < before.st_size)
        r.message += u' '
            + tr("It has a zero-filled hole from byte %1: the mark of two downloads of the same "
                 "image running at once.")
                  .arg(qint64(hole));
    r.message += atimeNote;
    return r;
}
