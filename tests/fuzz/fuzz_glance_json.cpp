// The readers of what a glance-api node answers (GlanceApi's pure static helpers: no network): GET / (versions),
// GET /v2/cache, GET /v2/images/{id} and /v2/images pages, POST /v2/cache/prune, and error bodies. Any bytes
// must give a value or a sentence, never a crash; a reader that accepts must hand back IDs that are valid.

#include "core/imageid.h"
#include "remote/glanceapi.h"

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "Glance JSON reader: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;

    NodeVersions versions;
    if (GlanceApi::parseVersions(body, &versions, &error))
        require(!versions.versions.isEmpty(), "versions accepted without any version");
    else
        require(!error.isEmpty(), "versions refused without a sentence");

    error.clear();
    NodeCacheState cache;
    if (GlanceApi::parseCacheState(body, &cache, &error)) {
        for (const CachedImage &image : std::as_const(cache.cached))
            require(ImageId::isValid(image.imageId), "a cached image with an invalid ID");
        for (const QString &id : std::as_const(cache.queued))
            require(ImageId::isValid(id), "a queued image with an invalid ID");
    } else {
        require(!error.isEmpty(), "cache list refused without a sentence");
    }

    error.clear();
    ImageInfo image;
    if (!GlanceApi::parseImage(body, &image, &error))
        require(!error.isEmpty(), "image refused without a sentence");

    error.clear();
    ImagePage page;
    if (!GlanceApi::parseImagePage(body, &page, &error))
        require(!error.isEmpty(), "image page refused without a sentence");

    error.clear();
    PruneOutcome prune;
    if (!GlanceApi::parsePruneOutcome(body, &prune, &error))
        require(!error.isEmpty(), "prune outcome refused without a sentence");

    const QString message = GlanceApi::serverMessage(body);
    require(!message.contains(u'\n'), "a server message on more than one line");
    for (int status : { 400, 404, 409, 500 }) {
        const QString text = GlanceApi::httpErrorText(GlanceApi::Call::ListCache, status, body,
            QStringLiteral("http://node:9292"), QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"), true);
        require(!text.isEmpty(), "an HTTP failure without a sentence");
    }
    return 0;
}
