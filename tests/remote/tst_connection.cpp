// Where credentials come from: clouds.yaml + secure.yaml (CloudsYaml), the OS_* variables and
// glanceclient options (ConnectionOptions), and Keystone v3 tokens (KeystoneAuth) against
// tests/fake_keystone.py. Every file lives in a QTemporaryDir and every lookup gets its own
// QProcessEnvironment, so the real home and /etc/openstack stay out of it.
#include "remote/cloudsyaml.h"
#include "remote/connectionoptions.h"
#include "remote/keystoneauth.h"
#include "remote/replylimit.h"
#include "../support/refusingport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QLatin1String(item));
    return list;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

// The fake Keystone, started on a free port and stopped by closing its stdin.
struct FakeKeystone
{
    QProcess process;
    QUrl url;
    QString cacert;

    bool start(const QStringList &extraArgs, QString *error)
    {
        process.setProgram(python);
        process.setArguments(QStringList { QStringLiteral(GCA_TESTS_DIR "/fake_keystone.py") } + extraArgs);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        if (!process.waitForStarted(10000) || !process.waitForReadyRead(20000)) {
            *error = QStringLiteral("fake_keystone.py did not start: ") + process.errorString();
            return false;
        }
        const QJsonObject info = QJsonDocument::fromJson(process.readLine()).object();
        url = QUrl(info.value(QStringLiteral("url")).toString());
        cacert = info.value(QStringLiteral("cacert")).toString();
        return url.isValid();
    }
    ~FakeKeystone()
    {
        if (process.state() != QProcess::NotRunning) {
            process.closeWriteChannel();
            if (!process.waitForFinished(5000))
                process.kill();
        }
    }
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment envFor(const QTemporaryDir &dir) const;
    bool resolveOptions(const ConnectionOptions &o, ResolvedConnection *out);
    AuthResult fetch(KeystoneAuth &auth);
    QByteArray control(const QString &path, const QByteArray &postBody = {});
    int tokenRequests();
    void resetFake(double expiresIn = 3600);
    ConnectionOptions adminOptions() const;

    FakeKeystone m_keystone;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase();

    // clouds.yaml and secure.yaml
    void searchPathOrder();
    void firstFileWins();
    void clientConfigFileTakesPrecedence();
    void secureYamlDeepMerges();
    void cloudKeys();
    void regionsList();
    void malformedYamlNamesTheLine();
    void selfReferentialAliasesAreRefused();
    void missingCloudListsKnownOnes();
    void unreadableAndMissingFiles();

    // ConnectionOptions
    void precedence_data();
    void precedence();
    void commandLine();
    void singleCloudUsedImplicitly();
    void resolve_data();
    void resolve();
    void describeMasksSecrets();

    // pure Keystone helpers
    void tokensUrl_data();
    void tokensUrl();
    void parseTime_data();
    void parseTime();
    void catalogSelection_data();
    void catalogSelection();
    void requestBodies();

    // against fake_keystone.py
    void passwordAuth_data();
    void passwordAuth();
    void applicationCredential();
    void keystoneTokenMethod();
    void wrongPassword();
    void wrongApplicationSecret();
    void unscopedTokenHasNoCatalog();
    void regionNotInCatalog();
    void imageUrlOverridesCatalog();
    void tokenReused();
    void concurrentCallsShareOneRequest();
    void renewedNearExpiry();
    void invalidateRenewsOnce();
    void givenTokenAndNoAuth();
    void droppedWhenContextDies();
    void unreachableKeystone();
    void transferTimeout();
    void destroyedWhileAuthenticating();
    void tls();
    void keystoneFaults_data();
    void keystoneFaults();
};

QProcessEnvironment TestConnection::envFor(const QTemporaryDir &dir) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), dir.filePath(QStringLiteral("xdg-dirs")));
    return env;
}

bool TestConnection::resolveOptions(const ConnectionOptions &o, ResolvedConnection *out)
{
    QString error;
    const bool ok = o.resolve(out, &error);
    if (!ok)
        qWarning("resolve failed: %s", qPrintable(error));
    return ok;
}

AuthResult TestConnection::fetch(KeystoneAuth &auth)
{
    std::optional<AuthResult> result;
    auth.token(this, [&result](const AuthResult &r) { result = r; });
    if (result) { // must never happen: callers rely on the callback coming later
        AuthResult wrong;
        wrong.error = QStringLiteral("callback ran inside token()");
        return wrong;
    }
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000)) {
        AuthResult timedOut;
        timedOut.error = QStringLiteral("no answer within 15 s");
        return timedOut;
    }
    // SHOW_ERRORS=1 prints every error sentence, for reading them as a user would.
    if (qEnvironmentVariableIsSet("SHOW_ERRORS") && !result->ok)
        qInfo("%s", qPrintable(result->error));
    return *result;
}

QByteArray TestConnection::control(const QString &path, const QByteArray &postBody)
{
    QNetworkRequest request(m_keystone.url.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = postBody.isNull() ? m_network.get(request) : m_network.post(request, postBody);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning("fake_keystone.py did not answer %s", qPrintable(path));
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

int TestConnection::tokenRequests()
{
    return QJsonDocument::fromJson(control(QStringLiteral("/_stats")))
        .object()
        .value(QStringLiteral("token_requests"))
        .toInt(-1);
}

void TestConnection::resetFake(double expiresIn)
{
    control(
        QStringLiteral("/_reset"), QJsonDocument(QJsonObject { { QStringLiteral("expires_in"), expiresIn } }).toJson());
}

ConnectionOptions TestConnection::adminOptions() const
{
    ConnectionOptions o;
    o.authUrl = m_keystone.url.toString() + QStringLiteral("/v3");
    o.username = QStringLiteral("admin");
    o.password = QStringLiteral("secret");
    o.projectName = QStringLiteral("demo");
    o.userDomainName = QStringLiteral("Default");
    return o;
}

void TestConnection::initTestCase()
{
    QVERIFY2(QFile::exists(python), "/usr/bin/python3 is missing");
    QString error;
    QVERIFY2(m_keystone.start({}, &error), qPrintable(error));
}

// ---- clouds.yaml -------------------------------------------------------------------------------------

void TestConnection::searchPathOrder()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/h"));
    QStringList path = CloudsYaml::searchPath(QStringLiteral("clouds"), env, QStringLiteral("/cwd"));
    const QStringList expected { QStringLiteral("/cwd/clouds.yaml"), QStringLiteral("/cwd/clouds.yml"),
        QStringLiteral("/cwd/clouds.json"), QStringLiteral("/h/.config/openstack/clouds.yaml"),
        QStringLiteral("/h/.config/openstack/clouds.yml"), QStringLiteral("/h/.config/openstack/clouds.json"),
        QStringLiteral("/etc/xdg/openstack/clouds.yaml"), QStringLiteral("/etc/xdg/openstack/clouds.yml"),
        QStringLiteral("/etc/xdg/openstack/clouds.json"), QStringLiteral("/etc/openstack/clouds.yaml"),
        QStringLiteral("/etc/openstack/clouds.yml"), QStringLiteral("/etc/openstack/clouds.json") };
    QCOMPARE(path, expected);

    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/x"));
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), QStringLiteral("/o/my.yaml"));
    env.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), QStringLiteral("/o/secret.yaml"));
    path = CloudsYaml::searchPath(QStringLiteral("clouds"), env, QStringLiteral("/cwd"));
    QCOMPARE(path.value(0), QStringLiteral("/o/my.yaml"));
    QCOMPARE(path.value(1), QStringLiteral("/cwd/clouds.yaml"));
    QVERIFY(path.indexOf(QStringLiteral("/x/openstack/clouds.yaml"))
        < path.indexOf(QStringLiteral("/h/.config/openstack/clouds.yaml")));
    QCOMPARE(CloudsYaml::searchPath(QStringLiteral("secure"), env, QStringLiteral("/cwd")).value(0),
        QStringLiteral("/o/secret.yaml"));
}

