#include "config/glanceoptions.h"

#include <QHash>

const GlanceOptions::Option *GlanceOptions::find(const QString &group, const QString &name)
{
    // Built once, on first use; C++11 makes that initialisation thread-safe.
    static const QHash<QString, const Option *> index = [] {
        QHash<QString, const Option *> h;
        for (int i = 0; i < s_count; ++i)
            h.insert(QLatin1String(s_table[i].group) + u'\n' + QLatin1String(s_table[i].name), &s_table[i]);
        return h;
    }();
    return index.value(group + u'\n' + name, nullptr);
}
