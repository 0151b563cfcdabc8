// clouds.yaml as openstacksdk reads it, with openstacksdk itself as the judge: each case writes a clouds.yaml (and
// maybe a secure.yaml) into a scratch directory, asks our reader (ConnectionOptions::assemble, which runs
// CloudsYaml) and tests/openstacksdk_oracle.py (Debian's python3-openstacksdk, OpenStackConfig().get_one()) with
// the same environment and working directory, and compares every field we read. Where we differ on purpose, the
// case names the field and the reason, and the test checks that the difference is still there (so a stale
// reason shows up too). An oracle that does not run fails the test (PythonOracle).
#include "pythonoracle.h"
#include "remote/cloudsyaml.h"
#include "remote/connectionoptions.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Where a case puts its files, i.e. which step of the search path finds them.
enum class Place { EnvVariable, WorkingDirectory, XdgConfigHome, HomeConfig };

// Oracle field -> why we read it differently; "refused" -> why we refuse a cloud openstacksdk reads; "accepted"
// -> why we read a cloud openstacksdk refuses.
using Differences = QMap<QString, QString>;

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

// verify as requests gets it: the booleans as off / on, anything else is the path of a CA bundle.
QString oracleVerify(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    return value.toString();
}

QString oracleText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString(); // null: not set, as our empty string
}

// Our value for each oracle field, in the oracle's terms. Defaults openstacksdk writes out and we leave to
// resolve() are filled in here: no interface is "public" and no auth_type is "password" on both sides.
QMap<QString, QString> ours(const ConnectionOptions &o)
{
    return {
        { QStringLiteral("auth_type"), o.authType.isEmpty() ? QStringLiteral("password") : o.authType },
        { QStringLiteral("auth_url"), o.authUrl },
        { QStringLiteral("username"), o.username },
        { QStringLiteral("user_id"), o.userId },
        { QStringLiteral("password"), o.password },
        { QStringLiteral("project_name"), o.projectName },
        { QStringLiteral("project_id"), o.projectId },
        { QStringLiteral("user_domain_name"), o.userDomainName },
        { QStringLiteral("user_domain_id"), o.userDomainId },
        { QStringLiteral("project_domain_name"), o.projectDomainName },
        { QStringLiteral("project_domain_id"), o.projectDomainId },
        { QStringLiteral("application_credential_id"), o.applicationCredentialId },
        { QStringLiteral("application_credential_secret"), o.applicationCredentialSecret },
        { QStringLiteral("token"), o.authToken },
        { QStringLiteral("region_name"), o.regionName },
        { QStringLiteral("interface"), o.interface.isEmpty() ? QStringLiteral("public") : o.interface },
        { QStringLiteral("image_endpoint"), o.imageUrl },
        // The image API version we use: always 2, the only one with the cache API.
        { QStringLiteral("image_api_version"), QString() },
        // What requests is given as verify: off (our insecure), the CA bundle (our cacert) or on.
        { QStringLiteral("verify"),
            o.insecure               ? QStringLiteral("off")
                : o.cacert.isEmpty() ? QStringLiteral("on")
                                     : o.cacert },
    };
}

} // namespace

class TestCloudsOracle : public QObject
{
    Q_OBJECT

    std::unique_ptr<PythonOracle> m_oracle;

private Q_SLOTS:
    void initTestCase()
    {
        m_oracle = std::make_unique<PythonOracle>(QStringLiteral(GCA_TESTS_DIR "/openstacksdk_oracle.py"));
    }
    void sameAsOpenstacksdk_data();
    void sameAsOpenstacksdk();
    void quotedFalseStillVerifies();
};

