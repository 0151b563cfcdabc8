#include "remote/remoteconnection.h"

#include "remote/keystoneauth.h"

#include "core/background.h"

#include <QDir>
#include <QSettings>

namespace {

struct Assembled
{
    bool ok = false;
    ConnectionOptions options;
    QString error;
};

bool givesCredentials(const ConnectionOptions &o)
{
    return !o.authType.isEmpty() || !o.authUrl.isEmpty() || !o.username.isEmpty() || !o.userId.isEmpty()
        || !o.applicationCredentialId.isEmpty() || !o.authToken.isEmpty();
}

} // namespace

RemoteConnection::RemoteConnection(QObject *parent)
    : QObject(parent)
    , m_cwd(QDir::currentPath())
{
}

RemoteConnection::~RemoteConnection() = default;

void RemoteConnection::setOptions(const ConnectionOptions &explicitValues)
{
    setConnection(explicitValues, m_nodes);
}

void RemoteConnection::setNodes(const QStringList &nodeUrls)
{
    setConnection(m_options, nodeUrls);
}

void RemoteConnection::setConnection(const ConnectionOptions &explicitValues, const QStringList &nodeUrls)
{
    m_options = explicitValues;
    m_nodes = nodeUrls; // the first node may stand in for the image URL
    retire();
    Q_EMIT changed();
}

void RemoteConnection::retire()
{
    m_assembly.invalidate();
    m_assembling = false;
    // Callers waiting for a token from the old settings get an answer rather than silence.
    if (m_auth) {
        KeystoneAuth *old = m_auth.release();
        old->abandon(tr("The connection settings changed while signing in; try again."));
        old->deleteLater();
    }
}

void RemoteConnection::setEnvironment(const QProcessEnvironment &env, const QString &cwd)
{
    m_env = env;
    m_cwd = cwd;
    retire();
}

bool RemoteConnection::isConfigured() const
{
    return !m_nodes.isEmpty() || !m_options.cloud.isEmpty() || !m_options.imageUrl.isEmpty()
        || givesCredentials(m_options);
}

void RemoteConnection::access(QObject *context, std::function<void(const RemoteAccess &)> done)
{
    m_waiters.append({ context, context != nullptr, std::move(done) });
    if (m_auth) {
        // Already resolved: hand the waiters to KeystoneAuth (which answers later, never inline).
        resolved(true, m_auth->connection().options, {});
        return;
    }
    if (!m_assembling)
        startAssembly();
}

void RemoteConnection::startAssembly()
{
    m_assembling = true;
    const quint64 generation = m_assembly.begin();
    const ConnectionOptions explicitValues = m_options;
    const QProcessEnvironment env = m_env;
    const QString cwd = m_cwd;
    Background::run(
        this,
        [explicitValues, env, cwd]() {
            Assembled a;
            a.ok = ConnectionOptions::assemble(explicitValues, env, cwd, &a.options, &a.error);
            return a;
        },
        [this, generation](const Assembled &a) {
            if (!m_assembly.isCurrent(generation)) {
                // The options changed meanwhile: this answer is stale; the waiters need a fresh one.
                if (!m_assembling && !m_waiters.isEmpty())
                    startAssembly();
                return;
            }
            m_assembling = false;
            resolved(a.ok, a.options, a.error);
        });
}

void RemoteConnection::resolved(bool ok, const ConnectionOptions &assembled, const QString &error)
{
    if (!ok) {
        RemoteAccess failure;
        failure.error = error;
        deliver(failure);
        return;
    }
    if (!m_auth) {
        ConnectionOptions options = assembled;
        // A Glance without Keystone: the nodes themselves are enough, no token is sent.
        if (options.imageUrl.isEmpty() && !givesCredentials(options) && !m_nodes.isEmpty())
            options.imageUrl = m_nodes.constFirst();
        ResolvedConnection connection;
        QString resolveError;
        if (!options.resolve(&connection, &resolveError)) {
            RemoteAccess failure;
            failure.error = resolveError;
            deliver(failure);
            return;
        }
        m_auth = std::make_unique<KeystoneAuth>(connection);
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        KeystoneAuth *auth = m_auth.get();
        const ConnectionOptions &o = auth->connection().options;
        const QString caBundle = o.cacert;
        const bool insecure = o.insecure;
        auto callback = [done = w.done, caBundle, insecure](const AuthResult &r) {
            RemoteAccess a;
            a.ok = r.ok;
            a.error = r.error;
            a.token = r.token.token;
            a.imageUrl = r.token.imageUrl;
            a.caBundle = caBundle;
            a.insecure = insecure;
            done(a);
        };
        auth->token(w.hasContext ? w.context.data() : nullptr, callback);
    }
}

