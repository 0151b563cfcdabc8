#pragma once

#include <QString>

// How the models show sizes, times and durations: human text for the cell, exact text for tooltips.
namespace DisplayFormat {

QString size(qint64 bytes);             // "1.5 GiB"
QString exactBytes(qint64 bytes);       // "1,610,612,736 bytes"
QString localTime(double epochSeconds); // "2026-11-30 08:12:03", local time; "N/A" for 0
QString utcTime(double epochSeconds);   // "2026-11-30 07:12:03.251 UTC"
QString duration(qint64 seconds);       // "2 d 3 h", "5 min", "40 s"

} // namespace DisplayFormat
