#include "pyjson.h"

#include <QDateTime>

#include <charconv>
#include <cmath>

namespace PyJson {

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    if (value == 0)
        return std::signbit(value) ? "-0.0" : "0.0";
    // Shortest round-trip digits, then Python's layout: fixed for exponents -4..15, else scientific.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const auto e = sci.find('e');
    std::string mantissa = sci.substr(0, e);
    const int exponent = std::stoi(sci.substr(e + 1));
    const bool negative = mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa) {
        if (c != '.')
            digits += c;
    }
    std::string out;
    if (exponent >= -4 && exponent < 16) {
        const int pointPos = exponent + 1; // digits before the decimal point
        if (pointPos <= 0) {
            out = "0." + std::string(size_t(-pointPos), '0') + digits;
        } else if (size_t(pointPos) >= digits.size()) {
            out = digits + std::string(size_t(pointPos) - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, size_t(pointPos)) + "." + digits.substr(size_t(pointPos));
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp;
    }
    if (negative)
        out.insert(out.begin(), '-');
    return QByteArray::fromStdString(out);
}

QByteArray string(const QString &value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20 || c > 0x7e) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\u%04x", unsigned(c));
                out += esc;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
    return out;
}

QString utcIso(double seconds)
{
    double whole = std::floor(seconds);
    // Python rounds the fraction to microseconds, half to even.
    double micros = std::nearbyint((seconds - whole) * 1e6);
    if (micros >= 1e6) {
        whole += 1;
        micros -= 1e6;
    }
    const QDateTime t = QDateTime::fromSecsSinceEpoch(qint64(whole), Qt::UTC);
    QString s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (micros > 0)
        s += QStringLiteral(".%1").arg(qint64(micros), 6, 10, QLatin1Char('0'));
    return s;
}

} // namespace PyJson
