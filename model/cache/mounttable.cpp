#include "cache/mounttable.h"

#include <QFile>

QString MountTable::unescape(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c == '\\' && i + 3 < field.size()) {
            const QByteArray digits = field.mid(i + 1, 3);
            bool octal = digits.size() == 3;
            for (const char d : digits)
                octal = octal && d >= '0' && d <= '7';
            if (octal) {
                out.append(char(digits.toInt(nullptr, 8)));
                i += 3;
                continue;
            }
        }
        out.append(c);
    }
    return QFile::decodeName(out);
}

void MountTable::parse(const QByteArray &text)
{
    m_entries.clear();
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        // The optional fields end with a lone "-"; at least 6 fields come before it and 3 after.
        const qsizetype dash = fields.indexOf(QByteArray("-"), 6);
        if (dash < 6 || dash + 3 >= fields.size())
            continue;
        MountEntry e;
        e.root = unescape(fields.at(3));
        e.mountPoint = unescape(fields.at(4));
        e.mountOptions = QString::fromLatin1(fields.at(5)).split(u',', Qt::SkipEmptyParts);
        e.fsType = unescape(fields.at(dash + 1));
        e.source = unescape(fields.at(dash + 2));
        e.superOptions = unescape(fields.at(dash + 3)).split(u',', Qt::SkipEmptyParts);
        m_entries.append(e);
    }
}

bool MountTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    parse(file.readAll()); // /proc files report size 0; readAll() reads to the end regardless
    return true;
}

bool MountTable::find(const QString &path, MountEntry *out) const
{
    int best = -1;
    qsizetype bestLength = -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &point = m_entries.at(i).mountPoint;
        const bool contains = point == QLatin1String("/") || path == point
            || (path.startsWith(point) && path.at(point.size()) == u'/');
        // ">=": a later mount on the same point hides the earlier one
        if (contains && point.size() >= bestLength) {
            best = i;
            bestLength = point.size();
        }
    }
    if (best < 0)
        return false;
    *out = m_entries.at(best);
    return true;
}
