#pragma once

#include <QtGlobal>

class QNetworkReply;

// Caps how much of an API answer is kept: Qt buffers a reply's whole body in memory until it is read, and a
// Glance or Keystone answer (a cache listing, a page of images, a token with its catalog) is a few MiB at
// most. A server that sends more is broken, or not what the URL claims: the reply is aborted at the cap
// instead of eating the memory. Image data is streamed (GlanceApi::openImageFile) and never capped here.
class ReplyLimit
{
public:
    static constexpr qint64 apiBodyLimit = 64 * 1024 * 1024;

    // Aborts reply once more than limit bytes of its body arrived; exceeded() says so afterwards.
    static void watch(QNetworkReply *reply, qint64 limit = apiBodyLimit);
    static bool exceeded(const QNetworkReply *reply);
};
