#include "config/configdocument.h"

#include "config/oslosyntax.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace OsloSyntax;

// Python's universal newlines: a line ends at \n, \r\n or a lone \r.
QVector<ConfigDocument::Line> splitLines(const QByteArray &data)
{
    QVector<ConfigDocument::Line> lines;
    int start = 0;
    const int n = int(data.size());
    for (int i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (c != '\n' && c != '\r')
            continue;
        const int eolLength = (c == '\r' && i + 1 < n && data.at(i + 1) == '\n') ? 2 : 1;
        lines.append({ data.mid(start, i - start), data.mid(i, eolLength), int(lines.size()) });
        i += eolLength - 1;
        start = i + 1;
    }
    if (start < n)
        lines.append({ data.mid(start), QByteArray(), int(lines.size()) });
    return lines;
}

QByteArray joinLines(const QVector<ConfigDocument::Line> &lines)
{
    QByteArray out;
    for (const ConfigDocument::Line &l : lines)
        out += l.text + l.eol;
    return out;
}

} // namespace

Expected<void> ConfigDocument::loadData(const QByteArray &data, const QString &origin)
{
    if (data.contains('\0'))
        return Expected<void>::failure(
            tr("%1 contains NUL bytes: it is a binary file, not a configuration file.").arg(origin));
    if (data.startsWith("\xEF\xBB\xBF"))
        return Expected<void>::failure(
            tr("%1 starts with a byte-order mark, which oslo.config reads as part of the first line and "
               "then refuses; save the file as UTF-8 without BOM.")
                .arg(origin));
    // Stateless: a file that ends inside a multi-byte sequence is an error too (a stateful decoder would
    // wait for the bytes to come, and an edit appended after them would turn the file into one that does
    // not load).
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(data);
    Q_UNUSED(text)
    if (decoder.hasError())
        return Expected<void>::failure(
            tr("%1 is not UTF-8 text; oslo.config (and so Glance) could not read it either.").arg(origin));
    const QVector<Line> lines = splitLines(data);
    QVector<Assignment> assignments;
    QVector<Block> blocks;
    QString error;
    if (!parseLines(lines, &assignments, &blocks, &error))
        return Expected<void>::failure(tr("%1, %2").arg(origin, error));
    int crlf = 0;
    for (const Line &l : lines)
        crlf += l.eol == "\r\n" ? 1 : -1;
    *this = ConfigDocument();
    m_path = origin;
    m_loaded = true;
    m_inMemory = true;
    m_original = data;
    m_eol = crlf > 0 ? QByteArray("\r\n") : QByteArray("\n");
    m_originalLines = m_lines = lines;
    m_assignments = assignments;
    m_blocks = blocks;
    return {};
}

bool ConfigDocument::parseLines(
    const QVector<Line> &lines, QVector<Assignment> *assignments, QVector<Block> *blocks, QString *error) const
{
    QString section;
    int open = -1; // the assignment continuation lines would extend
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines.at(i).text);
        const int length = rstripLength(text);
        // Never the line's text: a file given by mistake (or under sudo, on purpose) may hold secrets.
        auto fail = [&](const QString &what) {
            *error = tr("line %1: %2.").arg(i + 1).arg(what);
            return false;
        };
        if (length == 0) {
            open = -1;
            continue;
        }
        const QChar first = text.at(0);
        if (first == u' ' || first == u'\t') {
            if (open < 0)
                return fail(tr("unexpected continuation line"));
            Assignment &a = (*assignments)[open];
            const int start = lstripLength(text, 0, length);
            a.value += u'\n' + text.mid(start, length - start);
            a.lastLine = i;
            continue;
        }
        open = -1;
        if (first == u'[') {
            if (text.at(length - 1) != u']')
                return fail(tr("invalid section (must end with ])"));
            if (length <= 2)
                return fail(tr("empty section name"));
            section = normalizedSection(text.mid(1, length - 2));
            if (!blocks->isEmpty())
                blocks->last().end = i;
            blocks->append({ section, i, int(lines.size()) });
            continue;
        }
        if (first == u'#' || first == u';')
            continue;
        const int colon = int(text.left(length).indexOf(u':'));
        const int equal = int(text.left(length).indexOf(u'='));
        if (colon < 0 && equal < 0)
            return fail(tr("no ':' or '=' found in assignment"));
        const int separator = (colon < 0 || (equal >= 0 && equal < colon)) ? equal : colon;
        const int keyStart = lstripLength(text, 0, separator);
        const QString key = text.mid(keyStart, rstripLength(text.left(separator)) - keyStart);
        if (key.isEmpty())
            return fail(tr("key cannot be empty"));
        if (blocks->isEmpty())
            return fail(tr("section must be started before assignment"));
        const int valueStart = lstripLength(text, separator + 1, length);
        assignments->append(
            { section, key, unquoted(text.mid(valueStart, length - valueStart)), i, i, separator, valueStart, length });
        open = int(assignments->size()) - 1;
    }
    return true;
}

