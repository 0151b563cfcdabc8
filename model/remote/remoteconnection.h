#pragma once

#include "core/background.h"
#include "remote/connectionoptions.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class KeystoneAuth;
class QSettings;

// What a caller needs to talk to the Image API: the token to send, the endpoint the catalog (or
// --os-image-url) names, and the TLS settings of the cloud.
struct RemoteAccess
{
    bool ok = false;
    QString error; // a sentence, when !ok
    QString token; // X-Auth-Token; empty = send none (Glance without Keystone)
    QUrl imageUrl; // the catalog's image endpoint, --os-image-url, or the first node without either
    QString caBundle; // for GlanceEndpoint
    bool insecure = false;
};

// The GUI's connection to a cloud: the options a person entered (secrets in memory only), the list of
// glance-api nodes, and one KeystoneAuth that hands out tokens. clouds.yaml and the OS_* environment are
// read on a worker thread. Lives in the GUI thread; every answer arrives later from the event loop.
class RemoteConnection : public QObject
{
    Q_OBJECT

public:
    explicit RemoteConnection(QObject *parent = nullptr);
    ~RemoteConnection() override;

    // The values given in the dialog, over the OS_* variables of the environment and clouds.yaml (see
    // ConnectionOptions::assemble). Forgets the current token.
    void setOptions(const ConnectionOptions &explicitValues);
    ConnectionOptions options() const { return m_options; }
    // Each node's own URL (http://node-1:9292), in the order the matrix shows them.
    void setNodes(const QStringList &nodeUrls);
    QStringList nodes() const { return m_nodes; }
    // Both at once, with one changed() signal. Callers still waiting for a token from the previous
    // settings are answered with a failure (later, from the event loop).
    void setConnection(const ConnectionOptions &explicitValues, const QStringList &nodeUrls);
    // For tests: the environment and directory clouds.yaml is looked up with (default: the process's).
    void setEnvironment(const QProcessEnvironment &env, const QString &cwd);

    // True once setOptions() or setNodes() gave anything to connect with.
    bool isConfigured() const;

    // Assembles and resolves the options, authenticates when needed, and calls done once, later, with the
    // outcome. Concurrent calls share the work. Dropped when context is destroyed first (context may be null).
    void access(QObject *context, std::function<void(const RemoteAccess &)> done);
    // The Image API answered 401 to token: true when asking access() again may help (KeystoneAuth::invalidate).
    bool invalidate(const QString &token);

    // The one rule for a 401, for every Image API call (NodeFleet, FetchService): gets access() and runs
    // attempt with it, also when access failed (access.ok false: attempt reports access.error). attempt sends
    // its request with access.token and, once it has the answer, calls renew(httpStatus) before reporting it.
    // renew returns true for a 401 to a token that can be renewed (invalidate()), the first time in this call:
    // attempt then runs once more, later, with fresh access, and must report nothing now. false: the answer is
    // final (a second 401 included). Nothing runs once context is destroyed (context may be null).
    using Renew = std::function<bool(int httpStatus)>;
    using Attempt = std::function<void(const RemoteAccess &access, const Renew &renew)>;
    void withToken(QObject *context, Attempt attempt);

    // Remembers what is not secret: cloud name, URLs, user and project names, region, interface, CA bundle,
    // insecure, nodes. Never a password, secret or token.
    void save(QSettings *settings) const;
    void load(QSettings *settings);

Q_SIGNALS:
    void changed();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext;
        std::function<void(const RemoteAccess &)> done;
    };
    void retire();
    void startAssembly();
    void resolved(bool ok, const ConnectionOptions &assembled, const QString &error);
    void deliver(const RemoteAccess &access);
    void attemptWithToken(const QPointer<QObject> &context, bool hasContext, const Attempt &attempt, bool renewed);

    ConnectionOptions m_options;
    QStringList m_nodes;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_cwd;
    std::unique_ptr<KeystoneAuth> m_auth;
    QList<Waiter> m_waiters;
    bool m_assembling = false;
    BackgroundLane m_assembly { this }; // new settings make a running assembly stale
};
