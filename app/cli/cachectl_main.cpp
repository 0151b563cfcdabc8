#include "cachectl.h"
#include "core/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("glance-cache-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GCA_VERSION));
    Translations::install(app);
    return CacheCtl().run(QCoreApplication::arguments());
}
