#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QCommandLineParser;
struct CloudConfig;
struct ResolvedConnection;

// How the Image API is reached, as decided by ConnectionOptions::resolve().
enum class AuthMethod {
    NoAuth, // an image URL and nothing else: a Glance deployed without Keystone; no X-Auth-Token at all
    Token, // a token and an image URL (or auth_type admin_token): the token is sent as given
    Password, // Keystone v3 "password" method
    ApplicationCredential, // Keystone v3 "application_credential" method (scoped by the credential itself)
    KeystoneToken, // Keystone v3 "token" method: an existing token exchanged for a scoped one with a catalog
};

// Where credentials come from, with python-glanceclient's option names and OS_* variables. A value type;
// an empty string means "not given". Secrets (password, application credential secret, token) live only
// in memory: nothing here writes them to disk or to a log, and describe() masks them.
struct ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    QString cloud; // --os-cloud / OS_CLOUD: a cloud of clouds.yaml
    QString authType; // --os-auth-type / OS_AUTH_TYPE: password, v3applicationcredential, token, none...
    QString authUrl; // --os-auth-url / OS_AUTH_URL (with or without /v3)
    QString username;
    QString userId;
    QString password; // secret
    QString projectName;
    QString projectId;
    QString userDomainName;
    QString userDomainId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialSecret; // secret
    QString regionName;
    QString interface; // public (the default), internal or admin
    QString authToken; // secret
    QString imageUrl; // --os-image-url / OS_IMAGE_URL: the Glance endpoint, bypassing the catalog
    QString cacert; // a PEM CA bundle that replaces the system's CAs
    bool insecure = false; // --insecure or verify: false; no TLS certificate verification

    // Adds --os-cloud, --os-auth-url, ... --os-cacert and --insecure to parser, with translated help.
    static void addOptions(QCommandLineParser *parser);

    // "--os-cloud", "--os-auth-url", ...: the options that take a value (for hand-written argument
    // scanners), and a help block of "  --option VALUE  text [OS_VARIABLE]" lines for a usage text.
    static QStringList valueOptionNames();
    static QString helpText();

    // The options given on the command line only (no environment, no clouds.yaml). parser must have been
    // set up with addOptions() and have parsed.
    static ConnectionOptions fromParser(const QCommandLineParser &parser);

    // The OS_* variables of env.
    static ConnectionOptions fromEnvironment(const QProcessEnvironment &env);

    // The settings of a clouds.yaml cloud.
    static ConnectionOptions fromCloud(const CloudConfig &cloud);

    // A copy of this where every value that higher sets replaces ours; insecure if either is.
    ConnectionOptions overriddenBy(const ConnectionOptions &higher) const;

    // Layers the sources: explicit values over the OS_* variables of env over the cloud named by
    // explicitValues.cloud or OS_CLOUD (clouds.yaml and secure.yaml looked up with env and cwd, see
    // CloudsYaml). As in openstacksdk, when no cloud is named and neither layer gives credentials or an
    // image URL, a clouds.yaml that defines exactly one cloud supplies it. Returns false with a sentence
    // in *error when the named cloud cannot be read or found, or a clouds.yaml found is unreadable.
    // Reads files: GUI code calls it from a worker (QtConcurrent::run), as for any file-system work.
    static bool assemble(const ConnectionOptions &explicitValues, const QProcessEnvironment &env, const QString &cwd,
        ConnectionOptions *out, QString *error);

    // assemble() with the command-line options of parser as explicit values.
    static bool fromCommandLine(const QCommandLineParser &parser, const QProcessEnvironment &env,
        ConnectionOptions *out, QString *error, const QString &cwd = QDir::currentPath());

    // Decides the method and checks that everything it needs is there:
    //   token + image URL                          -> Token (used directly, like glanceclient), unless
    //                                                 auth_type is token / v3token
    //   auth_type given                            -> that method
    //   application credential id or secret        -> ApplicationCredential
    //   user name / user id / password             -> Password
    //   token + auth URL                           -> KeystoneToken
    //   image URL alone                            -> NoAuth
    // With Keystone, an image URL overrides the catalog. A user domain (and a project domain, for a
    // project given by name) defaults to the domain ID "default", as openstackclient does. Returns false
    // with a sentence naming the missing option when the settings are incomplete or contradictory.
    bool resolve(ResolvedConnection *out, QString *error) const;

    // One line for logs and --verbose output: every value that is set, secrets as "***", passwords in
    // URLs removed.
    QString describe() const;

    static QString methodName(AuthMethod method);
};

// The outcome of ConnectionOptions::resolve(): what KeystoneAuth (and the Image API client) need.
struct ResolvedConnection
{
    AuthMethod method = AuthMethod::NoAuth;
    ConnectionOptions options; // interface normalised to public/internal/admin, domains defaulted
    QUrl authUrl; // Keystone, for the Keystone methods
    QUrl imageUrl; // a fixed Image API endpoint; empty = take it from the catalog
};
