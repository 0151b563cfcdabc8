#include "cache/xattrbackend.h"

#include "cache/cachedirectory.h"
#include "core/imageid.h"
#include "core/xattrs.h"

#include <QFile>

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
    images->resize(baseFiles.size());
    // One getxattr() per file is most of the listing's time; like stat() it scales with cores, and
    // resolving names relative to one open descriptor spares a walk of the whole path for each.
    CacheDirectory::OpenArea base(m_dir, CacheDirectory::Base);
    QString ignored;
    const int fd = base.open(&ignored) ? base.fd() : -1;
    const QString dirPath = m_dir.path(CacheDirectory::Base);
    CachedImage *out = images->data();
    CacheDirectory::forEachChunk(baseFiles.size(), [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const FileEntry &f = baseFiles.at(i);
            CachedImage &img = out[i];
            img.imageId = f.name;
            img.size = f.size;
            img.hits = fd >= 0 ? Xattrs::hitsAt(fd, dirPath, QFile::encodeName(f.name).constData())
                               : Xattrs::hits(m_dir.path(CacheDirectory::Base, f.name));
            img.lastAccessed = double(f.atimeSeconds);
            img.lastModified = double(f.mtimeSeconds);
        }
    });
    appendOrphans(baseFiles, orphans);
    if (!ranks)
        return true;
    const QVector<int> order = evictionOrder(baseFiles);
    for (int rank = 0; rank < order.size(); ++rank)
        (*images)[order.at(rank)].evictionRank = rank;
    return true;
}

bool XattrBackend::visitForApi(const ApiVisitor &visit, QString *error)
{
    QVector<FileEntry> files;
    QVector<CachedImage> images;
    QVector<OrphanEntry> orphans;
    if (!m_dir.list(CacheDirectory::Base, &files, error) || !listCached(files, &images, &orphans, error, false))
        return false;
    for (const CachedImage &img : std::as_const(images)) {
        const QByteArray id = img.imageId.toUtf8();
        visit({std::string_view(id.constData(), size_t(id.size())), img.hits, img.lastAccessed, img.lastModified,
               img.size, -1, {}});
    }
    return true;
}

bool XattrBackend::countCached(const QVector<FileEntry> &baseFiles, qint64 *count, QVector<OrphanEntry> *orphans,
                               QString *)
{
    // Every regular file is a cached image; hits are not needed to count them.
    *count = baseFiles.size();
    appendOrphans(baseFiles, orphans);
    return true;
}

void XattrBackend::appendOrphans(const QVector<FileEntry> &baseFiles, QVector<OrphanEntry> *orphans)
{
    for (const FileEntry &f : baseFiles) {
        if (!ImageId::isValid(f.name))
            orphans->append({OrphanEntry::FileWithoutRecord, f.name, f.size, false});
    }
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
    CacheDirectory::OpenArea base(m_dir, CacheDirectory::Base);
    if (!names.isEmpty() && !base.open(error))
        return false;
    for (const QString &name : names) {
        if (!base.remove(name, error))
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
    CacheDirectory::OpenArea base(m_dir, CacheDirectory::Base);
    if (!baseFiles.isEmpty() && !base.open(error))
        return false;
    for (const FileEntry &f : baseFiles) {
        if (!base.remove(f.name, error))
            return false;
        ++*deleted;
    }
    return true;
}
