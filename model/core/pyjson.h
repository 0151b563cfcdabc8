#pragma once

#include <QByteArray>
#include <QString>

// JSON text written the way Python's json.dumps() writes it, so our --json output carries Glance's
// values byte for byte: floats as repr() gives them (1700000000.123456, 1e+16), strings with
// ensure_ascii escapes.
namespace PyJson {

QByteArray number(double value);
QByteArray number(qint64 value);
QByteArray string(const QString &value);

// The same, appended to out without temporaries (the list output writes 100k+ of them).
void appendNumber(QByteArray &out, double value);
void appendNumber(QByteArray &out, qint64 value);
void appendString(QByteArray &out, const QString &value);

// Python's datetime.utcfromtimestamp(seconds).isoformat(), as glanceclient prints cache times.
QString utcIso(double seconds);

} // namespace PyJson
