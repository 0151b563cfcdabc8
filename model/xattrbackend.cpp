#include "xattrbackend.h"

#include "cachedirectory.h"
#include "imageid.h"
#include "xattrs.h"

#include <algorithm>

XattrBackend::XattrBackend(const CacheDirectory &dir)
    : m_dir(dir)
{
}

bool XattrBackend::listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images,
                              QVector<OrphanEntry> *orphans, QString *)
{
    images->clear();
    images->reserve(baseFiles.size());
    for (const FileEntry &f : baseFiles) {
        CachedImage img;
        img.imageId = f.name;
        img.size = f.size;
        img.hits = Xattrs::hits(m_dir.path(CacheDirectory::Base, f.name));
        img.lastAccessed = double(f.atimeSeconds);
        img.lastModified = double(f.mtimeSeconds);
        images->append(img);
        if (!ImageId::isValid(f.name))
            orphans->append({OrphanEntry::FileWithoutRecord, f.name, f.size, false});
    }
    return true;
}

bool XattrBackend::lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *)
{
    // Glance sorts (st_atime, st_size, path) tuples; deleting one file never reorders the rest, so one
    // sort gives the same sequence as its repeated minimum.
    QVector<const FileEntry *> sorted;
    sorted.reserve(baseFiles.size());
    for (const FileEntry &f : baseFiles)
        sorted.append(&f);
    std::sort(sorted.begin(), sorted.end(), [](const FileEntry *a, const FileEntry *b) {
        if (a->atimeSeconds != b->atimeSeconds)
            return a->atimeSeconds < b->atimeSeconds;
        if (a->size != b->size)
            return a->size < b->size;
        return a->name < b->name;
    });
    order->clear();
    order->reserve(sorted.size());
    for (const FileEntry *f : std::as_const(sorted))
        order->append({f->name, f->size});
    return true;
}

bool XattrBackend::hasRecord(const QString &imageId)
{
    return m_dir.exists(CacheDirectory::Base, imageId);
}

bool XattrBackend::deleteCached(const QStringList &names, int *done, QString *error)
{
    *done = 0;
    for (const QString &name : names) {
        if (!m_dir.remove(CacheDirectory::Base, name, error))
            return false;
        ++*done;
    }
    return true;
}

bool XattrBackend::deleteAll(const QVector<FileEntry> &baseFiles, int *deleted, QString *error)
{
    *deleted = 0;
    for (const FileEntry &f : baseFiles) {
        if (!m_dir.remove(CacheDirectory::Base, f.name, error))
            return false;
        ++*deleted;
    }
    return true;
}
