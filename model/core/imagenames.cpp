#include "core/imagenames.h"

#include "core/imageid.h"

#include <QCoreApplication>

ImageNames::ImageNames(const QHash<QString, QString> &namesById)
{
    QHash<QString, QString> normalized;
    normalized.reserve(namesById.size());
    for (auto it = namesById.cbegin(); it != namesById.cend(); ++it)
        normalized.insert(ImageId::normalized(it.key()), it.value());
    m_names = std::make_shared<const QHash<QString, QString>>(std::move(normalized));
}

bool ImageNames::listed(const QString &id) const
{
    // Cache files and database rows hold Glance's lower-case IDs, found at once (sorting a large table looks
    // names up millions of times); a pasted upper-case one finds its name too.
    return m_names && (m_names->contains(id) || m_names->contains(ImageId::normalized(id)));
}

QString ImageNames::name(const QString &id) const
{
    if (!m_names)
        return {};
    const auto it = m_names->constFind(id);
    return it != m_names->cend() ? *it : m_names->value(ImageId::normalized(id));
}

bool ImageNames::isMissing(const QString &id) const
{
    // Lock files and other foreign names are no images: they have no name to miss.
    return m_names && ImageId::isValid(id) && !listed(id);
}

bool ImageNames::matches(const QString &id, const QString &filter) const
{
    if (id.contains(filter, Qt::CaseInsensitive))
        return true;
    return m_names && name(id).contains(filter, Qt::CaseInsensitive);
}

QStringList ImageNames::describe(const QStringList &ids) const
{
    if (!m_names)
        return ids;
    QStringList lines;
    lines.reserve(ids.size());
    for (const QString &id : ids) {
        // Two spaces, as openstack image list's columns are apart: the ID stays the first word of the line.
        const QString text = isMissing(id) ? missingText() : name(id);
        lines.append(text.isEmpty() ? id : id + QStringLiteral("  ") + text);
    }
    return lines;
}

QString ImageNames::placeholder()
{
    return QString(QChar(0x2014));
}

QString ImageNames::missingText()
{
    return QCoreApplication::translate("ImageNames", "(deleted or not visible)");
}

QString ImageNames::missingExplanation()
{
    return QCoreApplication::translate("ImageNames",
        "Glance's image list does not include this image: it was deleted (its cached copy stays until it is "
        "pruned), it is hidden, or the project you are connected as may not see it.");
}
