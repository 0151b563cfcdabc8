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
// The file text oslo.config reads back as literal: every '$' written as "$$", except after a backslash, where
// "\$" is used ("\$$" would be read as "$$" followed by a reference, since oslo.config first turns "\$" into
// "$$").
QString escapedDollars(const QString &literal);
// A line holding only white space.
bool isBlank(const QByteArray &line);

} // namespace OsloSyntax
