#include "core/imageid.h"

#include <QCoreApplication>

namespace ImageId {

bool isValid(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

QString normalized(QStringView id)
{
    return isValid(id) ? id.toString().toLower() : id.toString();
}

QString problem(QStringView id)
{
    if (isValid(id))
        return {};
    if (id.isEmpty())
        return QCoreApplication::translate("ImageId", "The image ID is empty.");
    if (id.contains(u'/') || id.contains(u'\0'))
        return QCoreApplication::translate("ImageId", "'%1' is not an image ID: it contains a path separator.")
            .arg(id.toString().toHtmlEscaped().left(80));
    return QCoreApplication::translate("ImageId",
                                       "'%1' is not an image ID (Glance image IDs are UUIDs, "
                                       "like 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11).")
        .arg(id.toString().left(80));
}

} // namespace ImageId
