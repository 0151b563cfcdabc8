#include "xattrbackend.h"

#include "cachedirectory.h"
#include "imageid.h"
#include "xattrs.h"

#include <algorithm>
#include <numeric>

namespace {

// Glance sorts (st_atime, st_size, path) tuples; deleting one file never reorders the rest, so one sort
// gives the same sequence as its repeated minimum. Returns indexes into files.
QVector<int> evictionOrder(const QVector<FileEntry> &files)
{
    QVector<int> order(files.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int ia, int ib) {
        const FileEntry &a = files.at(ia), &b = files.at(ib);
        if (a.atimeSeconds != b.atimeSeconds)
            return a.atimeSeconds < b.atimeSeconds;
        if (a.size != b.size)
            return a.size < b.size;
        return a.name < b.name;
    });
    return order;
}

} // namespace

XattrBackend::XattrBackend(const CacheDirectory &dir)
    : m_dir(dir)
{
}

bool XattrBackend::listCached(const QVector<FileEntry> &baseFiles, QVector<CachedImage> *images,
                              QVector<OrphanEntry> *orphans, QString *, bool ranks)
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
    if (!ranks)
        return true;
    const QVector<int> order = evictionOrder(baseFiles);
    for (int rank = 0; rank < order.size(); ++rank)
        (*images)[order.at(rank)].evictionRank = rank;
    return true;
}


bool XattrBackend::lruOrder(const QVector<FileEntry> &baseFiles, QVector<PruneVictim> *order, QString *)
{
    order->clear();
    order->reserve(baseFiles.size());
    for (int i : evictionOrder(baseFiles))
        order->append({baseFiles.at(i).name, baseFiles.at(i).size});
    return true;
}

bool XattrBackend::hasRecord(const QString &imageId)
{
    return m_dir.exists(CacheDirectory::Base, imageId);
}

bool XattrBackend::deleteCached(const QStringList &names, int *done, QString *error, const BatchProgress &progress)
{
    *done = 0;
    for (const QString &name : names) {
        if (!m_dir.remove(CacheDirectory::Base, name, error))
            return false;
        ++*done;
        if (progress && *done % 500 == 0 && !progress(*done))
            return false;
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