void TestConnection::firstFileWins()
{
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg")));
    writeFile(dir.filePath(QStringLiteral("xdg/openstack/clouds.yaml")), "clouds:\n  c: {region_name: FromXdg}\n");
    writeFile(
        dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")), "clouds:\n  c: {region_name: FromHome}\n");
    writeFile(cwd + QStringLiteral("/clouds.yml"), "clouds:\n  c: {region_name: FromCwd}\n");

    QString error;
    CloudConfig c;
    CloudsYaml y;
    QVERIFY2(y.load(env, cwd, &error) && y.cloud(QStringLiteral("c"), {}, &c, &error), qPrintable(error));
    QCOMPARE(c.regionName, QStringLiteral("FromCwd"));
    QCOMPARE(c.cloudsFile, cwd + QStringLiteral("/clouds.yml"));

    QFile::remove(cwd + QStringLiteral("/clouds.yml"));
    QVERIFY2(y.load(env, cwd, &error) && y.cloud(QStringLiteral("c"), {}, &c, &error), qPrintable(error));
    QCOMPARE(c.regionName, QStringLiteral("FromXdg"));

    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    QVERIFY2(y.load(env, cwd, &error) && y.cloud(QStringLiteral("c"), {}, &c, &error), qPrintable(error));
    QCOMPARE(c.regionName, QStringLiteral("FromHome"));
}

void TestConnection::clientConfigFileTakesPrecedence()
{
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    writeFile(cwd + QStringLiteral("/clouds.yaml"), "clouds:\n  c: {region_name: FromCwd}\n");
    writeFile(dir.filePath(QStringLiteral("elsewhere/mine.yaml")), "clouds:\n  c: {region_name: FromOverride}\n");
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), dir.filePath(QStringLiteral("elsewhere/mine.yaml")));
    QString error;
    CloudConfig c;
    CloudsYaml y;
    QVERIFY2(y.load(env, cwd, &error) && y.cloud(QStringLiteral("c"), {}, &c, &error), qPrintable(error));
    QCOMPARE(c.regionName, QStringLiteral("FromOverride"));
}

void TestConnection::secureYamlDeepMerges()
{
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg")));
    // clouds.yaml in the XDG directory, secure.yaml in the current one: each is found on its own.
    writeFile(dir.filePath(QStringLiteral("xdg/openstack/clouds.yaml")),
        "clouds:\n"
        "  prod:\n"
        "    auth:\n"
        "      auth_url: https://keystone.example:5000/v3\n"
        "      username: alice\n"
        "      project_name: demo\n"
        "    region_name: RegionOne\n"
        "    interface: internal\n");
    writeFile(cwd + QStringLiteral("/secure.yaml"),
        "clouds:\n"
        "  prod:\n"
        "    auth:\n"
        "      password: s3cret\n"
        "    region_name: RegionTwo\n"
        "  onlysecret:\n"
        "    auth: {application_credential_secret: x}\n");
    QString error;
    CloudsYaml y;
    QVERIFY2(y.load(env, cwd, &error), qPrintable(error));
    QCOMPARE(y.secureFile(), cwd + QStringLiteral("/secure.yaml"));
    QCOMPARE(y.cloudNames(), QStringList({ QStringLiteral("onlysecret"), QStringLiteral("prod") }));
    CloudConfig c;
    QVERIFY2(y.cloud(QStringLiteral("prod"), {}, &c, &error), qPrintable(error));
    QCOMPARE(c.authUrl, QStringLiteral("https://keystone.example:5000/v3")); // kept from clouds.yaml
    QCOMPARE(c.username, QStringLiteral("alice"));
    QCOMPARE(c.password, QStringLiteral("s3cret")); // added by secure.yaml
    QCOMPARE(c.regionName, QStringLiteral("RegionTwo")); // overridden by secure.yaml
    QCOMPARE(c.interface, QStringLiteral("internal"));

    QCOMPARE(CloudsYaml::deepMerge({ { QStringLiteral("a"), QVariantMap { { QStringLiteral("x"), 1 } } } },
                 { { QStringLiteral("a"), QVariantMap { { QStringLiteral("y"), 2 } } } }),
        QVariantMap(
            { { QStringLiteral("a"), QVariantMap { { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 2 } } } }));
}

