#include "configdocument.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 maxBytes = 16 * 1024 * 1024; // oslo.config reads whole files; more than this is not a config

// Python's str.isspace(), which rstrip()/strip() use in oslo.config's parser.
bool pyIsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x20) || u == 0x85 || u == 0xa0 || u == 0x1680
        || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000;
}

int rstripLength(const QString &s)
{
    int n = int(s.size());
    while (n > 0 && pyIsSpace(s.at(n - 1)))
        --n;
    return n;
}

int lstripLength(const QString &s, int from, int to)
{
    while (from < to && pyIsSpace(s.at(from)))
        ++from;
    return from;
}

QString pyStrip(const QString &s)
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

bool isBlank(const ConfigDocument::Line &line)
{
    return rstripLength(QString::fromUtf8(line.text)) == 0;
}

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

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Reads a whole regular file through one descriptor so that the status and the bytes belong together.
bool readWhole(const QString &path, QByteArray *data, struct stat *st, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        *error = err == ENOENT ? ConfigDocument::tr("%1 does not exist.").arg(path)
                               : ConfigDocument::tr("Cannot read %1: %2.").arg(path, errnoText(err));
        return false;
    }
    bool ok = ::fstat(fd, st) == 0;
    if (!ok) {
        *error = ConfigDocument::tr("Cannot read %1: %2.").arg(path, errnoText(errno));
    } else if (!S_ISREG(st->st_mode)) {
        *error = ConfigDocument::tr("%1 is not a regular file.").arg(path);
        ok = false;
    } else if (st->st_size > maxBytes) {
        *error = ConfigDocument::tr("%1 is %2 MiB; a configuration file is never larger than 16 MiB, so this one "
                                    "is not read.")
                     .arg(path)
                     .arg(double(st->st_size) / 1048576.0, 0, 'f', 1);
        ok = false;
    }
    data->clear();
    char buffer[65536];
    while (ok) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = ConfigDocument::tr("Cannot read %1: %2.").arg(path, errnoText(errno));
            ok = false;
        } else if (got == 0) {
            break;
        } else if (data->size() + got > maxBytes) {
            *error = ConfigDocument::tr("%1 grew beyond 16 MiB while it was read; it is not read.").arg(path);
            ok = false;
        } else {
            data->append(buffer, got);
        }
    }
    ::close(fd);
    return ok;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Keeps the version about to be replaced as "<file>.<time>.bak": a hard link when the file system allows it
// (the very same inode, so owner, mode and times are exact), otherwise a copy given the same attributes.
// The name ends in ".bak", never ".conf", so a --config-dir scan of a .conf.d directory ignores it.
bool makeBackup(
    const QByteArray &target, const QByteArray &bytes, const struct stat &st, QByteArray *backup, QString *error)
{
    const QByteArray stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddhhmmss")).toLatin1();
    for (int n = 0; n < 1000; ++n) {
        const QByteArray name = target + '.' + stamp + (n ? '-' + QByteArray::number(n) : QByteArray()) + ".bak";
        if (::link(target.constData(), name.constData()) == 0) {
            *backup = name;
            return true;
        }
        if (errno == EEXIST)
            continue;
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            *error = ConfigDocument::tr("Cannot create the backup %1: %2; nothing was written.")
                         .arg(QFile::decodeName(name), errnoText(errno));
            return false;
        }
        *backup = name; // from here on the caller removes it if anything fails
        const struct timespec times[2] = { st.st_atim, st.st_mtim };
        const bool ok = writeAll(fd, bytes) && ::fchown(fd, st.st_uid, st.st_gid) == 0
            && ::fchmod(fd, st.st_mode & 07777) == 0 && ::futimens(fd, times) == 0 && ::fsync(fd) == 0;
        const int err = errno;
        ::close(fd);
        if (!ok)
            *error = ConfigDocument::tr("Cannot write the backup %1 with the original's owner and mode: %2; "
                                        "nothing was written.")
                         .arg(QFile::decodeName(name), errnoText(err));
        return ok;
    }
    *error = ConfigDocument::tr("Cannot find a free backup name next to %1; nothing was written.")
                 .arg(QFile::decodeName(target));
    return false;
}

// A rename is durable only once the directory entry is on disk too.
void syncDirectory(const QByteArray &dir)
{
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

ConfigDocument::DiskState diskState(const struct stat &st, const QByteArray &data)
{
    return { qint64(st.st_size), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
        QCryptographicHash::hash(data, QCryptographicHash::Sha256) };
}

} // namespace

bool ConfigDocument::load(const QString &path, QString *error)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    QByteArray data;
    struct stat st = {};
    if (!readWhole(real.isEmpty() ? path : real, &data, &st, error))
        return false;
    if (!loadData(data, path, error))
        return false;
    m_inMemory = false;
    m_realPath = real;
    m_disk = diskState(st, data);
    return true;
}

