#pragma once

#include <QString>

// Glance image IDs are UUIDs (8-4-4-4-12 hex digits). Every ID that reaches the engine from a person, a
// file or a database row is checked here before a path is built from it.
namespace ImageId {

// True when id is a UUID in canonical form, hex digits in either case.
bool isValid(QStringView id);

// The ID in the lower-case form Glance generates; the input unchanged when it is not valid.
QString normalized(QStringView id);

// A sentence for a person saying why id is not an image ID; empty when it is valid.
QString problem(QStringView id);

} // namespace ImageId