void TestConnection::cloudKeys()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("clouds.yaml")),
        "defaults: &defaults\n"
        "  auth_type: v3applicationcredential\n"
        "  verify: false\n"
        "clouds:\n"
        "  app:\n"
        "    <<: *defaults\n"
        "    auth:\n"
        "      auth-url: http://k:5000\n" // '-' reads as '_'
        "      application_credential_id: ac-1\n"
        "      application_credential_secret: 'no'\n" // quoted: a string, not a boolean
        "      project_id: 12345\n"
        "      domain_name: Corp\n"
        "    endpoint_type: internalURL\n"
        "    cacert: /etc/ssl/ca.pem\n"
        "    image_endpoint_override: http://glance.example:9292\n"
        "    image_api_version: '2'\n"
        "  strict:\n"
        "    verify: 'false'\n" // a string: openstacksdk does not treat it as false
        "    insecure: true\n"
        "  plain:\n"
        "    verify: true\n"
        "    auth_token: t\n");
    CloudsYaml y;
    QString error;
    QVERIFY2(y.loadFiles(dir.filePath(QStringLiteral("clouds.yaml")), {}, &error), qPrintable(error));
    CloudConfig c;
    QVERIFY2(y.cloud(QStringLiteral("app"), {}, &c, &error), qPrintable(error));
    QCOMPARE(c.authType, QStringLiteral("v3applicationcredential"));
    QVERIFY(c.insecure);
    QCOMPARE(c.authUrl, QStringLiteral("http://k:5000"));
    QCOMPARE(c.applicationCredentialSecret, QStringLiteral("no"));
    QCOMPARE(c.projectId, QStringLiteral("12345"));
    QCOMPARE(c.userDomainName, QStringLiteral("Corp"));
    QCOMPARE(c.projectDomainName, QStringLiteral("Corp"));
    QCOMPARE(c.interface, QStringLiteral("internalURL"));
    QCOMPARE(c.cacert, QStringLiteral("/etc/ssl/ca.pem"));
    QCOMPARE(c.imageEndpointOverride, QStringLiteral("http://glance.example:9292"));

    QVERIFY(y.cloud(QStringLiteral("strict"), {}, &c, &error));
    QVERIFY(c.insecure); // from insecure: true
    QVERIFY(y.cloud(QStringLiteral("plain"), {}, &c, &error));
    QVERIFY(!c.insecure);
    QCOMPARE(c.token, QStringLiteral("t"));

    // The cloud's values flow into ConnectionOptions; the catalog's "internalURL" reads as internal.
    QVERIFY(y.cloud(QStringLiteral("app"), {}, &c, &error));
    ResolvedConnection r;
    QVERIFY(resolveOptions(ConnectionOptions::fromCloud(c), &r));
    QCOMPARE(r.method, AuthMethod::ApplicationCredential);
    QCOMPARE(r.options.interface, QStringLiteral("internal"));
    QCOMPARE(r.imageUrl, QUrl(QStringLiteral("http://glance.example:9292")));
    QVERIFY(r.options.insecure);
}

void TestConnection::regionsList()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("clouds.yaml")),
        "clouds:\n"
        "  multi:\n"
        "    interface: public\n"
        "    regions:\n"
        "      - name: North\n"
        "        values: {interface: internal}\n"
        "      - South\n");
    CloudsYaml y;
    QString error;
    QVERIFY2(y.loadFiles(dir.filePath(QStringLiteral("clouds.yaml")), {}, &error), qPrintable(error));
    CloudConfig c;
    QVERIFY2(y.cloud(QStringLiteral("multi"), {}, &c, &error), qPrintable(error));
    QCOMPARE(c.regionName, QStringLiteral("North")); // the first one
    QCOMPARE(c.interface, QStringLiteral("internal")); // its values apply
    QVERIFY2(y.cloud(QStringLiteral("multi"), QStringLiteral("South"), &c, &error), qPrintable(error));
    QCOMPARE(c.regionName, QStringLiteral("South"));
    QCOMPARE(c.interface, QStringLiteral("public"));
    QVERIFY(!y.cloud(QStringLiteral("multi"), QStringLiteral("West"), &c, &error));
    QVERIFY2(
        error.contains(QLatin1String("\"West\"")) && error.contains(QLatin1String("North, South")), qPrintable(error));
}

void TestConnection::malformedYamlNamesTheLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clouds.yaml"));
    writeFile(path, "clouds:\n  broken:\n    auth: {auth_url: http://k\n    region_name: x\n");
    CloudsYaml y;
    QString error;
    QVERIFY(!y.loadFiles(path, {}, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(", line ")) && error.contains(QLatin1String("YAML syntax error")),
        qPrintable(error));
    // A tab where YAML wants spaces, on line 3.
    writeFile(path, "clouds:\n  a:\n\tregion_name: x\n");
    QVERIFY(!y.loadFiles(path, {}, &error));
    QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));

    writeFile(path, "- just\n- a list\n");
    QVERIFY(!y.loadFiles(path, {}, &error));
    QVERIFY2(error.contains(QLatin1String("not a mapping")), qPrintable(error));
}

// Found by the fuzzer (tests/fuzz/corpus/clouds_yaml/regression-alias-inside-its-anchor.yaml): a merge key
// that names the mapping it sits in, twice, expanded to 2^21 copies and never finished. It is now a
// sentence, and the clouds read before are kept.
void TestConnection::selfReferentialAliasesAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clouds.yaml"));
    writeFile(path, "clouds:\n  a:\n    auth: {username: alice}\n");
    CloudsYaml y;
    QString error;
    QVERIFY(y.loadFiles(path, {}, &error));
    writeFile(path, "base: &base\n  x: 1\n  clouds:\n    a:\n      auth:\n        <<: *base\n    b:\n      auth:\n"
                    "        <<: [*base]\n");
    QVERIFY(!y.loadFiles(path, {}, &error));
    QVERIFY2(error.startsWith(path) && error.contains(QLatin1String("aliases")), qPrintable(error));
    QCOMPARE(y.cloudNames(), QStringList { QStringLiteral("a") });
    // Ten aliases of ten aliases ... nine levels deep: a billion values from a few hundred bytes.
    QByteArray laughs = "a0: &a0 [lol]\n";
    for (int i = 1; i <= 9; ++i)
        laughs += QStringLiteral("a%1: &a%1 [%2]\n")
                      .arg(i)
                      .arg(QStringList(10, QStringLiteral("*a%1").arg(i - 1)).join(QStringLiteral(", ")))
                      .toUtf8();
    writeFile(path, laughs);
    QVERIFY(!y.loadFiles(path, {}, &error));
    QVERIFY2(error.contains(QLatin1String("100000")), qPrintable(error));
}

