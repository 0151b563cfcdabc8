#include "config/oslosyntax.h"

namespace OsloSyntax {

// Python's str.isspace(), which rstrip()/strip() use in oslo.config's parser.
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x20) || u == 0x85 || u == 0xa0 || u == 0x1680
        || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000;
}

int rstripLength(const QString &s)
{
    int n = int(s.size());
    while (n > 0 && isSpace(s.at(n - 1)))
        --n;
    return n;
}

int lstripLength(const QString &s, int from, int to)
{
    while (from < to && isSpace(s.at(from)))
        ++from;
    return from;
}

QString strip(const QString &s)
{
    const int end = rstripLength(s);
    const int start = lstripLength(s, 0, end);
    return s.mid(start, end - start);
}

QString normalizedSection(const QString &name)
{
    return name == QLatin1String("DEFAULT") ? name : name.toLower();
}

QString unquoted(const QString &v)
{
    if (!v.isEmpty() && v.front() == v.back() && (v.front() == u'"' || v.front() == u'\''))
        return v.mid(1, v.size() - 2);
    return v;
}

QString escapedDollars(const QString &literal)
{
    QString out;
    out.reserve(literal.size() + 8);
    for (qsizetype i = 0; i < literal.size(); ++i) {
        if (literal.at(i) == u'$')
            out += i > 0 && literal.at(i - 1) == u'\\' ? QLatin1String("\\$") : QLatin1String("$$");
        else
            out += literal.at(i);
    }
    return out;
}

bool isBlank(const QByteArray &line)
{
    return rstripLength(QString::fromUtf8(line)) == 0;
}

} // namespace OsloSyntax
