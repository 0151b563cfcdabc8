#include "cache/healthcheck.h"

#include "cache/cachedirectory.h"
#include "core/displayformat.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

// What the cache holds (orphans, size against the limit and the disk, failed downloads) and who owns its
// folders: the checks that read a snapshot rather than the configuration or the directory's modes.

void HealthCheck::checkContents(const CacheSnapshot &s)
{
    checkOrphans(s);
    checkSpace(s);
    checkLeftovers(s);
}

void HealthCheck::checkOrphans(const CacheSnapshot &s)
{
    QStringList unrecorded, records, foreign, locks;
    qint64 unrecordedBytes = 0, foreignBytes = 0;
    const QString dbName = QFileInfo(m_location.dbPath()).fileName();
    for (const OrphanEntry &o : s.orphans) {
        if (o.kind == OrphanEntry::RecordWithoutFile) {
            records.append(o.name);
        } else if (o.isImageId) {
            unrecorded.append(o.name);
            unrecordedBytes += o.size;
        } else if (o.name == QLatin1String("image_cache_db_init") || o.name == QLatin1String("glance-cache")) {
            locks.append(QDir(m_location.cacheDir).filePath(o.name));
        } else if (o.name != QLatin1String("checkme") && o.name != dbName) { // reported on their own
            foreign.append(QDir(m_location.cacheDir).filePath(o.name));
            foreignBytes += o.size;
        }
    }
    if (!unrecorded.isEmpty())
        add(Severity::Warning, QStringLiteral("orphan-files"),
            tr("%Ln cached file(s) without a record (%1)", nullptr, int(unrecorded.size())).arg(DisplayFormat::size(unrecordedBytes)),
            tr("Glance serves and counts them but can never prune them; enough of them make every prune evict all "
               "recorded images. Delete them (glance-cachectl delete ID)."),
            unrecorded);
    if (!records.isEmpty())
        add(Severity::Info, QStringLiteral("orphan-records"),
            tr("%Ln record(s) in cache.db without a file", nullptr, int(records.size())),
            tr("Glance lists these images as cached though they are not, and prunes them as 0 bytes. Delete them "
               "(glance-cachectl delete ID) to make the list true."),
            records);
    if (!foreign.isEmpty())
        add(Severity::Warning, QStringLiteral("foreign-files"),
            tr("%Ln foreign file(s) in the cache directory (%1)", nullptr, int(foreign.size())).arg(DisplayFormat::size(foreignBytes)),
            tr("Temporary files, backups and SQLite journal or WAL leftovers in the base directory count as cache, "
               "can never be pruned and are deleted by a cache clear. Move them out of %1.").arg(m_location.cacheDir),
            foreign);
    if (!locks.isEmpty())
        add(Severity::Info, QStringLiteral("lock-files"), tr("Lock files are kept in the cache directory"),
            tr("oslo.concurrency puts them here when [oslo_concurrency] lock_path is not set; they count as cache. "
               "Set lock_path to keep them elsewhere."),
            locks);
}

void HealthCheck::checkSpace(const CacheSnapshot &s)
{
    const CacheLocation &loc = m_location;
    if (s.totalSize > loc.maxSize)
        add(Severity::Warning, QStringLiteral("over-max-size"),
            tr("The cache is over its limit: %1 of %2").arg(DisplayFormat::size(s.totalSize), DisplayFormat::size(loc.maxSize)),
            tr("Only glance-cache-pruner enforces image_cache_max_size: run it from cron (or glance-cachectl prune)."),
            {loc.cacheDir});
    const qint64 headroom = std::max<qint64>(0, loc.maxSize - s.totalSize);
    if (s.freeBytes >= 0 && s.freeBytes < headroom)
        add(Severity::Warning, QStringLiteral("free-space-low"),
            tr("Only %1 free, but the cache may grow by %2 before the pruner acts")
                .arg(DisplayFormat::size(s.freeBytes), DisplayFormat::size(headroom)),
            tr("The filesystem fills up before the cache reaches image_cache_max_size, so downloads fail for lack of "
               "space first. Lower image_cache_max_size below %1 or free space.").arg(DisplayFormat::size(s.totalSize + s.freeBytes)),
            {loc.cacheDir});
    else if (s.freeBytes >= 0 && s.freeBytes < loc.maxSize)
        add(Severity::Info, QStringLiteral("free-space-below-max"),
            tr("Free space (%1) is smaller than image_cache_max_size (%2)").arg(DisplayFormat::size(s.freeBytes), DisplayFormat::size(loc.maxSize)),
            tr("That is enough for now: the cache holds %1 and may grow only by %2 more before the pruner acts. "
               "Other data on the filesystem could still take that room.").arg(DisplayFormat::size(s.totalSize), DisplayFormat::size(headroom)),
            {loc.cacheDir});
}

void HealthCheck::checkLeftovers(const CacheSnapshot &s)
{
    const CacheLocation &loc = m_location;
    QStringList stalled;
    for (const PartialImage &p : s.incomplete) {
        if (p.modified < s.takenAt - double(loc.stallTime))
            stalled.append(p.imageId);
    }
    if (!stalled.isEmpty())
        add(Severity::Warning, QStringLiteral("stalled-downloads"),
            tr("%Ln stalled download(s) older than image_cache_stall_time (%1 s)", nullptr, int(stalled.size()))
                .arg(loc.stallTime),
            tr("glance-cache-cleaner removes them; it is not running. Run it from cron (or glance-cachectl clean)."),
            stalled);
    qint64 invalidBytes = 0;
    QStringList invalid;
    for (const PartialImage &p : s.invalid) {
        invalidBytes += p.size;
        invalid.append(p.imageId);
    }
    if (invalid.size() > invalidCountLimit || invalidBytes > invalidBytesLimit)
        add(Severity::Warning, QStringLiteral("invalid-piling-up"),
            tr("%Ln failed download(s) piling up in invalid/ (%1)", nullptr, int(invalid.size()))
                .arg(DisplayFormat::size(invalidBytes)),
            tr("More than %1 files or %2 means glance-cache-cleaner is not running. Run it from cron (or "
               "glance-cachectl clean), and look at why downloads fail.")
                .arg(invalidCountLimit)
                .arg(DisplayFormat::size(invalidBytesLimit)),
            invalid);
}

void HealthCheck::checkOwners(unsigned ownerUid)
{
    const CacheDirectory dir(m_location.cacheDir);
    QStringList others;
    QString error;
    using D = CacheDirectory;
    for (auto area : {D::Base, D::Incomplete, D::Invalid, D::Queue}) {
        QVector<FileEntry> files;
        struct stat st;
        if (area != CacheDirectory::Base && ::stat(QFile::encodeName(dir.path(area)).constData(), &st) == 0 && st.st_uid != ownerUid)
            others.append(dir.path(area));
        if (!dir.list(area, &files, &error))
            continue;
        for (const FileEntry &f : std::as_const(files)) {
            if (f.uid != ownerUid)
                others.append(dir.path(area, f.name));
        }
    }
    if (!others.isEmpty())
        add(Severity::Warning, QStringLiteral("foreign-owner"),
            tr("%Ln path(s) not owned by the cache directory's owner", nullptr, int(others.size())),
            tr("Files created as another user (often root) may be impossible for glance-api to update, prune or "
               "delete. Give them the cache's owner (chown --reference=%1).").arg(m_location.cacheDir),
            others);
}
