#include "itemmodels/regionmatrix.h"

#include <algorithm>

bool RegionMatrix::isKnown(const QString &url, const QStringList &knownNodes)
{
    const auto bare = [](QString u) {
        while (u.endsWith(u'/'))
            u.chop(1);
        return u;
    };
    const QString wanted = bare(url);
    return std::any_of(knownNodes.cbegin(), knownNodes.cend(), [&](const QString &k) { return bare(k) == wanted; });
}

CacheMatrix RegionMatrix::build(const RegionCacheMap &map, const QStringList &knownNodes)
{
    QVector<MatrixSource> sources(map.nodes.size());
    for (int n = 0; n < map.nodes.size(); ++n) {
        sources[n].name = map.nodes.at(n).url;
        sources[n].ok = true;
    }
    QVector<ImageInfo> images;
    for (const RegionImage &image : map.images) {
        for (const RegionCopy &c : image.copies) {
            CachedImage cached;
            cached.imageId = image.imageId;
            cached.size = c.size;
            cached.hits = c.hits;
            cached.lastAccessed = c.lastAccessed;
            cached.lastModified = c.lastModified;
            cached.hasFile = true; // the database cannot tell; the node's own listing would not either
            sources[c.node].state.cached.append(cached);
        }
        if (image.inGlance()) {
            ImageInfo info;
            info.id = image.imageId;
            info.name = image.name;
            info.status = image.status;
            info.size = image.size;
            info.checksum = image.checksum;
            info.osHashAlgo = image.osHashAlgo;
            info.osHashValue = image.osHashValue;
            images.append(info);
        }
    }
    CacheMatrix matrix = CacheMatrix::build(sources, images, true);
    QVector<bool> counted(map.nodes.size(), true);
    int countedNodes = int(map.nodes.size());
    if (std::any_of(
            map.nodes.cbegin(), map.nodes.cend(), [&](const RegionNode &n) { return isKnown(n.url, knownNodes); })) {
        for (int n = 0; n < map.nodes.size(); ++n)
            counted[n] = isKnown(map.nodes.at(n).url, knownNodes);
        countedNodes = int(std::count(counted.cbegin(), counted.cend(), true));
    }
    for (const RegionImage &image : map.images) {
        const int row = matrix.rowOf(image.imageId);
        if (row < 0)
            continue;
        MatrixRow &r = matrix.rows[row];
        // A soft-deleted row still says what the image was called and that it is deleted.
        if (image.glance == RegionImage::Deleted) {
            r.name = image.name;
            r.status = image.status;
        }
        r.answeringSources = countedNodes;
        r.cachedCount = int(std::count_if(image.copies.cbegin(), image.copies.cend(),
            [&counted](const RegionCopy &c) { return counted.at(c.node); }));
    }
    return matrix;
}