void TestConnection::missingCloudListsKnownOnes()
{
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    writeFile(cwd + QStringLiteral("/clouds.yaml"), "clouds:\n  beta: {}\n  alpha: {}\n");
    CloudsYaml y;
    QString error;
    QVERIFY2(y.load(env, cwd, &error), qPrintable(error));
    CloudConfig c;
    QVERIFY(!y.cloud(QStringLiteral("gamma"), {}, &c, &error));
    QVERIFY2(error.contains(QLatin1String("\"gamma\"")) && error.contains(QLatin1String("alpha, beta"))
            && error.contains(cwd + QStringLiteral("/clouds.yaml")),
        qPrintable(error));

    // Through ConnectionOptions, with OS_CLOUD.
    env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("gamma"));
    ConnectionOptions o;
    QVERIFY(!ConnectionOptions::assemble({}, env, cwd, &o, &error));
    QVERIFY2(error.contains(QLatin1String("alpha, beta")), qPrintable(error));

    // No clouds.yaml anywhere: envFor's scratch HOME and XDG_CONFIG_DIRS hide the tester's own files; only
    // /etc/openstack is fixed (as in openstacksdk), so a machine with a system-wide one shows it found instead.
    QVERIFY(QFile::remove(cwd + QStringLiteral("/clouds.yaml")));
    QVERIFY2(y.load(env, cwd, &error), qPrintable(error));
    QVERIFY(!y.cloud(QStringLiteral("gamma"), {}, &c, &error));
    const QString system = QStringLiteral("/etc/openstack/clouds.yaml");
    if (QFileInfo::exists(system) || QFileInfo::exists(QStringLiteral("/etc/openstack/clouds.yml"))
        || QFileInfo::exists(QStringLiteral("/etc/openstack/clouds.json"))) {
        QVERIFY2(error.contains(QLatin1String("/etc/openstack/clouds.")) && !error.contains(cwd), qPrintable(error));
        return;
    }
    QVERIFY2(error.contains(QLatin1String("no clouds.yaml was found")) && error.contains(cwd)
            && error.contains(dir.filePath(QStringLiteral("home/.config/openstack/clouds.yaml")))
            && error.contains(dir.filePath(QStringLiteral("xdg-dirs/openstack/clouds.yaml"))) && error.contains(system),
        qPrintable(error));
}

void TestConnection::unreadableAndMissingFiles()
{
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    // Tests may run as root, who reads any file: a directory is what stays unreadable.
    QVERIFY(QDir().mkpath(cwd + QStringLiteral("/clouds.yaml")));
    CloudsYaml y;
    QString error;
    QVERIFY(!y.load(env, cwd, &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("Cannot read ") + cwd + QStringLiteral("/clouds.yaml")), qPrintable(error));

    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), dir.filePath(QStringLiteral("nope.yaml")));
    QVERIFY(!y.load(env, cwd, &error));
    QVERIFY2(error.contains(QLatin1String("OS_CLIENT_CONFIG_FILE")) && error.contains(QLatin1String("nope.yaml")),
        qPrintable(error));
}

// ---- ConnectionOptions -------------------------------------------------------------------------------

void TestConnection::precedence_data()
{
    QTest::addColumn<bool>("inCloud");
    QTest::addColumn<bool>("inEnv");
    QTest::addColumn<bool>("explicitly");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cloud only") << true << false << false << "cloud";
    QTest::newRow("env over cloud") << true << true << false << "env";
    QTest::newRow("explicit over env and cloud") << true << true << true << "explicit";
    QTest::newRow("explicit over cloud") << true << false << true << "explicit";
    QTest::newRow("env alone") << false << true << false << "env";
}

void TestConnection::precedence()
{
    QFETCH(bool, inCloud);
    QFETCH(bool, inEnv);
    QFETCH(bool, explicitly);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    writeFile(cwd + QStringLiteral("/clouds.yaml"),
        inCloud ? "clouds:\n  c:\n    auth: {username: cloud, auth_url: http://k}\n    region_name: cloud\n"
                : "clouds:\n  c:\n    auth: {auth_url: http://k}\n");
    env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("c"));
    if (inEnv) {
        env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("env"));
        env.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("env"));
    }
    ConnectionOptions given;
    if (explicitly) {
        given.username = QStringLiteral("explicit");
        given.regionName = QStringLiteral("explicit");
    }
    ConnectionOptions o;
    QString error;
    QVERIFY2(ConnectionOptions::assemble(given, env, cwd, &o, &error), qPrintable(error));
    QCOMPARE(o.username, expected);
    QCOMPARE(o.regionName, expected);
    QCOMPARE(o.authUrl, QStringLiteral("http://k")); // nobody overrides it
    QCOMPARE(o.cloud, QStringLiteral("c"));
}

void TestConnection::commandLine()
{
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    writeFile(cwd + QStringLiteral("/clouds.yaml"),
        "clouds:\n  one: {auth: {auth_url: http://one, username: ann}}\n  two: {auth: {auth_url: http://two}, verify: "
        "false}\n");
    env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("one"));
    env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("pw-env"));
    env.insert(QStringLiteral("OS_INTERFACE"), QStringLiteral("internal"));

    QCommandLineParser parser;
    ConnectionOptions::addOptions(&parser);
    QVERIFY(parser.parse({ QStringLiteral("prog"), QStringLiteral("--os-cloud"), QStringLiteral("two"),
        QStringLiteral("--os-username=bob"), QStringLiteral("--os-password"), QStringLiteral("pw-cli"),
        QStringLiteral("--os-cacert"), QStringLiteral("/ca.pem") }));
    ConnectionOptions o;
    QString error;
    QVERIFY2(ConnectionOptions::fromCommandLine(parser, env, &o, &error, cwd), qPrintable(error));
    QCOMPARE(o.cloud, QStringLiteral("two")); // --os-cloud beats OS_CLOUD
    QCOMPARE(o.authUrl, QStringLiteral("http://two"));
    QCOMPARE(o.username, QStringLiteral("bob"));
    QCOMPARE(o.password, QStringLiteral("pw-cli"));
    QCOMPARE(o.interface, QStringLiteral("internal"));
    QCOMPARE(o.cacert, QStringLiteral("/ca.pem"));
    QVERIFY(o.insecure); // verify: false in the cloud

    QCommandLineParser plain;
    ConnectionOptions::addOptions(&plain);
    QVERIFY(plain.parse({ QStringLiteral("prog"), QStringLiteral("--insecure") }));
    QVERIFY2(ConnectionOptions::fromCommandLine(plain, env, &o, &error, cwd), qPrintable(error));
    QCOMPARE(o.cloud, QStringLiteral("one"));
    QCOMPARE(o.password, QStringLiteral("pw-env"));
    QVERIFY(o.insecure);
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    QCOMPARE(r.options.interface, QStringLiteral("internal"));

    QVERIFY(ConnectionOptions::valueOptionNames().contains(QStringLiteral("--os-application-credential-secret")));
    QVERIFY(ConnectionOptions::helpText().contains(QLatin1String("OS_IMAGE_URL")));
}

