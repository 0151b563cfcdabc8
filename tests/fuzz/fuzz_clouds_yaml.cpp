// clouds.yaml and secure.yaml as openstacksdk reads them (CloudsYaml, yaml-cpp underneath), on arbitrary
// bytes: loading, merging and picking a cloud and a region must end in a value or a sentence, never a crash,
// a hang or an unbounded allocation. An input holds clouds.yaml, optionally followed by a line
// "#### secure.yaml" and secure.yaml (a YAML comment line, so seeds stay valid YAML on their own).

#include "remote/cloudsyaml.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray separator("\n#### secure.yaml\n");
    const qsizetype split = bytes.indexOf(separator);
    const QByteArray clouds = split < 0 ? bytes : bytes.left(split);
    const QByteArray secure = split < 0 ? QByteArray() : bytes.mid(split + separator.size());

    CloudsYaml yaml;
    QString error;
    if (!yaml.loadData(clouds, QStringLiteral("clouds.yaml"), secure,
            split < 0 ? QString() : QStringLiteral("secure.yaml"), &error)) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "CloudsYaml refused the input without a sentence\n");
            std::abort();
        }
        return 0;
    }
    QStringList names = yaml.cloudNames();
    names.append(QStringLiteral("no-such-cloud"));
    for (const QString &name : std::as_const(names)) {
        for (const QString &region : { QString(), QStringLiteral("RegionOne") }) {
            CloudConfig cloud;
            QString cloudError;
            const bool ok = yaml.cloud(name, region, &cloud, &cloudError);
            if (ok ? cloud.name != name : cloudError.isEmpty()) {
                std::fprintf(stderr, "CloudsYaml::cloud(%s) gave %s\n", qPrintable(name),
                    ok ? "another cloud's settings" : "no sentence for its failure");
                std::abort();
            }
        }
    }
    return 0;
}
