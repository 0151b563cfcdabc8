#include "clicontext.h"

#include "cachectl.h"
#include "core/imageid.h"

bool CliContext::confirm(const QString &question) const
{
    *out << question << ' ' << CacheCtl::tr("[y/N]") << ' ' << Qt::flush;
    const QString answer = in->readLine().trimmed().toLower();
    // English answers always work; the translated ones too (o/oui, j/ja).
    return answer == QLatin1String("y") || answer == QLatin1String("yes")
        || answer == CacheCtl::tr("y").toLower() || answer == CacheCtl::tr("yes").toLower();
}

bool CliContext::checkIds(const QStringList &ids, QStringList *normalized, const QString &nothingDone) const
{
    bool ok = true;
    for (const QString &id : ids) {
        if (!ImageId::isValid(id)) {
            *err << "glance-cachectl: " << ImageId::problem(id) << Qt::endl;
            ok = false;
        }
        normalized->append(ImageId::normalized(id));
    }
    if (!ok)
        *err << "glance-cachectl: " << nothingDone << Qt::endl;
    return ok;
}

bool CliContext::confirmOrRefuse(const QString &question, const QString &refusal, const QString &cancelled) const
{
    if (yes)
        return true;
    if (!interactive) {
        *err << "glance-cachectl: " << refusal << Qt::endl;
        return false;
    }
    if (!confirm(question)) {
        *err << cancelled << Qt::endl;
        return false;
    }
    return true;
}