bool ConfigDocument::loadData(const QByteArray &data, const QString &origin, QString *error)
{
    if (data.contains('\0')) {
        *error = tr("%1 contains NUL bytes: it is a binary file, not a configuration file.").arg(origin);
        return false;
    }
    if (data.startsWith("\xEF\xBB\xBF")) {
        *error = tr("%1 starts with a byte-order mark, which oslo.config reads as part of the first line and "
                    "then refuses; save the file as UTF-8 without BOM.")
                     .arg(origin);
        return false;
    }
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString text = decoder.decode(data);
    Q_UNUSED(text)
    if (decoder.hasError()) {
        *error = tr("%1 is not UTF-8 text; oslo.config (and so Glance) could not read it either.").arg(origin);
        return false;
    }
    const QVector<Line> lines = splitLines(data);
    QVector<Assignment> assignments;
    QVector<Block> blocks;
    if (!parseLines(lines, &assignments, &blocks, error)) {
        *error = tr("%1, %2").arg(origin, *error);
        return false;
    }
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
    return true;
}

bool ConfigDocument::parseLines(
    const QVector<Line> &lines, QVector<Assignment> *assignments, QVector<Block> *blocks, QString *error) const
{
    QString section;
    int open = -1; // the assignment continuation lines would extend
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines.at(i).text);
        const int length = rstripLength(text);
        auto fail = [&](const QString &what) {
            *error = tr("line %1: %2 (%3)").arg(i + 1).arg(what, text.left(qMin(length, 120)));
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

bool ConfigDocument::set(const QString &section, const QString &key, const QString &value, QString *error)
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

    QVector<Line> lines = m_lines;
    const QString keyLine = value.isEmpty() ? key + QLatin1String(" =") : key + QLatin1String(" = ") + value;
    if (const Assignment *a = lastAssignment(section, key)) {
        const QString text = QString::fromUtf8(lines.at(a->line).text);
        QString edited;
        if (value.isEmpty()) {
            edited = text.left(a->separator + 1);
        } else if (a->valueStart == a->valueEnd) {
            // "key =" with no value yet: space the new value as the separator is spaced.
            const bool spaced = text.at(a->separator) == u':' || text.size() > a->separator + 1
                || (a->separator > 0 && pyIsSpace(text.at(a->separator - 1)));
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
    } else {
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
            while (at > block->header + 1 && isBlank(lines.at(at - 1)))
                --at;
        }
        if (at == lines.size() && noFinalEol) {
            lines.last().eol = m_eol;
            lines.last().origin = -1;
            added.eol.clear();
        }
        if (!block) {
            if (!lines.isEmpty() && !isBlank(lines.constLast()))
                lines.append({ QByteArray(), m_eol, -1 });
            lines.append({ (u'[' + section + u']').toUtf8(), m_eol, -1 });
            at = int(lines.size());
        }
        lines.insert(at, added);
    }

    QVector<Assignment> assignments;
    QVector<Block> blocks;
    QString parseError;
    const bool parsed = parseLines(lines, &assignments, &blocks, &parseError);
    std::swap(lines, m_lines);
    std::swap(assignments, m_assignments);
    std::swap(blocks, m_blocks);
    // Never keep an edit oslo.config would read differently from what was asked.
    const Assignment *now = parsed ? lastAssignment(section, key) : nullptr;
    const QString expected = unquoted(pyStrip(value));
    if (!now || now->value != expected) {
        std::swap(lines, m_lines);
        std::swap(assignments, m_assignments);
        std::swap(blocks, m_blocks);
        *error
            = tr("Writing %1 = %2 into %3 would not read back as that value%4.")
                  .arg(key, value, m_path, parseError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parseError));
        return false;
    }
    return true;
}

QByteArray ConfigDocument::contents() const
{
    return joinLines(m_lines);
}

