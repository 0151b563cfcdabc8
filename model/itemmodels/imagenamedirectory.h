#pragma once

#include "core/imagenames.h"

#include <QObject>
#include <QUrl>

class ActivityLog;
class GlanceApi;
class RemoteConnection;
struct ApiResult;
struct ImageInfo;

// Image names for the tables: every page of GET /v2/images, looked up once per connection, with the token and
// image endpoint the RemoteConnection hands out (the catalog's, --os-image-url, or else its first node). Glance
// lists what the token may see: with an admin token every image, with another the project's own, public and
// shared ones; hidden and deleted images are never listed (the tables show a placeholder for those).
// A lookup starts when refresh() is called and again whenever the connection changes; its answer replaces
// the names (namesChanged). A failure is one entry in the activity log, never a dialog, and keeps the names
// found before. Lives in the GUI thread and never blocks it: the requests run on its event loop.
class ImageNameDirectory : public QObject
{
    Q_OBJECT

public:
    // connection and log are not owned and must outlive the directory (log may be null).
    ImageNameDirectory(RemoteConnection *connection, ActivityLog *log, QObject *parent = nullptr);
    ~ImageNameDirectory() override;

    // Starts a lookup when the connection is configured (without one, names become unknown); a lookup still
    // running is dropped. asked: a person asked for it (View → Refresh Names), so its success is logged too.
    void refresh(bool asked = false);
    const ImageNames &names() const { return m_names; }
    bool isLooking() const { return m_api != nullptr; }
    // Images per request (Glance caps it at api_limit_max, 1000 by default); tests lower it to see pages.
    void setPageSize(int images) { m_pageSize = images; }

Q_SIGNALS:
    void namesChanged(const ImageNames &names);
    void lookingChanged(bool looking);
    // Each request of a lookup as it leaves, for tests.
    void requestStarted(const QByteArray &verb, const QUrl &url);

private:
    void finish(
        quint64 generation, const ApiResult &result, const QVector<ImageInfo> &images, bool asked, const QString &node);
    void stopLooking();

    RemoteConnection *m_connection;
    ActivityLog *m_log;
    ImageNames m_names;
    GlanceApi *m_api = nullptr; // the running lookup's; deleting it drops its answer
    quint64 m_generation = 0;
    int m_pageSize = 1000;
};