const ConfigDocument::Assignment *ConfigDocument::lastAssignment(const QString &section, const QString &key) const
{
    const QString s = normalizedSection(section);
    for (auto it = m_assignments.crbegin(); it != m_assignments.crend(); ++it) {
        if (it->section == s && it->key == key)
            return &*it;
    }
    return nullptr;
}

QString ConfigDocument::value(const QString &section, const QString &key) const
{
    const Assignment *a = lastAssignment(section, key);
    return a ? a->value : QString();
}

bool ConfigDocument::contains(const QString &section, const QString &key) const
{
    return lastAssignment(section, key) != nullptr;
}

QStringList ConfigDocument::values(const QString &section, const QString &key) const
{
    QStringList all;
    const QString s = normalizedSection(section);
    for (const Assignment &a : m_assignments) {
        if (a.section == s && a.key == key)
            all.append(a.value);
    }
    return all;
}

int ConfigDocument::lineOf(const QString &section, const QString &key) const
{
    const Assignment *a = lastAssignment(section, key);
    return a ? a->line + 1 : 0;
}

QStringList ConfigDocument::sections() const
{
    QStringList names;
    for (const Block &b : m_blocks) {
        if (!names.contains(b.section))
            names.append(b.section);
    }
    return names;
}

QStringList ConfigDocument::keys(const QString &section) const
{
    QStringList names;
    QSet<QString> seen;
    const QString s = normalizedSection(section);
    for (const Assignment &a : m_assignments) {
        if (a.section == s && !seen.contains(a.key)) {
            seen.insert(a.key);
            names.append(a.key);
        }
    }
    return names;
}

QByteArray ConfigDocument::contents() const
{
    return joinLines(m_lines);
}

void ConfigDocument::revert()
{
    const ConfigDocument kept = *this;
    // These bytes were parsed once already, so parsing them again cannot fail.
    loadData(m_original, m_path);
    m_realPath = kept.m_realPath;
    m_inMemory = kept.m_inMemory;
    m_disk = kept.m_disk;
}

QString ConfigDocument::diff() const
{
    struct Op
    {
        char kind; // ' ', '-' or '+'
        const Line *line;
    };
    // Lines keep their original index until edited and are never reordered, so the unchanged lines already
    // form the longest common subsequence: no diff search is needed.
    QVector<Op> ops;
    QVector<Op> added; // shown after the lines they replace, as diff does
    int o = 0;
    auto flush = [&](int upTo) {
        while (o < upTo)
            ops.append({ '-', &m_originalLines.at(o++) });
        ops += added;
        added.clear();
    };
    for (const Line &line : m_lines) {
        if (line.origin < 0) {
            added.append({ '+', &line });
            continue;
        }
        flush(line.origin);
        ops.append({ ' ', &line });
        ++o;
    }
    flush(int(m_originalLines.size()));

    constexpr int context = 3;
    QString out;
    int oldLine = 0; // lines of each side before ops[i]
    int newLine = 0;
    int i = 0;
    const int n = int(ops.size());
    while (i < n) {
        int change = i;
        while (change < n && ops.at(change).kind == ' ')
            ++change;
        if (change == n)
            break;
        const int start = qMax(i, change - context);
        for (; i < start; ++i) {
            ++oldLine;
            ++newLine;
        }
        int end = change;
        for (int k = change; k < n && k <= end + 2 * context + 1; ++k) {
            if (ops.at(k).kind != ' ')
                end = k;
        }
        end = qMin(n, end + 1 + context);
        int oldCount = 0;
        int newCount = 0;
        QString body;
        for (int k = start; k < end; ++k) {
            const Op &op = ops.at(k);
            oldCount += op.kind != '+';
            newCount += op.kind != '-';
            body += QLatin1Char(op.kind) + QString::fromUtf8(op.line->text) + u'\n';
            if (op.line->eol.isEmpty())
                body += QLatin1String("\\ No newline at end of file\n");
        }
        auto range = [](int before, int count) {
            const int first = count == 0 ? before : before + 1;
            return count == 1 ? QString::number(first) : QStringLiteral("%1,%2").arg(first).arg(count);
        };
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %1\n").arg(m_path);
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldLine, oldCount), range(newLine, newCount)) + body;
        oldLine += oldCount;
        newLine += newCount;
        i = end;
    }
    return out;
}
