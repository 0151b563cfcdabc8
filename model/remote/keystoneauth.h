#pragma once

#include "remote/connectionoptions.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// A token and the Image API endpoint to use it with.
struct AuthToken
{
    QString token; // the X-Auth-Token value; empty for AuthMethod::NoAuth (send no header then)
    QUrl imageUrl; // --os-image-url, or the catalog's image endpoint for the interface and region
    QString regionName; // region of the catalog endpoint; empty when not from the catalog
    QDateTime expiresAt; // Keystone's expires_at (UTC); invalid when unknown (given tokens, no auth)
};

struct AuthResult
{
    bool ok = false;
    AuthToken token; // when ok
    QString error; // a sentence, when !ok
};

// Gets tokens from Keystone v3 (POST {auth_url}/v3/auth/tokens) for the method ConnectionOptions::resolve()
// chose, and hands out the current one until it nears its expiry. For the methods without Keystone
// (NoAuth, Token) it hands out the given token and image URL, so callers have one code path.
// Owns one QNetworkAccessManager; lives in and must be used from the thread that created it (normally
// the GUI thread; the CLI runs an event loop). Nothing it does blocks, and it never logs or stores a secret.
class KeystoneAuth : public QObject
{
    Q_OBJECT

public:
    explicit KeystoneAuth(const ResolvedConnection &connection, QObject *parent = nullptr);
    ~KeystoneAuth() override;

    using Callback = std::function<void(const AuthResult &)>;

    // Calls callback once, always later from the event loop (never inside this call), with the current
    // token when it has more than renewalMargin() seconds left, otherwise after (re)authenticating.
    // Concurrent calls share one Keystone request. A failure is not cached: the next call tries again.
    // When context is destroyed first the callback is dropped; context may be null.
    void token(QObject *context, Callback callback);

    // Says that the Image API answered 401 to rejectedToken. Returns true when asking token() again is
    // worthwhile: rejectedToken, if still current, is dropped so the next token() authenticates anew
    // (a token already replaced is left alone, so many requests failing together renew once). Returns
    // false when rejectedToken was itself obtained after an invalidate() (renewing once did not help:
    // report the 401) or when the method cannot renew (a given token, no authentication).
    bool invalidate(const QString &rejectedToken);

    // Stops using this connection: a Keystone request in flight is aborted and every waiting callback is
    // answered, later, with error. For an owner about to replace this object (deleteLater() it after).
    void abandon(const QString &error);

    // A token is renewed when fewer than this many seconds are left (default 60).
    void setRenewalMargin(int seconds) { m_renewalMargin = seconds; }
    int renewalMargin() const { return m_renewalMargin; }

    // Limit for a Keystone request without progress (default 30 s).
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }

    const ResolvedConnection &connection() const { return m_connection; }

    // The TLS settings of Keystone's own requests: verification on, against the system CAs or only those of
    // the CA bundle; none with insecure (the bundle is then not read, as GlanceApi does). Returns false with a
    // sentence in *error when the bundle cannot be read or holds no PEM certificate.
    static bool makeSslConfiguration(const ConnectionOptions &options, QSslConfiguration *out, QString *error);

    // {auth_url}/v3/auth/tokens whether auth_url ends in /, /v3 or /v2.0 (Keystone serves v3 beside it).
    static QUrl tokensUrl(const QUrl &authUrl);

    // The JSON body of the token request for connection.method (a Keystone method; not NoAuth / Token).
    static QByteArray requestBody(const ResolvedConnection &connection);

    // Reads a 201 body: expires_at and the image endpoint for interface ("public", "internal", "admin";
    // the catalog may say "publicURL") and region (empty: the first that matches). Returns false with a
    // sentence in *error when there is no catalog, no image service, no endpoint for the interface, or
    // none in region (the sentence lists the regions that have one).
    static bool parseTokenBody(
        const QByteArray &body, const QString &interface, const QString &region, AuthToken *out, QString *error);

    // Keystone's timestamps ("2024-05-01T12:00:00.000000Z", fractions of any length); invalid if unreadable.
    static QDateTime parseTime(const QString &text);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext;
        Callback callback;
    };

    void authenticate();
    void onReplyFinished(QNetworkReply *reply);
    QString replyError(QNetworkReply *reply, const QByteArray &body) const;
    bool currentIsFresh() const;
    void scheduleDelivery();
    void deliver(const AuthResult &result);

    ResolvedConnection m_connection;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
    QString m_setupError; // a CA bundle that cannot be used: every token() reports it

    AuthToken m_current;
    bool m_haveCurrent = false;
    QDateTime m_renewAt; // local clock; Keystone's clock may differ from ours
    bool m_currentAfterInvalidate = false;
    bool m_nextAfterInvalidate = false;

    QNetworkReply *m_reply = nullptr;
    QStringList m_sslErrors;
    QList<Waiter> m_waiters;
    bool m_deliveryScheduled = false;
    int m_renewalMargin = 60;
    int m_transferTimeout = 30000;
};
