#pragma once

#include <QCoreApplication>
#include <QString>

// What in the GUI fixes a health finding: the header's message bars offer it as a button, the Health panel on
// a double-click. Findings without a GUI fix (permissions, mounts) offer their details only.
class HealthFix
{
    Q_DECLARE_TR_FUNCTIONS(HealthFix)

public:
    enum Action {
        None,
        Prune,        // Cache → Prune…
        Clean,        // Cache → Clean…
        ShowOrphans,  // the Orphans tab
        CacheOptions, // the Cache Options dialog on the open config
        OpenConfig,   // File → Open Config…
    };

    static Action forFinding(const QString &id);
    // The button's text ("Prune Now…"); empty for None.
    static QString label(Action action);
};