void ConfigDocument::revert()
{
    QString ignored;
    const ConfigDocument kept = *this;
    loadData(m_original, m_path, &ignored);
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

bool ConfigDocument::canSave(QString *error) const
{
    if (!m_loaded || m_inMemory) {
        *error = tr("%1 was not read from a file, so it cannot be saved.").arg(m_path);
        return false;
    }
    QByteArray data;
    struct stat st = {};
    QString readError;
    if (!readWhole(m_realPath, &data, &st, &readError)) {
        *error = tr("%1 cannot be read again before saving: %2").arg(m_path, readError);
        return false;
    }
    const DiskState now = diskState(st, data);
    if (now.size != m_disk.size || now.mtimeNs != m_disk.mtimeNs || now.sha256 != m_disk.sha256) {
        *error = tr("%1 was changed on disk after it was loaded (by another editor, a package upgrade or "
                    "configuration management); nothing was written. Reload it and make the change again.")
                     .arg(m_path);
        return false;
    }
    if (::faccessat(AT_FDCWD, QFile::encodeName(m_realPath).constData(), W_OK, AT_EACCESS) != 0) {
        const int err = errno;
        if (err == EROFS)
            *error = tr("%1 is on a read-only file system; nothing was written.").arg(m_path);
        else if (err == EPERM)
            *error = tr("%1 is immutable (chattr +i) or otherwise locked against changes; nothing was written.")
                         .arg(m_path);
        else
            *error = tr("%1 is not writable for this user (%2); nothing was written.").arg(m_path, errnoText(err));
        return false;
    }
    const QString dir = QFileInfo(m_realPath).absolutePath();
    if (::faccessat(AT_FDCWD, QFile::encodeName(dir).constData(), W_OK | X_OK, AT_EACCESS) != 0) {
        *error = tr("Cannot create files in %1 (%2), which saving needs for the new version and the backup; "
                    "nothing was written.")
                     .arg(dir, errnoText(errno));
        return false;
    }
    return true;
}

bool ConfigDocument::save(QString *error, QString *backupPath)
{
    if (backupPath)
        backupPath->clear();
    if (!isModified())
        return true;
    if (!canSave(error))
        return false;
    QString backup;
    if (!writeFile(error, &backup))
        return false;
    if (backupPath)
        *backupPath = backup;
    return true;
}

bool ConfigDocument::saveAll(const QVector<ConfigDocument *> &documents, QString *error, QStringList *backupPaths)
{
    if (backupPaths)
        backupPaths->clear();
    for (const ConfigDocument *d : documents) {
        if (d->isModified() && !d->canSave(error)) {
            if (documents.size() > 1)
                *error += u' ' + tr("None of the files was changed.");
            return false;
        }
    }
    QVector<ConfigDocument> before;
    QStringList backups;
    for (ConfigDocument *d : documents) {
        before.append(*d);
        QString backup;
        if (d->save(error, &backup)) {
            backups.append(backup);
            continue;
        }
        // Put back the files already replaced: each backup is the previous version, owner, mode and time.
        bool restored = true;
        for (int j = 0; j < backups.size(); ++j) {
            if (backups.at(j).isEmpty())
                continue;
            if (::rename(QFile::encodeName(backups.at(j)).constData(),
                    QFile::encodeName(before.at(j).m_realPath).constData())
                == 0) {
                *documents.at(j) = before.at(j);
            } else {
                *error += u' '
                    + tr("Restoring %1 from %2 failed too: %3.")
                          .arg(before.at(j).m_path, backups.at(j), errnoText(errno));
                restored = false;
            }
        }
        if (restored && !backups.isEmpty())
            *error += u' ' + tr("The files already written were put back as they were.");
        return false;
    }
    if (backupPaths)
        *backupPaths = backups;
    return true;
}

bool ConfigDocument::writeFile(QString *error, QString *backupPath)
{
    const QByteArray target = QFile::encodeName(m_realPath);
    struct stat st = {};
    if (::stat(target.constData(), &st) != 0) {
        *error = tr("Cannot examine %1: %2; nothing was written.").arg(m_path, errnoText(errno));
        return false;
    }
    const QFileInfo info(m_realPath);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    // Same directory, so the rename is atomic; a hidden name without ".conf", so no config scan reads it.
    QByteArray temp = dir + "/." + QFile::encodeName(info.fileName()) + ".XXXXXX";
    int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        *error = tr("Cannot create a temporary file in %1: %2; nothing was written.")
                     .arg(QFile::decodeName(dir), errnoText(errno));
        return false;
    }
    QByteArray backup;
    auto fail = [&](const QString &why) {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temp.constData());
        if (!backup.isEmpty())
            ::unlink(backup.constData());
        *error = why;
        return false;
    };
    const QByteArray data = contents();
    if (!writeAll(fd, data))
        return fail(tr("Cannot write the new version of %1: %2; nothing was written.").arg(m_path, errnoText(errno)));
    if (::fchown(fd, st.st_uid, st.st_gid) != 0)
        return fail(tr("Cannot give the new version of %1 its owner and group (uid %2, gid %3): %4. Nothing was "
                       "written rather than change who owns the file; save it as root or as its owner.")
                        .arg(m_path)
                        .arg(st.st_uid)
                        .arg(st.st_gid)
                        .arg(errnoText(errno)));
    // After fchown, which may clear set-id bits.
    if (::fchmod(fd, st.st_mode & 07777) != 0)
        return fail(
            tr("Cannot give the new version of %1 its mode: %2; nothing was written.").arg(m_path, errnoText(errno)));
    if (::fsync(fd) != 0)
        return fail(
            tr("Cannot flush the new version of %1 to disk: %2; nothing was written.").arg(m_path, errnoText(errno)));
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        return fail(tr("Cannot write the new version of %1: %2; nothing was written.").arg(m_path, errnoText(errno)));
    // A last look, as close as possible to the rename: someone may have written the file meanwhile.
    QString why;
    if (!canSave(&why) || !makeBackup(target, m_original, st, &backup, &why))
        return fail(why);
    if (::rename(temp.constData(), target.constData()) != 0)
        return fail(tr("Cannot replace %1: %2; nothing was written.").arg(m_path, errnoText(errno)));
    syncDirectory(dir);

    m_original = data;
    for (int i = 0; i < m_lines.size(); ++i)
        m_lines[i].origin = i;
    m_originalLines = m_lines;
    struct stat now = {};
    ::stat(target.constData(), &now);
    m_disk = diskState(now, data);
    *backupPath = QFile::decodeName(backup);
    return true;
}
