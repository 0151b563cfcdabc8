#pragma once

// What imagefetcher.cpp and imagefetcherverify.cpp share: the state of one download and of one check.
// Private to ImageFetcher; include only from its .cpp files.

#include "fetch/fetchfiles.h"
#include "fetch/imagefetcher.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTimer>

#include <memory>
#include <optional>

namespace ImageFetcherDetail {

inline constexpr qint64 chunkSize = 1024 * 1024; // socket read buffer, write and hash unit
inline constexpr int progressIntervalMs = 100;
inline constexpr qint64 errorBodyLimit = 4096; // of an error answer's body: enough for Glance's explanation

} // namespace ImageFetcherDetail

struct ImageFetcher::Job
{
    // Ending: the request is over and the last disk task (checks, commit or rollback) runs.
    enum Stage { Waiting, Metadata, Downloading, Ending, Done };

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
    std::shared_ptr<FetchFiles> files; // the disk side; shared with the task that runs its current step
    std::unique_ptr<QObject> diskContext; // the context of the disk tasks' answers: reset to drop them
    bool diskBusy = false; // a step of files runs on the pool
    bool ended = false; // the file request is over: what is left is the rest of its data and the last step
    bool hashOther = false; // os_hash_value is checked too
    bool resent = false; // the file request went out again after a connection closed before any answer
    QByteArray fill; // the chunk being received
    qint64 buffered = 0; // bytes in fill
    QByteArray contentMd5;
    std::unique_ptr<QTimer> rateTimer; // the minimum-rate rule's window, while a file request runs
    qint64 rateMark = 0; // bytes received when the window began
    qint64 done = 0;
    qint64 lastEmitDone = 0;
    double rate = 0;
    std::optional<Outcome> abortOutcome; // set when we abort the reply ourselves
    QString abortReason;
    QStringList notes;
    Result result;
};

template<typename Work, typename Done>
void ImageFetcher::onDisk(Job *job, Work work, Done done)
{
    job->diskBusy = true;
    if (!job->diskContext)
        job->diskContext = std::make_unique<QObject>();
    Background::run(
        job->diskContext.get(), [files = job->files, work = std::move(work)]() { return work(*files); },
        [job, done = std::move(done)](const auto &value) {
            job->diskBusy = false;
            done(value);
        });
}

struct ImageFetcher::Verification
{
    QString id;
    std::unique_ptr<QObject> guard; // context of the GET /v2/images/{id} callbacks
    bool waiting = false; // for the image's description (not yet hashing)
    QElapsedTimer clock;
    bool done = false;
    Result result;
};
