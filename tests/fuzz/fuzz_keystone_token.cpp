// The reader of Keystone v3's token answer (KeystoneAuth::parseTokenBody, parseTime): any bytes give a token
// with an image endpoint that is a URL with a host, or a sentence; never a crash.

#include "remote/keystoneauth.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &interface : { QString(), QStringLiteral("internal"), QStringLiteral("adminURL") }) {
        for (const QString &region : { QString(), QStringLiteral("RegionOne") }) {
            AuthToken token;
            QString error;
            const bool ok = KeystoneAuth::parseTokenBody(body, interface, region, &token, &error);
            if (ok ? (!token.imageUrl.isValid() || token.imageUrl.host().isEmpty()) : error.isEmpty()) {
                std::fprintf(stderr, "parseTokenBody: %s\n", ok ? "an image URL without a host" : "no sentence");
                std::abort();
            }
        }
    }
    const QDateTime time = KeystoneAuth::parseTime(QString::fromUtf8(body));
    if (time.isValid() && time.timeSpec() != Qt::UTC) {
        std::fprintf(stderr, "parseTime gave a time that is not UTC\n");
        std::abort();
    }
    return 0;
}
