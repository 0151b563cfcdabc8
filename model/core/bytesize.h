#pragma once

#include <QString>

// Byte counts as people write them on a command line: "10737418240", "10G", "1.5TiB", "500M".
// K/M/G/T with or without "iB" are binary (1024-based), as du and most operators read them; "KB", "MB",
// "GB", "TB" are decimal.
namespace ByteSize {

// Returns false with a sentence in *error for anything else, including negative and overflowing values.
bool parse(const QString &text, qint64 *bytes, QString *error);

} // namespace ByteSize
