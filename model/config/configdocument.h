#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include "core/expected.h"

// One oslo.config file (glance-api.conf, glance-cache.conf, a .conf.d snippet) held as its exact bytes, so
// that an edit changes only the text it must and everything else -- comments, blank lines, order, unknown
// sections and options, repeated keys, CRLF line ends, a missing final newline -- stays byte for byte.
//
// Parsing follows Debian's oslo.config 9 (oslo_config/iniparser.py): lines end at \n, \r\n or \r;
// "[DEFAULT]" is case-sensitive, other section names are compared in lower case; '#' and ';' start a
// comment only at the start of a line; an indented line continues the previous value; "key = value" or
// "key: value", whichever separator comes first; one pair of surrounding quotes is dropped; a key may repeat
// and the last occurrence wins.
//
// A plain value type with no Qt parent: load() and save() block on the file system, so the GUI calls them
// from a worker (QtConcurrent) and hands the document back by value. Not for concurrent use.
class ConfigDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDocument)

public:
    // Reads path (following a symbolic link to the real file). Fails with one sentence, leaving this
    // document unchanged, when the file is missing, not a regular file, unreadable, larger than 16 MiB,
    // binary (NUL bytes), not UTF-8, or not oslo.config syntax (the sentence names the line).
    // Remembers size, modification time and SHA-256 of what was read, for save()'s conflict check.
    Expected<void> load(const QString &path);

    // Parses text held in memory, as if read from a file called origin. Such a document cannot be saved.
    Expected<void> loadData(const QByteArray &data, const QString &origin);

    QString path() const { return m_path; } // as given to load()
    bool isLoaded() const { return m_loaded; }

    // The raw value oslo.config reads for key in section (last occurrence; quotes dropped; continuation lines
    // joined with '\n'; "$name" not substituted). Empty when absent; use contains() to tell "" from unset.
    QString value(const QString &section, const QString &key) const;
    bool contains(const QString &section, const QString &key) const;
    // Every value of key in section in file order (several when the key repeats).
    QStringList values(const QString &section, const QString &key) const;
    // 1-based line of the occurrence value() reads, 0 when absent.
    int lineOf(const QString &section, const QString &key) const;
    // Names of the sections present, as oslo.config compares them ("DEFAULT", lower-case others).
    QStringList sections() const;
    // The keys assigned in section, in the order of their first assignment.
    QStringList keys(const QString &section) const;

    // Writes value (file text: what oslo.config should read, "$$" for a literal '$') for key in section.
    // Replaces the value text of the last occurrence in place, keeping key spelling, separator and spacing
    // and dropping the continuation lines of the old value; when absent, adds "key = value" at the end of
    // the section's last block (before its trailing blank lines), or a new [section] at the end of the file.
    // Fails with a sentence, changing nothing, for an empty key or section, a key oslo.config would not read
    // back as written, or a value with a line break. Only the text in memory changes.
    Expected<void> set(const QString &section, const QString &key, const QString &value);

    QByteArray contents() const; // the edited bytes
    QByteArray originalContents() const { return m_original; } // the bytes as loaded (or last saved)
    bool isModified() const { return contents() != m_original; }
    void revert(); // forget every set() since load/save

    // A unified diff ("--- a/... +++ b/... @@ ...", three lines of context) from the loaded to the edited
    // text, for a dialog to show. Empty when nothing changed.
    QString diff() const;

    // Whether save() could write now: the file on disk is still what was loaded (size, modification time and
    // SHA-256) and the file and its directory are writable. A failure's sentence is the reason.
    Expected<void> canSave() const;

    // Replaces the file with the edited text: a temporary file in the same directory, given the original's
    // owner, group and mode (refusing, rather than changing ownership, when that is not permitted), synced,
    // then renamed over the original. The previous version is kept next to it as
    // "<name>.<yyyyMMddhhmmss>.bak" (same owner, mode and time), whose path is returned. Nothing is written
    // and "" returned when the text is unchanged. On failure the file is as it was and no temporary or
    // backup file is left behind.
    Expected<QString> save();

    // Saves several documents as a unit (glance-api.conf and glance-cache.conf kept in step): checks every
    // one with canSave() before writing any; if writing one fails, those already written are put back from
    // their backups. Returns the backup paths, one per document ("" when it needed no write).
    static Expected<QStringList> saveAll(const QVector<ConfigDocument *> &documents);

    // The pieces the parser works with; public for its helper functions, not needed to use the class.
    struct Line
    {
        QByteArray text; // without the line end
        QByteArray eol; // "\n", "\r\n", "\r", or "" for a last line without newline
        int origin; // index of the unchanged original line, -1 when new or edited
    };

    struct Assignment
    {
        QString section; // compared form: "DEFAULT" or lower case
        QString key;
        QString value; // as oslo.config reads it (before substitution)
        int line; // index of the "key = value" line
        int lastLine; // index of its last continuation line (== line when none)
        int separator; // position of '=' or ':' in the line's text
        int valueStart; // first character of the value text (after blanks)
        int valueEnd; // end of the value text (before trailing blanks)
    };

    struct Block
    {
        QString section;
        int header; // index of the "[section]" line
        int end; // index after the block's last line
    };

    struct DiskState
    {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        QByteArray sha256;
    };

private:
    bool parseLines(
        const QVector<Line> &lines, QVector<Assignment> *assignments, QVector<Block> *blocks, QString *error) const;
    const Assignment *lastAssignment(const QString &section, const QString &key) const;
    // set()'s steps (configedit.cpp): the checks on what is asked, the edit of an existing assignment (value
    // and continuation lines) and the insertion of a new one at the end of its section (or a new section).
    bool checkEdit(const QString &section, const QString &key, const QString &value, QString *error) const;
    static void replaceAssignment(QVector<Line> &lines, const Assignment &assignment, const QString &value);
    void insertAssignment(QVector<Line> &lines, const QString &section, const QString &keyLine) const;
    bool writeFile(QString *error, QString *backupPath);

    QString m_path; // as given
    QString m_realPath; // symbolic links resolved: the file that is replaced
    bool m_loaded = false;
    bool m_inMemory = false;
    QByteArray m_original;
    QByteArray m_eol = "\n"; // the line end most of the file uses, for lines we add
    QVector<Line> m_originalLines;
    QVector<Line> m_lines;
    QVector<Assignment> m_assignments;
    QVector<Block> m_blocks;
    DiskState m_disk;
};
