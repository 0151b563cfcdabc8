#include "remote/connectionoptions.h"

#include "remote/cloudsyaml.h"

#include <QCommandLineParser>

namespace {

// One row per option: the command-line name, its OS_* variable, where it goes, whether it is a secret.
struct Field
{
    const char *option;
    const char *env;
    QString ConnectionOptions::*member;
    bool secret;
    const char *valueName;
    const char *help;
};

const Field fields[] = {
    { "os-cloud", "OS_CLOUD", &ConnectionOptions::cloud, false, QT_TRANSLATE_NOOP("ConnectionOptions", "NAME"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "A cloud of clouds.yaml (merged with secure.yaml).") },
    { "os-auth-type", "OS_AUTH_TYPE", &ConnectionOptions::authType, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "TYPE"),
        QT_TRANSLATE_NOOP("ConnectionOptions",
            "password, v3applicationcredential, token, admin_token or none (default: guessed from the other "
            "options).") },
    { "os-auth-url", "OS_AUTH_URL", &ConnectionOptions::authUrl, false, QT_TRANSLATE_NOOP("ConnectionOptions", "URL"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Keystone URL, with or without /v3.") },
    { "os-username", "OS_USERNAME", &ConnectionOptions::username, false, QT_TRANSLATE_NOOP("ConnectionOptions", "NAME"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "User name.") },
    { "os-user-id", "OS_USER_ID", &ConnectionOptions::userId, false, QT_TRANSLATE_NOOP("ConnectionOptions", "ID"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "User ID (instead of a user name and domain).") },
    { "os-password", "OS_PASSWORD", &ConnectionOptions::password, true,
        QT_TRANSLATE_NOOP("ConnectionOptions", "PASSWORD"),
        QT_TRANSLATE_NOOP("ConnectionOptions",
            "Password (other local users can see command lines: prefer OS_PASSWORD or secure.yaml).") },
    { "os-project-name", "OS_PROJECT_NAME", &ConnectionOptions::projectName, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "NAME"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Project to scope the token to.") },
    { "os-project-id", "OS_PROJECT_ID", &ConnectionOptions::projectId, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "ID"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Project ID to scope the token to.") },
    { "os-user-domain-name", "OS_USER_DOMAIN_NAME", &ConnectionOptions::userDomainName, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "NAME"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Domain of the user (default: the domain ID \"default\").") },
    { "os-user-domain-id", "OS_USER_DOMAIN_ID", &ConnectionOptions::userDomainId, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "ID"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Domain ID of the user.") },
    { "os-project-domain-name", "OS_PROJECT_DOMAIN_NAME", &ConnectionOptions::projectDomainName, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "NAME"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Domain of the project (default: the domain ID \"default\").") },
    { "os-project-domain-id", "OS_PROJECT_DOMAIN_ID", &ConnectionOptions::projectDomainId, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "ID"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Domain ID of the project.") },
    { "os-application-credential-id", "OS_APPLICATION_CREDENTIAL_ID", &ConnectionOptions::applicationCredentialId,
        false, QT_TRANSLATE_NOOP("ConnectionOptions", "ID"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Application credential ID.") },
    { "os-application-credential-secret", "OS_APPLICATION_CREDENTIAL_SECRET",
        &ConnectionOptions::applicationCredentialSecret, true, QT_TRANSLATE_NOOP("ConnectionOptions", "SECRET"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Application credential secret.") },
    { "os-region-name", "OS_REGION_NAME", &ConnectionOptions::regionName, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "NAME"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Region of the image endpoint.") },
    { "os-interface", "OS_INTERFACE", &ConnectionOptions::interface, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "INTERFACE"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "Endpoint interface: public (default), internal or admin.") },
    { "os-auth-token", "OS_AUTH_TOKEN", &ConnectionOptions::authToken, true,
        QT_TRANSLATE_NOOP("ConnectionOptions", "TOKEN"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "An existing token; with --os-image-url it is used as is.") },
    { "os-image-url", "OS_IMAGE_URL", &ConnectionOptions::imageUrl, false,
        QT_TRANSLATE_NOOP("ConnectionOptions", "URL"),
        QT_TRANSLATE_NOOP("ConnectionOptions",
            "Image API endpoint, instead of the catalog's; alone, for a Glance without Keystone.") },
    { "os-cacert", "OS_CACERT", &ConnectionOptions::cacert, false, QT_TRANSLATE_NOOP("ConnectionOptions", "FILE"),
        QT_TRANSLATE_NOOP("ConnectionOptions", "CA bundle (PEM) to verify TLS certificates with.") },
};

const char insecureOption[] = "insecure";

QString insecureHelp()
{
    return ConnectionOptions::tr("Do not verify TLS certificates (unsafe: for test clouds only).");
}

QString secureUrlText(const QString &url)
{
    // A URL may carry user:password@; that password must not reach a log either.
    const QUrl parsed(url);
    return parsed.isValid() && !parsed.password().isEmpty() ? parsed.toDisplayString(QUrl::RemovePassword) : url;
}

} // namespace

void ConnectionOptions::addOptions(QCommandLineParser *parser)
{
    for (const Field &f : fields) {
        parser->addOption(QCommandLineOption(
            QLatin1String(f.option), tr(f.help) + QLatin1String(" [") + QLatin1String(f.env) + u']', tr(f.valueName)));
    }
    parser->addOption(QCommandLineOption(QLatin1String(insecureOption), insecureHelp()));
}

QStringList ConnectionOptions::valueOptionNames()
{
    QStringList names;
    for (const Field &f : fields)
        names.append(QLatin1String("--") + QLatin1String(f.option));
    return names;
}

QString ConnectionOptions::helpText()
{
    // "  --option VALUE" on its own line, the text below it wrapped at 100 columns: the option names are
    // too long for a two-column layout.
    auto entry = [](const QString &syntax, const QString &help) {
        QString out = QStringLiteral("  ") + syntax + u'\n';
        QString line;
        for (const QString &word : help.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > 92) {
                out += QStringLiteral("        ") + line + u'\n';
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        return out + QStringLiteral("        ") + line + u'\n';
    };
    QString text;
    for (const Field &f : fields) {
        text += entry(QLatin1String("--") + QLatin1String(f.option) + u' ' + tr(f.valueName),
            tr(f.help) + QLatin1String(" [") + QLatin1String(f.env) + u']');
    }
    return text + entry(QStringLiteral("--insecure"), insecureHelp());
}

ConnectionOptions ConnectionOptions::fromParser(const QCommandLineParser &parser)
{
    ConnectionOptions o;
    for (const Field &f : fields) {
        if (parser.isSet(QLatin1String(f.option)))
            o.*f.member = parser.value(QLatin1String(f.option));
    }
    o.insecure = parser.isSet(QLatin1String(insecureOption));
    return o;
}

ConnectionOptions ConnectionOptions::fromEnvironment(const QProcessEnvironment &env)
{
    ConnectionOptions o;
    for (const Field &f : fields)
        o.*f.member = env.value(QLatin1String(f.env));
    // Legacy spellings glanceclient and openstackclient still read.
    if (o.interface.isEmpty())
        o.interface = env.value(QStringLiteral("OS_ENDPOINT_TYPE"));
    if (o.authToken.isEmpty())
        o.authToken = env.value(QStringLiteral("OS_TOKEN"));
    return o;
}

ConnectionOptions ConnectionOptions::fromCloud(const CloudConfig &c)
{
    ConnectionOptions o;
    o.cloud = c.name;
    o.authType = c.authType;
    o.authUrl = c.authUrl;
    o.username = c.username;
    o.userId = c.userId;
    o.password = c.password;
    o.projectName = c.projectName;
    o.projectId = c.projectId;
    o.userDomainName = c.userDomainName;
    o.userDomainId = c.userDomainId;
    o.projectDomainName = c.projectDomainName;
    o.projectDomainId = c.projectDomainId;
    o.applicationCredentialId = c.applicationCredentialId;
    o.applicationCredentialSecret = c.applicationCredentialSecret;
    o.regionName = c.regionName;
    o.interface = c.interface;
    o.authToken = c.token;
    // The "none" and "admin_token" plugins take the service endpoint in auth: endpoint.
    o.imageUrl = !c.imageEndpointOverride.isEmpty() ? c.imageEndpointOverride : c.endpoint;
    o.cacert = c.cacert;
    o.insecure = c.insecure;
    return o;
}

ConnectionOptions ConnectionOptions::overriddenBy(const ConnectionOptions &higher) const
{
    ConnectionOptions o = *this;
    for (const Field &f : fields) {
        if (!(higher.*f.member).isEmpty())
            o.*f.member = higher.*f.member;
    }
    o.insecure = insecure || higher.insecure;
    return o;
}

bool ConnectionOptions::assemble(const ConnectionOptions &explicitValues, const QProcessEnvironment &env,
    const QString &cwd, ConnectionOptions *out, QString *error)
{
    ConnectionOptions result = fromEnvironment(env).overriddenBy(explicitValues);
    const bool givesCredentials = !result.authType.isEmpty() || !result.authUrl.isEmpty() || !result.username.isEmpty()
        || !result.userId.isEmpty() || !result.password.isEmpty() || !result.applicationCredentialId.isEmpty()
        || !result.applicationCredentialSecret.isEmpty() || !result.authToken.isEmpty() || !result.imageUrl.isEmpty();
    if (result.cloud.isEmpty() && givesCredentials) {
        *out = result;
        return true;
    }
    CloudsYaml clouds;
    if (!clouds.load(env, cwd, error))
        return false;
    // openstacksdk's rule: with no cloud named and nothing in OS_*, a clouds.yaml with a single cloud is used.
    if (result.cloud.isEmpty()) {
        if (clouds.cloudNames().size() == 1)
            result.cloud = clouds.cloudNames().constFirst();
        else {
            *out = result;
            return true;
        }
    }
    CloudConfig cloud;
    // The region chosen by the higher layers selects the entry of the cloud's "regions" list.
    if (!clouds.cloud(result.cloud, result.regionName, &cloud, error))
        return false;
    *out = fromCloud(cloud).overriddenBy(result);
    return true;
}

bool ConnectionOptions::fromCommandLine(const QCommandLineParser &parser, const QProcessEnvironment &env,
    ConnectionOptions *out, QString *error, const QString &cwd)
{
    return assemble(fromParser(parser), env, cwd, out, error);
}

namespace {

// Which way to authenticate, from auth_type or else from what was given (as keystoneauth's loaders guess).
bool chooseMethod(const ConnectionOptions &o, AuthMethod *method, QString *error)
{
    const QString type = o.authType.toLower();
    const bool exchangeToken = type == QLatin1String("token") || type == QLatin1String("v3token");
    if (!o.authToken.isEmpty() && !o.imageUrl.isEmpty() && !exchangeToken) {
        *method = AuthMethod::Token;
    } else if (type == QLatin1String("password") || type == QLatin1String("v3password")) {
        *method = AuthMethod::Password;
    } else if (type == QLatin1String("v3applicationcredential") || type == QLatin1String("applicationcredential")) {
        *method = AuthMethod::ApplicationCredential;
    } else if (exchangeToken) {
        *method = AuthMethod::KeystoneToken;
    } else if (type == QLatin1String("none") || type == QLatin1String("noauth")) {
        *method = AuthMethod::NoAuth;
    } else if (type == QLatin1String("admin_token") || type == QLatin1String("token_endpoint")) {
        *error
            = ConnectionOptions::tr("auth_type %1 needs a token (--os-auth-token) and an image URL (--os-image-url).")
                  .arg(o.authType);
        return false;
    } else if (!type.isEmpty()) {
        *error
            = ConnectionOptions::tr("The authentication type \"%1\" is not supported. Supported: password, v3password, "
                                    "v3applicationcredential, token, v3token, admin_token, none.")
                  .arg(o.authType);
        return false;
    } else if (!o.applicationCredentialId.isEmpty() || !o.applicationCredentialSecret.isEmpty()) {
        *method = AuthMethod::ApplicationCredential;
    } else if (!o.username.isEmpty() || !o.userId.isEmpty() || !o.password.isEmpty()) {
        *method = AuthMethod::Password;
    } else if (!o.authToken.isEmpty() && !o.authUrl.isEmpty()) {
        *method = AuthMethod::KeystoneToken;
    } else if (!o.imageUrl.isEmpty()) {
        *method = AuthMethod::NoAuth;
    } else if (!o.authToken.isEmpty()) {
        *error = ConnectionOptions::tr(
            "A token (--os-auth-token) needs either the image URL it is for (--os-image-url) or a Keystone "
            "URL (--os-auth-url) to get the service catalog from.");
        return false;
    } else {
        *error = ConnectionOptions::tr(
            "No connection settings were given. Use --os-cloud (or OS_CLOUD) for a cloud of clouds.yaml, "
            "--os-auth-url with a user name and password or an application credential, or --os-image-url "
            "for a Glance without Keystone.");
        return false;
    }
    return true;
}

// Whether o holds what method needs; fills in the "default" domains Keystone assumes for names.
bool checkRequired(AuthMethod method, ConnectionOptions &o, QString *error)
{
    auto require = [&](const QString &value, const QString &what, const char *option, const char *env) {
        if (!value.isEmpty())
            return true;
        *error = ConnectionOptions::tr("%1 needs %2 (--%3 or %4).")
                     .arg(ConnectionOptions::methodName(method), what, QLatin1String(option), QLatin1String(env));
        return false;
    };
    switch (method) {
    case AuthMethod::NoAuth:
        if (!require(o.imageUrl, ConnectionOptions::tr("the image URL"), "os-image-url", "OS_IMAGE_URL"))
            return false;
        break;
    case AuthMethod::Token:
        break;
    case AuthMethod::Password:
        if (o.userId.isEmpty()
            && !require(o.username, ConnectionOptions::tr("a user name"), "os-username", "OS_USERNAME"))
            return false;
        if (!require(o.password, ConnectionOptions::tr("a password"), "os-password", "OS_PASSWORD"))
            return false;
        // openstackclient's --os-default-domain: Keystone needs a domain for names, "default" is Keystone's own.
        if (o.userId.isEmpty() && o.userDomainName.isEmpty() && o.userDomainId.isEmpty())
            o.userDomainId = QStringLiteral("default");
        break;
    case AuthMethod::ApplicationCredential:
        if (!require(o.applicationCredentialId, ConnectionOptions::tr("an application credential ID"),
                "os-application-credential-id", "OS_APPLICATION_CREDENTIAL_ID")
            || !require(o.applicationCredentialSecret, ConnectionOptions::tr("an application credential secret"),
                "os-application-credential-secret", "OS_APPLICATION_CREDENTIAL_SECRET"))
            return false;
        break;
    case AuthMethod::KeystoneToken:
        if (!require(o.authToken, ConnectionOptions::tr("a token"), "os-auth-token", "OS_AUTH_TOKEN"))
            return false;
        break;
    }
    if (method != AuthMethod::NoAuth && method != AuthMethod::Token
        && !require(o.authUrl, ConnectionOptions::tr("the Keystone URL"), "os-auth-url", "OS_AUTH_URL"))
        return false;
    return true;
}

} // namespace

bool ConnectionOptions::resolve(ResolvedConnection *out, QString *error) const
{
    ResolvedConnection r;
    r.options = *this;
    ConnectionOptions &o = r.options;

    // Keystone catalogs of the v2 era say "publicURL"; keystoneauth accepts both spellings.
    QString interface = o.interface.isEmpty() ? QStringLiteral("public") : o.interface.toLower();
    if (interface.endsWith(QLatin1String("url")))
        interface.chop(3);
    if (interface != QLatin1String("public") && interface != QLatin1String("internal")
        && interface != QLatin1String("admin")) {
        *error = tr("The interface \"%1\" (--os-interface) is not one of public, internal or admin.").arg(o.interface);
        return false;
    }
    o.interface = interface;

    auto parseUrl = [&](const QString &text, const char *option, QUrl *url) {
        *url = QUrl(text, QUrl::StrictMode);
        if (!url->isValid() || url->host().isEmpty()
            || (url->scheme() != QLatin1String("http") && url->scheme() != QLatin1String("https"))) {
            *error = tr("\"%1\" (--%2) is not an http:// or https:// URL.")
                         .arg(secureUrlText(text), QLatin1String(option));
            return false;
        }
        return true;
    };
    if (!o.imageUrl.isEmpty() && !parseUrl(o.imageUrl, "os-image-url", &r.imageUrl))
        return false;

    if (!chooseMethod(o, &r.method, error) || !checkRequired(r.method, o, error))
        return false;
    if (r.method != AuthMethod::NoAuth && r.method != AuthMethod::Token) {
        if (!parseUrl(o.authUrl, "os-auth-url", &r.authUrl))
            return false;
        // Application credentials carry their own project; other methods may name one.
        if (r.method != AuthMethod::ApplicationCredential && o.projectId.isEmpty() && !o.projectName.isEmpty()
            && o.projectDomainName.isEmpty() && o.projectDomainId.isEmpty())
            o.projectDomainId = QStringLiteral("default");
    }
    *out = r;
    return true;
}

QString ConnectionOptions::describe() const
{
    QStringList parts;
    for (const Field &f : fields) {
        const QString value = this->*f.member;
        if (value.isEmpty())
            continue;
        const QString key = QLatin1String(f.option).mid(3); // without "os-"
        parts.append(key + u'=' + (f.secret ? QStringLiteral("***") : secureUrlText(value)));
    }
    if (insecure)
        parts.append(QLatin1String(insecureOption));
    return parts.join(u' ');
}

QString ConnectionOptions::methodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::NoAuth:
        return tr("Access without authentication");
    case AuthMethod::Token:
        return tr("Token authentication");
    case AuthMethod::Password:
        return tr("Password authentication");
    case AuthMethod::ApplicationCredential:
        return tr("Application credential authentication");
    case AuthMethod::KeystoneToken:
        return tr("Keystone token authentication");
    }
    return {};
}
