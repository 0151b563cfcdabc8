#include "cachectl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("glance-cache-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GCA_VERSION));
    return CacheCtl().run(QCoreApplication::arguments());
}
