#include "cachectl.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("glance-cache-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GCA_VERSION));
    Translations::install(app);
    // The sentences follow LANG/LC_ALL, but the digits are never grouped: scripts read this output as
    // often as people do (awk '$2 > 1000', grep '^Pruned 12 '), and like ls and du it prints plain numbers.
    QLocale numbers;
    numbers.setNumberOptions(numbers.numberOptions() | QLocale::OmitGroupSeparator);
    QLocale::setDefault(numbers);
    return CacheCtl().run(QCoreApplication::arguments());
}
