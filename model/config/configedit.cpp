#include "config/configdocument.h"

#include "config/oslosyntax.h"

// The editing half of ConfigDocument: set() changes one option in place, keeping every other byte of the file,
// and keeps the edit only if oslo.config's rules read it back as the value asked for.

using namespace OsloSyntax;

bool ConfigDocument::checkEdit(const QString &section, const QString &key, const QString &value, QString *error) const
{
    auto hasBreak = [](const QString &s) { return s.contains(u'\n') || s.contains(u'\r'); };
    if (!m_loaded) {
        *error = tr("No configuration file is loaded.");
        return false;
    }
    if (section.isEmpty() || hasBreak(section) || section.trimmed().isEmpty()) {
        *error = tr("A section name must be one non-empty line.");
        return false;
    }
    const QChar first = key.isEmpty() ? QChar() : key.front();
    if (key.isEmpty() || key != key.trimmed() || hasBreak(key) || key.contains(u'=') || key.contains(u':')
        || first == u'[' || first == u'#' || first == u';') {
        *error
            = tr("'%1' cannot be written as an option name: oslo.config would not read it back as that key.").arg(key);
        return false;
    }
    if (hasBreak(value)) {
        *error = tr("The value for %1 contains a line break; oslo.config would read what follows as another "
                    "line of the file.")
                     .arg(key);
        return false;
    }
    return true;
}

void ConfigDocument::replaceAssignment(QVector<Line> &lines, const Assignment &assignment, const QString &value)
{
    const Assignment *a = &assignment; // its line, separator and value span in lines
    const QString text = QString::fromUtf8(lines.at(a->line).text);
    QString edited;
    if (value.isEmpty()) {
        edited = text.left(a->separator + 1);
    } else if (a->valueStart == a->valueEnd) {
        // "key =" with no value yet: space the new value as the separator is spaced.
        const bool spaced = text.at(a->separator) == u':' || text.size() > a->separator + 1
            || (a->separator > 0 && isSpace(text.at(a->separator - 1)));
        edited = text.left(a->separator + 1) + (spaced ? QStringLiteral(" ") : QString()) + value;
    } else {
        edited = text.left(a->valueStart) + value + text.mid(a->valueEnd);
    }
    Line &line = lines[a->line];
    if (edited.toUtf8() != line.text) {
        line.text = edited.toUtf8();
        line.origin = -1;
    }
    if (a->lastLine > a->line) {
        const bool lastWithoutEol = lines.at(a->lastLine).eol.isEmpty();
        lines.remove(a->line + 1, a->lastLine - a->line);
        if (lastWithoutEol) { // the file did not end with a newline; it still does not
            lines[a->line].eol.clear();
            lines[a->line].origin = -1;
        }
    }
}

void ConfigDocument::insertAssignment(QVector<Line> &lines, const QString &section, const QString &keyLine) const
{
    const QString s = normalizedSection(section);
    const Block *block = nullptr;
    for (const Block &b : m_blocks) {
        if (b.section == s)
            block = &b;
    }
    const bool noFinalEol = !lines.isEmpty() && lines.constLast().eol.isEmpty();
    Line added { keyLine.toUtf8(), m_eol, -1 };
    int at = int(lines.size());
    if (block) {
        at = block->end;
        while (at > block->header + 1 && isBlank(lines.at(at - 1).text))
            --at;
    }
    if (at == lines.size() && noFinalEol) {
        lines.last().eol = m_eol;
        lines.last().origin = -1;
        added.eol.clear();
    }
    if (!block) {
        if (!lines.isEmpty() && !isBlank(lines.constLast().text))
            lines.append({ QByteArray(), m_eol, -1 });
        lines.append({ (u'[' + section + u']').toUtf8(), m_eol, -1 });
        at = int(lines.size());
    }
    lines.insert(at, added);
}

Expected<void> ConfigDocument::set(const QString &section, const QString &key, const QString &value)
{
    QString error;
    if (!checkEdit(section, key, value, &error))
        return Expected<void>::failure(error);
    QVector<Line> lines = m_lines;
    if (const Assignment *a = lastAssignment(section, key))
        replaceAssignment(lines, *a, value);
    else
        insertAssignment(lines, section, value.isEmpty() ? key + QLatin1String(" =") : key + QLatin1String(" = ") + value);

    QVector<Assignment> assignments;
    QVector<Block> blocks;
    QString parseError;
    const bool parsed = parseLines(lines, &assignments, &blocks, &parseError);
    std::swap(lines, m_lines);
    std::swap(assignments, m_assignments);
    std::swap(blocks, m_blocks);
    // Never keep an edit oslo.config would read differently from what was asked.
    const Assignment *now = parsed ? lastAssignment(section, key) : nullptr;
    const QString expected = unquoted(strip(value));
    if (!now || now->value != expected) {
        std::swap(lines, m_lines);
        std::swap(assignments, m_assignments);
        std::swap(blocks, m_blocks);
        return Expected<void>::failure(
            tr("Writing %1 = %2 into %3 would not read back as that value%4.")
                .arg(key, value, m_path, parseError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parseError)));
    }
    return {};
}

