#pragma once

#include <QString>

// The options Debian's Glance (glance-api and the cache tools) registers with oslo.config: what "$name" and
// "${group.name}" in their configuration files may refer to. A reference to anything else makes oslo.config
// stop with "no such option", and the service does not start. The table (glanceoptionstable.cpp) is generated
// by scripts/gen_glance_options.py and checked against the installed Glance by tst_osloresolve.
// Static, immutable data: safe on any thread.
class GlanceOptions
{
public:
    // How oslo.config turns the option's text into the value a reference inserts (str() of the typed value).
    enum class Kind { Str, Int, Bool, Float, List, BracketList, Dict, Multi }; // BracketList: "[a, b]"

    struct Option
    {
        const char *group; // "DEFAULT" or the group's registered (lower-case) name
        const char *name; // the option's dest, as a reference spells it
        Kind kind;
        const char *defaultText; // str() of the default; nullptr when there is none (a reference inserts "")
    };

    // The option registered as name in group ("DEFAULT" for the default group), or nullptr.
    static const Option *find(const QString &group, const QString &name);
    static int count() { return s_count; }
    static const Option &at(int i) { return s_table[i]; }

private:
    static const Option s_table[];
    static const int s_count;
};
