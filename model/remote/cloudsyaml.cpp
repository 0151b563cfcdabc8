#include "remote/cloudsyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace {

// PyYAML (YAML 1.1) reads these plain scalars as booleans; openstacksdk then sees a bool.
std::optional<bool> yamlBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

// What converting one document may cost. Aliases make the tree a graph: "<<: *a" inside a itself, or a few
// aliases of aliases ("billion laughs"), expand to more values than any memory holds, so a depth limit alone
// does not end the conversion. No clouds.yaml comes near either limit.
struct Budget
{
    static constexpr int maxDepth = 64;
    static constexpr int maxValues = 100000;
    int values = 0;
    bool exceeded = false;
};

QVariant toVariant(const YAML::Node &node, int depth, Budget &budget);

// Applies a merge key's value ("<<: *a" or "<<: [*a, *b]"): earlier maps win over later ones and
// explicit keys of the mapping win over all of them, as in PyYAML.
void applyMergeKey(const YAML::Node &value, QVariantMap *into, int depth, Budget &budget)
{
    QList<QVariantMap> sources;
    if (value.IsMap()) {
        sources.append(toVariant(value, depth, budget).toMap());
    } else if (value.IsSequence()) {
        for (const YAML::Node &item : value) {
            if (item.IsMap())
                sources.append(toVariant(item, depth, budget).toMap());
        }
    }
    for (auto it = sources.crbegin(); it != sources.crend(); ++it) {
        for (auto kv = it->cbegin(); kv != it->cend(); ++kv)
            into->insert(kv.key(), kv.value());
    }
}

QVariant toVariant(const YAML::Node &node, int depth, Budget &budget)
{
    if (budget.exceeded || depth > Budget::maxDepth || ++budget.values > Budget::maxValues) {
        budget.exceeded = true;
        return {};
    }
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // Only plain (unquoted) scalars can be booleans: "false" in quotes stays a string, as in PyYAML.
        if (node.Tag() == "?") {
            if (const auto b = yamlBool(text))
                return *b;
        }
        return text;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item, depth + 1, budget));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        YAML::Node merge;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string key = it->first.Scalar();
            if (key == "<<" && it->first.Tag() == "?")
                merge = it->second;
            else
                map.insert(QString::fromStdString(key), toVariant(it->second, depth + 1, budget));
        }
        if (merge) {
            QVariantMap merged;
            applyMergeKey(merge, &merged, depth + 1, budget);
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                merged.insert(it.key(), it.value());
            return merged;
        }
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

// openstacksdk's normalize_keys(): "auth-url" and "auth_url" are the same key.
QVariantMap normalizedKeys(const QVariantMap &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QString key = it.key();
        key.replace(u'-', u'_');
        out.insert(
            key, it.value().typeId() == QMetaType::QVariantMap ? normalizedKeys(it.value().toMap()) : it.value());
    }
    return out;
}

QString text(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

// A value of the auth section, else of the cloud itself: openstacksdk's _validate_auth takes the auth section's
// value when there is one and moves the cloud's own into it otherwise. Later names (the current spelling) win
// over earlier ones (old spellings such as tenant_name) within each place.
QString authValue(const QVariantMap &cloud, const QVariantMap &auth, std::initializer_list<const char *> names)
{
    QString inAuth;
    QString onCloud;
    for (const char *name : names) {
        const QString key = QLatin1String(name);
        if (!text(auth.value(key)).isEmpty())
            inAuth = text(auth.value(key));
        if (!text(cloud.value(key)).isEmpty())
            onCloud = text(cloud.value(key));
    }
    return !inAuth.isEmpty() ? inAuth : onCloud;
}

} // namespace

