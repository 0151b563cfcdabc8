#pragma once

#include "clirows.h"

#include <QByteArray>
#include <QPair>
#include <QVector>

// The JSON printer of CliRows: a row is an object of its keyed, present cells, in the rows' JSON order;
// spacing as Python's json.dumps() writes it. Pure functions.
namespace CliJson {

QByteArray object(const CliRows &rows, qsizetype row);
// Every row's object: [{...}, {...}].
QByteArray array(const CliRows &rows);
// One member of every row, the values alone: ["id1", "id2"].
QByteArray values(const CliRows &rows, const QByteArray &key);
// An object of members already written as JSON: {"a": 1, "b": [...]}.
QByteArray members(const QVector<QPair<QByteArray, QByteArray>> &members);

} // namespace CliJson
