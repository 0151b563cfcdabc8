#pragma once

#include <QByteArray>
#include <QString>

// The small rules of oslo.config's INI parser (Python's str methods as it calls them), shared by the reader
// (OsloConfig) and the editor (ConfigDocument) so both read a line the same way. Pure functions.
namespace OsloSyntax {

// Python's str.isspace(), which rstrip()/strip() use in oslo.config's parser.
bool isSpace(QChar c);
// The length of s without trailing white space (str.rstrip()).
int rstripLength(const QString &s);
// The first index in [from, to) that is not white space, or to.
int lstripLength(const QString &s, int from, int to);
// str.strip().
QString strip(const QString &s);
// Section names are case-insensitive, except DEFAULT.
QString normalizedSection(const QString &name);
// One pair of matching quotes around a value is dropped, as oslo.config does.
QString unquoted(const QString &v);
// A line holding only white space.
bool isBlank(const QByteArray &line);

} // namespace OsloSyntax
