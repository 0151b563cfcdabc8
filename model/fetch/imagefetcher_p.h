#pragma once

// What imagefetcher.cpp and imagefetcherverify.cpp share: the state of one download and of one check.
// Private to ImageFetcher; include only from its .cpp files.

#include "cache/cachewriter.h"
#include "fetch/chunkhasher.h"
#include "fetch/imagefetcher.h"

#include <QElapsedTimer>
#include <QNetworkReply>

#include <memory>
#include <optional>

namespace ImageFetcherDetail {

inline constexpr qint64 chunkSize = ChunkHasher::chunkSize; // socket read buffer, write and hash unit
inline constexpr int progressIntervalMs = 100;
inline constexpr qint64 errorBodyLimit = 4096; // of an error answer's body: enough for Glance's explanation

} // namespace ImageFetcherDetail

struct ImageFetcher::Job
{
    enum Stage { Waiting, Metadata, Downloading, Done };

    QString id;
    Stage stage = Waiting;
    QNetworkReply *reply = nullptr;
    // The context of the callbacks of this image's current request: reset to drop them (cancel, end).
    std::unique_ptr<QObject> guard;
    RemoteConnection::Renew renew; // the 401 rule for the file request in flight
    QByteArray errorBody; // what an error answer to the file request said
    QElapsedTimer clock;
    QElapsedTimer lastEmit;
    ImageInfo info;
    std::unique_ptr<ChunkHasher> hasher;
    qint64 buffered = 0; // bytes in hasher->buffer() not yet written nor hashed
    QByteArray contentMd5;
    std::unique_ptr<CacheWriter> writer;
    qint64 done = 0;
    qint64 lastEmitDone = 0;
    double rate = 0;
    std::optional<Outcome> abortOutcome; // set when we abort the reply ourselves
    QString abortReason;
    QStringList notes;
    Result result;
};

struct ImageFetcher::Verification
{
    QString id;
    std::unique_ptr<QObject> guard; // context of the GET /v2/images/{id} callbacks
    bool waiting = false; // for the image's description (not yet hashing)
    QElapsedTimer clock;
    bool done = false;
    Result result;
};