void TestCloudsOracle::sameAsOpenstacksdk_data()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<QByteArray>("clouds"); // empty: no clouds.yaml
    QTest::addColumn<QByteArray>("secure"); // empty: no secure.yaml
    QTest::addColumn<QString>("cloud"); // --os-cloud; empty: none named
    QTest::addColumn<QString>("osCloud"); // OS_CLOUD; empty: unset
    QTest::addColumn<QString>("region"); // --os-region-name; empty: none
    QTest::addColumn<Differences>("differences");

    const QByteArray two = "clouds:\n"
                           "  east: {auth: {auth_url: 'https://east:5000/v3', username: ann}, region_name: E1}\n"
                           "  west: {auth: {auth_url: 'https://west:5000/v3', username: bob}}\n";

    QTest::newRow("secure.yaml deep-merged") << Place::EnvVariable
                                             << QByteArray("clouds:\n"
                                                           "  prod:\n"
                                                           "    auth:\n"
                                                           "      auth_url: https://keystone.example:5000/v3\n"
                                                           "      username: operator\n"
                                                           "      project_name: admin\n"
                                                           "      user_domain_name: Default\n"
                                                           "    region_name: RegionOne\n")
                                             << QByteArray("clouds:\n"
                                                           "  prod:\n"
                                                           "    auth:\n"
                                                           "      password: s3cret\n"
                                                           "      project_name: ops\n")
                                             << QStringLiteral("prod") << QString() << QString() << Differences();
    QTest::newRow("found in the working directory")
        << Place::WorkingDirectory << two << QByteArray("") << QStringLiteral("west") << QString() << QString()
        << Differences();
    QTest::newRow("found in XDG_CONFIG_HOME, secure.yaml too")
        << Place::XdgConfigHome << two << QByteArray("clouds:\n  east: {auth: {password: pw}}\n")
        << QStringLiteral("east") << QString() << QString() << Differences();
    QTest::newRow("OS_CLOUD names the cloud") << Place::HomeConfig << two << QByteArray() << QString()
                                              << QStringLiteral("west") << QString() << Differences();
    QTest::newRow("--os-cloud beats OS_CLOUD") << Place::HomeConfig << two << QByteArray() << QStringLiteral("east")
                                               << QStringLiteral("west") << QString() << Differences();
    QTest::newRow("a single cloud is used unnamed")
        << Place::EnvVariable << QByteArray("clouds:\n  only: {auth: {auth_url: 'http://k:5000', username: u}}\n")
        << QByteArray() << QString() << QString() << QString() << Differences();

    const QByteArray regions = "clouds:\n"
                               "  r:\n"
                               "    auth: {auth_url: 'https://k/v3', username: u, password: p}\n"
                               "    interface: public\n"
                               "    regions:\n"
                               "      - one\n"
                               "      - name: two\n"
                               "        values:\n"
                               "          interface: internal\n"
                               "          image_endpoint_override: 'https://glance-two:9292'\n"
                               "          auth: {project_name: two-project}\n";
    QTest::newRow("regions: the first by default") << Place::EnvVariable << regions << QByteArray()
                                                   << QStringLiteral("r") << QString() << QString() << Differences();
    QTest::newRow("regions: a mapping's values apply")
        << Place::EnvVariable << regions << QByteArray() << QStringLiteral("r") << QString() << QStringLiteral("two")
        << Differences();
    QTest::newRow("regions: an unknown region") << Place::EnvVariable << regions << QByteArray() << QStringLiteral("r")
                                                << QString() << QStringLiteral("three") << Differences();
    QTest::newRow("region_name without a list, another region asked")
        << Place::EnvVariable << two << QByteArray() << QStringLiteral("east") << QString() << QStringLiteral("E2")
        << Differences { { QStringLiteral("accepted"),
               QStringLiteral("region_name is the cloud's default region, not a list of all: a region named with "
                              "--os-region-name or OS_REGION_NAME overrides it and is checked against Keystone's "
                              "catalog, which knows every region (openstacksdk accepts only region_name's)") } };

    QTest::newRow("verify: false, cacert, interface")
        << Place::EnvVariable
        << QByteArray("clouds:\n"
                      "  lab:\n"
                      "    auth: {auth_url: 'https://k/v3', username: u}\n"
                      "    verify: false\n"
                      "    cacert: /etc/ssl/lab-ca.pem\n"
                      "    interface: internalURL\n")
        << QByteArray() << QStringLiteral("lab") << QString() << QString() << Differences();
    QTest::newRow("cacert under ~") << Place::EnvVariable
                                    << QByteArray("clouds:\n  lab: {auth: {auth_url: 'https://k/v3'}, cacert: "
                                                  "~/ca/lab.pem}\n")
                                    << QByteArray() << QStringLiteral("lab") << QString() << QString() << Differences();
    QTest::newRow("verify: 'false' quoted")
        << Place::EnvVariable << QByteArray("clouds:\n  q: {auth: {auth_url: 'https://k/v3'}, verify: 'false'}\n")
        << QByteArray() << QStringLiteral("q") << QString() << QString()
        << Differences { { QStringLiteral("verify"),
               QStringLiteral("openstacksdk hands the string 'false' to requests as the path of a CA bundle, so "
                              "every TLS connection fails; we verify with the system's CAs, as a missing verify "
                              "means") } };
    QTest::newRow("insecure: true") << Place::EnvVariable
                                    << QByteArray("clouds:\n"
                                                  "  i: {auth: {auth_url: 'https://k/v3'}, insecure: true}\n")
                                    << QByteArray() << QStringLiteral("i") << QString() << QString() << Differences();
    QTest::newRow("image_api_version")
        << Place::EnvVariable
        << QByteArray("clouds:\n  v1: {auth: {auth_url: 'https://k/v3'}, image_api_version: '1'}\n") << QByteArray()
        << QStringLiteral("v1") << QString() << QString()
        << Differences { { QStringLiteral("image_api_version"),
               QStringLiteral("the cache API exists only in Image API v2, so we always speak v2") } };
    QTest::newRow("endpoint overrides and image_interface")
        << Place::EnvVariable
        << QByteArray("clouds:\n"
                      "  o:\n"
                      "    auth: {auth_url: 'https://k/v3', username: u}\n"
                      "    image_endpoint_override: 'https://glance.example:9292'\n"
                      "    interface: public\n"
                      "    image_interface: admin\n"
                      "  e:\n"
                      "    auth: {auth_url: 'https://k/v3', username: u}\n"
                      "    image_endpoint: 'https://glance-e.example:9292'\n")
        << QByteArray() << QStringLiteral("o") << QString() << QString() << Differences();
    QTest::newRow("image_endpoint") << Place::EnvVariable
                                    << QByteArray("clouds:\n"
                                                  "  e:\n"
                                                  "    auth: {auth_url: 'https://k/v3', username: u}\n"
                                                  "    image_endpoint: 'https://glance-e.example:9292'\n")
                                    << QByteArray() << QStringLiteral("e") << QString() << QString() << Differences();
    QTest::newRow("auth_type none with an endpoint")
        << Place::EnvVariable
        << QByteArray("clouds:\n  bare: {auth_type: none, auth: {endpoint: 'http://glance:9292'}}\n") << QByteArray()
        << QStringLiteral("bare") << QString() << QString() << Differences();
    QTest::newRow("legacy keys: tenant_name, domain_id, auth-url, endpoint_type")
        << Place::EnvVariable
        << QByteArray("clouds:\n"
                      "  old:\n"
                      "    auth:\n"
                      "      auth-url: 'https://k/v3'\n"
                      "      username: u\n"
                      "      tenant_name: legacy\n"
                      "      domain_id: d0\n"
                      "    endpoint_type: internal\n")
        << QByteArray() << QStringLiteral("old") << QString() << QString() << Differences();
    QTest::newRow("auth section beats the cloud's top level")
        << Place::EnvVariable
        << QByteArray("clouds:\n"
                      "  both:\n"
                      "    auth: {auth_url: 'https://inner/v3', username: inner}\n"
                      "    auth_url: 'https://outer/v3'\n"
                      "    username: outer\n"
                      "    project_name: top-only\n")
        << QByteArray() << QStringLiteral("both") << QString() << QString() << Differences();
    QTest::newRow("anchors and merge keys")
        << Place::EnvVariable
        << QByteArray("base: &base\n"
                      "  auth_type: v3applicationcredential\n"
                      "  auth: &auth {auth_url: 'https://k/v3', application_credential_id: base-id}\n"
                      "  interface: admin\n"
                      "clouds:\n"
                      "  merged:\n"
                      "    <<: *base\n"
                      "    interface: internal\n"
                      "    auth:\n"
                      "      <<: *auth\n"
                      "      application_credential_secret: 'no'\n")
        << QByteArray() << QStringLiteral("merged") << QString() << QString() << Differences();
    QTest::newRow("profile of a vendor openstacksdk does not know")
        << Place::EnvVariable
        << QByteArray("clouds:\n  p: {profile: no-such-vendor, auth: {auth_url: 'https://k/v3', username: u}}\n")
        << QByteArray() << QStringLiteral("p") << QString() << QString() << Differences();
    QTest::newRow("profile of a vendor openstacksdk ships")
        << Place::EnvVariable << QByteArray("clouds:\n  v: {profile: ovh, auth: {username: u, password: p}}\n")
        << QByteArray() << QStringLiteral("v") << QString() << QString()
        << Differences { { QStringLiteral("refused"),
               QStringLiteral("we ship no vendor directory that would go stale with the vendors; a cloud whose "
                              "Keystone URL comes from a profile is refused with a sentence saying so") } };
    QTest::newRow("a cloud that is not defined") << Place::EnvVariable << two << QByteArray() << QStringLiteral("north")
                                                 << QString() << QString() << Differences();
    QTest::newRow("OS_CLOUD and no clouds.yaml") << Place::HomeConfig << QByteArray() << QByteArray() << QString()
                                                 << QStringLiteral("east") << QString() << Differences();
    QTest::newRow("malformed YAML") << Place::EnvVariable
                                    << QByteArray("clouds:\n  broken:\n    auth: {auth_url: http://k\n") << QByteArray()
                                    << QStringLiteral("broken") << QString() << QString() << Differences();
}

