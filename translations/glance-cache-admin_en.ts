<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CacheActions</name>
    <message numerus="yes">
        <source>Delete %Ln image(s) (%1) from the cache in %2?</source>
        <translation>
            <numerusform>Delete %Ln image (%1) from the cache in %2?</numerusform>
            <numerusform>Delete %Ln images (%1) from the cache in %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the queue in %1?</source>
        <translation>
            <numerusform>Remove %Ln image from the queue in %1?</numerusform>
            <numerusform>Remove %Ln images from the queue in %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln queued image(s) in %1?</source>
        <translation>
            <numerusform>Remove all %Ln queued image in %1?</numerusform>
            <numerusform>Remove all %Ln queued images in %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln cached image(s) (%1)%2 in %3?</source>
        <translation>
            <numerusform>Delete all %Ln cached image (%1)%2 in %3?</numerusform>
            <numerusform>Delete all %Ln cached images (%1)%2 in %3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln queued image(s)</source>
        <translation>
            <numerusform> and %Ln queued image</numerusform>
            <numerusform> and %Ln queued images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) from the cache.</source>
        <translation>
            <numerusform>Deleted %Ln file from the cache.</numerusform>
            <numerusform>Deleted %Ln files from the cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln image(s) from the queue.</source>
        <translation>
            <numerusform>Removed %Ln image from the queue.</numerusform>
            <numerusform>Removed %Ln images from the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would prune %Ln image(s), %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>Would prune %Ln image, %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</numerusform>
            <numerusform>Would prune %Ln images, %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %Ln image(s), %1 bytes (%2); the cache went from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>Pruned %Ln image, %1 bytes (%2); the cache went from %3 to %4 (limit %5).</numerusform>
            <numerusform>Pruned %Ln images, %1 bytes (%2); the cache went from %3 to %4 (limit %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would clean %Ln file(s), %1.</source>
        <translation>
            <numerusform>Would clean %Ln file, %1.</numerusform>
            <numerusform>Would clean %Ln files, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %Ln file(s), %1.</source>
        <translation>
            <numerusform>Cleaned %Ln file, %1.</numerusform>
            <numerusform>Cleaned %Ln files, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheMatrixModel</name>
    <message numerus="yes">
        <source>Cached on %Ln source(s)</source>
        <translation>
            <numerusform>Cached on %Ln source</numerusform>
            <numerusform>Cached on %Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued on %Ln</source>
        <translation>
            <numerusform>queued on %Ln</numerusform>
            <numerusform>queued on %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cached · %Ln hit(s)</source>
        <translation>
            <numerusform>cached · %Ln hit</numerusform>
            <numerusform>cached · %Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cached on %1: %2, %Ln hit(s), last accessed %3.</source>
        <translation>
            <numerusform>Cached on %1: %2, %Ln hit, last accessed %3.</numerusform>
            <numerusform>Cached on %1: %2, %Ln hits, last accessed %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached, %1 queued</source>
        <translation>
            <numerusform>%Ln image cached, %1 queued</numerusform>
            <numerusform>%Ln images cached, %1 queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheSession</name>
    <message numerus="yes">
        <source>Queued %Ln image(s)</source>
        <translation>
            <numerusform>Queued %Ln image</numerusform>
            <numerusform>Queued %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln not queued (already cached, being cached or queued)</source>
        <translation>
            <numerusform>; %Ln not queued (already cached, being cached or queued)</numerusform>
            <numerusform>; %Ln not queued (already cached, being cached or queued)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>; %Ln failed</numerusform>
            <numerusform>; %Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %Ln image(s); %2 failed.</source>
        <translation>
            <numerusform>Deleted %1 of %Ln image; %2 failed.</numerusform>
            <numerusform>Deleted %1 of %Ln images; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s).</source>
        <translation>
            <numerusform>Deleted %Ln image.</numerusform>
            <numerusform>Deleted %Ln images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln image(s) from the queue.</source>
        <translation>
            <numerusform>Removed %Ln image from the queue.</numerusform>
            <numerusform>Removed %Ln images from the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %Ln image(s), %1.</source>
        <translation>
            <numerusform>Pruned %Ln image, %1.</numerusform>
            <numerusform>Pruned %Ln images, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %Ln file(s), %1.</source>
        <translation>
            <numerusform>Cleaned %Ln file, %1.</numerusform>
            <numerusform>Cleaned %Ln files, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) were neither cached nor queued.</source>
        <translation>
            <numerusform>%Ln image was neither cached nor queued.</numerusform>
            <numerusform>%Ln images were neither cached nor queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %Ln record(s) without a file: nothing freed.</source>
        <translation>
            <numerusform>Forgot %Ln record without a file: nothing freed.</numerusform>
            <numerusform>Forgot %Ln records without a file: nothing freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) without a record: %1 freed.</source>
        <translation>
            <numerusform>Deleted %Ln file without a record: %1 freed.</numerusform>
            <numerusform>Deleted %Ln files without a record: %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln foreign file(s): %1 freed.</source>
        <translation>
            <numerusform>Removed %Ln foreign file: %1 freed.</numerusform>
            <numerusform>Removed %Ln foreign files: %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s) left alone.</source>
        <translation>
            <numerusform>%Ln orphan left alone.</numerusform>
            <numerusform>%Ln orphans left alone.</numerusform>
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
        <source>Deleted %Ln image(s); then the database %1 failed (%2). From image %3 on, files and records were left as they were.</source>
        <translation>
            <numerusform>Deleted %Ln image; then the database %1 failed (%2). From image %3 on, files and records were left as they were.</numerusform>
            <numerusform>Deleted %Ln images; then the database %1 failed (%2). From image %3 on, files and records were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s) before this failure, which left the image&apos;s file and record as they were: %1</source>
        <translation>
            <numerusform>Deleted %Ln image before this failure, which left the image&apos;s file and record as they were: %1</numerusform>
            <numerusform>Deleted %Ln images before this failure, which left the image&apos;s file and record as they were: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file of image %1 was deleted but removing its record from %2 failed (%3); the %Ln image(s) before it were deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</source>
        <translation>
            <numerusform>The file of image %1 was deleted but removing its record from %2 failed (%3); the %Ln image before it was deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</numerusform>
            <numerusform>The file of image %1 was deleted but removing its record from %2 failed (%3); the %Ln images before it were deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s), but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</source>
        <translation>
            <numerusform>Deleted %Ln file, but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</numerusform>
            <numerusform>Deleted %Ln files, but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) and their records before this failure; the other files and their records were kept: %1</source>
        <translation>
            <numerusform>Deleted %Ln file and its record before this failure; the other files and their records were kept: %1</numerusform>
            <numerusform>Deleted %Ln files and their records before this failure; the other files and their records were kept: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message numerus="yes">
        <source>%Ln cloud(s) in %1</source>
        <translation>
            <numerusform>%Ln cloud in %1</numerusform>
            <numerusform>%Ln clouds in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln image(s) done</source>
        <translation>
            <numerusform>%1 of %Ln image done</numerusform>
            <numerusform>%1 of %Ln images done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) failed; the Message column and its tooltips say why.</source>
        <translation>
            <numerusform>%Ln image failed; the Message column and its tooltips say why.</numerusform>
            <numerusform>%Ln images failed; the Message column and its tooltips say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message numerus="yes">
        <source>%Ln cached image(s) do not match Glance&apos;s checksums; run verify again with --yes to delete them.</source>
        <translation>
            <numerusform>%Ln cached image does not match Glance&apos;s checksums; run verify again with --yes to delete it.</numerusform>
            <numerusform>%Ln cached images do not match Glance&apos;s checksums; run verify again with --yes to delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln cached image(s) that do not match?</source>
        <translation>
            <numerusform>Delete the %Ln cached image that does not match?</numerusform>
            <numerusform>Delete the %Ln cached images that do not match?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlanceApi</name>
    <message numerus="yes">
        <source>%1 keeps sending the same page of its image list; stopped after %Ln page(s).</source>
        <translation>
            <numerusform>%1 keeps sending the same page of its image list; stopped after %Ln page.</numerusform>
            <numerusform>%1 keeps sending the same page of its image list; stopped after %Ln pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthBars</name>
    <message numerus="yes">
        <source>%Ln more finding(s) in the Health panel.</source>
        <translation>
            <numerusform>%Ln more finding in the Health panel.</numerusform>
            <numerusform>%Ln more findings in the Health panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>The user %1 (glance-api) cannot use %Ln path(s) of the cache</source>
        <translation>
            <numerusform>The user %1 (glance-api) cannot use %Ln path of the cache</numerusform>
            <numerusform>The user %1 (glance-api) cannot use %Ln paths of the cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cache subdirectory(s) missing</source>
        <translation>
            <numerusform>%Ln cache subdirectory missing</numerusform>
            <numerusform>%Ln cache subdirectories missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached file(s) without a record (%1)</source>
        <translation>
            <numerusform>%Ln cached file without a record (%1)</numerusform>
            <numerusform>%Ln cached files without a record (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in cache.db without a file</source>
        <translation>
            <numerusform>%Ln record in cache.db without a file</numerusform>
            <numerusform>%Ln records in cache.db without a file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign file(s) in the cache directory (%1)</source>
        <translation>
            <numerusform>%Ln foreign file in the cache directory (%1)</numerusform>
            <numerusform>%Ln foreign files in the cache directory (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled download(s) older than image_cache_stall_time (%1 s)</source>
        <translation>
            <numerusform>%Ln stalled download older than image_cache_stall_time (%1 s)</numerusform>
            <numerusform>%Ln stalled downloads older than image_cache_stall_time (%1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed download(s) piling up in invalid/ (%1)</source>
        <translation>
            <numerusform>%Ln failed download piling up in invalid/ (%1)</numerusform>
            <numerusform>%Ln failed downloads piling up in invalid/ (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln path(s) not owned by the cache directory&apos;s owner</source>
        <translation>
            <numerusform>%Ln path not owned by the cache directory&apos;s owner</numerusform>
            <numerusform>%Ln paths not owned by the cache directory&apos;s owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 disagree on %Ln option(s)</source>
        <translation>
            <numerusform>%1 and %2 disagree on %Ln option</numerusform>
            <numerusform>%1 and %2 disagree on %Ln options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln record(s) of the sqlite driver</source>
        <translation>
            <numerusform>%1 still holds %Ln record of the sqlite driver</numerusform>
            <numerusform>%1 still holds %Ln records of the sqlite driver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln record)</numerusform>
            <numerusform>%1 (%Ln records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node URL(s) close to this node&apos;s have cache records: worker_self_reference_url probably changed</source>
        <translation>
            <numerusform>%Ln node URL close to this node&apos;s has cache records: worker_self_reference_url probably changed</numerusform>
            <numerusform>%Ln node URLs close to this node&apos;s have cache records: worker_self_reference_url probably changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other node(s) have cache records in this database</source>
        <translation>
            <numerusform>%Ln other node has cache records in this database</numerusform>
            <numerusform>%Ln other nodes have cache records in this database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCache</name>
    <message numerus="yes">
        <source>%1 still holds %Ln record(s) of the sqlite driver, never moved to the central database: glance-api moves them when it next starts on this node with a caching flavor (those already there stay in cache.db for good).</source>
        <translation>
            <numerusform>%1 still holds %Ln record of the sqlite driver, never moved to the central database: glance-api moves it when it next starts on this node with a caching flavor (unless the central database has it already: then it stays in cache.db for good).</numerusform>
            <numerusform>%1 still holds %Ln records of the sqlite driver, never moved to the central database: glance-api moves them when it next starts on this node with a caching flavor (those already there stay in cache.db for good).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageNameDirectory</name>
    <message numerus="yes">
        <source>Looked up the names of %Ln image(s).</source>
        <translation>
            <numerusform>Looked up the name of %Ln image.</numerusform>
            <numerusform>Looked up the names of %Ln images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln selected, %1</source>
        <translation>
            <numerusform>%Ln selected, %1</numerusform>
            <numerusform>%Ln selected, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</source>
        <translation>
            <numerusform>Delete %Ln image (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</numerusform>
            <numerusform>Delete %Ln images (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s)</source>
        <translation>
            <numerusform>Delete %Ln image</numerusform>
            <numerusform>Delete %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the queue? Nothing cached is deleted.</source>
        <translation>
            <numerusform>Remove %Ln image from the queue? Nothing cached is deleted.</numerusform>
            <numerusform>Remove %Ln images from the queue? Nothing cached is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s)</source>
        <translation>
            <numerusform>Remove %Ln image</numerusform>
            <numerusform>Remove %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete ALL %Ln cached image(s) (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</source>
        <translation>
            <numerusform>Delete ALL %Ln cached image (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</numerusform>
            <numerusform>Delete ALL %Ln cached images (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln queued image(s)?</source>
        <translation>
            <numerusform>Remove all %Ln queued image?</numerusform>
            <numerusform>Remove all %Ln queued images?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln image(s) from %1…</source>
        <translation>
            <numerusform>Fetching %Ln image from %1…</numerusform>
            <numerusform>Fetching %Ln images from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln image(s); %2 failed.</source>
        <translation>
            <numerusform>Fetched %1 of %Ln image; %2 failed.</numerusform>
            <numerusform>Fetched %1 of %Ln images; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verifying %Ln image(s) against Glance&apos;s checksums…</source>
        <translation>
            <numerusform>Verifying %Ln image against Glance&apos;s checksums…</numerusform>
            <numerusform>Verifying %Ln images against Glance&apos;s checksums…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %Ln image(s): %1 match, %2 do not.</source>
        <translation>
            <numerusform>Verified %Ln image: %1 match, %2 do not.</numerusform>
            <numerusform>Verified %Ln images: %1 match, %2 do not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached image(s) do not match the checksums Glance recorded:

%1

Delete them from the cache? glance-api downloads them again when they are next requested.</source>
        <translation>
            <numerusform>%Ln cached image does not match the checksum Glance recorded:

%1

Delete it from the cache? glance-api downloads it again when it is next requested.</numerusform>
            <numerusform>%Ln cached images do not match the checksums Glance recorded:

%1

Delete them from the cache? glance-api downloads them again when they are next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) could not be verified.</source>
        <translation>
            <numerusform>%Ln image could not be verified.</numerusform>
            <numerusform>%Ln images could not be verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln download(s) still being written; only stalled ones can be deleted.</source>
        <translation>
            <numerusform>%Ln download still being written; only stalled ones can be deleted.</numerusform>
            <numerusform>%Ln downloads still being written; only stalled ones can be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln failed download(s) (%1) from invalid/?</source>
        <translation>
            <numerusform>Delete %Ln failed download (%1) from invalid/?</numerusform>
            <numerusform>Delete %Ln failed downloads (%1) from invalid/?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stalled download(s) (%1) from incomplete/? glance-api will download the images again when they are next requested.</source>
        <translation>
            <numerusform>Delete %Ln stalled download (%1) from incomplete/? glance-api will download the images again when they are next requested.</numerusform>
            <numerusform>Delete %Ln stalled downloads (%1) from incomplete/? glance-api will download the images again when they are next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln download(s)</source>
        <translation>
            <numerusform>Delete %Ln download</numerusform>
            <numerusform>Delete %Ln downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln orphan(s) from %1?</source>
        <translation>
            <numerusform>Remove %Ln orphan from %1?</numerusform>
            <numerusform>Remove %Ln orphans from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the image(s) as cached.</source>
        <translation>
            <numerusform>%Ln record without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the image as cached.</numerusform>
            <numerusform>%Ln records without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the images as cached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) without a record: deleting frees %1. glance-api downloads the image(s) again when next requested.</source>
        <translation>
            <numerusform>%Ln file without a record: deleting frees %1. glance-api downloads the image again when next requested.</numerusform>
            <numerusform>%Ln files without a record: deleting frees %1. glance-api downloads the images again when next requested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign file(s), not images (lock, temporary or leftover files): removing frees %1.</source>
        <translation>
            <numerusform>%Ln foreign file, not images (lock, temporary or leftover files): removing frees %1.</numerusform>
            <numerusform>%Ln foreign files, not images (lock, temporary or leftover files): removing frees %1.</numerusform>
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
        <source>Remove %Ln orphan(s)</source>
        <translation>
            <numerusform>Remove %Ln orphan</numerusform>
            <numerusform>Remove %Ln orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln row(s)</source>
        <translation>
            <numerusform>Export %Ln row</numerusform>
            <numerusform>Export %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) of the %1 tab to %2.</source>
        <translation>
            <numerusform>Exported %Ln row of the %1 tab to %2.</numerusform>
            <numerusform>Exported %Ln rows of the %1 tab to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodesWindow</name>
    <message numerus="yes">
        <source>Asking %Ln node(s)…</source>
        <translation>
            <numerusform>Asking %Ln node…</numerusform>
            <numerusform>Asking %Ln nodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached or queued somewhere</source>
        <translation>
            <numerusform>%Ln image cached or queued somewhere</numerusform>
            <numerusform>%Ln images cached or queued somewhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached on only some</source>
        <translation>
            <numerusform>%Ln cached on only some</numerusform>
            <numerusform>%Ln cached on only some</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer in Glance.</source>
        <translation>
            <numerusform>%Ln no longer in Glance.</numerusform>
            <numerusform>%Ln no longer in Glance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) failed; see the details.</source>
        <translation>
            <numerusform>%Ln call failed; see the details.</numerusform>
            <numerusform>%Ln calls failed; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: %Ln request(s) accepted.</source>
        <translation>
            <numerusform>Queued: %Ln request accepted.</numerusform>
            <numerusform>Queued: %Ln requests accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) from every cache that holds or queues them?</source>
        <translation>
            <numerusform>Delete %Ln image from every cache that holds or queues it?</numerusform>
            <numerusform>Delete %Ln images from every cache that holds or queues them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cache(s) will be changed.</source>
        <translation>
            <numerusform>%Ln cache will be changed.</numerusform>
            <numerusform>%Ln caches will be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %Ln request(s) accepted.</source>
        <translation>
            <numerusform>Deleted: %Ln request accepted.</numerusform>
            <numerusform>Deleted: %Ln requests accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pruned %Ln file(s).</source>
        <translation>
            <numerusform>%1 pruned %Ln file.</numerusform>
            <numerusform>%1 pruned %Ln files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Glance&apos;s database %1: %Ln node(s).</source>
        <translation>
            <numerusform>Glance&apos;s database %1: %Ln node.</numerusform>
            <numerusform>Glance&apos;s database %1: %Ln nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached somewhere</source>
        <translation>
            <numerusform>%Ln image cached somewhere</numerusform>
            <numerusform>%Ln images cached somewhere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionDescriptor</name>
    <message numerus="yes">
        <source>image_cache_stall_time is %Ln day(s): a download that stalled keeps its partial file, and blocks caching that image, that long.</source>
        <translation>
            <numerusform>image_cache_stall_time is %Ln day: a download that stalled keeps its partial file, and blocks caching that image, that long.</numerusform>
            <numerusform>image_cache_stall_time is %Ln days: a download that stalled keeps its partial file, and blocks caching that image, that long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln image(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln image&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</numerusform>
            <numerusform>&lt;b&gt;%Ln images&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln image(s)</source>
        <translation>
            <numerusform>Prune %Ln image</numerusform>
            <numerusform>Prune %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln file&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</numerusform>
            <numerusform>&lt;b&gt;%Ln files&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean %Ln file(s)</source>
        <translation>
            <numerusform>Clean %Ln file</numerusform>
            <numerusform>Clean %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message numerus="yes">
        <source>%Ln image(s) to queue.</source>
        <translation>
            <numerusform>%Ln image to queue.</numerusform>
            <numerusform>%Ln images to queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %Ln image(s)</source>
        <translation>
            <numerusform>Queue %Ln image</numerusform>
            <numerusform>Queue %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already cached</source>
        <translation>
            <numerusform>%Ln already cached</numerusform>
            <numerusform>%Ln already cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already queued</source>
        <translation>
            <numerusform>%Ln already queued</numerusform>
            <numerusform>%Ln already queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln image(s): %1.</source>
        <translation>
            <numerusform>Skipped %Ln image: %1.</numerusform>
            <numerusform>Skipped %Ln images: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ID(s) found</source>
        <translation>
            <numerusform>%Ln ID found</numerusform>
            <numerusform>%Ln IDs found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated ID(s) counted once.</source>
        <translation>
            <numerusform>%Ln repeated ID counted once.</numerusform>
            <numerusform>%Ln repeated IDs counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mistyped ID(s) not queued (see below).</source>
        <translation>
            <numerusform>%Ln mistyped ID not queued (see below).</numerusform>
            <numerusform>%Ln mistyped IDs not queued (see below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message numerus="yes">
        <source>cached (%Ln hit(s))</source>
        <translation>
            <numerusform>cached (%Ln hit)</numerusform>
            <numerusform>cached (%Ln hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionNodesModel</name>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message numerus="yes">
        <source>Delete %Ln image(s) from the caches and queues of %1?</source>
        <translation>
            <numerusform>Delete %Ln image from the caches and queues of %1?</numerusform>
            <numerusform>Delete %Ln images from the caches and queues of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pruned %Ln file(s)</source>
        <translation>
            <numerusform>pruned %Ln file</numerusform>
            <numerusform>pruned %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cached (%Ln hit(s))</source>
        <translation>
            <numerusform>cached (%Ln hit)</numerusform>
            <numerusform>cached (%Ln hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreemapWidget</name>
    <message numerus="yes">
        <source>%Ln smaller image(s)</source>
        <translation>
            <numerusform>%Ln smaller image</numerusform>
            <numerusform>%Ln smaller images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show only the %Ln smaller image(s)</source>
        <translation>
            <numerusform>Show only the smaller image</numerusform>
            <numerusform>Show only the %Ln smaller images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s), %1 in all.
Too small to draw one by one: double-click or press Enter to show them on their own.</source>
        <translation>
            <numerusform>%Ln smaller image, %1 in all.
Too small to draw on its own: double-click or press Enter to show it on its own.</numerusform>
            <numerusform>%Ln smaller images, %1 in all.
Too small to draw one by one: double-click or press Enter to show them on their own.</numerusform>
        </translation>
    </message>
</context>
</TS>
