#pragma once

#include <QString>
#include <QStringList>

// Picks Glance image IDs out of whatever a person pastes: `openstack image list` or `glance cache-list`
// tables, `-f json`/`-f value`/`-f csv` output, `glance-cachectl list --json`, Image API URLs
// (http://node:9292/v2/images/<id>/file), IDs one per line or separated by commas or spaces. Pure
// functions, any thread.
namespace ImageIdScan {

struct Result
{
    QStringList ids;      // valid IDs, normalised (ImageId::normalized), first occurrence order, no duplicates
    int duplicates = 0;   // further occurrences of an ID already in ids
    QStringList rejected; // words that look like a mistyped ID (hex groups with dashes), as written
};

// Only canonical UUIDs (8-4-4-4-12, either case) are IDs, as ImageId accepts: Glance names cache files by
// that form, and 32 hex digits without dashes are just as often an MD5 checksum or a Keystone project ID
// (`openstack image list --long` shows both). In a table with a header that names an ID column ("ID",
// "image_id"), only that column is read, so an image named after another image's ID does not queue it; in
// JSON only "id", "ID" and "image_id" members and plain string arrays (queued_images) are read.
Result scan(const QString &text);

} // namespace ImageIdScan
