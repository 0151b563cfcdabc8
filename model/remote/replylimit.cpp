#include "remote/replylimit.h"

#include <QNetworkReply>

namespace {
constexpr char exceededProperty[] = "gcaBodyLimitExceeded";
} // namespace

void ReplyLimit::watch(QNetworkReply *reply, qint64 limit)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, limit](qint64 received, qint64) {
        if (received <= limit || reply->property(exceededProperty).toBool())
            return;
        reply->setProperty(exceededProperty, true);
        reply->abort(); // finished follows, with OperationCanceledError
    });
}

bool ReplyLimit::exceeded(const QNetworkReply *reply)
{
    return reply->property(exceededProperty).toBool();
}