void TestCloudsOracle::sameAsOpenstacksdk()
{
    QFETCH(Place, place);
    QFETCH(QByteArray, clouds);
    QFETCH(QByteArray, secure);
    QFETCH(QString, cloud);
    QFETCH(QString, osCloud);
    QFETCH(QString, region);
    QFETCH(Differences, differences);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cwd = dir.filePath(QStringLiteral("cwd"));
    QVERIFY(QDir().mkpath(cwd));
    QProcessEnvironment env; // nothing of the tester's: both readers see only this
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), dir.filePath(QStringLiteral("site")));
    QString folder;
    switch (place) {
    case Place::EnvVariable:
        folder = dir.filePath(QStringLiteral("elsewhere"));
        env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), folder + QStringLiteral("/my-clouds.yaml"));
        env.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), folder + QStringLiteral("/my-secure.yaml"));
        break;
    case Place::WorkingDirectory:
        folder = cwd;
        break;
    case Place::XdgConfigHome:
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg")));
        folder = dir.filePath(QStringLiteral("xdg/openstack"));
        break;
    case Place::HomeConfig:
        folder = dir.filePath(QStringLiteral("home/.config/openstack"));
        break;
    }
    const bool named = place == Place::EnvVariable;
    if (!clouds.isEmpty())
        writeFile(folder + (named ? QStringLiteral("/my-clouds.yaml") : QStringLiteral("/clouds.yaml")), clouds);
    if (!secure.isEmpty())
        writeFile(folder + (named ? QStringLiteral("/my-secure.yaml") : QStringLiteral("/secure.yaml")), secure);
    if (named && secure.isEmpty())
        env.remove(QStringLiteral("OS_CLIENT_SECURE_FILE")); // we refuse a named file that is missing
    if (!osCloud.isEmpty())
        env.insert(QStringLiteral("OS_CLOUD"), osCloud);

    QJsonObject envObject;
    for (const QString &name : env.keys())
        envObject.insert(name, env.value(name));
    const QJsonObject sdk = m_oracle->request(QJsonObject { { QStringLiteral("env"), envObject },
        { QStringLiteral("cwd"), cwd }, { QStringLiteral("cloud"), cloud }, { QStringLiteral("region"), region } });
    QVERIFY(!sdk.isEmpty()); // PythonOracle has failed the test already

    ConnectionOptions given;
    given.cloud = cloud;
    given.regionName = region;
    ConnectionOptions got;
    QString error;
    const bool read = ConnectionOptions::assemble(given, env, cwd, &got, &error);
    if (sdk.contains(QStringLiteral("error")) && differences.contains(QStringLiteral("accepted"))) {
        QVERIFY2(read,
            qPrintable(QStringLiteral("we now refuse like openstacksdk, but the case says we read it "
                                      "because ")
                + differences.value(QStringLiteral("accepted"))));
        qInfo("accepted on purpose (%s); openstacksdk: %s", qPrintable(differences.value(QStringLiteral("accepted"))),
            qPrintable(sdk.value(QStringLiteral("error")).toString()));
        return;
    }
    if (sdk.contains(QStringLiteral("error"))) {
        QVERIFY2(!read,
            qPrintable(QStringLiteral("openstacksdk refuses (%1), we read %2")
                           .arg(sdk.value(QStringLiteral("error")).toString(), got.describe())));
        QVERIFY(!error.isEmpty());
        qInfo(
            "openstacksdk: %s\nours: %s", qPrintable(sdk.value(QStringLiteral("error")).toString()), qPrintable(error));
        return;
    }
    if (differences.contains(QStringLiteral("refused"))) {
        QVERIFY2(!read,
            qPrintable(QStringLiteral("we now read the cloud like openstacksdk, but the case says we "
                                      "refuse it because ")
                + differences.value(QStringLiteral("refused"))));
        qInfo(
            "refused on purpose (%s): %s", qPrintable(differences.value(QStringLiteral("refused"))), qPrintable(error));
        return;
    }
    QVERIFY2(read, qPrintable(QStringLiteral("openstacksdk reads the cloud, we refuse: ") + error));

    const QMap<QString, QString> mine = ours(got);
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const QString theirs
            = it.key() == QLatin1String("verify") ? oracleVerify(sdk.value(it.key())) : oracleText(sdk.value(it.key()));
        QVERIFY2(sdk.contains(it.key()), qPrintable(QStringLiteral("the oracle does not report ") + it.key()));
        if (differences.contains(it.key())) {
            QVERIFY2(it.value() != theirs,
                qPrintable(QStringLiteral("%1: we now agree with openstacksdk (%2), but the case says we differ "
                                          "because %3")
                               .arg(it.key(), theirs, differences.value(it.key()))));
            qInfo("%s differs on purpose: ours \"%s\", openstacksdk's \"%s\": %s", qPrintable(it.key()),
                qPrintable(it.value()), qPrintable(theirs), qPrintable(differences.value(it.key())));
            continue;
        }
        QVERIFY2(it.value() == theirs,
            qPrintable(QStringLiteral("%1: ours \"%2\", openstacksdk's \"%3\"").arg(it.key(), it.value(), theirs)));
    }
    // The cloud openstacksdk chose, when none was named on the command line.
    QCOMPARE(got.cloud, sdk.value(QStringLiteral("cloud")).toString());
}