void TestConnection::singleCloudUsedImplicitly()
{
    QTemporaryDir dir;
    QProcessEnvironment env = envFor(dir);
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    writeFile(cwd + QStringLiteral("/clouds.yaml"), "clouds:\n  only: {auth: {auth_url: http://only}}\n");
    ConnectionOptions o;
    QString error;
    QVERIFY2(ConnectionOptions::assemble({}, env, cwd, &o, &error), qPrintable(error));
    QCOMPARE(o.cloud, QStringLiteral("only"));
    QCOMPARE(o.authUrl, QStringLiteral("http://only"));

    // OS_* settings make an environment cloud of their own: clouds.yaml is then only read when named.
    env.insert(QStringLiteral("OS_IMAGE_URL"), QStringLiteral("http://glance:9292"));
    QVERIFY2(ConnectionOptions::assemble({}, env, cwd, &o, &error), qPrintable(error));
    QVERIFY(o.cloud.isEmpty());
    QVERIFY(o.authUrl.isEmpty());

    env.remove(QStringLiteral("OS_IMAGE_URL"));
    writeFile(cwd + QStringLiteral("/clouds.yaml"), "clouds:\n  one: {}\n  two: {}\n");
    QVERIFY2(ConnectionOptions::assemble({}, env, cwd, &o, &error), qPrintable(error));
    QVERIFY(o.cloud.isEmpty());
}

void TestConnection::resolve_data()
{
    QTest::addColumn<QStringList>("settings"); // field=value
    QTest::addColumn<int>("method"); // -1: an error
    QTest::addColumn<QString>("expected"); // a piece of the error, or of "domains" for Password

    const int noAuth = int(AuthMethod::NoAuth), token = int(AuthMethod::Token), password = int(AuthMethod::Password),
              appCred = int(AuthMethod::ApplicationCredential), ksToken = int(AuthMethod::KeystoneToken);
    QTest::newRow("token + image url: direct")
        << strings({ "authToken=t", "imageUrl=http://g:9292", "username=u", "password=p", "authUrl=http://k" }) << token
        << "";
    QTest::newRow("image url alone: no auth") << strings({ "imageUrl=http://g:9292" }) << noAuth << "";
    QTest::newRow("password") << strings({ "authUrl=http://k", "username=u", "password=p", "projectName=demo" })
                              << password << "";
    QTest::newRow("password + image url overrides")
        << strings({ "authUrl=http://k", "username=u", "password=p", "imageUrl=http://g" }) << password << "";
    QTest::newRow("application credential")
        << strings({ "authUrl=http://k", "applicationCredentialId=i", "applicationCredentialSecret=s", "username=u" })
        << appCred << "";
    QTest::newRow("token + auth url") << strings({ "authUrl=http://k", "authToken=t" }) << ksToken << "";
    QTest::newRow("auth_type v3password")
        << strings({ "authType=v3password", "authUrl=http://k", "userId=uid", "password=p" }) << password << "";
    QTest::newRow("auth_type token") << strings({ "authType=token", "authUrl=http://k", "authToken=t" }) << ksToken
                                     << "";
    QTest::newRow("auth_type none") << strings({ "authType=none", "imageUrl=http://g" }) << noAuth << "";
    QTest::newRow("auth_type admin_token")
        << strings({ "authType=admin_token", "authToken=t", "imageUrl=http://g" }) << token << "";
    QTest::newRow("nothing") << QStringList() << -1 << "No connection settings";
    QTest::newRow("no password") << strings({ "authUrl=http://k", "username=u" }) << -1
                                 << "--os-password or OS_PASSWORD";
    QTest::newRow("no auth url") << strings({ "username=u", "password=p" }) << -1 << "--os-auth-url";
    QTest::newRow("secret without id") << strings({ "authUrl=http://k", "applicationCredentialSecret=s" }) << -1
                                       << "--os-application-credential-id";
    QTest::newRow("token alone") << strings({ "authToken=t" }) << -1 << "--os-image-url";
    QTest::newRow("bad auth url") << strings({ "authUrl=k:5000", "username=u", "password=p" }) << -1 << "not an http";
    QTest::newRow("ftp image url") << strings({ "imageUrl=ftp://g" }) << -1 << "not an http";
    QTest::newRow("unknown auth type") << strings({ "authType=v3oidcpassword", "authUrl=http://k" }) << -1
                                       << "v3oidcpassword";
    QTest::newRow("bad interface") << strings({ "imageUrl=http://g", "interface=external" }) << -1
                                   << "public, internal or admin";
    QTest::newRow("admin_token without url")
        << strings({ "authType=admin_token", "authToken=t" }) << -1 << "--os-image-url";
}

void TestConnection::resolve()
{
    QFETCH(QStringList, settings);
    QFETCH(int, method);
    QFETCH(QString, expected);
    ConnectionOptions o;
    const QHash<QString, QString ConnectionOptions::*> members {
        { QStringLiteral("authType"), &ConnectionOptions::authType },
        { QStringLiteral("authUrl"), &ConnectionOptions::authUrl },
        { QStringLiteral("username"), &ConnectionOptions::username },
        { QStringLiteral("userId"), &ConnectionOptions::userId },
        { QStringLiteral("password"), &ConnectionOptions::password },
        { QStringLiteral("projectName"), &ConnectionOptions::projectName },
        { QStringLiteral("applicationCredentialId"), &ConnectionOptions::applicationCredentialId },
        { QStringLiteral("applicationCredentialSecret"), &ConnectionOptions::applicationCredentialSecret },
        { QStringLiteral("authToken"), &ConnectionOptions::authToken },
        { QStringLiteral("imageUrl"), &ConnectionOptions::imageUrl },
        { QStringLiteral("interface"), &ConnectionOptions::interface },
    };
    for (const QString &s : settings) {
        const QString key = s.section(u'=', 0, 0);
        QVERIFY2(members.contains(key), qPrintable(key));
        o.*members.value(key) = s.section(u'=', 1);
    }
    ResolvedConnection r;
    QString error;
    const bool ok = o.resolve(&r, &error);
    if (method < 0) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected), qPrintable(error));
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(int(r.method), method);
    QCOMPARE(r.options.interface, QStringLiteral("public"));
    if (r.method == AuthMethod::Password && o.userId.isEmpty()) {
        QCOMPARE(r.options.userDomainId, QStringLiteral("default"));
        if (!o.projectName.isEmpty())
            QCOMPARE(r.options.projectDomainId, QStringLiteral("default"));
    }
    if (!o.imageUrl.isEmpty())
        QCOMPARE(r.imageUrl, QUrl(o.imageUrl));
}

