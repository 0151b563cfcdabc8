#pragma once

#include "core/cacheentries.h"
#include "core/cachelocation.h"

#include <QStringList>
#include <QVector>

// Everything read from a cache in one pass: a value that can be handed from a worker thread to the GUI.
struct CacheSnapshot
{
    CacheLocation location;
    QString effectiveDriver;  // the driver Glance actually uses on this directory
    QString driverNote;       // why it differs from the configured one, when it does
    QVector<CachedImage> cached;   // Glance's get_cached_images() order
    QVector<QueuedImage> queued;   // Glance's get_queued_images() order
    QVector<PartialImage> incomplete;
    QVector<PartialImage> invalid;
    QVector<OrphanEntry> orphans;
    qint64 totalSize = 0;     // get_cache_size(): what the pruner compares with image_cache_max_size
    qint64 freeBytes = -1;    // free space of the filesystem, -1 when unknown
    double takenAt = 0;       // epoch seconds
    QStringList warnings;     // missing subdirectories and similar, for a person
};
