#include "remote/keystoneauth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>

// KeystoneAuth's pure half: TLS settings, the request body, the token response reader. No network, callable
// from any thread, tested on their own (as glanceprotocol.cpp is for GlanceApi).

namespace {

QJsonObject domainObject(const QString &name, const QString &id)
{
    return !name.isEmpty() ? QJsonObject { { QStringLiteral("name"), name } }
                           : QJsonObject { { QStringLiteral("id"), id } };
}

QString normalizedInterface(QString interface)
{
    interface = interface.toLower();
    if (interface.endsWith(QLatin1String("url")))
        interface.chop(3); // "publicURL", from catalogs of the v2 era
    return interface;
}

} // namespace

bool KeystoneAuth::makeSslConfiguration(const ConnectionOptions &options, QSslConfiguration *out, QString *error)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (options.insecure) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else if (!options.cacert.isEmpty()) {
        QFile file(options.cacert);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA bundle %1: %2").arg(options.cacert, file.errorString());
            return false;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromDevice(&file, QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = tr("The CA bundle %1 holds no PEM certificate.").arg(options.cacert);
            return false;
        }
        // Like requests' verify=<bundle>: the bundle replaces the system CAs rather than adding to them.
        ssl.setCaCertificates(certificates);
    }
    *out = ssl;
    return true;
}

QUrl KeystoneAuth::tokensUrl(const QUrl &authUrl)
{
    QUrl url = authUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QLatin1String version : { QLatin1String("/v3"), QLatin1String("/v2.0") }) {
        if (path.endsWith(version)) {
            path.chop(version.size());
            break;
        }
    }
    url.setPath(path + QStringLiteral("/v3/auth/tokens"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QByteArray KeystoneAuth::requestBody(const ResolvedConnection &connection)
{
    const ConnectionOptions &o = connection.options;
    QJsonObject identity;
    bool scoped = true;
    switch (connection.method) {
    case AuthMethod::Password: {
        QJsonObject user { { QStringLiteral("password"), o.password } };
        if (!o.userId.isEmpty()) {
            user.insert(QStringLiteral("id"), o.userId);
        } else {
            user.insert(QStringLiteral("name"), o.username);
            user.insert(QStringLiteral("domain"), domainObject(o.userDomainName, o.userDomainId));
        }
        identity.insert(QStringLiteral("methods"), QJsonArray { QStringLiteral("password") });
        identity.insert(QStringLiteral("password"), QJsonObject { { QStringLiteral("user"), user } });
        break;
    }
    case AuthMethod::ApplicationCredential:
        identity.insert(QStringLiteral("methods"), QJsonArray { QStringLiteral("application_credential") });
        identity.insert(QStringLiteral("application_credential"),
            QJsonObject { { QStringLiteral("id"), o.applicationCredentialId },
                { QStringLiteral("secret"), o.applicationCredentialSecret } });
        scoped = false; // Keystone refuses a scope: the credential is bound to its project
        break;
    case AuthMethod::KeystoneToken:
        identity.insert(QStringLiteral("methods"), QJsonArray { QStringLiteral("token") });
        identity.insert(QStringLiteral("token"), QJsonObject { { QStringLiteral("id"), o.authToken } });
        break;
    case AuthMethod::NoAuth:
    case AuthMethod::Token:
        return {};
    }
    QJsonObject auth { { QStringLiteral("identity"), identity } };
    if (scoped && (!o.projectId.isEmpty() || !o.projectName.isEmpty())) {
        const QJsonObject project = !o.projectId.isEmpty()
            ? QJsonObject { { QStringLiteral("id"), o.projectId } }
            : QJsonObject { { QStringLiteral("name"), o.projectName },
                  { QStringLiteral("domain"), domainObject(o.projectDomainName, o.projectDomainId) } };
        auth.insert(QStringLiteral("scope"), QJsonObject { { QStringLiteral("project"), project } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("auth"), auth } }).toJson(QJsonDocument::Compact);
}

QDateTime KeystoneAuth::parseTime(const QString &text)
{
    // Keystone writes microseconds; Qt reads at most milliseconds.
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))?(Z|[+-]\\d\\d:?\\d\\d)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QString fraction = (m.captured(2) + QStringLiteral("000")).left(3);
    const QString zone = m.captured(3).isEmpty() ? QStringLiteral("Z") : m.captured(3); // Keystone means UTC
    const QDateTime t = QDateTime::fromString(m.captured(1) + u'.' + fraction + zone, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool KeystoneAuth::parseTokenBody(
    const QByteArray &body, const QString &interface, const QString &region, AuthToken *out, QString *error)
{
    const QJsonObject token = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toObject();
    if (token.isEmpty()) {
        *error = tr("Keystone's answer is not a token (no \"token\" object in the body).");
        return false;
    }
    if (!token.contains(QStringLiteral("catalog"))) {
        *error = tr("The token has no service catalog: it is not scoped to a project. Give a project "
                    "(--os-project-name or --os-project-id).");
        return false;
    }
    const QString wanted = normalizedInterface(interface.isEmpty() ? QStringLiteral("public") : interface);
    bool haveImage = false;
    QStringList interfaces;
    QStringList regions;
    for (const QJsonValue &serviceValue : token.value(QStringLiteral("catalog")).toArray()) {
        const QJsonObject service = serviceValue.toObject();
        if (service.value(QStringLiteral("type")).toString() != QLatin1String("image"))
            continue;
        haveImage = true;
        for (const QJsonValue &endpointValue : service.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject endpoint = endpointValue.toObject();
            const QString itf = normalizedInterface(endpoint.value(QStringLiteral("interface")).toString());
            if (!interfaces.contains(itf))
                interfaces.append(itf);
            if (itf != wanted)
                continue;
            // region_id is the v3 name; "region" is its deprecated twin, still sent by Keystone.
            QString endpointRegion = endpoint.value(QStringLiteral("region_id")).toString();
            if (endpointRegion.isEmpty())
                endpointRegion = endpoint.value(QStringLiteral("region")).toString();
            if (!regions.contains(endpointRegion) && !endpointRegion.isEmpty())
                regions.append(endpointRegion);
            if (!region.isEmpty() && endpointRegion != region)
                continue;
            const QUrl url(endpoint.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()) {
                *error = tr("The catalog's image endpoint \"%1\" is not a URL.")
                             .arg(endpoint.value(QStringLiteral("url")).toString());
                return false;
            }
            out->imageUrl = url;
            out->regionName = endpointRegion;
            out->expiresAt = parseTime(token.value(QStringLiteral("expires_at")).toString());
            return true;
        }
    }
    if (!haveImage)
        *error = tr("The service catalog has no image service (Glance is not registered in Keystone).");
    else if (regions.isEmpty())
        *error = tr("The service catalog has no %1 image endpoint; it has: %2. Choose one with --os-interface.")
                     .arg(wanted, interfaces.join(QLatin1String(", ")));
    else
        *error = tr("The service catalog has no %1 image endpoint in the region \"%2\". Regions with one: %3.")
                     .arg(wanted, region, regions.join(QLatin1String(", ")));
    return false;
}