void TestConnection::describeMasksSecrets()
{
    ConnectionOptions o;
    o.cloud = QStringLiteral("prod");
    o.authUrl = QStringLiteral("https://proxyuser:proxypass@keystone.example/v3");
    o.username = QStringLiteral("alice");
    o.password = QStringLiteral("hunter2");
    o.applicationCredentialSecret = QStringLiteral("appsecret");
    o.authToken = QStringLiteral("gAAAAtoken");
    o.imageUrl = QStringLiteral("http://glance.example:9292");
    o.insecure = true;
    const QString text = o.describe();
    for (const char *secret : { "hunter2", "appsecret", "gAAAAtoken", "proxypass" })
        QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("password=***")) && text.contains(QLatin1String("auth-token=***"))
            && text.contains(QLatin1String("application-credential-secret=***")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("username=alice")) && text.contains(QLatin1String("cloud=prod"))
            && text.contains(QLatin1String("keystone.example")) && text.contains(QLatin1String("insecure")),
        qPrintable(text));
    QVERIFY(!ConnectionOptions().describe().contains(QLatin1String("***")));
}

// ---- pure Keystone helpers -----------------------------------------------------------------------------

void TestConnection::tokensUrl_data()
{
    QTest::addColumn<QString>("authUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << "http://k:5000"
                          << "http://k:5000/v3/auth/tokens";
    QTest::newRow("root /") << "http://k:5000/"
                            << "http://k:5000/v3/auth/tokens";
    QTest::newRow("v3") << "https://k:5000/v3"
                        << "https://k:5000/v3/auth/tokens";
    QTest::newRow("v3/") << "https://k:5000/v3/"
                         << "https://k:5000/v3/auth/tokens";
    QTest::newRow("prefix") << "http://h/identity"
                            << "http://h/identity/v3/auth/tokens";
    QTest::newRow("prefix v3") << "http://h/identity/v3"
                               << "http://h/identity/v3/auth/tokens";
    QTest::newRow("v2.0") << "http://k:5000/v2.0/"
                          << "http://k:5000/v3/auth/tokens";
}

void TestConnection::tokensUrl()
{
    QFETCH(QString, authUrl);
    QFETCH(QString, expected);
    QCOMPARE(KeystoneAuth::tokensUrl(QUrl(authUrl)).toString(), expected);
}

void TestConnection::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2024, 5, 1), QTime(12, 0, 1, 234), Qt::UTC);
    QTest::newRow("microseconds") << "2024-05-01T12:00:01.234567Z" << t;
    QTest::newRow("milliseconds") << "2024-05-01T12:00:01.234Z" << t;
    QTest::newRow("no fraction") << "2024-05-01T12:00:01Z" << t.addMSecs(-234);
    QTest::newRow("no zone = UTC") << "2024-05-01T12:00:01.234000" << t;
    QTest::newRow("offset") << "2024-05-01T14:00:01.234+02:00" << t;
    QTest::newRow("garbage") << "tomorrow" << QDateTime();
}

void TestConnection::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(KeystoneAuth::parseTime(text), expected);
}

void TestConnection::catalogSelection_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // URL, or "!" + a piece of the error
    QTest::newRow("public, first region") << "public"
                                          << ""
                                          << "http://pub-one:9292";
    QTest::newRow("publicURL spelling") << "publicURL"
                                        << ""
                                        << "http://pub-one:9292";
    QTest::newRow("internal, region two (old 'region' key)") << "internal"
                                                             << "Two"
                                                             << "http://int-two:9292/";
    QTest::newRow("public, region two") << "public"
                                        << "Two"
                                        << "http://pub-two:9292";
    QTest::newRow("missing region") << "public"
                                    << "Three"
                                    << "!Regions with one: One, Two.";
    QTest::newRow("missing interface") << "admin"
                                       << ""
                                       << "!it has: public, internal";
}

void TestConnection::catalogSelection()
{
    QFETCH(QString, interface);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    // Old-style interface names and the deprecated "region" key, as some catalogs still send.
    const QByteArray body = R"({"token": {"expires_at": "2030-01-01T00:00:00.000000Z", "catalog": [
        {"type": "compute", "endpoints": [{"interface": "public", "region_id": "One", "url": "http://nova"}]},
        {"type": "image", "endpoints": [
            {"interface": "publicURL", "region_id": "One", "url": "http://pub-one:9292"},
            {"interface": "internal", "region": "Two", "url": "http://int-two:9292/"},
            {"interface": "public", "region_id": "Two", "url": "http://pub-two:9292"}]}]}})";
    AuthToken token;
    QString error;
    const bool ok = KeystoneAuth::parseTokenBody(body, interface, region, &token, &error);
    if (expected.startsWith(u'!')) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
    } else {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(token.imageUrl.toString(), expected);
        QCOMPARE(token.expiresAt, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    }

    QVERIFY(!KeystoneAuth::parseTokenBody(R"({"token": {"catalog": [{"type": "compute", "endpoints": []}]}})",
        QStringLiteral("public"), {}, &token, &error));
    QVERIFY2(error.contains(QLatin1String("no image service")), qPrintable(error));
}

