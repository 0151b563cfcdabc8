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
</context>
<context>
    <name>GlanceApi</name>
    <message numerus="yes">
        <source>%1 keeps sending the same page of its image list; stopped after %n page(s).</source>
        <translation>
            <numerusform>%1 keeps sending the same page of its image list; stopped after %n page.</numerusform><numerusform>%1 keeps sending the same page of its image list; stopped after %n pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message numerus="yes">
        <source>The user %1 (glance-api) cannot use %n path(s) of the cache</source>
        <translation>
            <numerusform>The user %1 (glance-api) cannot use %n path of the cache</numerusform><numerusform>The user %1 (glance-api) cannot use %n paths of the cache</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cache subdirectory(s) missing</source>
        <translation>
            <numerusform>%n cache subdirectory missing</numerusform><numerusform>%n cache subdirectories missing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cached file(s) without a record (%1)</source>
        <translation>
            <numerusform>%n cached file without a record (%1)</numerusform><numerusform>%n cached files without a record (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in cache.db without a file</source>
        <translation>
            <numerusform>%n record in cache.db without a file</numerusform><numerusform>%n records in cache.db without a file</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n foreign file(s) in the cache directory (%1)</source>
        <translation>
            <numerusform>%n foreign file in the cache directory (%1)</numerusform><numerusform>%n foreign files in the cache directory (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stalled download(s) older than image_cache_stall_time (%1 s)</source>
        <translation>
            <numerusform>%n stalled download older than image_cache_stall_time (%1 s)</numerusform><numerusform>%n stalled downloads older than image_cache_stall_time (%1 s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed download(s) piling up in invalid/ (%1)</source>
        <translation>
            <numerusform>%n failed download piling up in invalid/ (%1)</numerusform><numerusform>%n failed downloads piling up in invalid/ (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) not owned by the cache directory's owner</source>
        <translation>
            <numerusform>%n path not owned by the cache directory's owner</numerusform><numerusform>%n paths not owned by the cache directory's owner</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 disagree on %n option(s)</source>
        <translation>
            <numerusform>%1 and %2 disagree on %n option</numerusform><numerusform>%1 and %2 disagree on %n options</numerusform></translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
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

Every file in the cache directory except the database goes, as Glance's own clear does.</source>
        <translation>
            <numerusform>Delete ALL %n cached image (%1) in %2?

Every file in the cache directory except the database goes, as Glance's own clear does.</numerusform>
            <numerusform>Delete ALL %n cached images (%1) in %2?

Every file in the cache directory except the database goes, as Glance's own clear does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n queued image(s)?</source>
        <translation>
            <numerusform>Remove all %n queued image?</numerusform>
            <numerusform>Remove all %n queued images?</numerusform>
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
        <source>%n duplicate(s) ignored.</source>
        <translation>
            <numerusform>%n duplicate ignored.</numerusform>
            <numerusform>%n duplicates ignored.</numerusform>
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
        <source>%n entry(ies) cannot be queued; correct or remove them.</source>
        <translation>
            <numerusform>%n entry cannot be queued; correct or remove them.</numerusform>
            <numerusform>%n entries cannot be queued; correct or remove them.</numerusform>
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