void RemoteConnection::deliver(const RemoteAccess &access)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        w.done(access);
    }
}

bool RemoteConnection::invalidate(const QString &token)
{
    return m_auth && m_auth->invalidate(token);
}

void RemoteConnection::withToken(QObject *context, Attempt attempt)
{
    attemptWithToken(context, context != nullptr, attempt, false);
}

void RemoteConnection::attemptWithToken(
    const QPointer<QObject> &context, bool hasContext, const Attempt &attempt, bool renewed)
{
    if (hasContext && !context)
        return;
    access(context.data(), [this, context, hasContext, attempt, renewed](const RemoteAccess &access) {
        const QPointer<RemoteConnection> self(this);
        const QString token = access.token;
        // Once per call: a token refused right after renewal means the credentials, not the token's age.
        auto renew = [self, context, hasContext, attempt, renewed, token](int httpStatus) {
            if (httpStatus != 401 || renewed || !self || !self->invalidate(token))
                return false;
            self->attemptWithToken(context, hasContext, attempt, true);
            return true;
        };
        attempt(access, renew);
    });
}

void RemoteConnection::save(QSettings *s) const
{
    s->beginGroup(QStringLiteral("connection"));
    s->setValue(QStringLiteral("cloud"), m_options.cloud);
    s->setValue(QStringLiteral("authUrl"), m_options.authUrl);
    s->setValue(QStringLiteral("username"), m_options.username);
    s->setValue(QStringLiteral("projectName"), m_options.projectName);
    s->setValue(QStringLiteral("userDomainName"), m_options.userDomainName);
    s->setValue(QStringLiteral("projectDomainName"), m_options.projectDomainName);
    s->setValue(QStringLiteral("applicationCredentialId"), m_options.applicationCredentialId);
    s->setValue(QStringLiteral("regionName"), m_options.regionName);
    s->setValue(QStringLiteral("interface"), m_options.interface);
    s->setValue(QStringLiteral("imageUrl"), m_options.imageUrl);
    s->setValue(QStringLiteral("cacert"), m_options.cacert);
    s->setValue(QStringLiteral("insecure"), m_options.insecure);
    s->setValue(QStringLiteral("nodes"), m_nodes);
    s->endGroup();
}

void RemoteConnection::load(QSettings *s)
{
    ConnectionOptions o;
    s->beginGroup(QStringLiteral("connection"));
    o.cloud = s->value(QStringLiteral("cloud")).toString();
    o.authUrl = s->value(QStringLiteral("authUrl")).toString();
    o.username = s->value(QStringLiteral("username")).toString();
    o.projectName = s->value(QStringLiteral("projectName")).toString();
    o.userDomainName = s->value(QStringLiteral("userDomainName")).toString();
    o.projectDomainName = s->value(QStringLiteral("projectDomainName")).toString();
    o.applicationCredentialId = s->value(QStringLiteral("applicationCredentialId")).toString();
    o.regionName = s->value(QStringLiteral("regionName")).toString();
    o.interface = s->value(QStringLiteral("interface")).toString();
    o.imageUrl = s->value(QStringLiteral("imageUrl")).toString();
    o.cacert = s->value(QStringLiteral("cacert")).toString();
    o.insecure = s->value(QStringLiteral("insecure"), false).toBool();
    const QStringList nodes = s->value(QStringLiteral("nodes")).toStringList();
    s->endGroup();
    setConnection(o, nodes);
}
