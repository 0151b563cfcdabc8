#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// One named cloud of clouds.yaml after secure.yaml was merged into it, in openstacksdk's key names. An
// empty string means "not set". Only what a Glance client needs is extracted; other keys are ignored.
struct CloudConfig
{
    QString name;
    QString cloudsFile; // the clouds.yaml it came from
    QString secureFile; // the secure.yaml merged into it, or empty

    QString authType; // auth_type (or the deprecated auth_plugin) as written
    QString authUrl;
    QString username;
    QString userId;
    QString password;
    QString projectName; // also project_name's old spelling tenant_name
    QString projectId; // also tenant_id
    QString userDomainName;
    QString userDomainId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialSecret;
    QString token;
    QString endpoint; // auth: endpoint, used by auth_type none / admin_token

    QString regionName; // region_name, else the first entry of regions
    QString interface; // image_interface, else interface, else the old endpoint_type
    QString cacert; // a leading ~ expanded to HOME (when read by load()), as requests is given it
    bool insecure = false; // verify: false (or the old insecure: true)
    QString imageEndpointOverride; // image_endpoint_override, else image_endpoint
};

// Reads clouds.yaml and secure.yaml the way openstacksdk 0.101+ does: the first existing file of the
// search path is used (no merging across directories), secure.yaml is found the same way and deep-merged
// into it ("like dict.update, except handling nested dicts"), '-' in keys reads as '_', YAML merge keys
// ("<<: *anchor") are honoured as PyYAML does. Plain value types only; no vendor profiles (clouds-public, the
// vendors openstacksdk ships): a cloud that relies on one for its auth_url is refused with a sentence saying so.
// Not thread-bound: a value type, safe to use from any single thread.
class CloudsYaml
{
    Q_DECLARE_TR_FUNCTIONS(CloudsYaml)

public:
    // Where openstacksdk looks for clouds.yaml (name "clouds") or secure.yaml (name "secure"), in order:
    // $OS_CLIENT_CONFIG_FILE (resp. $OS_CLIENT_SECURE_FILE; relative to cwd) first when set, then cwd,
    // $XDG_CONFIG_HOME/openstack (default ~/.config/openstack), ~/.config/openstack,
    // the first of $XDG_CONFIG_DIRS/openstack (default /etc/xdg/openstack), /etc/openstack; in each
    // directory the suffixes .yaml, .yml, .json. HOME and the XDG variables come from env, never from
    // the real process, so tests can point them at temporary directories.
    static QStringList searchPath(const QString &baseName, const QProcessEnvironment &env, const QString &cwd);

    // Finds and reads clouds.yaml and secure.yaml. Returns false with a sentence in *error when a file
    // that exists cannot be read or parsed, or when $OS_CLIENT_CONFIG_FILE names a file that does not
    // exist. Finding no clouds.yaml at all is not an error here (cloud() reports it, with the places
    // looked at).
    bool load(const QProcessEnvironment &env, const QString &cwd, QString *error);

    // Reads the given files; secureFile may be empty. Same failure rules as load().
    bool loadFiles(const QString &cloudsFile, const QString &secureFile, QString *error);
    // The same from text in memory, as if read from files called cloudsOrigin and secureOrigin (an empty
    // origin: no such file). Touches no file system.
    bool loadData(const QByteArray &clouds, const QString &cloudsOrigin, const QByteArray &secure,
        const QString &secureOrigin, QString *error);

    // The merged cloud called name, for region (empty: the cloud's region_name, else the first of its
    // regions list, whose "values" then apply). Returns false with a sentence in *error when no
    // clouds.yaml was found, the cloud is not defined (the sentence lists the clouds that are), or the
    // cloud lists regions and region is not one of them, or when the cloud names a vendor profile (which we do not
    // read) and has no auth_url of its own.
    bool cloud(const QString &name, const QString &region, CloudConfig *out, QString *error) const;

    QStringList cloudNames() const;
    QString cloudsFile() const { return m_cloudsFile; }
    QString secureFile() const { return m_secureFile; }

    // Parses YAML text into nested QVariantMap / QVariantList / QString (null scalars become invalid
    // QVariants). Returns false with "<origin>, line N, column M: ..." in *error on a syntax error.
    static bool parse(const QByteArray &yaml, const QString &origin, QVariantMap *out, QString *error);

    // openstacksdk's merge_clouds(): a copy of base where every key of overlay replaces the value, except
    // that two mappings are merged recursively.
    static QVariantMap deepMerge(const QVariantMap &base, const QVariantMap &overlay);

private:
    static bool readFile(const QString &path, QByteArray *out, QString *error);
    // parse(), then the checks a clouds.yaml must pass ("clouds" is a mapping).
    static bool readData(const QByteArray &yaml, const QString &origin, QVariantMap *out, QString *error);

    QVariantMap m_config;
    QString m_cloudsFile;
    QString m_secureFile;
    QStringList m_searched; // for "no clouds.yaml found" messages
    QString m_home; // HOME of load()'s env, for a cacert of "~/..."
};
