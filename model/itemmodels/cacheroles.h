#pragma once

#include <Qt>

// Item data roles shared by the entry models and the ui/ delegates that read them.
namespace CacheRoles {
enum Role {
    RawValueRole = Qt::UserRole + 1, // the value sorting and delegates use: bytes, epoch seconds, counts
    ImageIdRole,                     // the entry's image ID (or file name), whatever the column
    BytesRole,                       // the entry's size in bytes, whatever the column
    EvictionFractionRole,            // 0 = pruned first … 1 = pruned last (cached images)
    AttentionRole,                   // true when the row needs a look: stalled, record without file…
    MatrixStateRole,                 // node × image matrix cells: a MatrixCell::State
    PlaceholderRole,                 // true when the cell shows a stand-in (an image Glance did not list), drawn grey
};
} // namespace CacheRoles