void TestConnection::requestBodies()
{
    ResolvedConnection r;
    QVERIFY(resolveOptions(adminOptions(), &r));
    QJsonObject auth
        = QJsonDocument::fromJson(KeystoneAuth::requestBody(r)).object().value(QStringLiteral("auth")).toObject();
    QCOMPARE(
        auth.value(QStringLiteral("identity")).toObject().value(QStringLiteral("methods")).toArray().first().toString(),
        QStringLiteral("password"));
    const QJsonObject user = auth.value(QStringLiteral("identity"))
                                 .toObject()
                                 .value(QStringLiteral("password"))
                                 .toObject()
                                 .value(QStringLiteral("user"))
                                 .toObject();
    QCOMPARE(user.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Default"));
    const QJsonObject project
        = auth.value(QStringLiteral("scope")).toObject().value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("demo"));
    QCOMPARE(project.value(QStringLiteral("domain")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("default"));

    ConnectionOptions o;
    o.authUrl = QStringLiteral("http://k");
    o.applicationCredentialId = QStringLiteral("ac");
    o.applicationCredentialSecret = QStringLiteral("s");
    o.projectName = QStringLiteral("ignored");
    QVERIFY(resolveOptions(o, &r));
    auth = QJsonDocument::fromJson(KeystoneAuth::requestBody(r)).object().value(QStringLiteral("auth")).toObject();
    QVERIFY(!auth.contains(QStringLiteral("scope"))); // Keystone rejects a scope with application credentials
    QCOMPARE(auth.value(QStringLiteral("identity"))
                 .toObject()
                 .value(QStringLiteral("application_credential"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
        QStringLiteral("ac"));
}

// ---- against fake_keystone.py -----------------------------------------------------------------------

void TestConnection::passwordAuth_data()
{
    QTest::addColumn<QString>("authUrlSuffix");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default region, public") << ""
                                            << ""
                                            << ""
                                            << "http://image-public.regionone.example:9292";
    QTest::newRow("RegionTwo internal, /v3/") << "/v3/"
                                              << "RegionTwo"
                                              << "internal"
                                              << "http://image-internal.regiontwo.example:9292";
    QTest::newRow("RegionOne internalURL") << "/v3"
                                           << "RegionOne"
                                           << "internalURL"
                                           << "http://image-internal.regionone.example:9292";
}

void TestConnection::passwordAuth()
{
    QFETCH(QString, authUrlSuffix);
    QFETCH(QString, region);
    QFETCH(QString, interface);
    QFETCH(QString, expected);
    resetFake();
    ConnectionOptions o = adminOptions();
    o.authUrl = m_keystone.url.toString() + authUrlSuffix;
    o.regionName = region;
    o.interface = interface;
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.token.token.startsWith(QLatin1String("tok-")));
    QCOMPARE(result.token.imageUrl.toString(), expected);
    QCOMPARE(result.token.regionName, region.isEmpty() ? QStringLiteral("RegionOne") : region);
    QVERIFY(result.token.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    QCOMPARE(tokenRequests(), 1);
}

void TestConnection::applicationCredential()
{
    resetFake();
    ConnectionOptions o;
    o.authUrl = m_keystone.url.toString();
    o.applicationCredentialId = QStringLiteral("ac-1");
    o.applicationCredentialSecret = QStringLiteral("ac-secret");
    o.regionName = QStringLiteral("RegionTwo");
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.token.imageUrl.toString(), QStringLiteral("http://image-public.regiontwo.example:9292"));
}

void TestConnection::keystoneTokenMethod()
{
    ResolvedConnection r;
    QVERIFY(resolveOptions(adminOptions(), &r));
    KeystoneAuth first(r);
    const AuthResult issued = fetch(first);
    QVERIFY2(issued.ok, qPrintable(issued.error));

    ConnectionOptions o;
    o.authUrl = m_keystone.url.toString();
    o.authToken = issued.token.token;
    o.projectId = QStringLiteral("p-demo");
    QVERIFY(resolveOptions(o, &r));
    QCOMPARE(r.method, AuthMethod::KeystoneToken);
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.token.token != issued.token.token);
    QCOMPARE(result.token.imageUrl.toString(), QStringLiteral("http://image-public.regionone.example:9292"));
}

void TestConnection::wrongPassword()
{
    ConnectionOptions o = adminOptions();
    o.password = QStringLiteral("Tr0ub4dor&3");
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("rejected the credentials"))
            && result.error.contains(m_keystone.url.host()),
        qPrintable(result.error));
    QVERIFY(!result.error.contains(o.password));
}

void TestConnection::wrongApplicationSecret()
{
    ConnectionOptions o;
    o.authUrl = m_keystone.url.toString();
    o.applicationCredentialId = QStringLiteral("ac-1");
    o.applicationCredentialSecret = QStringLiteral("nope");
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("application credential")), qPrintable(result.error));
}

void TestConnection::unscopedTokenHasNoCatalog()
{
    ConnectionOptions o = adminOptions();
    o.projectName.clear();
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("--os-project-name")), qPrintable(result.error));
}

void TestConnection::regionNotInCatalog()
{
    ConnectionOptions o = adminOptions();
    o.regionName = QStringLiteral("RegionNine");
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("\"RegionNine\""))
            && result.error.contains(QLatin1String("RegionOne, RegionTwo")),
        qPrintable(result.error));
}

void TestConnection::imageUrlOverridesCatalog()
{
    ConnectionOptions o = adminOptions();
    o.imageUrl = QStringLiteral("http://my-glance-node:9292");
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    QCOMPARE(r.method, AuthMethod::Password);
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.token.token.isEmpty());
    QCOMPARE(result.token.imageUrl.toString(), o.imageUrl);
    QVERIFY(result.token.expiresAt.isValid());

    // With an override, an unscoped token (no catalog) is fine.
    o.projectName.clear();
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth unscoped(r);
    const AuthResult second = fetch(unscoped);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.token.imageUrl.toString(), o.imageUrl);
}

void TestConnection::tokenReused()
{
    resetFake();
    ResolvedConnection r;
    QVERIFY(resolveOptions(adminOptions(), &r));
    KeystoneAuth auth(r);
    const AuthResult first = fetch(auth);
    QVERIFY2(first.ok, qPrintable(first.error));
    const AuthResult second = fetch(auth);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.token.token, first.token.token);
    QCOMPARE(tokenRequests(), 1);
}

void TestConnection::concurrentCallsShareOneRequest()
{
    resetFake();
    ResolvedConnection r;
    QVERIFY(resolveOptions(adminOptions(), &r));
    KeystoneAuth auth(r);
    QStringList tokens;
    for (int i = 0; i < 5; ++i)
        auth.token(this, [&tokens](const AuthResult &a) { tokens.append(a.ok ? a.token.token : a.error); });
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 5, 15000);
    QCOMPARE(tokens.count(tokens.first()), 5);
    QCOMPARE(tokenRequests(), 1);
}

void TestConnection::renewedNearExpiry()
{
    // Tokens that live 30 s are inside the 60 s renewal margin from the start: each token() renews.
    resetFake(30);
    ResolvedConnection r;
    QVERIFY(resolveOptions(adminOptions(), &r));
    KeystoneAuth auth(r);
    const AuthResult first = fetch(auth);
    QVERIFY2(first.ok, qPrintable(first.error));
    const AuthResult second = fetch(auth);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(second.token.token != first.token.token);
    QCOMPARE(tokenRequests(), 2);

    // With a margin under the lifetime the same token is kept.
    auth.setRenewalMargin(10);
    const AuthResult third = fetch(auth);
    QCOMPARE(third.token.token, second.token.token);
    QCOMPARE(tokenRequests(), 2);
    resetFake();
}

void TestConnection::invalidateRenewsOnce()
{
    resetFake();
    ResolvedConnection r;
    QVERIFY(resolveOptions(adminOptions(), &r));
    KeystoneAuth auth(r);
    const AuthResult first = fetch(auth);
    QVERIFY2(first.ok, qPrintable(first.error));

    // Glance said 401 to the first token: one renewal.
    QVERIFY(auth.invalidate(first.token.token));
    const AuthResult second = fetch(auth);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(second.token.token != first.token.token);
    QCOMPARE(tokenRequests(), 2);

    // Another request that had used the first token also got its 401: no second renewal.
    QVERIFY(auth.invalidate(first.token.token));
    QCOMPARE(fetch(auth).token.token, second.token.token);
    QCOMPARE(tokenRequests(), 2);

    // The renewed token is rejected too: renewing again would not help.
    QVERIFY(!auth.invalidate(second.token.token));
    QCOMPARE(fetch(auth).token.token, second.token.token);
    QCOMPARE(tokenRequests(), 2);
}