// The one case above where we differ in what TLS does: a quoted 'false' leaves verification on (openstacksdk
// would use a CA bundle called "false"); only a YAML false, or insecure: true, turns it off.
void TestCloudsOracle::quotedFalseStillVerifies()
{
    CloudsYaml y;
    QString error;
    QVERIFY2(y.loadData("clouds:\n"
                        "  quoted: {auth: {auth_url: 'https://k/v3'}, verify: 'false'}\n"
                        "  plain: {auth: {auth_url: 'https://k/v3'}, verify: false}\n"
                        "  no: {auth: {auth_url: 'https://k/v3'}, verify: no}\n",
                 QStringLiteral("clouds.yaml"), {}, {}, &error),
        qPrintable(error));
    CloudConfig c;
    QVERIFY2(y.cloud(QStringLiteral("quoted"), {}, &c, &error), qPrintable(error));
    QVERIFY(!c.insecure);
    QVERIFY2(y.cloud(QStringLiteral("plain"), {}, &c, &error), qPrintable(error));
    QVERIFY(c.insecure);
    QVERIFY2(y.cloud(QStringLiteral("no"), {}, &c, &error), qPrintable(error)); // YAML 1.1, as PyYAML reads it
    QVERIFY(c.insecure);
}

QTEST_GUILESS_MAIN(TestCloudsOracle)
#include "tst_cloudsoracle.moc"
