#include "core/pyjson.h"

#include <QDateTime>

#include <charconv>
#include <cmath>
#include <string_view>

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

void appendNumber(QByteArray &out, qint64 value)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr - buf);
}

void appendNumber(QByteArray &out, double value)
{
    // Fast path for the usual magnitudes (timestamps): the shortest round-trip digits in fixed notation
    // are what Python's repr() prints there, plus ".0" for whole numbers.
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-4 && magnitude < 1e16) {
        char buf[64];
        const auto res = std::to_chars(buf, buf + sizeof buf, value);
        const std::string_view text(buf, size_t(res.ptr - buf));
        if (text.find('e') == std::string_view::npos) {
            out.append(buf, qsizetype(text.size()));
            if (text.find('.') == std::string_view::npos)
                out.append(".0", 2);
            return;
        }
    }
    out.append(number(value));
}

void appendString(QByteArray &out, const QString &value)
{
    // Image IDs and most names are plain ASCII: copy them straight through.
    bool plain = true;
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || c > 0x7e || c == u'"' || c == u'\\') {
            plain = false;
            break;
        }
    }
    if (!plain) {
        out.append(string(value));
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + value.size() + 2);
    char *d = out.data() + at;
    *d++ = '"';
    for (const QChar ch : value)
        *d++ = char(ch.unicode());
    *d = '"';
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