void TestConnection::givenTokenAndNoAuth()
{
    resetFake();
    ConnectionOptions o;
    o.authToken = QStringLiteral("given");
    o.imageUrl = QStringLiteral("http://g:9292");
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth withToken(r);
    AuthResult result = fetch(withToken);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.token.token, QStringLiteral("given"));
    QCOMPARE(result.token.imageUrl, QUrl(QStringLiteral("http://g:9292")));
    QVERIFY(!withToken.invalidate(QStringLiteral("given")));

    o.authToken.clear();
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth none(r);
    result = fetch(none);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.token.token.isEmpty());
    QCOMPARE(result.token.imageUrl, QUrl(QStringLiteral("http://g:9292")));
    QCOMPARE(tokenRequests(), 0);
}

void TestConnection::droppedWhenContextDies()
{
    ResolvedConnection r;
    QVERIFY(resolveOptions(adminOptions(), &r));
    KeystoneAuth auth(r);
    bool called = false;
    auto *context = new QObject;
    auth.token(context, [&called](const AuthResult &) { called = true; });
    delete context;
    // A second caller proves the answer arrived; the first callback must not have run.
    QVERIFY(fetch(auth).ok);
    QVERIFY(!called);
}

void TestConnection::unreachableKeystone()
{
    RefusingPort refusing; // bound, never listening: refused, and nobody else can take the port meanwhile
    const quint16 port = refusing.port();
    QVERIFY(port != 0);
    ConnectionOptions o = adminOptions();
    o.authUrl = QStringLiteral("http://127.0.0.1:%1/v3").arg(port);
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY(!result.ok);
    QVERIFY2(
        result.error.startsWith(QLatin1String("Cannot reach Keystone at http://127.0.0.1:")), qPrintable(result.error));
}

void TestConnection::transferTimeout()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectionOptions o = adminOptions();
    o.authUrl = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    auth.setTransferTimeout(300);
    const AuthResult result = fetch(auth);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("did not answer")), qPrintable(result.error));
}

void TestConnection::destroyedWhileAuthenticating()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectionOptions o = adminOptions();
    o.authUrl = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    bool called = false;
    {
        KeystoneAuth auth(r);
        auth.token(nullptr, [&called](const AuthResult &) { called = true; });
        QTRY_VERIFY(silent.hasPendingConnections()); // the request is on its way
    }
    // Let the deleteLater()'d reply go and anything queued run: nothing may call back.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestConnection::tls()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("the openssl command is needed for a throw-away certificate (scripts/packages.txt installs it)");
    FakeKeystone secure;
    QString error;
    QVERIFY2(secure.start({ QStringLiteral("--tls") }, &error), qPrintable(error));
    QCOMPARE(secure.url.scheme(), QStringLiteral("https"));
    ConnectionOptions o = adminOptions();
    o.authUrl = secure.url.toString();
    ResolvedConnection r;

    // Verification is on by default: a self-signed certificate is refused, with a hint.
    QVERIFY(resolveOptions(o, &r));
    {
        KeystoneAuth auth(r);
        const AuthResult result = fetch(auth);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("TLS")) && result.error.contains(QLatin1String("--os-cacert")),
            qPrintable(result.error));
    }
    // The certificate as CA bundle.
    o.cacert = secure.cacert;
    QVERIFY(resolveOptions(o, &r));
    {
        KeystoneAuth auth(r);
        const AuthResult result = fetch(auth);
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    // --insecure.
    o.cacert.clear();
    o.insecure = true;
    QVERIFY(resolveOptions(o, &r));
    {
        KeystoneAuth auth(r);
        const AuthResult result = fetch(auth);
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    // A CA bundle that is not one.
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("ca.pem")), "not a certificate\n");
    o.insecure = false;
    o.cacert = dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(resolveOptions(o, &r));
    {
        KeystoneAuth auth(r);
        const AuthResult result = fetch(auth);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("holds no PEM certificate")), qPrintable(result.error));
    }
}

void TestConnection::keystoneFaults_data()
{
    // A Keystone (or the proxy in front of it) that fails: a sentence naming it, and the password nowhere.
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("expected");
    const auto answer = [](const QByteArray &status, const QByteArray &body) {
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QTest::newRow("500") << answer("500 Internal Server Error",
        R"({"error": {"code": 500, "title": "Internal Server Error", "message": "An unexpected error prevented )"
        R"(the server from fulfilling your request."}})")
                         << QStringLiteral("answered 500");
    QTest::newRow("503 proxy page") << answer("503 Service Unavailable", "<html><body>no backend</body></html>")
                                    << QStringLiteral("answered 503");
    QTest::newRow("201 truncated") << QByteArray("HTTP/1.1 201 Created\r\nX-Subject-Token: tok\r\nContent-Length: "
                                                 "5000\r\nConnection: close\r\n\r\n{\"token\": {\"expires_at")
                                   << QStringLiteral("broke off its answer");
    QByteArray huge = "HTTP/1.1 201 Created\r\nX-Subject-Token: tok\r\nContent-Length: "
        + QByteArray::number(ReplyLimit::apiBodyLimit + 1024) + "\r\n\r\n";
    huge.append(QByteArray(ReplyLimit::apiBodyLimit + 1024, ' '));
    QTest::newRow("oversized") << huge << QStringLiteral("larger than");
}

void TestConnection::keystoneFaults()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, expected);
    QTcpServer server; // port 0: the system picks a free one, which nobody can take in between
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server, &response] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s, &response] {
                s->readAll();
                if (s->property("answered").toBool())
                    return;
                s->setProperty("answered", true);
                s->write(response);
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    ConnectionOptions o = adminOptions();
    o.authUrl = QStringLiteral("http://127.0.0.1:%1/v3").arg(server.serverPort());
    o.password = QStringLiteral("pw-Secr3t!");
    ResolvedConnection r;
    QVERIFY(resolveOptions(o, &r));
    KeystoneAuth auth(r);
    const AuthResult result = fetch(auth);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(expected) && result.error.contains(QStringLiteral("127.0.0.1")), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QStringLiteral("Secr3t")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
