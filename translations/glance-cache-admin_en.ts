<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CacheActions</name>
    <message numerus="yes">
        <source>Delete %n image(s) (%1) from the cache in %2?</source>
        <translation>
            <numerusform>Delete %n image (%1) from the cache in %2?</numerusform>
            <numerusform>Delete %n images (%1) from the cache in %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) from the queue in %1?</source>
        <translation>
            <numerusform>Remove %n image from the queue in %1?</numerusform>
            <numerusform>Remove %n images from the queue in %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n queued image(s) in %1?</source>
        <translation>
            <numerusform>Remove all %n queued image in %1?</numerusform>
            <numerusform>Remove all %n queued images in %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n cached image(s) (%1)%2 in %3?</source>
        <translation>
            <numerusform>Delete all %n cached image (%1)%2 in %3?</numerusform>
            <numerusform>Delete all %n cached images (%1)%2 in %3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n queued image(s)</source>
        <translation>
            <numerusform> and %n queued image</numerusform>
            <numerusform> and %n queued images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s) from the cache.</source>
        <translation>
            <numerusform>Deleted %n file from the cache.</numerusform>
            <numerusform>Deleted %n files from the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the queue.</source>
        <translation>
            <numerusform>Removed %n image from the queue.</numerusform>
            <numerusform>Removed %n images from the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would prune %n image(s), %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>Would prune %n image, %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</numerusform>
            <numerusform>Would prune %n images, %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n image(s), %1 bytes (%2); the cache went from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>Pruned %n image, %1 bytes (%2); the cache went from %3 to %4 (limit %5).</numerusform>
            <numerusform>Pruned %n images, %1 bytes (%2); the cache went from %3 to %4 (limit %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would clean %n file(s), %1.</source>
        <translation>
            <numerusform>Would clean %n file, %1.</numerusform>
            <numerusform>Would clean %n files, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %n file(s), %1.</source>
        <translation>
            <numerusform>Cleaned %n file, %1.</numerusform>
            <numerusform>Cleaned %n files, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheMatrixModel</name>
    <message numerus="yes">
        <source>Cached on %n source(s)</source>
        <translation>
            <numerusform>Cached on %n source</numerusform>
            <numerusform>Cached on %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued on %n</source>
        <translation>
            <numerusform>queued on %n</numerusform>
            <numerusform>queued on %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cached · %n hit(s)</source>
        <translation>
            <numerusform>cached · %n hit</numerusform>
            <numerusform>cached · %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cached on %1: %2, %n hit(s), last accessed %3.</source>
        <translation>
            <numerusform>Cached on %1: %2, %n hit, last accessed %3.</numerusform>
            <numerusform>Cached on %1: %2, %n hits, last accessed %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) cached, %1 queued</source>
        <translation>
            <numerusform>%n image cached, %1 queued</numerusform>
            <numerusform>%n images cached, %1 queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheSession</name>
    <message numerus="yes">
        <source>Queued %n image(s)</source>
        <translation>
            <numerusform>Queued %n image</numerusform>
            <numerusform>Queued %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not queued (already cached, being cached or queued)</source>
        <translation>
            <numerusform>; %n not queued (already cached, being cached or queued)</numerusform>
            <numerusform>; %n not queued (already cached, being cached or queued)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n failed</numerusform>
            <numerusform>; %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n image(s); %2 failed.</source>
        <translation>
            <numerusform>Deleted %1 of %n image; %2 failed.</numerusform>
            <numerusform>Deleted %1 of %n images; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s).</source>
        <translation>
            <numerusform>Deleted %n image.</numerusform>
            <numerusform>Deleted %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the queue.</source>
        <translation>
            <numerusform>Removed %n image from the queue.</numerusform>
            <numerusform>Removed %n images from the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n image(s), %1.</source>
        <translation>
            <numerusform>Pruned %n image, %1.</numerusform>
            <numerusform>Pruned %n images, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %n file(s), %1.</source>
        <translation>
            <numerusform>Cleaned %n file, %1.</numerusform>
            <numerusform>Cleaned %n files, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were neither cached nor queued.</source>
        <translation>
            <numerusform>%n image was neither cached nor queued.</numerusform>
            <numerusform>%n images were neither cached nor queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n record(s) without a file: nothing freed.</source>
        <translation>
            <numerusform>Forgot %n record without a file: nothing freed.</numerusform>
            <numerusform>Forgot %n records without a file: nothing freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s) without a record: %1 freed.</source>
        <translation>
            <numerusform>Deleted %n file without a record: %1 freed.</numerusform>
            <numerusform>Deleted %n files without a record: %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n foreign file(s): %1 freed.</source>
        <translation>
            <numerusform>Removed %n foreign file: %1 freed.</numerusform>
            <numerusform>Removed %n foreign files: %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphan(s) left alone.</source>
        <translation>
            <numerusform>%n orphan left alone.</numerusform>
            <numerusform>%n orphans left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among them Glance&apos;s own lock file(s) %1.</source>
        <translation>
            <numerusform>Among them Glance&apos;s own lock file %1.</numerusform>
            <numerusform>Among them Glance&apos;s own lock files %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralizedDbBackend</name>
    <message numerus="yes">
        <source>Deleted %n image(s); then the database %1 failed (%2). From image %3 on, files and records were left as they were.</source>
        <translation>
            <numerusform>Deleted %n image; then the database %1 failed (%2). From image %3 on, files and records were left as they were.</numerusform>
            <numerusform>Deleted %n images; then the database %1 failed (%2). From image %3 on, files and records were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) before this failure, which left the image&apos;s file and record as they were: %1</source>
        <translation>
            <numerusform>Deleted %n image before this failure, which left the image&apos;s file and record as they were: %1</numerusform>
            <numerusform>Deleted %n images before this failure, which left the image&apos;s file and record as they were: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file of image %1 was deleted but removing its record from %2 failed (%3); the %n image(s) before it were deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</source>
        <translation>
            <numerusform>The file of image %1 was deleted but removing its record from %2 failed (%3); the %n image before it was deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</numerusform>
            <numerusform>The file of image %1 was deleted but removing its record from %2 failed (%3); the %n images before it were deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s), but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</source>
        <translation>
            <numerusform>Deleted %n file, but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</numerusform>
            <numerusform>Deleted %n files, but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s) and their records before this failure; the other files and their records were kept: %1</source>
        <translation>
            <numerusform>Deleted %n file and its record before this failure; the other files and their records were kept: %1</numerusform>
            <numerusform>Deleted %n files and their records before this failure; the other files and their records were kept: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message numerus="yes">
        <source>%n cloud(s) in %1</source>
        <translation>
            <numerusform>%n cloud in %1</numerusform>
            <numerusform>%n clouds in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message numerus="yes">
        <source>%1 of %n image(s) done</source>
        <translation>
            <numerusform>%1 of %n image done</numerusform>
            <numerusform>%1 of %n images done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message numerus="yes">
        <source>%n cached image(s) do not match Glance&apos;s checksums; run verify again with --yes to delete them.</source>
        <translation>
            <numerusform>%n cached image does not match Glance&apos;s checksums; run verify again with --yes to delete it.</numerusform>
            <numerusform>%n cached images do not match Glance&apos;s checksums; run verify again with --yes to delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n cached image(s) that do not match?</source>
        <translation>
            <numerusform>Delete the %n cached image that does not match?</numerusform>
            <numerusform>Delete the %n cached images that do not match?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlanceApi</name>
    <message numerus="yes">
        <source>%1 keeps sending the same page of its image list; stopped after %n page(s).</source>
        <translation>
            <numerusform>%1 keeps sending the same page of its image list; stopped after %n page.</numerusform>
            <numerusform>%1 keeps sending the same page of its image list; stopped after %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>The user %1 (glance-api) cannot use %n path(s) of the cache</source>
        <translation>
            <numerusform>The user %1 (glance-api) cannot use %n path of the cache</numerusform>
            <numerusform>The user %1 (glance-api) cannot use %n paths of the cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cache subdirectory(s) missing</source>
        <translation>
            <numerusform>%n cache subdirectory missing</numerusform>
            <numerusform>%n cache subdirectories missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) without a record (%1)</source>
        <translation>
            <numerusform>%n cached file without a record (%1)</numerusform>
            <numerusform>%n cached files without a record (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in cache.db without a file</source>
        <translation>
            <numerusform>%n record in cache.db without a file</numerusform>
            <numerusform>%n records in cache.db without a file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign file(s) in the cache directory (%1)</source>
        <translation>
            <numerusform>%n foreign file in the cache directory (%1)</numerusform>
            <numerusform>%n foreign files in the cache directory (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stalled download(s) older than image_cache_stall_time (%1 s)</source>
        <translation>
            <numerusform>%n stalled download older than image_cache_stall_time (%1 s)</numerusform>
            <numerusform>%n stalled downloads older than image_cache_stall_time (%1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed download(s) piling up in invalid/ (%1)</source>
        <translation>
            <numerusform>%n failed download piling up in invalid/ (%1)</numerusform>
            <numerusform>%n failed downloads piling up in invalid/ (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) not owned by the cache directory&apos;s owner</source>
        <translation>
            <numerusform>%n path not owned by the cache directory&apos;s owner</numerusform>
            <numerusform>%n paths not owned by the cache directory&apos;s owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 disagree on %n option(s)</source>
        <translation>
            <numerusform>%1 and %2 disagree on %n option</numerusform>
            <numerusform>%1 and %2 disagree on %n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %n record(s) of the sqlite driver</source>
        <translation>
            <numerusform>%1 still holds %n record of the sqlite driver</numerusform>
            <numerusform>%1 still holds %n records of the sqlite driver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n record)</numerusform>
            <numerusform>%1 (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node URL(s) close to this node&apos;s have cache records: worker_self_reference_url probably changed</source>
        <translation>
            <numerusform>%n node URL close to this node&apos;s has cache records: worker_self_reference_url probably changed</numerusform>
            <numerusform>%n node URLs close to this node&apos;s have cache records: worker_self_reference_url probably changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other node(s) have cache records in this database</source>
        <translation>
            <numerusform>%n other node has cache records in this database</numerusform>
            <numerusform>%n other nodes have cache records in this database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCache</name>
    <message numerus="yes">
        <source>%1 still holds %n record(s) of the sqlite driver, never moved to the central database: glance-api moves them when it next starts on this node with a caching flavor (those already there stay in cache.db for good).</source>
        <translation>
            <numerusform>%1 still holds %n record of the sqlite driver, never moved to the central database: glance-api moves it when it next starts on this node with a caching flavor (unless the central database has it already: then it stays in cache.db for good).</numerusform>
            <numerusform>%1 still holds %n records of the sqlite driver, never moved to the central database: glance-api moves them when it next starts on this node with a caching flavor (those already there stay in cache.db for good).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageNameDirectory</name>
    <message numerus="yes">
        <source>Looked up the names of %n image(s).</source>
        <translation>
            <numerusform>Looked up the name of 1 image.</numerusform>
            <numerusform>Looked up the names of %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <translation>
            <numerusform>%n selected, %1</numerusform>
            <numerusform>%n selected, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</source>
        <translation>
            <numerusform>Delete %n image (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</numerusform>
            <numerusform>Delete %n images (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>Delete %n image</numerusform>
            <numerusform>Delete %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) from the queue? Nothing cached is deleted.</source>
        <translation>
            <numerusform>Remove %n image from the queue? Nothing cached is deleted.</numerusform>
            <numerusform>Remove %n images from the queue? Nothing cached is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>Remove %n image</numerusform>
            <numerusform>Remove %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete ALL %n cached image(s) (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</source>
        <translation>
            <numerusform>Delete ALL %n cached image (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</numerusform>
            <numerusform>Delete ALL %n cached images (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n queued image(s)?</source>
        <translation>
            <numerusform>Remove all %n queued image?</numerusform>
            <numerusform>Remove all %n queued images?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n image(s) from %1…</source>
        <translation>
            <numerusform>Fetching %n image from %1…</numerusform>
            <numerusform>Fetching %n images from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %n image(s); %2 failed.</source>
        <translation>
            <numerusform>Fetched %1 of %n image; %2 failed.</numerusform>
            <numerusform>Fetched %1 of %n images; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n image(s) against Glance&apos;s checksums…</source>
        <translation>
            <numerusform>Verifying %n image against Glance&apos;s checksums…</numerusform>
            <numerusform>Verifying %n images against Glance&apos;s checksums…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n image(s): %1 match, %2 do not.</source>
        <translation>
            <numerusform>Verified %n image: %1 match, %2 do not.</numerusform>
            <numerusform>Verified %n images: %1 match, %2 do not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached image(s) do not match the checksums Glance recorded:

%1

Delete them from the cache? glance-api downloads them again when they are next requested.</source>
        <translation>
            <numerusform>%n cached image does not match the checksum Glance recorded:

%1

Delete it from the cache? glance-api downloads it again when it is next requested.</numerusform>
            <numerusform>%n cached images do not match the checksums Glance recorded:

%1

Delete them from the cache? glance-api downloads them again when they are next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be verified.</source>
        <translation>
            <numerusform>%n image could not be verified.</numerusform>
            <numerusform>%n images could not be verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) still being written; only stalled ones can be deleted.</source>
        <translation>
            <numerusform>%n download still being written; only stalled ones can be deleted.</numerusform>
            <numerusform>%n downloads still being written; only stalled ones can be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n failed download(s) (%1) from invalid/?</source>
        <translation>
            <numerusform>Delete %n failed download (%1) from invalid/?</numerusform>
            <numerusform>Delete %n failed downloads (%1) from invalid/?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stalled download(s) (%1) from incomplete/? glance-api will download the images again when they are next requested.</source>
        <translation>
            <numerusform>Delete %n stalled download (%1) from incomplete/? glance-api will download the images again when they are next requested.</numerusform>
            <numerusform>Delete %n stalled downloads (%1) from incomplete/? glance-api will download the images again when they are next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n download(s)</source>
        <translation>
            <numerusform>Delete %n download</numerusform>
            <numerusform>Delete %n downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n orphan(s) from %1?</source>
        <translation>
            <numerusform>Remove %n orphan from %1?</numerusform>
            <numerusform>Remove %n orphans from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the image(s) as cached.</source>
        <translation>
            <numerusform>%n record without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the image as cached.</numerusform>
            <numerusform>%n records without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the images as cached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a record: deleting frees %1. glance-api downloads the image(s) again when next requested.</source>
        <translation>
            <numerusform>%n file without a record: deleting frees %1. glance-api downloads the image again when next requested.</numerusform>
            <numerusform>%n files without a record: deleting frees %1. glance-api downloads the images again when next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign file(s), not images (lock, temporary or leftover files): removing frees %1.</source>
        <translation>
            <numerusform>%n foreign file, not images (lock, temporary or leftover files): removing frees %1.</numerusform>
            <numerusform>%n foreign files, not images (lock, temporary or leftover files): removing frees %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this removes Glance&apos;s own lock file(s) %1. Removing a lock that glance-api or glance-cache-prefetcher holds lets a second process into the work it guards, which can corrupt that work: do this only while glance-api and glance-cache-prefetcher are stopped.</source>
        <translation>
            <numerusform>Warning: this removes Glance&apos;s own lock file %1. Removing a lock that glance-api or glance-cache-prefetcher holds lets a second process into the work it guards, which can corrupt that work: do this only while glance-api and glance-cache-prefetcher are stopped.</numerusform>
            <numerusform>Warning: this removes Glance&apos;s own lock files %1. Removing a lock that glance-api or glance-cache-prefetcher holds lets a second process into the work it guards, which can corrupt that work: do this only while glance-api and glance-cache-prefetcher are stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n orphan(s)</source>
        <translation>
            <numerusform>Remove %n orphan</numerusform>
            <numerusform>Remove %n orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n row(s)</source>
        <translation>
            <numerusform>Export %n row</numerusform>
            <numerusform>Export %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of the %1 tab to %2.</source>
        <translation>
            <numerusform>Exported %n row of the %1 tab to %2.</numerusform>
            <numerusform>Exported %n rows of the %1 tab to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodesWindow</name>
    <message numerus="yes">
        <source>Asking %n node(s)…</source>
        <translation>
            <numerusform>Asking %n node…</numerusform>
            <numerusform>Asking %n nodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) cached or queued somewhere</source>
        <translation>
            <numerusform>%n image cached or queued somewhere</numerusform>
            <numerusform>%n images cached or queued somewhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached on only some</source>
        <translation>
            <numerusform>%n cached on only some</numerusform>
            <numerusform>%n cached on only some</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in Glance.</source>
        <translation>
            <numerusform>%n no longer in Glance.</numerusform>
            <numerusform>%n no longer in Glance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed; see the details.</source>
        <translation>
            <numerusform>%n call failed; see the details.</numerusform>
            <numerusform>%n calls failed; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: %n request(s) accepted.</source>
        <translation>
            <numerusform>Queued: %n request accepted.</numerusform>
            <numerusform>Queued: %n requests accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) from every cache that holds or queues them?</source>
        <translation>
            <numerusform>Delete %n image from every cache that holds or queues it?</numerusform>
            <numerusform>Delete %n images from every cache that holds or queues them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cache(s) will be changed.</source>
        <translation>
            <numerusform>%n cache will be changed.</numerusform>
            <numerusform>%n caches will be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n request(s) accepted.</source>
        <translation>
            <numerusform>Deleted: %n request accepted.</numerusform>
            <numerusform>Deleted: %n requests accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pruned %n file(s).</source>
        <translation>
            <numerusform>%1 pruned %n file.</numerusform>
            <numerusform>%1 pruned %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Glance&apos;s database %1: %n node(s).</source>
        <translation>
            <numerusform>Glance&apos;s database %1: %n node.</numerusform>
            <numerusform>Glance&apos;s database %1: %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) cached somewhere</source>
        <translation>
            <numerusform>%n image cached somewhere</numerusform>
            <numerusform>%n images cached somewhere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionDescriptor</name>
    <message numerus="yes">
        <source>image_cache_stall_time is %n day(s): a download that stalled keeps its partial file, and blocks caching that image, that long.</source>
        <translation>
            <numerusform>image_cache_stall_time is %n day: a download that stalled keeps its partial file, and blocks caching that image, that long.</numerusform>
            <numerusform>image_cache_stall_time is %n days: a download that stalled keeps its partial file, and blocks caching that image, that long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n image(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</source>
        <translation>
            <numerusform>&lt;b&gt;%n image&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</numerusform>
            <numerusform>&lt;b&gt;%n images&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune %n image(s)</source>
        <translation>
            <numerusform>Prune %n image</numerusform>
            <numerusform>Prune %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n file(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</source>
        <translation>
            <numerusform>&lt;b&gt;%n file&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</numerusform>
            <numerusform>&lt;b&gt;%n files&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean %n file(s)</source>
        <translation>
            <numerusform>Clean %n file</numerusform>
            <numerusform>Clean %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message numerus="yes">
        <source>%n image(s) to queue.</source>
        <translation>
            <numerusform>%n image to queue.</numerusform>
            <numerusform>%n images to queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n image(s)</source>
        <translation>
            <numerusform>Queue %n image</numerusform>
            <numerusform>Queue %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already cached</source>
        <translation>
            <numerusform>%n already cached</numerusform>
            <numerusform>%n already cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already queued</source>
        <translation>
            <numerusform>%n already queued</numerusform>
            <numerusform>%n already queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n image(s): %1.</source>
        <translation>
            <numerusform>Skipped %n image: %1.</numerusform>
            <numerusform>Skipped %n images: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s) found</source>
        <translation>
            <numerusform>%n ID found</numerusform>
            <numerusform>%n IDs found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated ID(s) counted once.</source>
        <translation>
            <numerusform>%n repeated ID counted once.</numerusform>
            <numerusform>%n repeated IDs counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mistyped ID(s) not queued (see below).</source>
        <translation>
            <numerusform>%n mistyped ID not queued (see below).</numerusform>
            <numerusform>%n mistyped IDs not queued (see below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message numerus="yes">
        <source>cached (%n hit(s))</source>
        <translation>
            <numerusform>cached (%n hit)</numerusform>
            <numerusform>cached (%n hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionNodesModel</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message numerus="yes">
        <source>Delete %n image(s) from the caches and queues of %1?</source>
        <translation>
            <numerusform>Delete %n image from the caches and queues of %1?</numerusform>
            <numerusform>Delete %n images from the caches and queues of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pruned %n file(s)</source>
        <translation>
            <numerusform>pruned %n file</numerusform>
            <numerusform>pruned %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cached (%n hit(s))</source>
        <translation>
            <numerusform>cached (%n hit)</numerusform>
            <numerusform>cached (%n hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreemapWidget</name>
    <message numerus="yes">
        <source>%Ln smaller image(s), %1 in all.
Too small to draw one by one; the table lists them.</source>
        <translation>
            <numerusform>%Ln smaller image, %1 in all.
Too small to draw one by one; the table lists them.</numerusform>
            <numerusform>%Ln smaller images, %1 in all.
Too small to draw one by one; the table lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s)</source>
        <translation>
            <numerusform>%Ln smaller image</numerusform>
            <numerusform>%Ln smaller images</numerusform>
        </translation>
    </message>
</context>
</TS>
