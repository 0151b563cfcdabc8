#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// A real glance-api (Debian's Glance Zed, no Keystone) started with tests/glance_server.py for one test,
// with the few HTTP calls tests need to set up images. Stopped when destroyed. Test thread only.
class GlanceNode
{
public:
    GlanceNode() = default;
    ~GlanceNode() { stop(); }

    // Starts the server (extra: glance_server.py options such as --shared-with DIR) and waits until it
    // answers. False, with the server's stderr on the test log, when it does not start.
    bool start(const QStringList &extra = {});
    // Closes the server's stdin (glance_server.py stops glance-api) and waits; true when it ended.
    bool stop();

    QString url; // http://127.0.0.1:PORT
    QString cacheDir; // its image_cache_dir
    QString workdir() const { return m_dir.path(); }

    // One request to url + path; the answer's body, *status = HTTP status (0: no answer within a minute).
    QByteArray request(const QByteArray &verb, const QString &path, const QByteArray &body, int *status);
    // POST /v2/images then PUT its data; the new image's ID, empty on a failure.
    QString createImage(const QByteArray &name, const QByteArray &data, bool hidden = false);
    // Image IDs in GET /v2/cache's cached_images.
    QStringList cachedImages();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};
