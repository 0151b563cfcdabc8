#pragma once

#include <QString>

class QCoreApplication;

// Installs the application's translation and Qt's own for a language ("fr", "de_DE"; empty = the
// system's). English is the fallback so plural forms read "1 image", "2 images". Call once, early.
namespace Translations {

void install(QCoreApplication &app, const QString &language = {});

} // namespace Translations
