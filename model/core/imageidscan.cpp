#include "core/imageidscan.h"

#include "core/imageid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ImageIdScan {
namespace {

// Collects IDs in order, counting repeats.
class Collector
{
public:
    explicit Collector(Result &result)
        : m_result(result)
    {
    }
    void add(QStringView id)
    {
        const QString normal = ImageId::normalized(id);
        if (m_seen.contains(normal)) {
            ++m_result.duplicates;
            return;
        }
        m_seen.insert(normal);
        m_result.ids.append(normal);
    }
    void reject(const QString &word)
    {
        if (!m_result.rejected.contains(word))
            m_result.rejected.append(word);
    }

private:
    Result &m_result;
    QSet<QString> m_seen;
};

// A word made of hex digits and dashes, not part of a longer such word: a UUID or something near one.
// Letters g-z on either side end it too, so "snap-<id>" is not taken apart but "images/<id>/file" is.
const QRegularExpression &hexWords()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9A-Za-z-])[0-9A-Fa-f][0-9A-Fa-f-]*[0-9A-Fa-f](?![0-9A-Za-z-])"));
    return re;
}

// Every ID in free text; near misses (a UUID with a digit too many or too few) go to rejected.
void scanWords(QStringView text, Collector &out)
{
    auto it = hexWords().globalMatch(text);
    while (it.hasNext()) {
        const QStringView word = it.next().capturedView();
        if (ImageId::isValid(word))
            out.add(word);
        else if (word.count(u'-') >= 2 && word.size() >= 30 && word.size() <= 40)
            out.reject(word.toString());
    }
}

void scanJson(const QJsonValue &value, const QString &key, Collector &out)
{
    static const QSet<QString> idKeys = { QStringLiteral("id"), QStringLiteral("ID"), QStringLiteral("image_id") };
    if (value.isString()) {
        // A member named like an ID, or an element of an array (key is empty): queued_images' form.
        const QString s = value.toString();
        if (key.isEmpty() || idKeys.contains(key))
            ImageId::isValid(s) ? out.add(s) : scanWords(s, out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            scanJson(v, QString(), out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto i = o.begin(); i != o.end(); ++i)
            scanJson(i.value(), i.key(), out);
    }
}

// The cells of a "| a | b |" row, trimmed.
QStringList cells(QStringView line)
{
    QStringView inner = line.trimmed();
    inner = inner.mid(1);
    if (inner.endsWith(u'|'))
        inner.chop(1);
    QStringList result;
    for (QStringView cell : inner.split(u'|'))
        result.append(cell.trimmed().toString());
    return result;
}

// The ID column of a table's header row, or -1 when the row is no such header.
int idColumn(const QStringList &row)
{
    for (int i = 0; i < row.size(); ++i) {
        const QString &c = row.at(i);
        if (c.compare(QLatin1String("ID"), Qt::CaseInsensitive) == 0
            || c.compare(QLatin1String("image_id"), Qt::CaseInsensitive) == 0
            || c.compare(QLatin1String("Image ID"), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void scanLines(const QString &text, Collector &out)
{
    int column = -1; // the ID column of the table being read, -1 outside a table with a header
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.startsWith(u'+'))
            continue; // a table border: the table goes on
        if (!t.startsWith(u'|')) {
            column = -1;
            scanWords(line, out);
            continue;
        }
        const QStringList row = cells(t);
        const int header = idColumn(row);
        if (header >= 0) {
            column = header;
            continue;
        }
        if (column >= 0 && column < row.size())
            scanWords(row.at(column), out);
        else
            scanWords(line, out); // a row pasted without its header: every ID in it
    }
}

} // namespace

Result scan(const QString &text)
{
    Result result;
    Collector out(result);
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            scanJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), QString(), out);
            return result;
        }
        // Not whole JSON (a fragment, two documents): read as text, which finds the IDs in it too.
    }
    scanLines(text, out);
    return result;
}

} // namespace ImageIdScan
