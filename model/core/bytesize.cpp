#include "core/bytesize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ByteSize {

bool parse(const QString &text, qint64 *bytes, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    auto fail = [&]() {
        *error = QCoreApplication::translate("ByteSize", "'%1' is not a size: give bytes, or a number with "
                                                         "K, M, G or T (for example 10737418240 or 10G).")
                     .arg(text);
        return false;
    };
    if (!m.hasMatch())
        return fail();
    const QString unit = m.captured(2).toUpper();
    double factor = 0;
    static const struct { const char *names[3]; double factor; } units[] = {
        {{"", "B", nullptr}, 1},
        {{"K", "KIB", "KI"}, 1024.0},
        {{"M", "MIB", "MI"}, 1048576.0},
        {{"G", "GIB", "GI"}, 1073741824.0},
        {{"T", "TIB", "TI"}, 1099511627776.0},
        {{"KB", nullptr, nullptr}, 1e3},
        {{"MB", nullptr, nullptr}, 1e6},
        {{"GB", nullptr, nullptr}, 1e9},
        {{"TB", nullptr, nullptr}, 1e12},
    };
    for (const auto &u : units) {
        for (const char *name : u.names) {
            if (name && unit == QLatin1String(name))
                factor = u.factor;
        }
    }
    if (factor == 0)
        return fail();
    const QString number = m.captured(1);
    if (factor == 1) {
        bool ok = false;
        const qint64 v = number.toLongLong(&ok);
        if (!ok)
            return fail();
        *bytes = v;
        return true;
    }
    const double v = std::floor(number.toDouble() * factor);
    if (!(v >= 0 && v < 9.2e18))
        return fail();
    *bytes = qint64(v);
    return true;
}

} // namespace ByteSize
