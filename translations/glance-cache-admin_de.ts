<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ByteSize</name>
    <message>
        <source>&apos;%1&apos; is not a size: give bytes, or a number with K, M, G or T (for example 10737418240 or 10G).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheActions</name>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes the cache; confirm with --yes when not running on a terminal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) (%1) from the cache in %2?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) from the queue in %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed image %1 from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 was not queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n queued image(s) in %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n cached image(s) (%1)%2 in %3?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n queued image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s) from the cache.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cache (%1) is within its limit of %2; nothing to prune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would prune %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruned %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would prune %n image(s), %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n image(s), %1 bytes (%2); the cache went from %3 to %4 (limit %5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still over the limit: files without a record in cache.db are counted but cannot be pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would delete invalid %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted invalid %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would delete stalled %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted stalled %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would clean %n file(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %n file(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheCtl</name>
    <message>
        <source>Show where the cache is, its driver, size against the limit and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List cached and queued images (glance cache-list&apos;s columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List queued images in the order Glance processes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List downloads in progress, with age and stalled flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List failed downloads, with the recorded error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue images for caching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cached images (and their queue markers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove images from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every cached and/or queued image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete least recently used images until the cache fits its limit, as glance-cache-pruner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete invalid files and stalled downloads, as glance-cache-cleaner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance config file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of *.conf snippets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite or xattr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to clear: cache or queue (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit in bytes (or 10G, 500M); default image_cache_max_size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds after which an incomplete download counts as stalled; default image_cache_stall_time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exactly what would be deleted; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image IDs (UUIDs); several may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one image ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target must be cache or queue (leave it out for both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stall-time takes a whole number of seconds ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: glance-cachectl [global options] COMMAND [command options] [ID...]

Inspect and manage a Glance image cache (sqlite or xattr driver) on this node.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --config-file FILE  glance-api.conf or glance-cache.conf; repeat, later files override
  --config-dir DIR    also read DIR/*.conf, as oslo.config does
  --cache-dir DIR     the cache directory itself (instead of a config file)
  --driver NAME       sqlite, xattr or auto (detect), with --cache-dir (default sqlite)
  --json              machine-readable output (the v2 cache API&apos;s shape for list)
  --yes               do not ask before deleting
  -h, --help          help; &apos;glance-cachectl COMMAND --help&apos; for a command
  --version           show the version

With no location option the default cache is used: image_cache_dir of /etc/glance/glance-api.conf,
or a generated demo cache when that is not set.
Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDirectory</name>
    <message>
        <source>The cache directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot read the cache directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plain directory (a symlink?); refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete &apos;%1&apos;: it is not a file name inside the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a cache file; left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot delete %1 (run as the glance user or root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to queue &apos;%1&apos;: it is not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot write in %1 (run as the glance user or root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheHeader</name>
    <message>
        <source>&lt;b&gt;Demo cache&lt;/b&gt; — generated sample data, not a Glance node. Open a real cache with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b23c00&apos;&gt;configured as %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free on the filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is %1 over image_cache_max_size: the pruner has not run or cannot keep up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filesystem has less free space than the cache may still grow by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read the cache:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <source>Demo cache (generated sample data) in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheLocator</name>
    <message>
        <source>The centralized_db driver keeps its records in Glance&apos;s main database; manage such a cache through the Glance API instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image cache driver; Glance accepts sqlite or xattr (or auto: detect from the directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 in the configuration names no option this tool knows; it was left as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image_cache_dir is set under [default], but oslo.config only reads [DEFAULT] (section names are case-sensitive there), so caching is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache given: use --cache-dir, --config-file or --config-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image_cache_dir is not set in %1, so Glance&apos;s image cache is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 is not a whole number of %3 ≥ 0; Glance would refuse to start with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheReports</name>
    <message>
        <source>DEMO CACHE: generated sample data, not a Glance node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver:          %1 (configured: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:            %1 of %2 max (%3 of %4 bytes, %5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Over the limit by %1: the pruner has not run or cannot keep up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached images:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued images:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete:      %1 (%2 stalled, older than %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file without record: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record without file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSession</name>
    <message>
        <source>Queueing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not queued (already cached, being cached or queued)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n image(s); %2 failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removing from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: %1 cached file(s) and %2 queued image(s) deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prune plan could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n image(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Planning clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clean plan could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %n file(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cache was cancelled; press F5 to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachedImagesModel</name>
    <message>
        <source>The order in which prune would delete: 1 goes first (least recently accessed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the cache&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache.db records this image but its file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultCache</name>
    <message>
        <source>%1 names %2, which does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the demo cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--driver needs --cache-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCache</name>
    <message>
        <source>Cannot replace the demo cache in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo cache in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo cache database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCache</name>
    <message>
        <source>The filesystem of %1 does not support user extended attributes, so Glance falls back from the configured xattr driver to sqlite (and leaves a &apos;checkme&apos; file behind). Mount it with user_xattr or configure image_cache_driver = sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists although the xattr driver is configured: this cache was managed by the sqlite driver before, and that database is now ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; glance-api creates it when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: glance-api has not started on this cache with the sqlite driver yet, so no image is recorded as cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: image %1 is already cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: image %1 is being written to the cache now (in incomplete/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: image %1 is already queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted image %1 from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed image %1 from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 was neither cached nor queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 files; the rest is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageId</name>
    <message>
        <source>The image ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image ID: it contains a path separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image ID: Glance image IDs are UUIDs such as 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cache &amp;Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Config File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;equeue Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Q&amp;ueue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read the cache when glance-api changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Glance Cache Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by image ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cache — Glance Cache Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Glance Cache Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete (%1, %2 stalled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Glance image cache directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open glance-api.conf or glance-cache.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance configuration (*.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) from the queue? Nothing cached is deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete ALL %n cached image(s) (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n queued image(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Glance Cache Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Glance Cache Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glance Cache Admin %1&lt;/h3&gt;&lt;p&gt;Inspect and manage the local image cache of OpenStack Glance: see what is cached, queue, delete, prune and clean with Glance&apos;s own rules.&lt;/p&gt;&lt;p&gt;Compatible with Glance Zed&apos;s sqlite and xattr cache drivers.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphansModel</name>
    <message>
        <source>File without record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record without file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as cached and pruned as 0 bytes; deleting it removes the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image (lock, temp or leftover file): counts toward the size, never pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served and counted toward the size, but prune can never remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsloConfig</name>
    <message>
        <source>Cannot read the configuration file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected continuation line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid section (must end with ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty section name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;:&apos; or &apos;=&apos; found in assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section must be started before assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialImagesModel</name>
    <message>
        <source>Time since the download last wrote; older than image_cache_stall_time (%1) means stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than image_cache_stall_time: Clean will delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Recalculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune deletes the least recently accessed images until the cache is no larger than the limit, exactly as glance-cache-pruner would. Nothing is deleted until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean deletes every file in invalid/ and the downloads in incomplete/ that have not been written to for longer than the stall time, as glance-cache-cleaner would. Nothing is deleted until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (image_cache_max_size):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall time in seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes, or a size such as 10G or 500M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stall time is a whole number of seconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The cache (%1) is within the limit of %2: nothing would be pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n image(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It would still be over the limit: files without a record in cache.db count toward the size but cannot be pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prune %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clean: no invalid files and no download older than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n file(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Queue images for caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image IDs, one per line or separated by spaces or commas. glance-api caches queued images when the cache API asks it to; Glance Cache Admin&apos;s fetch can download them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image IDs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) to queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) cannot be queued; correct or remove them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuedImagesModel</name>
    <message>
        <source>Glance processes the queue oldest marker first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteSession</name>
    <message>
        <source>%1 is locked by another process (glance-api or a cron job) for longer than %2 s; nothing was changed, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a SQLite database (%2). Glance cannot use it either; stop glance-api and move it aside to let Glance recreate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot write to %1 (run as the glance user or root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: glance-api has not used this cache with the sqlite driver yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cached_images table: it is not a Glance image cache database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unexpected schema: cached_images has no %2 column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreemapWidget</name>
    <message>
        <source>Cached images treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tile is a cached image: its area is the image&apos;s size, its colour how soon prune would delete it, from red (next to go) to blue (kept longest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (1 is evicted first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s), %1 in all.
Too small to draw one by one; the table lists them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pruned first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached image matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageGauge</name>
    <message>
        <source>%1 of %2 (image_cache_max_size), %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
