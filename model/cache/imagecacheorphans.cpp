// ImageCache's removal of orphans: records without a file, files without a record, foreign files.
#include "cache/imagecache.h"

#include "cache/cachedirectory.h"

#include <QFileInfo>
#include <QHash>

namespace {

QString keyOf(OrphanEntry::Kind kind, const QString &name)
{
    return QString::number(int(kind)) + u'/' + name;
}

} // namespace

bool ImageCache::isDatabaseCompanion(const QString &name) const
{
    // A hot journal removed under a running transaction corrupts cache.db; Glance's clear leaves them too.
    const QFileInfo db(m_location.dbPath());
    if (QFileInfo(db.absolutePath()) != QFileInfo(m_location.cacheDir))
        return false;
    return name == db.fileName() + QLatin1String("-journal") || name == db.fileName() + QLatin1String("-wal")
        || name == db.fileName() + QLatin1String("-shm");
}

ImageCache::OrphanRun ImageCache::removeOrphans(const QVector<OrphanEntry> &entries)
{
    OrphanRun run;
    OrphanRemoval &done = run.done;
    QString error;
    QVector<FileEntry> files;
    QVector<CachedImage> images;
    QVector<OrphanEntry> current;
    // What is an orphan now, read the way the views read it: the choice was made on an older snapshot.
    if (!ensureReadable(&error) || !baseFiles(&files, &error)
        || !backend().listCached(files, &images, &current, &error, false)) {
        run.status = Expected<void>::failure(error);
        return run;
    }
    QHash<QString, qint64> sizeNow;
    for (const OrphanEntry &o : std::as_const(current))
        sizeNow.insert(keyOf(o.kind, o.name), o.size);
    QStringList records;
    QVector<OrphanEntry> unlink;
    for (const OrphanEntry &o : entries) {
        const auto now = sizeNow.constFind(keyOf(o.kind, o.name));
        if (now == sizeNow.cend()) {
            done.leftAlone.append(o.kind == OrphanEntry::RecordWithoutFile
                    ? tr("%1: left alone, it is no longer a record without a file (its file is back, or the record "
                         "is gone).")
                          .arg(o.name)
                    : tr("%1: left alone, it is no longer a file without a record (it is gone, or glance-api "
                         "recorded it).")
                          .arg(o.name));
        } else if (o.kind == OrphanEntry::RecordWithoutFile) {
            records.append(o.name);
        } else if (isDatabaseCompanion(o.name)) {
            done.leftAlone.append(tr("%1: left alone, it is the journal of the cache database; removing it while "
                                     "glance-api writes can corrupt the database.")
                                      .arg(o.name));
        } else {
            OrphanEntry e = o;
            e.size = *now;
            unlink.append(e);
        }
    }
    // Records first: forgetting one frees nothing and touches no file that exists.
    if (!records.isEmpty() && !backend().deleteCached(records, &done.recordsForgotten, &error)) {
        run.status = Expected<void>::failure(error);
        return run;
    }
    CacheDirectory::OpenArea base(*m_dir, CacheDirectory::Base);
    if (!unlink.isEmpty() && !base.open(&error)) {
        run.status = Expected<void>::failure(error);
        return run;
    }
    for (const OrphanEntry &o : std::as_const(unlink)) {
        bool existed = false;
        if (!base.remove(o.name, &error, &existed)) {
            run.status = Expected<void>::failure(error);
            return run;
        }
        if (!existed)
            continue; // gone meanwhile: nothing freed, nothing to count
        if (o.isImageId) {
            ++done.filesDeleted;
            done.fileBytesFreed += o.size;
        } else {
            ++done.foreignRemoved;
            done.foreignBytesFreed += o.size;
            if (o.isGlanceLock())
                done.locksRemoved.append(o.name);
        }
    }
    return run;
}
