#pragma once

// What imagefetcher.cpp and imagefetcherverify.cpp share: the state of one download and of one check.
// Private to ImageFetcher; include only from its .cpp files.

#include "cache/cachewriter.h"
#include "fetch/chunkhasher.h"
#include "fetch/imagefetcher.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTimer>

#include <memory>
#include <optional>

namespace ImageFetcherDetail {

inline constexpr qint64 chunkSize = ChunkHasher::chunkSize; // socket read buffer, write and hash unit
inline constexpr int progressIntervalMs = 100;
inline constexpr char sslErrorsProperty[] = "gcaSslErrors"; // on a reply: QStringList, why TLS refused the peer

} // namespace ImageFetcherDetail

struct ImageFetcher::Job
{
    enum Stage { Waiting, Metadata, Downloading, Done };

    QString id;
    Stage stage = Waiting;
    QNetworkReply *reply = nullptr;
    QTimer idle;
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
    QNetworkReply *reply = nullptr;
    QElapsedTimer clock;
    bool done = false;
    Result result;
};
