#include "core/displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace DisplayFormat {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString exactBytes(qint64 bytes)
{
    return QCoreApplication::translate("DisplayFormat", "%1 bytes").arg(QLocale().toString(bytes));
}

QString localTime(double epochSeconds)
{
    if (epochSeconds == 0)
        return QCoreApplication::translate("DisplayFormat", "N/A");
    return QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString utcTime(double epochSeconds)
{
    if (epochSeconds == 0)
        return QCoreApplication::translate("DisplayFormat", "never");
    return QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds * 1000), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" UTC");
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return QCoreApplication::translate("DisplayFormat", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("DisplayFormat", "%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return QCoreApplication::translate("DisplayFormat", "%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return QCoreApplication::translate("DisplayFormat", "%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

} // namespace DisplayFormat
