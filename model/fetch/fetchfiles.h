#pragma once

#include "cache/cachewriter.h"
#include "core/cachelocation.h"
#include "fetch/chunkhasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

#include <optional>

// The disk half of one image's download: the cache's checks, incomplete/<id>, the digests, and the commit or
// rollback, each step a blocking call that ImageFetcher runs on the thread pool. The steps of one image run one
// after another (each starts once the previous one answered), so no lock is needed; the event loop thread
// meanwhile only receives. Whoever holds the last reference ends the writer: a file neither committed nor
// rolled back goes to invalid/ (see CacheWriter).
class FetchFiles
{
    Q_DECLARE_TR_FUNCTIONS(FetchFiles)

public:
    // What the data must match, from the image's description and the response headers.
    struct Expect
    {
        QByteArray checksum; // MD5, lower-case hex; empty: Glance records none
        QString osHashAlgo;
        QByteArray osHashValue; // lower-case hex; empty: not checked
        QByteArray contentMd5; // the Content-MD5 header, hex or base64; empty: none
    };
    struct Checked
    {
        CacheWriter::Check check = CacheWriter::Check::Refused;
        QString message;
    };
    struct Opened
    {
        bool ok = false;
        bool refused = false; // for want of space: a refusal, not a failure
        QString message; // why not, a sentence
    };
    struct Ending
    {
        bool cached = false;
        QString failure; // why not, a sentence; empty when cached
        QString where; // where the partial data went (CacheWriter::rollback)
    };

    FetchFiles(const CacheLocation &location, const QString &imageId, int busyTimeoutMs)
        : m_location(location)
        , m_id(imageId)
        , m_busyTimeoutMs(busyTimeoutMs)
    { }

    // The driver the directory really uses, then CacheWriter::precheck().
    Checked precheck();
    // Refuses an image larger than the free space (less what running downloads still need), then claims
    // incomplete/<id>. other: the os_hash_algo digest to compute beside MD5, if any.
    Opened open(qint64 size, qint64 reservedBytes, std::optional<QCryptographicHash::Algorithm> other);
    // Both digests and the file. Empty or a sentence.
    QString write(const QByteArray &chunk);
    // The last (partial) chunk, then: with a failure already known, the rollback; otherwise the checks
    // against expect and the commit, or the rollback when one fails.
    Ending finish(const QByteArray &last, QString failure, const Expect &expect);

private:
    QString check(const Expect &expect);

    CacheLocation m_location;
    QString m_id;
    int m_busyTimeoutMs;
    std::optional<CacheWriter> m_writer;
    std::optional<ChunkHasher> m_hasher;
};
