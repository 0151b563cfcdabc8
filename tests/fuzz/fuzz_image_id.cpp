// Image-ID validation (ImageId), the scanner that picks IDs out of pasted text (ImageIdScan), and the JSON
// string writer our --json output uses (PyJson): any text, never a crash, and the properties the engine
// builds paths and requests on.

#include "core/imageid.h"
#include "core/imageidscan.h"
#include "core/pyjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool holds, const char *what, const QString &text)
{
    if (!holds) {
        std::fprintf(stderr, "image ID: %s\ninput: %s\n", what, qPrintable(text));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const bool valid = ImageId::isValid(text);
    require(valid == ImageId::problem(text).isEmpty(), "isValid() and problem() disagree", text);
    const QString normalized = ImageId::normalized(text);
    require(ImageId::isValid(normalized) == valid, "normalized() changed validity", text);
    require(!valid || (normalized.size() == 36 && normalized == normalized.toLower()), "normalized() is not lower-case",
        text);
    require(ImageId::normalized(normalized) == normalized, "normalized() is not idempotent", text);
    // A valid ID is what cache paths are built from: no separator, no dot segment.
    require(!valid || (!text.contains(u'/') && !text.contains(u'.') && !text.contains(QChar(0))),
        "a valid ID holds a path character", text);

    const ImageIdScan::Result scan = ImageIdScan::scan(text);
    for (const QString &id : scan.ids)
        require(ImageId::isValid(id) && ImageId::normalized(id) == id, "the scanner returned an invalid ID", text);
    require(scan.ids.size() == QSet<QString>(scan.ids.cbegin(), scan.ids.cend()).size(),
        "the scanner returned an ID twice", text);

    // PyJson::string() is read back by any JSON parser as the same string.
    const QByteArray json = '[' + PyJson::string(text) + ']';
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    require(parseError.error == QJsonParseError::NoError, "PyJson::string() wrote invalid JSON", text);
    require(doc.array().at(0).toString() == text, "PyJson::string() does not read back as the same text", text);
    return 0;
}