QStringList CloudsYaml::searchPath(const QString &baseName, const QProcessEnvironment &env, const QString &cwd)
{
    QStringList files;
    const QString override = env.value(baseName == QLatin1String("secure") ? QStringLiteral("OS_CLIENT_SECURE_FILE")
                                                                           : QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    if (!override.isEmpty())
        files.append(QDir(cwd).absoluteFilePath(override)); // relative to the caller's working directory

    const QString home = env.value(QStringLiteral("HOME"));
    const QString unixConfigHome = home.isEmpty() ? QString() : home + QStringLiteral("/.config/openstack");
    const QString xdgConfigHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    const QString configHome = !xdgConfigHome.isEmpty() ? xdgConfigHome + QStringLiteral("/openstack") : unixConfigHome;
    QStringList siteDirs;
    const QString xdgConfigDirs = env.value(QStringLiteral("XDG_CONFIG_DIRS"), QStringLiteral("/etc/xdg"));
    for (const QString &dir : xdgConfigDirs.split(u':', Qt::SkipEmptyParts))
        siteDirs.append(dir + QStringLiteral("/openstack"));

    QStringList dirs { cwd, configHome, unixConfigHome };
    dirs += siteDirs;
    dirs.append(QStringLiteral("/etc/openstack"));
    for (const QString &dir : std::as_const(dirs)) {
        if (dir.isEmpty())
            continue;
        for (const char *suffix : { ".yaml", ".yml", ".json" }) {
            const QString path = QDir::cleanPath(dir + u'/' + baseName + QLatin1String(suffix));
            if (!files.contains(path))
                files.append(path);
        }
    }
    return files;
}

bool CloudsYaml::load(const QProcessEnvironment &env, const QString &cwd, QString *error)
{
    // An explicitly named file that is missing is a mistake worth reporting; openstacksdk silently
    // falls back to the search path, which then picks up a different cloud definition.
    const QStringList cloudsPath = searchPath(QStringLiteral("clouds"), env, cwd);
    const QStringList securePath = searchPath(QStringLiteral("secure"), env, cwd);
    for (const auto &[var, path] : { std::pair { "OS_CLIENT_CONFIG_FILE", cloudsPath.constFirst() },
             std::pair { "OS_CLIENT_SECURE_FILE", securePath.constFirst() } }) {
        if (!env.value(QLatin1String(var)).isEmpty() && !QFileInfo::exists(path)) {
            *error = tr("%1 names %2, which does not exist.").arg(QLatin1String(var), path);
            return false;
        }
    }
    auto firstExisting = [](const QStringList &paths) {
        for (const QString &path : paths) {
            if (QFileInfo::exists(path))
                return path;
        }
        return QString();
    };
    m_searched = cloudsPath;
    m_home = env.value(QStringLiteral("HOME"));
    return loadFiles(firstExisting(cloudsPath), firstExisting(securePath), error);
}

bool CloudsYaml::loadFiles(const QString &cloudsFile, const QString &secureFile, QString *error)
{
    QByteArray clouds;
    QByteArray secure;
    if (!cloudsFile.isEmpty() && !readFile(cloudsFile, &clouds, error))
        return false;
    if (!secureFile.isEmpty() && !readFile(secureFile, &secure, error))
        return false;
    return loadData(clouds, cloudsFile, secure, secureFile, error);
}

bool CloudsYaml::loadData(const QByteArray &clouds, const QString &cloudsOrigin, const QByteArray &secure,
    const QString &secureOrigin, QString *error)
{
    QVariantMap config;
    if (!cloudsOrigin.isEmpty() && !readData(clouds, cloudsOrigin, &config, error))
        return false;
    if (!secureOrigin.isEmpty()) {
        QVariantMap parsedSecure;
        if (!readData(secure, secureOrigin, &parsedSecure, error))
            return false;
        config = deepMerge(config, parsedSecure);
    }
    m_config = config;
    m_cloudsFile = cloudsOrigin;
    m_secureFile = secureOrigin;
    return true;
}

bool CloudsYaml::readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2")
                     .arg(path, QFileInfo(path).isDir() ? tr("it is a directory") : file.errorString());
        return false;
    }
    constexpr qint64 maxBytes = 4 * 1024 * 1024; // a clouds.yaml is a few kilobytes
    if (file.size() > maxBytes) {
        *error = tr("%1 is too large to be a clouds.yaml file.").arg(path);
        return false;
    }
    *out = file.readAll();
    return true;
}

bool CloudsYaml::readData(const QByteArray &yaml, const QString &origin, QVariantMap *out, QString *error)
{
    QVariantMap parsed;
    if (!parse(yaml, origin, &parsed, error))
        return false;
    if (!parsed.isEmpty() && parsed.contains(QStringLiteral("clouds"))
        && parsed.value(QStringLiteral("clouds")).typeId() != QMetaType::QVariantMap) {
        *error = tr("%1: \"clouds\" must be a mapping of cloud names to settings.").arg(origin);
        return false;
    }
    *out = parsed;
    return true;
}

bool CloudsYaml::parse(const QByteArray &yaml, const QString &origin, QVariantMap *out, QString *error)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        // yaml-cpp counts lines and columns from 0; editors count from 1.
        *error = tr("%1, line %2, column %3: YAML syntax error: %4")
                     .arg(origin)
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg));
        return false;
    }
    if (root.IsNull() || !root.IsDefined()) {
        out->clear(); // an empty file: no clouds, as openstacksdk treats it
        return true;
    }
    if (!root.IsMap()) {
        *error = tr("%1 is not a clouds.yaml file: its top level is not a mapping.").arg(origin);
        return false;
    }
    Budget budget;
    const QVariantMap converted = toVariant(root, 0, budget).toMap();
    if (budget.exceeded) {
        *error = tr("%1 nests more than %2 levels deep or its aliases (*name) expand to more than %3 values; "
                    "no clouds.yaml needs that many, so it is not read.")
                     .arg(origin)
                     .arg(Budget::maxDepth)
                     .arg(Budget::maxValues);
        return false;
    }
    *out = converted;
    return true;
}

QVariantMap CloudsYaml::deepMerge(const QVariantMap &base, const QVariantMap &overlay)
{
    QVariantMap result = base;
    for (auto it = overlay.cbegin(); it != overlay.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantMap && result.value(it.key()).typeId() == QMetaType::QVariantMap)
            result.insert(it.key(), deepMerge(result.value(it.key()).toMap(), it.value().toMap()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QStringList CloudsYaml::cloudNames() const
{
    return m_config.value(QStringLiteral("clouds")).toMap().keys();
}

namespace {

// "regions" lists names or {name, values}; the values of the chosen region (region, or else the first)
// override the cloud's c. *regionName is the region chosen.
bool applyRegion(QVariantMap &c, const QString &cloudName, const QString &region, QString *regionName, QString *error)
{
    *regionName = region;
    const QVariantList regions = c.value(QStringLiteral("regions")).toList();
    if (regions.isEmpty() && regionName->isEmpty()) {
        *regionName = text(c.value(QStringLiteral("region_name")));
    } else if (!regions.isEmpty()) {
        QStringList names;
        for (const QVariant &entry : regions) {
            const QVariantMap map = entry.toMap();
            const QString entryName = map.isEmpty() ? text(entry) : text(map.value(QStringLiteral("name")));
            names.append(entryName);
            if (regionName->isEmpty() || *regionName == entryName) {
                *regionName = entryName;
                c = CloudsYaml::deepMerge(c, normalizedKeys(map.value(QStringLiteral("values")).toMap()));
                break;
            }
        }
        if (!names.contains(*regionName)) {
            *error = CloudsYaml::tr("The region \"%1\" is not a region of the cloud \"%2\". Its regions: %3.")
                         .arg(*regionName, cloudName, names.join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

// The auth section's values (or the cloud's own, as openstacksdk also accepts them there).
void readAuth(const QVariantMap &c, CloudConfig *out)
{
    const QVariantMap auth = c.value(QStringLiteral("auth")).toMap();
    CloudConfig &r = *out;
    r.authUrl = authValue(c, auth, { "auth_url" });
    r.username = authValue(c, auth, { "username", "user_name" });
    r.userId = authValue(c, auth, { "user_id" });
    r.password = authValue(c, auth, { "password" });
    r.projectName = authValue(c, auth, { "tenant_name", "project_name" });
    r.projectId = authValue(c, auth, { "tenant_id", "project_id" });
    r.userDomainName = authValue(c, auth, { "user_domain_name" });
    r.userDomainId = authValue(c, auth, { "user_domain_id" });
    r.projectDomainName = authValue(c, auth, { "project_domain_name" });
    r.projectDomainId = authValue(c, auth, { "project_domain_id" });
    // openstacksdk's _handle_domain_id: one domain_name / domain_id stands for both user and project domain.
    const QString domainName = authValue(c, auth, { "domain_name" });
    const QString domainId = authValue(c, auth, { "domain_id" });
    if (r.userDomainName.isEmpty() && r.userDomainId.isEmpty()) {
        r.userDomainName = domainName;
        r.userDomainId = domainId;
    }
    if (r.projectDomainName.isEmpty() && r.projectDomainId.isEmpty()) {
        r.projectDomainName = domainName;
        r.projectDomainId = domainId;
    }
    r.applicationCredentialId = authValue(c, auth, { "application_credential_id" });
    r.applicationCredentialSecret = authValue(c, auth, { "application_credential_secret" });
    r.token = authValue(c, auth, { "auth_token", "token" });
    r.endpoint = authValue(c, auth, { "endpoint", "url" });
}

} // namespace

bool CloudsYaml::cloud(const QString &name, const QString &region, CloudConfig *out, QString *error) const
{
    if (m_cloudsFile.isEmpty() && m_secureFile.isEmpty()) {
        *error = tr("The cloud \"%1\" cannot be used: no clouds.yaml was found (looked for %2).")
                     .arg(name, m_searched.join(QLatin1String(", ")));
        return false;
    }
    const QVariantMap clouds = m_config.value(QStringLiteral("clouds")).toMap();
    if (!clouds.contains(name)) {
        const QString where = m_cloudsFile.isEmpty() ? m_secureFile : m_cloudsFile;
        *error = clouds.isEmpty()
            ? tr("The cloud \"%1\" is not defined in %2, which defines no clouds.").arg(name, where)
            : tr("The cloud \"%1\" is not defined in %2. Known clouds: %3.")
                  .arg(name, where, cloudNames().join(QLatin1String(", ")));
        return false;
    }
    QVariantMap c = normalizedKeys(clouds.value(name).toMap());

    QString regionName;
    if (!applyRegion(c, name, region, &regionName, error))
        return false;

    CloudConfig r;
    r.name = name;
    r.cloudsFile = m_cloudsFile;
    r.secureFile = m_secureFile;
    r.authType = text(c.value(QStringLiteral("auth_type")));
    if (r.authType.isEmpty())
        r.authType = text(c.value(QStringLiteral("auth_plugin")));
    readAuth(c, &r);
    // openstacksdk fills a cloud from a vendor profile (profile:, formerly cloud:) it ships or finds in
    // clouds-public.yaml. We read no vendor profiles: when the cloud leaves its Keystone URL to one, say so
    // here instead of failing later for a missing --os-auth-url.
    const QString profile = !text(c.value(QStringLiteral("profile"))).isEmpty()
        ? text(c.value(QStringLiteral("profile")))
        : text(c.value(QStringLiteral("cloud")));
    if (!profile.isEmpty() && r.authUrl.isEmpty()) {
        *error = tr("The cloud \"%1\" takes its settings from the vendor profile \"%2\", which this program does "
                    "not read. Write the profile's auth_url (and region_name) into the cloud in %3.")
                     .arg(name, profile, m_cloudsFile.isEmpty() ? m_secureFile : m_cloudsFile);
        return false;
    }

    r.regionName = regionName;
    // openstacksdk's get_interface("image"): the image service's own setting first.
    for (const char *key : { "image_interface", "interface", "endpoint_type" }) {
        if (r.interface.isEmpty())
            r.interface = text(c.value(QLatin1String(key)));
    }
    r.cacert = text(c.value(QStringLiteral("cacert")));
    // requests is given os.path.expanduser(cacert).
    if ((r.cacert == QLatin1String("~") || r.cacert.startsWith(QLatin1String("~/"))) && !m_home.isEmpty())
        r.cacert = m_home + r.cacert.mid(1);
    // Only a YAML boolean false turns verification off. A quoted 'false' is a string, which openstacksdk hands to
    // requests as the path of a CA bundle (so nothing connects); we keep verifying with the system's CAs.
    const QVariant verify = c.value(QStringLiteral("verify"));
    // openstacksdk reads "insecure" with get_boolean(): only a real true or the string "true" count.
    const QVariant insecure = c.value(QStringLiteral("insecure"));
    r.insecure = (verify.typeId() == QMetaType::Bool && !verify.toBool())
        || (insecure.typeId() == QMetaType::Bool && insecure.toBool())
        || text(insecure).toLower() == QLatin1String("true");
    // openstacksdk's get_endpoint("image"): endpoint_override, else endpoint, of the image service.
    r.imageEndpointOverride = text(c.value(QStringLiteral("image_endpoint_override")));
    if (r.imageEndpointOverride.isEmpty())
        r.imageEndpointOverride = text(c.value(QStringLiteral("image_endpoint")));
    // image_api_version is ignored on purpose: the cache API only exists in Image API v2.
    *out = r;
    return true;
}
