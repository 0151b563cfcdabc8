<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Select an entry to see its whole result and details.</source>
        <translation>Wählen Sie einen Eintrag, um sein vollständiges Ergebnis und die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>&apos;%1&apos; is not a size: give bytes, or a number with K, M, G or T (for example 10737418240 or 10G).</source>
        <translation>„%1“ ist keine Größe: Geben Sie Bytes an oder eine Zahl mit K, M, G oder T (zum Beispiel 10737418240 oder 10G).</translation>
    </message>
</context>
<context>
    <name>CacheActions</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 changes the cache; confirm with --yes when not running on a terminal. Nothing was changed.</source>
        <translation>%1 verändert den Cache; ohne Terminal mit --yes bestätigen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) (%1) from the cache in %2?</source>
        <translation>
            <numerusform>%Ln Image (%1) aus dem Cache in %2 löschen?</numerusform>
            <numerusform>%Ln Images (%1) aus dem Cache in %2 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the queue in %1?</source>
        <translation>
            <numerusform>%Ln Image aus der Warteschlange in %1 entfernen?</numerusform>
            <numerusform>%Ln Images aus der Warteschlange in %1 entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed image %1 from the queue.</source>
        <translation>Image %1 aus der Warteschlange entfernt.</translation>
    </message>
    <message>
        <source>Image %1 was not queued.</source>
        <translation>Image %1 war nicht in der Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln queued image(s) in %1?</source>
        <translation>
            <numerusform>Alle Images aus der Warteschlange in %1 entfernen (%Ln Image)?</numerusform>
            <numerusform>Alle Images aus der Warteschlange in %1 entfernen (%Ln Images)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln cached image(s) (%1)%2 in %3?</source>
        <translation>
            <numerusform>Alle Images im Cache (%Ln Image, %1)%2 in %3 löschen?</numerusform>
            <numerusform>Alle Images im Cache (%Ln Images, %1)%2 in %3 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln queued image(s)</source>
        <translation>
            <numerusform> und %Ln Image in der Warteschlange</numerusform>
            <numerusform> und %Ln Images in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) from the cache.</source>
        <translation>
            <numerusform>%Ln Datei aus dem Cache gelöscht.</numerusform>
            <numerusform>%Ln Dateien aus dem Cache gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln image(s) from the queue.</source>
        <translation>
            <numerusform>%Ln Image aus der Warteschlange entfernt.</numerusform>
            <numerusform>%Ln Images aus der Warteschlange entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache (%1) is within its limit of %2; nothing to prune.</source>
        <translation>Der Cache (%1) liegt innerhalb seines Limits von %2; nichts auszudünnen.</translation>
    </message>
    <message>
        <source>would prune %1 (%2 bytes)</source>
        <translation>würde ausgedünnt: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>pruned %1 (%2 bytes)</source>
        <translation>ausgedünnt: %1 (%2 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>Would prune %Ln image(s), %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>Würde ausdünnen: %Ln Image, %1 Bytes (%2); der Cache ginge von %3 auf %4 zurück (Limit %5).</numerusform>
            <numerusform>Würde ausdünnen: %Ln Images, %1 Bytes (%2); der Cache ginge von %3 auf %4 zurück (Limit %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %Ln image(s), %1 bytes (%2); the cache went from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>Ausgedünnt: %Ln Image, %1 Bytes (%2); der Cache ging von %3 auf %4 zurück (Limit %5).</numerusform>
            <numerusform>Ausgedünnt: %Ln Images, %1 Bytes (%2); der Cache ging von %3 auf %4 zurück (Limit %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Still over the limit: files without a record in cache.db are counted but cannot be pruned.</source>
        <translation>Weiterhin über dem Limit: Dateien ohne Eintrag in cache.db werden mitgezählt, können aber nicht ausgedünnt werden.</translation>
    </message>
    <message>
        <source>would delete invalid %1 (%2 bytes)</source>
        <translation>würde gelöscht (ungültig): %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>deleted invalid %1 (%2 bytes)</source>
        <translation>gelöscht (ungültig): %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>would delete stalled %1 (%2 bytes)</source>
        <translation>würde gelöscht (hängend): %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>deleted stalled %1 (%2 bytes)</source>
        <translation>gelöscht (hängend): %1 (%2 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>Would clean %Ln file(s), %1.</source>
        <translation>
            <numerusform>Würde bereinigen: %Ln Datei, %1.</numerusform>
            <numerusform>Würde bereinigen: %Ln Dateien, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %Ln file(s), %1.</source>
        <translation>
            <numerusform>Bereinigt: %Ln Datei, %1.</numerusform>
            <numerusform>Bereinigt: %Ln Dateien, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheCtl</name>
    <message>
        <source>Show where the cache is, its driver, size against the limit and counts.</source>
        <translation>Zeigt Ort, Treiber und Größe des Caches im Verhältnis zum Limit sowie die Anzahlen.</translation>
    </message>
    <message>
        <source>List cached and queued images (glance cache-list&apos;s columns).</source>
        <translation>Listet Images im Cache und in der Warteschlange auf (Spalten von glance cache-list).</translation>
    </message>
    <message>
        <source>List queued images in the order Glance processes them.</source>
        <translation>Listet die Warteschlange in der Reihenfolge auf, in der Glance sie abarbeitet.</translation>
    </message>
    <message>
        <source>List downloads in progress, with age and stalled flag.</source>
        <translation>Listet laufende Downloads mit Alter und Kennzeichen „hängend“ auf.</translation>
    </message>
    <message>
        <source>List failed downloads, with the recorded error.</source>
        <translation>Listet fehlgeschlagene Downloads mit dem gespeicherten Fehler auf.</translation>
    </message>
    <message>
        <source>Queue images for caching.</source>
        <translation>Stellt Images zum Cachen in die Warteschlange.</translation>
    </message>
    <message>
        <source>Delete cached images (and their queue markers).</source>
        <translation>Löscht Images aus dem Cache (samt ihren Warteschlangen-Markierungen).</translation>
    </message>
    <message>
        <source>Remove images from the queue.</source>
        <translation>Entfernt Images aus der Warteschlange.</translation>
    </message>
    <message>
        <source>Delete every cached and/or queued image.</source>
        <translation>Löscht alle Images im Cache und/oder in der Warteschlange.</translation>
    </message>
    <message>
        <source>Delete invalid files and stalled downloads, as glance-cache-cleaner.</source>
        <translation>Löscht ungültige Dateien und hängende Downloads, wie glance-cache-cleaner.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Glance config file (repeatable).</source>
        <translation>Glance-Konfigurationsdatei (mehrfach möglich).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Directory of *.conf snippets.</source>
        <translation>Verzeichnis mit *.conf-Fragmenten.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>The cache directory.</source>
        <translation>Das Cache-Verzeichnis.</translation>
    </message>
    <message>
        <source>sqlite or xattr.</source>
        <translation>sqlite oder xattr.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>What to clear: cache or queue (default both).</source>
        <translation>Was geleert wird: cache oder queue (Standard: beides).</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Limit in bytes (or 10G, 500M); default image_cache_max_size.</source>
        <translation>Limit in Bytes (oder 10G, 500M); Standard: image_cache_max_size.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Seconds after which an incomplete download counts as stalled; default image_cache_stall_time.</source>
        <translation>Sekunden, nach denen ein unvollständiger Download als hängend gilt; Standard: image_cache_stall_time.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Show exactly what would be deleted; change nothing.</source>
        <translation>Zeigt genau, was gelöscht würde; ändert nichts.</translation>
    </message>
    <message>
        <source>Image IDs (UUIDs); several may be given.</source>
        <translation>Image-IDs (UUIDs); mehrere sind möglich.</translation>
    </message>
    <message>
        <source>give at least one image ID.</source>
        <translation>mindestens eine Image-ID angeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--target must be cache or queue (leave it out for both).</source>
        <translation>--target muss cache oder queue sein (für beides weglassen).</translation>
    </message>
    <message>
        <source>Show (config show) or change (config set KEY VALUE) the cache options of the --config-file files.</source>
        <translation>Zeigt (config show) oder ändert (config set KEY VALUE) die Cache-Optionen der mit --config-file angegebenen Dateien.</translation>
    </message>
    <message>
        <source>Diagnose the cache and its configuration; exit 0 clean, 1 warnings, 2 errors.</source>
        <translation>Prüft den Cache und seine Konfiguration; Exit-Status 0 ohne Befund, 1 Warnungen, 2 Fehler.</translation>
    </message>
    <message>
        <source>show, or set KEY VALUE.</source>
        <translation>show oder set KEY VALUE.</translation>
    </message>
    <message>
        <source>use &apos;config show&apos; or &apos;config set KEY VALUE&apos;.</source>
        <translation>„config show“ oder „config set KEY VALUE“ verwenden.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Usage: glance-cachectl [options] %1</source>
        <translation>Aufruf: glance-cachectl [Optionen] %1</translation>
    </message>
    <message>
        <source>Download images from the Glance API into this cache, verified (no IDs: every queued image).</source>
        <translation>Images über die Glance-API in diesen Cache laden, geprüft (ohne IDs: alle Images der Warteschlange).</translation>
    </message>
    <message>
        <source>
Global options:
  --config-file FILE  glance-api.conf or glance-cache.conf; repeat, later files override
  --config-dir DIR    also read DIR/*.conf, as oslo.config does
  --cache-dir DIR     the cache directory itself (instead of a config file)
  --driver NAME       sqlite, xattr, centralized_db or auto (detect from the database and the
                      directory); default: the configuration&apos;s, or detected from its database
  --json              machine-readable output (the v2 cache API&apos;s shape for list)
  --yes               do not ask before deleting
  --node URL          work on this glance-api node through its cache API instead of a local
                      cache (repeatable; status, list, queue, delete, clear, prune, clean,
                      nodes, matrix); credentials as glanceclient&apos;s --os-* options
  -h, --help          help; &apos;glance-cachectl COMMAND --help&apos; for a command
  --version           show the version

With no location option the default cache is used: image_cache_dir of /etc/glance/glance-api.conf,
or a generated demo cache when that is not set.
Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
Globale Optionen:
  --config-file DATEI  glance-api.conf oder glance-cache.conf; wiederholbar, spätere Dateien haben Vorrang
  --config-dir VERZ    liest auch VERZ/*.conf, wie oslo.config
  --cache-dir VERZ     das Cache-Verzeichnis selbst (statt einer Konfigurationsdatei)
  --driver NAME        sqlite, xattr, centralized_db oder auto (aus Datenbank und Verzeichnis
                       erkennen); Standard: der der Konfiguration, sonst aus ihrer Datenbank erkannt
  --json               maschinenlesbare Ausgabe (für list im Format der v2-Cache-API)
  --yes                vor dem Löschen nicht nachfragen
  --node URL           arbeitet über die Cache-API dieses glance-api-Knotens statt mit einem lokalen
                       Cache (wiederholbar; status, list, queue, delete, clear, prune, clean,
                       nodes, matrix); Zugangsdaten wie die --os-*-Optionen von glanceclient
  -h, --help           Hilfe; „glance-cachectl BEFEHL --help“ für die Hilfe zu einem Befehl
  --version            zeigt die Version

Ohne Ortsangabe wird der Standard-Cache verwendet: image_cache_dir aus /etc/glance/glance-api.conf
oder ein generierter Demo-Cache, wenn dieser Wert nicht gesetzt ist.
Exit-Status: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>--node works with status, list, queue, delete, clear, prune, clean, nodes and matrix; this command works on a local cache only.</source>
        <translation>--node funktioniert mit status, list, queue, delete, clear, prune, clean, nodes und matrix; dieser Befehl arbeitet nur mit einem lokalen Cache.</translation>
    </message>
    <message>
        <source>A glance-api node&apos;s own URL (repeatable, or comma-separated): work through its cache API.</source>
        <translation>Die eigene URL eines glance-api-Knotens (wiederholbar oder durch Kommas getrennt): über seine Cache-API arbeiten.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>give the glance-api nodes with --node URL.</source>
        <translation>geben Sie die glance-api-Knoten mit --node URL an.</translation>
    </message>
    <message>
        <source>the cache API prunes and cleans with each node&apos;s own settings; --max-size, --stall-time and --dry-run work on a local cache only.</source>
        <translation>die Cache-API dünnt aus und bereinigt mit den eigenen Einstellungen jedes Knotens; --max-size, --stall-time und --dry-run funktionieren nur mit einem lokalen Cache.</translation>
    </message>
    <message>
        <source>Images downloaded at once, 1 to 6 (default 2).</source>
        <translation>Anzahl gleichzeitig geladener Images, 1 bis 6 (Standard: 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 6.</source>
        <translation>--parallel erwartet eine Zahl von 1 bis 6.</translation>
    </message>
    <message>
        <source>Re-hash cached images (no IDs: all) against Glance&apos;s checksums without moving their access times; offers to delete mismatches.</source>
        <translation>Prüfsummen der Images im Cache (ohne IDs: alle) neu berechnen und mit denen von Glance vergleichen, ohne ihre Zugriffszeiten zu ändern; bietet an, abweichende Images zu löschen.</translation>
    </message>
    <message>
        <source>Show what each glance-api node given with --node offers: API version, cache API, prune/clean; without --node, every node in Glance&apos;s database (centralized_db) with what it caches.</source>
        <translation>Zeigt, was jeder mit --node angegebene glance-api-Knoten bietet: API-Version, Cache-API, Ausdünnen/Bereinigen; ohne --node jeden Knoten aus der Datenbank von Glance (centralized_db) mit dem, was er im Cache hat.</translation>
    </message>
    <message>
        <source>Show which --node caches or queues which image, with Glance&apos;s image names; a location option adds this node&apos;s cache. Without --node, the region as Glance&apos;s database (centralized_db) records it.</source>
        <translation>Zeigt, welcher Knoten (--node) welches Image im Cache oder in der Warteschlange hat, mit den Image-Namen aus Glance; eine Ortsangabe fügt den Cache dieses Knotens hinzu. Ohne --node die Region, wie die Datenbank von Glance (centralized_db) sie verzeichnet.</translation>
    </message>
    <message>
        <source>Read the region from [database] connection of the config (the centralized_db driver&apos;s tables) even when its image_cache_driver is not centralized_db; no node is asked.</source>
        <translation>Liest die Region aus [database] connection der Konfiguration (den Tabellen des Treibers centralized_db), auch wenn deren image_cache_driver nicht centralized_db ist; kein Knoten wird gefragt.</translation>
    </message>
    <message>
        <source>Without --node, nodes and matrix read the whole region from Glance&apos;s database ([database] connection)
when the config&apos;s image_cache_driver is centralized_db, or with --from-database; no node is asked.
</source>
        <translation>Ohne --node lesen nodes und matrix die ganze Region aus der Datenbank von Glance ([database] connection),
wenn image_cache_driver der Konfiguration centralized_db ist, oder mit --from-database; kein Knoten wird gefragt.
</translation>
    </message>
    <message>
        <source>--from-database reads the region from Glance&apos;s database and --node asks the nodes themselves: give one of them.</source>
        <translation>--from-database liest die Region aus der Datenbank von Glance, --node fragt die Knoten selbst: geben Sie nur eines von beiden an.</translation>
    </message>
    <message>
        <source>Usage: glance-cachectl [global options] COMMAND [command options] [ID...]

Inspect and manage a Glance image cache (sqlite, xattr or centralized_db driver) on this node.

Commands:
</source>
        <translation>Aufruf: glance-cachectl [globale Optionen] BEFEHL [Befehlsoptionen] [ID...]

Untersucht und verwaltet einen Glance-Image-Cache (Treiber sqlite, xattr oder centralized_db) auf diesem Knoten.

Befehle:
</translation>
    </message>
    <message>
        <source>Delete least recently used images until the cache fits its limit, as glance-cache-pruner. Deletes at once, without asking: --dry-run lists what it would delete.</source>
        <translation>Löscht die am längsten nicht genutzten Images, bis der Cache sein Limit einhält, wie glance-cache-pruner. Löscht sofort und ohne Rückfrage: --dry-run listet, was gelöscht würde.</translation>
    </message>
    <message>
        <source>--stall-time takes seconds ≥ 0, or a duration such as 30m, 12h or 1d.</source>
        <translation>--stall-time nimmt Sekunden ≥ 0 oder eine Dauer wie 30m, 12h oder 1d.</translation>
    </message>
    <message>
        <source>%1 changes a cache, so it runs only on the one you name: give --config-file or --cache-dir. (Reading commands show a demo cache instead.)</source>
        <translation>%1 ändert einen Cache und läuft daher nur auf dem, den Sie angeben: geben Sie --config-file oder --cache-dir an. (Lesende Befehle zeigen stattdessen einen Demo-Cache.)</translation>
    </message>
    <message>
        <source>DEMO CACHE: generated sample data, not a Glance node.</source>
        <translation>DEMO-CACHE: generierte Beispieldaten, kein Glance-Knoten.</translation>
    </message>
</context>
<context>
    <name>CacheDirectory</name>
    <message>
        <source>The cache directory %1 does not exist.</source>
        <translation>Das Cache-Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the cache directory %1: %2</source>
        <translation>Das Cache-Verzeichnis %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Permission denied: cannot read the cache directory %1.</source>
        <translation>Zugriff verweigert: Das Cache-Verzeichnis %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a plain directory (a symlink?); refusing to use it.</source>
        <translation>%1 ist kein gewöhnliches Verzeichnis (ein symbolischer Link?); es wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Refusing to delete &apos;%1&apos;: it is not a file name inside the cache.</source>
        <translation>„%1“ wird nicht gelöscht: Es ist kein Dateiname innerhalb des Caches.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a cache file; left alone.</source>
        <translation>%1 ist ein Verzeichnis, keine Cache-Datei; es bleibt unangetastet.</translation>
    </message>
    <message>
        <source>Permission denied: cannot delete %1 (run as the glance user or root).</source>
        <translation>Zugriff verweigert: %1 kann nicht gelöscht werden (als Benutzer glance oder root ausführen).</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Refusing to queue &apos;%1&apos;: it is not a file name.</source>
        <translation>„%1“ wird nicht in die Warteschlange gestellt: Es ist kein Dateiname.</translation>
    </message>
    <message>
        <source>Permission denied: cannot write in %1 (run as the glance user or root).</source>
        <translation>Zugriff verweigert: In %1 kann nicht geschrieben werden (als Benutzer glance oder root ausführen).</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Glance image cache: it has no incomplete/, invalid/ or queue/ directory, no cache database and no file named by an image ID. Open the directory that image_cache_dir names in glance-api.conf.</source>
        <translation>%1 ist kein Glance-Image-Cache: Es gibt dort kein Verzeichnis incomplete/, invalid/ oder queue/, keine Cache-Datenbank und keine nach einer Image-ID benannte Datei. Öffnen Sie das Verzeichnis, das image_cache_dir in glance-api.conf nennt.</translation>
    </message>
</context>
<context>
    <name>CacheHeader</name>
    <message>
        <source>&lt;b&gt;Demo cache&lt;/b&gt; — generated sample data, not a Glance node. Open a real cache with File → Open.</source>
        <translation>&lt;b&gt;Demo-Cache&lt;/b&gt; — generierte Beispieldaten, kein Glance-Knoten. Öffnen Sie einen echten Cache über Datei → Cache öffnen.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;from %1</source>
        <translation> &amp;nbsp;aus %1</translation>
    </message>
    <message>
        <source>Driver: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Treiber: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b23c00&apos;&gt;configured as %1&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#b23c00&apos;&gt;konfiguriert: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 free on the filesystem</source>
        <translation>%1 frei im Dateisystem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read the cache:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cache kann nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Records of node &lt;b&gt;%1&lt;/b&gt; in the database %2</source>
        <translation>Einträge des Knotens &lt;b&gt;%1&lt;/b&gt; in der Datenbank %2</translation>
    </message>
    <message>
        <source>Cache Options…</source>
        <translation>Cache-Optionen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cache&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Cache&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <source>Demo cache (generated sample data) in %1</source>
        <translation>Demo-Cache (generierte Beispieldaten) in %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>%1 (records of %2 in %3)</source>
        <translation>%1 (Einträge von %2 in %3)</translation>
    </message>
</context>
<context>
    <name>CacheLocator</name>
    <message>
        <source>image_cache_dir is set under [default], but oslo.config only reads [DEFAULT] (section names are case-sensitive there), so caching is off.</source>
        <translation>image_cache_dir steht unter [default], aber oslo.config liest nur [DEFAULT] (Abschnittsnamen unterscheiden dort Groß- und Kleinschreibung), daher ist das Caching aus.</translation>
    </message>
    <message>
        <source>No cache given: use --cache-dir, --config-file or --config-dir.</source>
        <translation>Kein Cache angegeben: --cache-dir, --config-file oder --config-dir verwenden.</translation>
    </message>
    <message>
        <source>image_cache_dir is not set in %1, so Glance&apos;s image cache is off.</source>
        <translation>image_cache_dir ist in %1 nicht gesetzt, daher ist der Image-Cache von Glance aus.</translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation>%1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1 = %2 is not a whole number of %3 ≥ 0; Glance would refuse to start with it.</source>
        <translation>%1 = %2 ist keine ganze Zahl von %3 ≥ 0; Glance würde damit nicht starten.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image cache driver; Glance accepts sqlite, xattr or centralized_db (or auto: detect from the database and the directory).</source>
        <translation>„%1“ ist kein Image-Cache-Treiber; Glance akzeptiert sqlite, xattr oder centralized_db (oder auto: aus Datenbank und Verzeichnis erkennen).</translation>
    </message>
    <message>
        <source>The centralized_db driver keeps its records in Glance&apos;s database, but [database] connection is not set in %1.</source>
        <translation>Der Treiber centralized_db hält seine Einträge in der Datenbank von Glance, aber [database] connection ist in %1 nicht gesetzt.</translation>
    </message>
    <message>
        <source>[database] connection cannot be used: %1</source>
        <translation>[database] connection ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>image_cache_driver is centralized_db but worker_self_reference_url is not set in %1; glance-api refuses to start without it, and it is what tells this node&apos;s records apart from the others&apos;.</source>
        <translation>image_cache_driver ist centralized_db, aber worker_self_reference_url ist in %1 nicht gesetzt; glance-api startet ohne diese Option nicht, und sie unterscheidet die Einträge dieses Knotens von denen der anderen.</translation>
    </message>
    <message>
        <source>The region is read from Glance&apos;s database: give the glance-api.conf that names it ([database] connection) with --config-file or --config-dir.</source>
        <translation>Die Region wird aus der Datenbank von Glance gelesen: geben Sie die glance-api.conf, die sie nennt ([database] connection), mit --config-file oder --config-dir an.</translation>
    </message>
    <message>
        <source>[database] connection (%1) contains a &apos;$&apos; that oslo.config reads as a reference to another option, which cannot be resolved, so Glance would not start. Write $$ for a literal &apos;$&apos;, in a password too.</source>
        <translation>[database] connection (%1) enthält ein „$“, das oslo.config als Verweis auf eine andere Option liest, der sich nicht auflösen lässt; Glance würde nicht starten. Schreiben Sie $$ für ein wörtliches „$“, auch in einem Passwort.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>CacheMatrix</name>
    <message>
        <source>cached</source>
        <translation>im Cache</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
</context>
<context>
    <name>CacheMatrixModel</name>
    <message>
        <source>Glance no longer has this image: the cached copies only take space.</source>
        <translation>Glance hat dieses Image nicht mehr: Die Kopien im Cache belegen nur Platz.</translation>
    </message>
    <message>
        <source>Cached on %1 of %2 answering sources: requests served by the others read it from the store.</source>
        <translation>Auf %1 von %2 antwortenden Quellen im Cache: Anfragen, die die anderen bedienen, lesen es aus dem Image-Speicher.</translation>
    </message>
    <message>
        <source>(deleted from Glance)</source>
        <translation>(aus Glance gelöscht)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Cached on %Ln source(s)</source>
        <translation>
            <numerusform>Auf %Ln Quelle im Cache</numerusform>
            <numerusform>Auf %Ln Quellen im Cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued on %Ln</source>
        <translation>
            <numerusform>auf %Ln in der Warteschlange</numerusform>
            <numerusform>auf %Ln in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cached · %Ln hit(s)</source>
        <translation>
            <numerusform>im Cache · %Ln Treffer</numerusform>
            <numerusform>im Cache · %Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cached on %1: %2, %Ln hit(s), last accessed %3.</source>
        <translation>
            <numerusform>Auf %1 im Cache: %2, %Ln Treffer, letzter Zugriff %3.</numerusform>
            <numerusform>Auf %1 im Cache: %2, %Ln Treffer, letzter Zugriff %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued on %1.</source>
        <translation>Auf %1 in der Warteschlange.</translation>
    </message>
    <message>
        <source>Not cached on %1.</source>
        <translation>Auf %1 nicht im Cache.</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached, %1 queued</source>
        <translation>
            <numerusform>%Ln Image im Cache, %1 in der Warteschlange</numerusform>
            <numerusform>%Ln Images im Cache, %1 in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cached on</source>
        <translation>Im Cache auf</translation>
    </message>
    <message>
        <source>%1 (deleted from Glance)</source>
        <translation>%1 (aus Glance gelöscht)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CacheReports</name>
    <message>
        <source>DEMO CACHE: generated sample data, not a Glance node.</source>
        <translation>DEMO-CACHE: generierte Beispieldaten, kein Glance-Knoten.</translation>
    </message>
    <message>
        <source>Cache directory: %1</source>
        <translation>Cache-Verzeichnis:       %1</translation>
    </message>
    <message>
        <source>Configuration:   %1</source>
        <translation>Konfiguration:           %1</translation>
    </message>
    <message>
        <source>Driver:          %1 (configured: %2)</source>
        <translation>Treiber:                 %1 (konfiguriert: %2)</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>Size:            %1 of %2 max (%3 of %4 bytes, %5%)</source>
        <translation>Größe:                   %1 von max. %2 (%3 von %4 Bytes, %5&#xa0;%)</translation>
    </message>
    <message>
        <source>  Over the limit by %1: the pruner has not run or cannot keep up.</source>
        <translation>  Limit um %1 überschritten: glance-cache-pruner ist nicht gelaufen oder kommt nicht hinterher.</translation>
    </message>
    <message>
        <source>Free space:      %1</source>
        <translation>Freier Speicher:         %1</translation>
    </message>
    <message>
        <source>Cached images:   %1</source>
        <translation>Images im Cache:         %1</translation>
    </message>
    <message>
        <source>Queued images:   %1</source>
        <translation>Images in Warteschlange: %1</translation>
    </message>
    <message>
        <source>Incomplete:      %1 (%2 stalled, older than %3 s)</source>
        <translation>Unvollständig:           %1 (%2 hängend, älter als %3 s)</translation>
    </message>
    <message>
        <source>Invalid:         %1</source>
        <translation>Ungültig:                %1</translation>
    </message>
    <message>
        <source>Orphans:         %1</source>
        <translation>Verwaist:                %1</translation>
    </message>
    <message>
        <source>file without record: %1 (%2 bytes)</source>
        <translation>Datei ohne Eintrag: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>record without file: %1</source>
        <translation>Eintrag ohne Datei: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Records:         node %1 in %2</source>
        <translation>Einträge:        Knoten %1 in %2</translation>
    </message>
</context>
<context>
    <name>CacheSession</name>
    <message>
        <source>Queueing images</source>
        <translation>Images werden in die Warteschlange gestellt</translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image in die Warteschlange gestellt</numerusform>
            <numerusform>%Ln Images in die Warteschlange gestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln not queued (already cached, being cached or queued)</source>
        <translation>
            <numerusform>; %Ln nicht in die Warteschlange gestellt (schon im Cache, wird gerade gecacht oder schon in der Warteschlange)</numerusform>
            <numerusform>; %Ln nicht in die Warteschlange gestellt (schon im Cache, werden gerade gecacht oder schon in der Warteschlange)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>; %Ln fehlgeschlagen</numerusform>
            <numerusform>; %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting images</source>
        <translation>Images werden gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %Ln image(s); %2 failed.</source>
        <translation>
            <numerusform>%1 von %Ln Image gelöscht; %2 fehlgeschlagen.</numerusform>
            <numerusform>%1 von %Ln Images gelöscht; %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s).</source>
        <translation>
            <numerusform>%Ln Image gelöscht.</numerusform>
            <numerusform>%Ln Images gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing from the queue</source>
        <translation>Entfernen aus der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln image(s) from the queue.</source>
        <translation>
            <numerusform>%Ln Image aus der Warteschlange entfernt.</numerusform>
            <numerusform>%Ln Images aus der Warteschlange entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Cleared: %1 cached file(s) and %2 queued image(s) deleted.</source>
        <translation>Geleert: %1 Cache-Datei(en) und %2 Image(s) aus der Warteschlange gelöscht.</translation>
    </message>
    <message>
        <source>Planning prune</source>
        <translation>Ausdünnen wird geplant</translation>
    </message>
    <message>
        <source>The prune plan could not be made.</source>
        <translation>Der Plan zum Ausdünnen konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>Ausdünnen</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %Ln image(s), %1.</source>
        <translation>
            <numerusform>Ausgedünnt: %Ln Image, %1.</numerusform>
            <numerusform>Ausgedünnt: %Ln Images, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning clean</source>
        <translation>Bereinigung wird geplant</translation>
    </message>
    <message>
        <source>The clean plan could not be made.</source>
        <translation>Der Plan zur Bereinigung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Bereinigen</translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %Ln file(s), %1.</source>
        <translation>
            <numerusform>Bereinigt: %Ln Datei, %1.</numerusform>
            <numerusform>Bereinigt: %Ln Dateien, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cache was cancelled; press F5 to read it again.</source>
        <translation>Das Lesen des Caches wurde abgebrochen; mit F5 erneut lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) were neither cached nor queued.</source>
        <translation>
            <numerusform>%Ln Image war weder im Cache noch in der Warteschlange.</numerusform>
            <numerusform>%Ln Images waren weder im Cache noch in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %Ln record(s) without a file: nothing freed.</source>
        <translation>
            <numerusform>%Ln Eintrag ohne Datei vergessen: nichts freigegeben.</numerusform>
            <numerusform>%Ln Einträge ohne Datei vergessen: nichts freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) without a record: %1 freed.</source>
        <translation>
            <numerusform>%Ln Datei ohne Eintrag gelöscht: %1 freigegeben.</numerusform>
            <numerusform>%Ln Dateien ohne Eintrag gelöscht: %1 freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln foreign file(s): %1 freed.</source>
        <translation>
            <numerusform>%Ln fremde Datei entfernt: %1 freigegeben.</numerusform>
            <numerusform>%Ln fremde Dateien entfernt: %1 freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nichts wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s) left alone.</source>
        <translation>
            <numerusform>%Ln verwaister Eintrag unberührt gelassen.</numerusform>
            <numerusform>%Ln verwaiste Einträge unberührt gelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing orphans</source>
        <translation>Verwaiste Einträge werden entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Among them Glance&apos;s own lock file(s) %1.</source>
        <translation>
            <numerusform>Darunter Glances eigene Sperrdatei %1.</numerusform>
            <numerusform>Darunter Glances eigene Sperrdateien %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>Image %1 is already cached.</source>
        <translation>Image %1 ist bereits im Cache.</translation>
    </message>
    <message>
        <source>%1 already records image %2 although its file is missing; delete the image from the cache first.</source>
        <translation>%1 verzeichnet Image %2 bereits, obwohl seine Datei fehlt; löschen Sie das Image zuerst aus dem Cache.</translation>
    </message>
    <message>
        <source>Image %1 is being written to the cache now (incomplete/, modified %2 s ago); Glance&apos;s cleaner treats it as stalled after %3 s.</source>
        <translation>Image %1 wird gerade in den Cache geschrieben (incomplete/, vor %2 s geändert); der Cleaner von Glance betrachtet es nach %3 s als hängend.</translation>
    </message>
    <message>
        <source>%1 is not a plain directory (a symlink?); refusing to use it.</source>
        <translation>%1 ist kein gewöhnliches Verzeichnis (ein symbolischer Link?); es wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Another process started writing image %1 at the same moment.</source>
        <translation>Ein anderer Prozess hat im selben Moment begonnen, Image %1 zu schreiben.</translation>
    </message>
    <message>
        <source>Permission denied: cannot write in %1 (run as the glance user or root).</source>
        <translation>Zugriff verweigert: In %1 kann nicht geschrieben werden (als Benutzer glance oder root ausführen).</translation>
    </message>
    <message>
        <source>The filesystem of %1 is full.</source>
        <translation>Das Dateisystem von %1 ist voll.</translation>
    </message>
    <message>
        <source>another process cached image %1 meanwhile; that copy is kept</source>
        <translation>ein anderer Prozess hat Image %1 inzwischen gecacht; diese Kopie bleibt erhalten</translation>
    </message>
    <message>
        <source>another process recorded image %1 meanwhile</source>
        <translation>ein anderer Prozess hat Image %1 inzwischen eingetragen</translation>
    </message>
    <message>
        <source>another process wrote %1 at the same time</source>
        <translation>ein anderer Prozess hat gleichzeitig %1 geschrieben</translation>
    </message>
    <message>
        <source>user.hits on %1</source>
        <translation>user.hits auf %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>incomplete/%1 now belongs to another writer and was left alone.</source>
        <translation>incomplete/%1 gehört jetzt einem anderen schreibenden Prozess und wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>The partial download is in %1.</source>
        <translation>Der unvollständige Download liegt in %1.</translation>
    </message>
    <message>
        <source>The partial download was deleted (%1).</source>
        <translation>Der unvollständige Download wurde gelöscht (%1).</translation>
    </message>
    <message>
        <source>Reading this node&apos;s cache records from %1 failed: %2</source>
        <translation>Das Lesen der Cache-Einträge dieses Knotens aus %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 already records image %2 for this node (%3) although its file is missing; delete the image from the cache first.</source>
        <translation>%1 verzeichnet Image %2 für diesen Knoten (%3) bereits, obwohl seine Datei fehlt; löschen Sie das Image zuerst aus dem Cache.</translation>
    </message>
    <message>
        <source>recording image %1 in %2 failed: %3</source>
        <translation>das Eintragen von Image %1 in %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>another process recorded image %1 for this node meanwhile</source>
        <translation>ein anderer Prozess hat Image %1 für diesen Knoten inzwischen eingetragen</translation>
    </message>
</context>
<context>
    <name>CachedImagesModel</name>
    <message>
        <source>The order in which prune would delete: 1 goes first (least recently accessed).</source>
        <translation>Reihenfolge, in der das Ausdünnen löschen würde: 1 zuerst (am längsten nicht zugegriffen).</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Cached at</source>
        <translation>Im Cache seit</translation>
    </message>
    <message>
        <source>Prune order</source>
        <translation>Ausdünn-Rang</translation>
    </message>
    <message>
        <source>%1 of the cache&apos;s %2</source>
        <translation>%1 der %2 des Caches</translation>
    </message>
    <message>
        <source>cache.db records this image but its file is missing.</source>
        <translation>cache.db verzeichnet dieses Image, aber seine Datei fehlt.</translation>
    </message>
</context>
<context>
    <name>CentralDbConnection</name>
    <message>
        <source>%1 has no image cache tables (node_reference, cached_images) and no alembic_version table: it does not hold Glance&apos;s database.</source>
        <translation>%1 hat weder Image-Cache-Tabellen (node_reference, cached_images) noch eine Tabelle alembic_version: es ist nicht die Datenbank von Glance.</translation>
    </message>
    <message>
        <source>%1 has no image cache tables (node_reference, cached_images): its Glance schema is at revision %2, older than 2024.1, whose migration 2024_1_expand01 adds them. Run glance-manage db sync before using the centralized_db driver.</source>
        <translation>%1 hat keine Image-Cache-Tabellen (node_reference, cached_images): sein Glance-Schema steht auf Revision %2, älter als 2024.1, deren Migration 2024_1_expand01 sie anlegt. Führen Sie glance-manage db sync aus, bevor Sie den Treiber centralized_db verwenden.</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine eingetragen)</translation>
    </message>
</context>
<context>
    <name>CentralDbInspector</name>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CentralDbSchema</name>
    <message>
        <source>The database account %1 may not read Glance&apos;s image cache tables in %2 (the server says: %3). Grant it SELECT on node_reference and cached_images, or use the [database] connection glance-api itself uses; nothing was changed.</source>
        <translation>Das Datenbankkonto %1 darf die Image-Cache-Tabellen von Glance in %2 nicht lesen (der Server sagt: %3). Gewähren Sie ihm SELECT auf node_reference und cached_images oder verwenden Sie die [database] connection, die glance-api selbst verwendet; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keines angegeben)</translation>
    </message>
</context>
<context>
    <name>CentralDbSession</name>
    <message>
        <source>Reading this node&apos;s cache records from %1 failed: %2</source>
        <translation>Das Lesen der Cache-Einträge dieses Knotens aus %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>worker_self_reference_url %1 is not in node_reference of %2, which lists no node at all: no glance-api has started with the cache against this database yet.</source>
        <translation>worker_self_reference_url %1 steht nicht in node_reference von %2, das überhaupt keinen Knoten enthält: noch kein glance-api ist mit dem Cache an dieser Datenbank gestartet.</translation>
    </message>
    <message>
        <source>worker_self_reference_url %1 is not in node_reference of %2: no glance-api has started with this URL against that database, or the URL changed. The nodes it knows: %3.</source>
        <translation>worker_self_reference_url %1 steht nicht in node_reference von %2: kein glance-api ist mit dieser URL an dieser Datenbank gestartet, oder die URL hat sich geändert. Die bekannten Knoten: %3.</translation>
    </message>
</context>
<context>
    <name>CentralizedDbBackend</name>
    <message>
        <source>Reading this node&apos;s cache records from %1 failed: %2</source>
        <translation>Das Lesen der Cache-Einträge dieses Knotens aus %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deleting this node&apos;s cache records in %1 failed: %2</source>
        <translation>Das Löschen der Cache-Einträge dieses Knotens in %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The database %1 failed (%2); nothing was deleted.</source>
        <translation>Die Datenbank %1 ist fehlgeschlagen (%2); nichts wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s); then the database %1 failed (%2). From image %3 on, files and records were left as they were.</source>
        <translation>
            <numerusform>%Ln Image gelöscht; dann ist die Datenbank %1 fehlgeschlagen (%2). Ab Image %3 blieben Dateien und Einträge unverändert.</numerusform>
            <numerusform>%Ln Images gelöscht; dann ist die Datenbank %1 fehlgeschlagen (%2). Ab Image %3 blieben Dateien und Einträge unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s) before this failure, which left the image&apos;s file and record as they were: %1</source>
        <translation>
            <numerusform>%Ln Image vor diesem Fehler gelöscht; Datei und Eintrag des betroffenen Images blieben unverändert: %1</numerusform>
            <numerusform>%Ln Images vor diesem Fehler gelöscht; Datei und Eintrag des betroffenen Images blieben unverändert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file of image %1 was deleted but removing its record from %2 failed (%3); the %Ln image(s) before it were deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</source>
        <translation>
            <numerusform>Die Datei von Image %1 wurde gelöscht, aber das Entfernen seines Eintrags aus %2 ist fehlgeschlagen (%3); das %Ln Image davor wurde vollständig gelöscht. Glance hinterlässt in diesem Fall denselben Zustand: Der Eintrag wird ohne Datei aufgeführt, bis er erneut gelöscht wird, sobald die Datenbank erreichbar ist.</numerusform>
            <numerusform>Die Datei von Image %1 wurde gelöscht, aber das Entfernen seines Eintrags aus %2 ist fehlgeschlagen (%3); die %Ln Images davor wurden vollständig gelöscht. Glance hinterlässt in diesem Fall denselben Zustand: Der Eintrag wird ohne Datei aufgeführt, bis er erneut gelöscht wird, sobald die Datenbank erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing this node&apos;s cache records in %1 failed (%2); nothing was changed.</source>
        <translation>Das Leeren der Cache-Einträge dieses Knotens in %1 ist fehlgeschlagen (%2); nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s), but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</source>
        <translation>
            <numerusform>%Ln Datei gelöscht, aber das Entfernen der Einträge dieses Knotens aus %1 ist danach fehlgeschlagen (%2). Glance hinterlässt in diesem Fall denselben Zustand: Diese Einträge werden ohne Datei aufgeführt, bis der Cache erneut geleert wird, sobald die Datenbank erreichbar ist.</numerusform>
            <numerusform>%Ln Dateien gelöscht, aber das Entfernen der Einträge dieses Knotens aus %1 ist danach fehlgeschlagen (%2). Glance hinterlässt in diesem Fall denselben Zustand: Diese Einträge werden ohne Datei aufgeführt, bis der Cache erneut geleert wird, sobald die Datenbank erreichbar ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) and their records before this failure; the other files and their records were kept: %1</source>
        <translation>
            <numerusform>%Ln Datei samt Eintrag vor diesem Fehler gelöscht; die übrigen Dateien und ihre Einträge wurden behalten: %1</numerusform>
            <numerusform>%Ln Dateien samt Einträgen vor diesem Fehler gelöscht; die übrigen Dateien und ihre Einträge wurden behalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the records of the deleted files failed too (%1).</source>
        <translation>Auch das Entfernen der Einträge der gelöschten Dateien ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Pruning cannot bring this cache under its limit: once every record of this node is pruned, %1 bytes of files remain against the limit of %2 bytes. They are files without a record in the database (orphans, lock files, anything else in %3; see status), which Glance counts but can never prune; its own prune loops forever here, ours stops. Delete those files, or raise image_cache_max_size.</source>
        <translation>Das Bereinigen kann diesen Cache nicht unter sein Limit bringen: Sind alle Einträge dieses Knotens bereinigt, bleiben %1 Byte an Dateien bei einem Limit von %2 Byte. Es sind Dateien ohne Eintrag in der Datenbank (verwaiste Dateien, Sperrdateien, alles andere in %3; siehe status), die Glance mitzählt, aber nie bereinigen kann; Glances eigenes Bereinigen läuft hier endlos, unseres hält an. Löschen Sie diese Dateien oder erhöhen Sie image_cache_max_size.</translation>
    </message>
</context>
<context>
    <name>CloudsYaml</name>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 verweist auf %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 is too large to be a clouds.yaml file.</source>
        <translation>%1 ist zu groß für eine clouds.yaml-Datei.</translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; must be a mapping of cloud names to settings.</source>
        <translation>%1: „clouds“ muss eine Zuordnung von Cloud-Namen zu Einstellungen sein.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: YAML syntax error: %4</source>
        <translation>%1, Zeile %2, Spalte %3: YAML-Syntaxfehler: %4</translation>
    </message>
    <message>
        <source>%1 is not a clouds.yaml file: its top level is not a mapping.</source>
        <translation>%1 ist keine clouds.yaml-Datei: Die oberste Ebene ist keine Zuordnung.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; cannot be used: no clouds.yaml was found (looked for %2).</source>
        <translation>Die Cloud „%1“ kann nicht verwendet werden: Es wurde keine clouds.yaml gefunden (gesucht: %2).</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; is not defined in %2, which defines no clouds.</source>
        <translation>Die Cloud „%1“ ist in %2 nicht definiert; dort ist keine Cloud definiert.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; is not defined in %2. Known clouds: %3.</source>
        <translation>Die Cloud „%1“ ist in %2 nicht definiert. Bekannte Clouds: %3.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a region of the cloud &quot;%2&quot;. Its regions: %3.</source>
        <translation>Die Region „%1“ ist keine Region der Cloud „%2“. Ihre Regionen: %3.</translation>
    </message>
    <message>
        <source>%1 nests more than %2 levels deep or its aliases (*name) expand to more than %3 values; no clouds.yaml needs that many, so it is not read.</source>
        <translation>%1 ist mehr als %2 Ebenen tief verschachtelt oder seine Aliase (*name) ergeben mehr als %3 Werte; keine clouds.yaml braucht so viele, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; takes its settings from the vendor profile &quot;%2&quot;, which this program does not read. Write the profile&apos;s auth_url (and region_name) into the cloud in %3.</source>
        <translation>Die Cloud „%1“ bezieht ihre Einstellungen aus dem Anbieterprofil „%2“, das dieses Programm nicht liest. Tragen Sie die auth_url des Profils (und region_name) in %3 bei der Cloud ein.</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>give the files with --config-file (for example --config-file /etc/glance/glance-api.conf --config-file /etc/glance/glance-cache.conf).</source>
        <translation>die Dateien mit --config-file angeben (zum Beispiel --config-file /etc/glance/glance-api.conf --config-file /etc/glance/glance-cache.conf).</translation>
    </message>
    <message>
        <source>%1 also sets %2 (to %3) and is read after %4, so Glance uses that value.</source>
        <translation>%1 setzt %2 ebenfalls (auf %3) und wird nach %4 gelesen, daher verwendet Glance diesen Wert.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>The files disagree on %1 (%2); glance-api and the cache tools must use the same value.</source>
        <translation>Die Dateien weichen bei %1 voneinander ab (%2); glance-api und die Cache-Werkzeuge müssen denselben Wert verwenden.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 sets %2 under [default], which oslo.config ignores: only [DEFAULT] (in capitals) is the default section.</source>
        <translation>%1 setzt %2 unter [default], was oslo.config ignoriert: Nur [DEFAULT] (in Großbuchstaben) ist der Standardabschnitt.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>(not set; default %1)</source>
        <translation>(nicht gesetzt; Standard: %1)</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4 (previous version kept as %5)</source>
        <translation>%1: %2: %3 → %4 (vorherige Version als %5 aufbewahrt)</translation>
    </message>
    <message>
        <source>%1: %2 unchanged (already %3)</source>
        <translation>%1: %2 unverändert (bereits %3)</translation>
    </message>
    <message>
        <source>%1 (cannot be resolved)</source>
        <translation>%1 (nicht auflösbar)</translation>
    </message>
    <message>
        <source>%1 (in the file: %2)</source>
        <translation>%1 (in der Datei: %2)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Cache options</source>
        <translation>Cache-Optionen</translation>
    </message>
    <message>
        <source>Keep glance-api.conf and glance-cache.conf in step (Glance&apos;s documentation requires them to agree)</source>
        <translation>glance-api.conf und glance-cache.conf gleich halten (laut Glance-Dokumentation müssen sie übereinstimmen)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5300&apos;&gt;%1 has %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5300&apos;&gt;In %1: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Changes (*)</source>
        <translation>Änderungen (*)</translation>
    </message>
    <message>
        <source>Nothing changed; nothing to save.</source>
        <translation>Nichts geändert; nichts zu speichern.</translation>
    </message>
    <message>
        <source>Save cache options</source>
        <translation>Cache-Optionen speichern</translation>
    </message>
    <message>
        <source>Write these changes to %1?

A backup of each file is kept next to it. glance-api and the cache tools read the new values when they next start.</source>
        <translation>Diese Änderungen in %1 schreiben?

Von jeder Datei wird daneben eine Sicherungskopie aufbewahrt. glance-api und die Cache-Werkzeuge lesen die neuen Werte beim nächsten Start.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1 (backup: %2).</source>
        <translation>Gespeichert: %1 (Sicherungskopie: %2).</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes you made to the cache options?</source>
        <translation>Die Änderungen an den Cache-Optionen verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Achtung:</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Bearbeitung von %1</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>In der Datei: %1</translation>
    </message>
    <message>
        <source>The text in %1; Glance reads it as the value above.</source>
        <translation>Der Text in %1; Glance liest ihn als den Wert darüber.</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a configuration file is never larger than 16 MiB, so this one is not read.</source>
        <translation>%1 ist %2 MiB groß; eine Konfigurationsdatei ist nie größer als 16 MiB, daher wird diese nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 grew beyond 16 MiB while it was read; it is not read.</source>
        <translation>%1 ist während des Lesens über 16 MiB gewachsen; die Datei wird nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2; nothing was written.</source>
        <translation>Die Sicherungskopie %1 kann nicht erstellt werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 with the original&apos;s owner and mode: %2; nothing was written.</source>
        <translation>Die Sicherungskopie %1 kann nicht mit Eigentümer und Zugriffsrechten des Originals geschrieben werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot find a free backup name next to %1; nothing was written.</source>
        <translation>Neben %1 ist kein freier Name für die Sicherungskopie zu finden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 contains NUL bytes: it is a binary file, not a configuration file.</source>
        <translation>%1 enthält NUL-Bytes: Es ist eine Binärdatei, keine Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>%1 starts with a byte-order mark, which oslo.config reads as part of the first line and then refuses; save the file as UTF-8 without BOM.</source>
        <translation>%1 beginnt mit einer Byte-Order-Markierung (BOM), die oslo.config als Teil der ersten Zeile liest und dann ablehnt; speichern Sie die Datei als UTF-8 ohne BOM.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; oslo.config (and so Glance) could not read it either.</source>
        <translation>%1 ist kein UTF-8-Text; auch oslo.config (und damit Glance) könnte die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unexpected continuation line</source>
        <translation>unerwartete Fortsetzungszeile</translation>
    </message>
    <message>
        <source>invalid section (must end with ])</source>
        <translation>ungültiger Abschnitt (muss mit ] enden)</translation>
    </message>
    <message>
        <source>empty section name</source>
        <translation>leerer Abschnittsname</translation>
    </message>
    <message>
        <source>no &apos;:&apos; or &apos;=&apos; found in assignment</source>
        <translation>kein „:“ oder „=“ in der Zuweisung gefunden</translation>
    </message>
    <message>
        <source>key cannot be empty</source>
        <translation>Schlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>section must be started before assignment</source>
        <translation>vor einer Zuweisung muss ein Abschnitt beginnen</translation>
    </message>
    <message>
        <source>No configuration file is loaded.</source>
        <translation>Es ist keine Konfigurationsdatei geladen.</translation>
    </message>
    <message>
        <source>A section name must be one non-empty line.</source>
        <translation>Ein Abschnittsname muss eine einzelne, nicht leere Zeile sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written as an option name: oslo.config would not read it back as that key.</source>
        <translation>„%1“ kann nicht als Optionsname geschrieben werden: oslo.config würde ihn nicht als diesen Schlüssel zurücklesen.</translation>
    </message>
    <message>
        <source>The value for %1 contains a line break; oslo.config would read what follows as another line of the file.</source>
        <translation>Der Wert für %1 enthält einen Zeilenumbruch; oslo.config würde den Rest als weitere Zeile der Datei lesen.</translation>
    </message>
    <message>
        <source>Writing %1 = %2 into %3 would not read back as that value%4.</source>
        <translation>In %3 geschrieben, würde %1 = %2 nicht als dieser Wert zurückgelesen%4.</translation>
    </message>
    <message>
        <source>%1 was not read from a file, so it cannot be saved.</source>
        <translation>%1 wurde nicht aus einer Datei gelesen und kann daher nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read again before saving: %2</source>
        <translation>%1 kann vor dem Speichern nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed on disk after it was loaded (by another editor, a package upgrade or configuration management); nothing was written. Reload it and make the change again.</source>
        <translation>%1 wurde nach dem Laden auf dem Datenträger geändert (durch einen anderen Editor, ein Paket-Upgrade oder das Konfigurationsmanagement); es wurde nichts geschrieben. Laden Sie die Datei neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system; nothing was written.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is immutable (chattr +i) or otherwise locked against changes; nothing was written.</source>
        <translation>%1 ist unveränderlich (chattr +i) oder auf andere Weise gegen Änderungen gesperrt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not writable for this user (%2); nothing was written.</source>
        <translation>%1 ist für diesen Benutzer (%2) nicht beschreibbar; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create files in %1 (%2), which saving needs for the new version and the backup; nothing was written.</source>
        <translation>In %1 können keine Dateien erstellt werden (%2), was das Speichern für die neue Version und die Sicherungskopie benötigt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>None of the files was changed.</source>
        <translation>Keine der Dateien wurde geändert.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2 failed too: %3.</source>
        <translation>Auch das Wiederherstellen von %1 aus %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>The files already written were put back as they were.</source>
        <translation>Die bereits geschriebenen Dateien wurden in ihren vorherigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <source>Cannot examine %1: %2; nothing was written.</source>
        <translation>%1 kann nicht untersucht werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2; nothing was written.</source>
        <translation>In %1 kann keine temporäre Datei erstellt werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the new version of %1: %2; nothing was written.</source>
        <translation>Die neue Version von %1 kann nicht geschrieben werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot give the new version of %1 its owner and group (uid %2, gid %3): %4. Nothing was written rather than change who owns the file; save it as root or as its owner.</source>
        <translation>Der neuen Version von %1 können Eigentümer und Gruppe (uid %2, gid %3) nicht zugewiesen werden: %4. Statt den Eigentümer der Datei zu ändern, wurde nichts geschrieben; speichern Sie sie als root oder als ihr Eigentümer.</translation>
    </message>
    <message>
        <source>Cannot give the new version of %1 its mode: %2; nothing was written.</source>
        <translation>Der neuen Version von %1 können die Zugriffsrechte nicht zugewiesen werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot flush the new version of %1 to disk: %2; nothing was written.</source>
        <translation>Die neue Version von %1 kann nicht auf den Datenträger geschrieben werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2; nothing was written.</source>
        <translation>%1 kann nicht ersetzt werden: %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Take them from:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>A cloud of clouds.yaml</source>
        <translation>Eine Cloud aus clouds.yaml</translation>
    </message>
    <message>
        <source>Keystone: password or application credential</source>
        <translation>Keystone: Passwort oder Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>A token and an image URL</source>
        <translation>Ein Token und eine Image-URL</translation>
    </message>
    <message>
        <source>An image URL only (Glance without Keystone)</source>
        <translation>Nur eine Image-URL (Glance ohne Keystone)</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>Au&amp;th-URL:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Kept in memory only, never saved</source>
        <translation>Nur im Speicher gehalten, nie gespeichert</translation>
    </message>
    <message>
        <source>P&amp;roject name:</source>
        <translation>P&amp;rojektname:</translation>
    </message>
    <message>
        <source>User &amp;domain name:</source>
        <translation>Benutzer&amp;domäne:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Pro&amp;ject domain name:</source>
        <translation>Pro&amp;jektdomäne:</translation>
    </message>
    <message>
        <source>Application credential &amp;ID:</source>
        <translation>&amp;ID der Anwendungszugangsdaten:</translation>
    </message>
    <message>
        <source>Instead of user name and password</source>
        <translation>Statt Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Application credential &amp;secret:</source>
        <translation>&amp;Geheimnis der Anwendungszugangsdaten:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Image URL:</source>
        <translation>&amp;Image-URL:</translation>
    </message>
    <message>
        <source>I&amp;mage URL:</source>
        <translation>I&amp;mage-URL:</translation>
    </message>
    <message>
        <source>Empty: the first node below; no token is sent</source>
        <translation>Leer: der erste Knoten unten; es wird kein Token gesendet</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>R&amp;egion:</translation>
    </message>
    <message>
        <source>The cloud&apos;s region, or any</source>
        <translation>Die Region der Cloud oder beliebig</translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Leer: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>&amp;Insecure: do not verify TLS certificates</source>
        <translation>Unsicher: TLS-Zertifikate &amp;nicht prüfen</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change the images and steal the credentials. Use a CA bundle instead wherever you can.</source>
        <translation>Jeder auf dem Netzwerkpfad kann die Images lesen und verändern und die Zugangsdaten stehlen. Verwenden Sie stattdessen wo immer möglich ein CA-Bundle.</translation>
    </message>
    <message>
        <source>glance-api nodes</source>
        <translation>glance-api-Knoten</translation>
    </message>
    <message>
        <source>Each node&apos;s own URL, one per line (the catalog usually names only the load balancer):</source>
        <translation>Die eigene URL jedes Knotens, eine pro Zeile (der Katalog nennt meist nur den Load Balancer):</translation>
    </message>
    <message>
        <source>The cloud&apos;s, else public</source>
        <translation>Die der Cloud, sonst public</translation>
    </message>
    <message>
        <source>Looking for clouds.yaml…</source>
        <translation>clouds.yaml wird gesucht…</translation>
    </message>
    <message>
        <source>No clouds.yaml found; a cloud name typed here is looked up when connecting.</source>
        <translation>Keine clouds.yaml gefunden; ein hier eingegebener Cloud-Name wird beim Verbinden gesucht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cloud(s) in %1</source>
        <translation>
            <numerusform>%Ln Cloud in %1</numerusform>
            <numerusform>%Ln Clouds in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The node “%1” is not an http:// or https:// URL.</source>
        <translation>Der Knoten „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Choose a cloud of clouds.yaml, another source of credentials, or at least one node.</source>
        <translation>Wählen Sie eine Cloud aus clouds.yaml, eine andere Quelle für Zugangsdaten oder mindestens einen Knoten.</translation>
    </message>
    <message>
        <source>The auth URL must be an http:// or https:// URL.</source>
        <translation>Die Auth-URL muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>The image URL must be an http:// or https:// URL.</source>
        <translation>Die Image-URL muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>Give an image URL or at least one node.</source>
        <translation>Geben Sie eine Image-URL oder mindestens einen Knoten an.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A cloud of clouds.yaml (merged with secure.yaml).</source>
        <translation>Eine Cloud aus clouds.yaml (zusammengeführt mit secure.yaml).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>password, v3applicationcredential, token, admin_token or none (default: guessed from the other options).</source>
        <translation>password, v3applicationcredential, token, admin_token oder none (Standard: aus den anderen Optionen abgeleitet).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keystone URL, with or without /v3.</source>
        <translation>Keystone-URL, mit oder ohne /v3.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User ID (instead of a user name and domain).</source>
        <translation>Benutzer-ID (statt Benutzername und Domäne).</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>Password (other local users can see command lines: prefer OS_PASSWORD or secure.yaml).</source>
        <translation>Passwort (andere lokale Benutzer können Befehlszeilen sehen: besser OS_PASSWORD oder secure.yaml verwenden).</translation>
    </message>
    <message>
        <source>Project to scope the token to.</source>
        <translation>Projekt, auf das das Token beschränkt wird.</translation>
    </message>
    <message>
        <source>Project ID to scope the token to.</source>
        <translation>ID des Projekts, auf das das Token beschränkt wird.</translation>
    </message>
    <message>
        <source>Domain of the user (default: the domain ID &quot;default&quot;).</source>
        <translation>Domäne des Benutzers (Standard: die Domänen-ID „default“).</translation>
    </message>
    <message>
        <source>Domain ID of the user.</source>
        <translation>Domänen-ID des Benutzers.</translation>
    </message>
    <message>
        <source>Domain of the project (default: the domain ID &quot;default&quot;).</source>
        <translation>Domäne des Projekts (Standard: die Domänen-ID „default“).</translation>
    </message>
    <message>
        <source>Domain ID of the project.</source>
        <translation>Domänen-ID des Projekts.</translation>
    </message>
    <message>
        <source>Application credential ID.</source>
        <translation>ID der Anwendungszugangsdaten.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>Application credential secret.</source>
        <translation>Secret der Anwendungszugangsdaten.</translation>
    </message>
    <message>
        <source>Region of the image endpoint.</source>
        <translation>Region des Image-Endpunkts.</translation>
    </message>
    <message>
        <source>INTERFACE</source>
        <translation>SCHNITTSTELLE</translation>
    </message>
    <message>
        <source>Endpoint interface: public (default), internal or admin.</source>
        <translation>Endpunkt-Schnittstelle: public (Standard), internal oder admin.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>An existing token; with --os-image-url it is used as is.</source>
        <translation>Ein vorhandenes Token; mit --os-image-url wird es unverändert verwendet.</translation>
    </message>
    <message>
        <source>Image API endpoint, instead of the catalog&apos;s; alone, for a Glance without Keystone.</source>
        <translation>Endpunkt der Image-API statt des Endpunkts aus dem Katalog; allein für ein Glance ohne Keystone.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>CA bundle (PEM) to verify TLS certificates with.</source>
        <translation>CA-Bundle (PEM), mit dem TLS-Zertifikate geprüft werden.</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (unsafe: for test clouds only).</source>
        <translation>TLS-Zertifikate nicht prüfen (unsicher: nur für Test-Clouds).</translation>
    </message>
    <message>
        <source>The interface &quot;%1&quot; (--os-interface) is not one of public, internal or admin.</source>
        <translation>Die Schnittstelle „%1“ (--os-interface) ist weder public noch internal noch admin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (--%2) is not an http:// or https:// URL.</source>
        <translation>„%1“ (--%2) ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>auth_type %1 needs a token (--os-auth-token) and an image URL (--os-image-url).</source>
        <translation>auth_type %1 braucht ein Token (--os-auth-token) und eine Image-URL (--os-image-url).</translation>
    </message>
    <message>
        <source>The authentication type &quot;%1&quot; is not supported. Supported: password, v3password, v3applicationcredential, token, v3token, admin_token, none.</source>
        <translation>Der Authentifizierungstyp „%1“ wird nicht unterstützt. Unterstützt: password, v3password, v3applicationcredential, token, v3token, admin_token, none.</translation>
    </message>
    <message>
        <source>A token (--os-auth-token) needs either the image URL it is for (--os-image-url) or a Keystone URL (--os-auth-url) to get the service catalog from.</source>
        <translation>Ein Token (--os-auth-token) braucht entweder die Image-URL, für die es gilt (--os-image-url), oder eine Keystone-URL (--os-auth-url), von der der Dienstkatalog geholt wird.</translation>
    </message>
    <message>
        <source>No connection settings were given. Use --os-cloud (or OS_CLOUD) for a cloud of clouds.yaml, --os-auth-url with a user name and password or an application credential, or --os-image-url for a Glance without Keystone.</source>
        <translation>Es wurden keine Verbindungseinstellungen angegeben. Verwenden Sie --os-cloud (oder OS_CLOUD) für eine Cloud aus clouds.yaml, --os-auth-url mit Benutzername und Passwort oder mit Anwendungszugangsdaten, oder --os-image-url für ein Glance ohne Keystone.</translation>
    </message>
    <message>
        <source>%1 needs %2 (--%3 or %4).</source>
        <translation>%1 braucht %2 (--%3 oder %4).</translation>
    </message>
    <message>
        <source>the image URL</source>
        <translation>die Image-URL</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>einen Benutzernamen</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>an application credential ID</source>
        <translation>eine ID der Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>an application credential secret</source>
        <translation>ein Secret der Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>ein Token</translation>
    </message>
    <message>
        <source>the Keystone URL</source>
        <translation>die Keystone-URL</translation>
    </message>
    <message>
        <source>Access without authentication</source>
        <translation>Zugriff ohne Authentifizierung</translation>
    </message>
    <message>
        <source>Token authentication</source>
        <translation>Token-Authentifizierung</translation>
    </message>
    <message>
        <source>Password authentication</source>
        <translation>Passwort-Authentifizierung</translation>
    </message>
    <message>
        <source>Application credential authentication</source>
        <translation>Authentifizierung mit Anwendungszugangsdaten</translation>
    </message>
    <message>
        <source>Keystone token authentication</source>
        <translation>Keystone-Token-Authentifizierung</translation>
    </message>
</context>
<context>
    <name>DefaultCache</name>
    <message>
        <source>%1 names %2, which does not exist yet.</source>
        <translation>%1 verweist auf %2, das noch nicht existiert.</translation>
    </message>
    <message>
        <source>Showing the demo cache: %1</source>
        <translation>Demo-Cache wird angezeigt: %1</translation>
    </message>
    <message>
        <source>--driver needs --cache-dir.</source>
        <translation>--driver erfordert --cache-dir.</translation>
    </message>
</context>
<context>
    <name>DemoCache</name>
    <message>
        <source>Cannot replace the demo cache in %1.</source>
        <translation>Der Demo-Cache in %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot create the demo cache in %1.</source>
        <translation>Der Demo-Cache in %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the demo cache database: %1</source>
        <translation>Die Datenbank des Demo-Caches kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>DownloadsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download läuft</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Already cached</source>
        <translation>Bereits im Cache</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Datenrate</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected downloads; what they received goes to invalid/</source>
        <translation>Die ausgewählten Downloads abbrechen; was sie bereits empfangen haben, kommt nach invalid/</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>A&amp;lle abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>No downloads. Fetch queued or selected images from the Queued tab.</source>
        <translation>Keine Downloads. Laden Sie die Images der Warteschlange oder ausgewählte Images über den Reiter Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s) done</source>
        <translation>
            <numerusform>%1 von %Ln Image fertig</numerusform>
            <numerusform>%1 von %Ln Images fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>At once: </source>
        <translation>Gleichzeitig: </translation>
    </message>
    <message>
        <source>How many images download at the same time</source>
        <translation>Wie viele Images gleichzeitig geladen werden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) failed; the Message column and its tooltips say why.</source>
        <translation>
            <numerusform>%Ln Image ist fehlgeschlagen; die Spalte „Meldung“ und ihre Tooltips nennen den Grund.</numerusform>
            <numerusform>%Ln Images sind fehlgeschlagen; die Spalte „Meldung“ und ihre Tooltips nennen den Grund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverDetection</name>
    <message>
        <source>image_cache_driver is not set, so it depends on the Glance release: 2024.1 and later use centralized_db when %1 has the image cache tables, older releases sqlite. That database could not be asked: %2 Set image_cache_driver, or choose with --driver centralized_db or --driver sqlite.</source>
        <translation>image_cache_driver ist nicht gesetzt, der Treiber hängt also von der Glance-Version ab: ab 2024.1 centralized_db, wenn %1 die Image-Cache-Tabellen enthält, bei älteren Versionen sqlite. Diese Datenbank konnte nicht befragt werden: %2 Setzen Sie image_cache_driver oder wählen Sie mit --driver centralized_db oder --driver sqlite.</translation>
    </message>
    <message>
        <source>image_cache_driver is not set; [database] connection has the image cache tables of Glance 2024.1 and later, whose default driver is centralized_db: this node&apos;s records are read from there.</source>
        <translation>image_cache_driver ist nicht gesetzt; die Datenbank von [database] connection enthält die Image-Cache-Tabellen von Glance 2024.1 und neuer, deren Standardtreiber centralized_db ist: die Einträge dieses Knotens werden dort gelesen.</translation>
    </message>
    <message>
        <source>image_cache_driver is not set and %1 has no image cache tables (a schema older than Glance 2024.1): the %2 driver of earlier releases is assumed.</source>
        <translation>image_cache_driver ist nicht gesetzt und %1 hat keine Image-Cache-Tabellen (ein Schema älter als Glance 2024.1): der Treiber %2 früherer Versionen wird angenommen.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The image&apos;s name in Glance&apos;s image list, looked up once per connection (View → Refresh Names).</source>
        <translation>Der Name des Images in der Image-Liste von Glance, einmal je Verbindung abgefragt (Ansicht → Namen aktualisieren).</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>Spalten an Inhalt anpassen</translation>
    </message>
    <message>
        <source>Names are looked up in Glance&apos;s image list once a connection is set up (Remote → Connection…).</source>
        <translation>Die Namen werden in der Image-Liste von Glance abgefragt, sobald eine Verbindung eingerichtet ist (Remote → Verbindung…).</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Nothing is queued; give image IDs to fetch.</source>
        <translation>Nichts in der Warteschlange; geben Sie die IDs der zu ladenden Images an.</translation>
    </message>
    <message>
        <source> ETA %1 s</source>
        <translation> noch %1 s</translation>
    </message>
    <message>
        <source>warning: TLS certificates are not verified (--insecure): anyone on the path can read or alter the images and the token. For test clouds only.</source>
        <translation>Warnung: TLS-Zertifikate werden nicht geprüft (--insecure): Jeder auf dem Netzwerkpfad kann die Images und das Token lesen oder verändern. Nur für Test-Clouds.</translation>
    </message>
    <message>
        <source>Nothing is cached; there is nothing to verify.</source>
        <translation>Nichts im Cache; es gibt nichts zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached image(s) do not match Glance&apos;s checksums; run verify again with --yes to delete them.</source>
        <translation>
            <numerusform>%Ln Image im Cache stimmt nicht mit den Prüfsummen von Glance überein; führen Sie verify erneut mit --yes aus, um es zu löschen.</numerusform>
            <numerusform>%Ln Images im Cache stimmen nicht mit den Prüfsummen von Glance überein; führen Sie verify erneut mit --yes aus, um sie zu löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln cached image(s) that do not match?</source>
        <translation>
            <numerusform>%Ln abweichendes Image im Cache löschen?</numerusform>
            <numerusform>Die %Ln abweichenden Images im Cache löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchFiles</name>
    <message>
        <source>Image %1 needs %2 but only %3 are free on the filesystem of %4.</source>
        <translation>Image %1 braucht %2, aber auf dem Dateisystem von %4 sind nur %3 frei.</translation>
    </message>
    <message>
        <source>MD5 mismatch: Glance records %1, the data has %2.</source>
        <translation>MD5 stimmt nicht überein: Glance verzeichnet %1, die Daten ergeben %2.</translation>
    </message>
    <message>
        <source>%1 mismatch: the data does not match the image&apos;s os_hash_value.</source>
        <translation>%1 stimmt nicht überein: Die Daten passen nicht zum os_hash_value des Images.</translation>
    </message>
    <message>
        <source>The data does not match the Content-MD5 header %1.</source>
        <translation>Die Daten passen nicht zum Content-MD5-Header %1.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Verified, but not committed: %1</source>
        <translation>Geprüft, aber nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>FetchService</name>
    <message>
        <source>Downloads into %1 are still running. Wait for them or cancel them first.</source>
        <translation>Downloads nach %1 laufen noch. Warten Sie, bis sie fertig sind, oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>No image was fetched: %1</source>
        <translation>Es wurde kein Image abgerufen: %1</translation>
    </message>
</context>
<context>
    <name>GlanceApi</name>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL of a Glance API.</source>
        <translation>„%1“ ist keine http- oder https-URL einer Glance-API.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Glance API: %2</source>
        <translation>%1 antwortet nicht wie eine Glance-API: %2</translation>
    </message>
    <message>
        <source>%1 sent a cache listing that cannot be read: %2</source>
        <translation>%1 hat eine Cache-Liste gesendet, die nicht gelesen werden kann: %2</translation>
    </message>
    <message>
        <source>prune its cache through the API</source>
        <translation>seinen Cache über die API ausdünnen</translation>
    </message>
    <message>
        <source>%1 pruned but its report cannot be read: %2</source>
        <translation>%1 hat ausgedünnt, aber sein Bericht kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>clean its cache through the API</source>
        <translation>seinen Cache über die API bereinigen</translation>
    </message>
    <message>
        <source>%1 sent image details that cannot be read: %2</source>
        <translation>%1 hat Image-Details gesendet, die nicht gelesen werden können: %2</translation>
    </message>
    <message>
        <source>%1 sent an image list that cannot be read: %2</source>
        <translation>%1 hat eine Image-Liste gesendet, die nicht gelesen werden kann: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps sending the same page of its image list; stopped after %Ln page(s).</source>
        <translation>
            <numerusform>%1 sendet immer wieder dieselbe Seite seiner Image-Liste; nach %Ln Seite abgebrochen.</numerusform>
            <numerusform>%1 sendet immer wieder dieselbe Seite seiner Image-Liste; nach %Ln Seiten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no URL)</source>
        <translation>(keine URL)</translation>
    </message>
    <message>
        <source>The answer has no &quot;versions&quot; list.</source>
        <translation>Die Antwort enthält keine Liste „versions“.</translation>
    </message>
    <message>
        <source>The version list is empty.</source>
        <translation>Die Versionsliste ist leer.</translation>
    </message>
    <message>
        <source>The answer has no &quot;cached_images&quot; list.</source>
        <translation>Die Antwort enthält keine Liste „cached_images“.</translation>
    </message>
    <message>
        <source>The image has no valid &quot;id&quot;.</source>
        <translation>Das Image hat keine gültige „id“.</translation>
    </message>
    <message>
        <source>The answer has no &quot;images&quot; list.</source>
        <translation>Die Antwort enthält keine Liste „images“.</translation>
    </message>
    <message>
        <source>%1 cannot %2: that needs Glance image API 2.18 or later, and this node is older.</source>
        <translation>%1 kann nicht %2: Dafür ist die Glance-Image-API 2.18 oder neuer nötig, und dieser Knoten ist älter.</translation>
    </message>
    <message>
        <source>%1 has no image cache API (HTTP 404): caching is not enabled at this site (image_cache_dir is not set) or the node is older than Glance Yoga.</source>
        <translation>%1 hat keine Image-Cache-API (HTTP 404): Caching ist an diesem Standort nicht aktiviert (image_cache_dir ist nicht gesetzt), oder der Knoten ist älter als Glance Yoga.</translation>
    </message>
    <message>
        <source>%1 rejected the token (HTTP 401): it has expired or belongs to another cloud. Get a new token and try again.</source>
        <translation>%1 hat das Token abgelehnt (HTTP 401): Es ist abgelaufen oder gehört zu einer anderen Cloud. Holen Sie ein neues Token und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 needs a token (HTTP 401): this deployment uses Keystone, so sign in first.</source>
        <translation>%1 verlangt ein Token (HTTP 401): Diese Installation verwendet Keystone, melden Sie sich also zuerst an.</translation>
    </message>
    <message>
        <source>%1 does not let you list its cache (HTTP 403): the cache API needs the cache_list policy (admin only by default).</source>
        <translation>%1 erlaubt Ihnen nicht, seinen Cache aufzulisten (HTTP 403): Die Cache-API braucht die Richtlinie cache_list (standardmäßig nur für Administratoren).</translation>
    </message>
    <message>
        <source>%1 does not let you cache image %2 (HTTP 403): the cache API needs the cache_image policy (admin only by default).</source>
        <translation>%1 erlaubt Ihnen nicht, Image %2 zu cachen (HTTP 403): Die Cache-API braucht die Richtlinie cache_image (standardmäßig nur für Administratoren).</translation>
    </message>
    <message>
        <source>%1 does not let you remove images from its cache (HTTP 403): the cache API needs the cache_delete policy (admin only by default).</source>
        <translation>%1 erlaubt Ihnen nicht, Images aus seinem Cache zu entfernen (HTTP 403): Die Cache-API braucht die Richtlinie cache_delete (standardmäßig nur für Administratoren).</translation>
    </message>
    <message>
        <source>%1 does not let you manage its cache (HTTP 403): the cache API needs the cache_list, cache_image and cache_delete policies (admin only by default).</source>
        <translation>%1 erlaubt Ihnen nicht, seinen Cache zu verwalten (HTTP 403): Die Cache-API braucht die Richtlinien cache_list, cache_image und cache_delete (standardmäßig nur für Administratoren).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): your roles do not allow it.</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP 403): Ihre Rollen erlauben sie nicht.</translation>
    </message>
    <message>
        <source>%1 does not let you see image %2 (HTTP 403).</source>
        <translation>%1 erlaubt Ihnen nicht, Image %2 zu sehen (HTTP 403).</translation>
    </message>
    <message>
        <source>Caching is not enabled at this site: %1 has no image_cache_dir (HTTP 404).</source>
        <translation>Caching ist an diesem Standort nicht aktiviert: %1 hat kein image_cache_dir (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 does not answer like a Glance API (HTTP 404): check the URL.</source>
        <translation>%1 antwortet nicht wie eine Glance-API (HTTP 404): Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>Image %1 is not known to %2 (HTTP 404).</source>
        <translation>Image %1 ist %2 nicht bekannt (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 cannot cache image %2 (HTTP 400): only active images (with uploaded data, not deactivated) can be cached.</source>
        <translation>%1 kann Image %2 nicht cachen (HTTP 400): Nur aktive Images (mit hochgeladenen Daten, nicht deaktiviert) können gecacht werden.</translation>
    </message>
    <message>
        <source>%1 rejected the clear target (HTTP 400): it accepts only &quot;cache&quot;, &quot;queue&quot; or no target for both.</source>
        <translation>%1 hat das Ziel des Leerens abgelehnt (HTTP 400): Es akzeptiert nur „cache“, „queue“ oder kein Ziel für beides.</translation>
    </message>
    <message>
        <source>%1 rejected the request as malformed (HTTP 400).</source>
        <translation>%1 hat die Anfrage als fehlerhaft abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>%1 is unavailable (HTTP %2): glance-api is down or overloaded, or a proxy in front of it cannot reach it.</source>
        <translation>%1 ist nicht verfügbar (HTTP %2): glance-api ist ausgefallen oder überlastet, oder ein vorgeschalteter Proxy erreicht es nicht.</translation>
    </message>
    <message>
        <source>%1 failed with an internal error (HTTP %2): its glance-api log says why.</source>
        <translation>%1 ist mit einem internen Fehler gescheitert (HTTP %2): Das glance-api-Log nennt den Grund.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 hat mit dem unerwarteten HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 Glance said: “%2”</source>
        <translation>%1 Glance meldete: „%2“</translation>
    </message>
    <message>
        <source>%1 refused the connection: glance-api is not running there, or listens on another port.</source>
        <translation>%1 hat die Verbindung abgelehnt: glance-api läuft dort nicht oder lauscht auf einem anderen Port.</translation>
    </message>
    <message>
        <source>%1 closed or reset the connection before answering: glance-api may be restarting, or the URL says http for a TLS port.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen oder zurückgesetzt: glance-api startet vielleicht gerade neu, oder die URL nennt http für einen TLS-Port.</translation>
    </message>
    <message>
        <source>The host name of %1 cannot be resolved.</source>
        <translation>Der Hostname von %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Give the CA bundle that signed it, or turn verification off for a test cloud only.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2. Geben Sie das CA-Bundle an, das es signiert hat, oder schalten Sie die Prüfung ab – nur für eine Test-Cloud.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): check that the port speaks https.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2): Prüfen Sie, ob der Port https spricht.</translation>
    </message>
    <message>
        <source>The proxy on the way to %1 failed (%2): check http_proxy, https_proxy and no_proxy.</source>
        <translation>Der Proxy auf dem Weg zu %1 ist fehlgeschlagen (%2): Prüfen Sie http_proxy, https_proxy und no_proxy.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 has no data for image %2 (HTTP 204).</source>
        <translation>%1 hat keine Daten für Image %2 (HTTP 204).</translation>
    </message>
    <message>
        <source>%1 does not find the data of image %2 (HTTP 404).</source>
        <translation>%1 findet die Daten von Image %2 nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>The image store behind %1 is unavailable (HTTP 503).</source>
        <translation>Der Image-Speicher hinter %1 ist nicht verfügbar (HTTP 503).</translation>
    </message>
    <message>
        <source>%1 does not let you download image %2 (HTTP 403): it may be deactivated.</source>
        <translation>%1 lässt Sie Image %2 nicht herunterladen (HTTP 403): Es ist vielleicht deaktiviert.</translation>
    </message>
    <message>
        <source>%1 redirects to another host or scheme, which is not followed: the token would go there. Give the address it redirects to as the URL if you trust it.</source>
        <translation>%1 leitet auf einen anderen Host oder ein anderes Schema um; dem wird nicht gefolgt, denn das Token ginge dorthin. Geben Sie die Zieladresse als URL an, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not followed: the token would go to another host or scheme. Give that address as the URL if you trust it.</source>
        <translation>%1 leitet auf %2 um; dem wird nicht gefolgt, denn das Token ginge an einen anderen Host oder ein anderes Schema. Geben Sie diese Adresse als URL an, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop: check the URL and the proxy in front of glance-api.</source>
        <translation>%1 leitet im Kreis um: prüfen Sie die URL und den Proxy vor glance-api.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is issued for another host name: %2. Use the name the certificate lists (the one in the Keystone catalog), not an address or an alias.</source>
        <translation>Das TLS-Zertifikat von %1 ist für einen anderen Hostnamen ausgestellt: %2. Verwenden Sie den Namen, den das Zertifikat nennt (den aus dem Keystone-Katalog), keine Adresse und keinen Alias.</translation>
    </message>
    <message>
        <source>%1 broke off its answer (HTTP %2) after %3 bytes: it was cut short, so it was not used. Try again; if it keeps happening, a proxy in between or the glance-api log says why.</source>
        <translation>%1 hat seine Antwort (HTTP %2) nach %3 Bytes abgebrochen: Sie war unvollständig und wurde nicht verwendet. Versuchen Sie es erneut; wenn es wieder passiert, verrät ein Proxy dazwischen oder das glance-api-Log den Grund.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2, far more than any Glance API answer: it was dropped (is this URL a glance-api?).</source>
        <translation>%1 hat eine Antwort von mehr als %2 gesendet, weit mehr als jede Antwort der Glance-API: Sie wurde verworfen (ist diese URL wirklich ein glance-api?).</translation>
    </message>
    <message>
        <source>Try again in %1 s, as the server asks (Retry-After).</source>
        <translation>Versuchen Sie es in %1 s erneut, wie der Server es verlangt (Retry-After).</translation>
    </message>
    <message>
        <source>Try again after %1 UTC, as the server asks (Retry-After).</source>
        <translation>Versuchen Sie es nach %1 UTC erneut, wie der Server es verlangt (Retry-After).</translation>
    </message>
</context>
<context>
    <name>HealthBars</name>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more finding(s) in the Health panel.</source>
        <translation>
            <numerusform>%Ln weiterer Befund in der Zustandsprüfung.</numerusform>
            <numerusform>%Ln weitere Befunde in der Zustandsprüfung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>The cache directory %1 does not exist or is not a directory</source>
        <translation>Das Cache-Verzeichnis %1 existiert nicht oder ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>glance-api creates it at start-up only when it may write to its parent; create it owned by the glance user (mode 0755) or fix image_cache_dir.</source>
        <translation>glance-api legt es beim Start nur an, wenn es in das übergeordnete Verzeichnis schreiben darf; legen Sie es mit dem Benutzer glance als Eigentümer an (Modus 0755) oder korrigieren Sie image_cache_dir.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos; on this system</source>
        <translation>Auf diesem System gibt es keinen Benutzer „%1“</translation>
    </message>
    <message>
        <source>glance-api normally runs as this user; its permissions were not checked, only the directory owner&apos;s.</source>
        <translation>glance-api läuft normalerweise unter diesem Benutzer; seine Rechte wurden nicht geprüft, nur die des Verzeichniseigentümers.</translation>
    </message>
    <message>
        <source>The owner of %1 cannot write to it (mode %2)</source>
        <translation>Der Eigentümer von %1 kann nicht hineinschreiben (Modus %2)</translation>
    </message>
    <message>
        <source>Glance writes every download into this directory; give the owner write and search permission (chmod u+wx).</source>
        <translation>Glance schreibt jeden Download in dieses Verzeichnis; geben Sie dem Eigentümer Schreib- und Durchsuchrecht (chmod u+wx).</translation>
    </message>
    <message numerus="yes">
        <source>The user %1 (glance-api) cannot use %Ln path(s) of the cache</source>
        <translation>
            <numerusform>Der Benutzer %1 (glance-api) kann %Ln Pfad des Caches nicht verwenden</numerusform>
            <numerusform>Der Benutzer %1 (glance-api) kann %Ln Pfade des Caches nicht verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>glance-api needs to search every parent directory and to write the cache directory, its subdirectories and cache.db; downloads are not cached until it can. Change the owner or mode of the listed paths.</source>
        <translation>glance-api muss jedes übergeordnete Verzeichnis durchsuchen und in das Cache-Verzeichnis, seine Unterverzeichnisse und cache.db schreiben können; bis dahin werden Downloads nicht gecacht. Ändern Sie Eigentümer oder Modus der aufgeführten Pfade.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cache subdirectory(s) missing</source>
        <translation>
            <numerusform>%Ln Cache-Unterverzeichnis fehlt</numerusform>
            <numerusform>%Ln Cache-Unterverzeichnisse fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>glance-api creates incomplete/, invalid/ and queue/ when it starts; it has not started on this directory yet, or something removed them.</source>
        <translation>glance-api legt incomplete/, invalid/ und queue/ beim Start an; es wurde auf diesem Verzeichnis noch nicht gestartet, oder etwas hat sie entfernt.</translation>
    </message>
    <message>
        <source>User extended attributes are not supported: Glance uses sqlite instead of xattr</source>
        <translation>Erweiterte Benutzerattribute werden nicht unterstützt: Glance verwendet sqlite statt xattr</translation>
    </message>
    <message>
        <source>The cache was written by the xattr driver but sqlite is configured</source>
        <translation>Der Cache wurde vom Treiber xattr geschrieben, aber sqlite ist konfiguriert</translation>
    </message>
    <message>
        <source>Its files carry user.hits and there is no cache.db: with sqlite every file is unrecorded, counted and never pruned. Set image_cache_driver = xattr, or clear the cache.</source>
        <translation>Seine Dateien tragen user.hits, und es gibt keine cache.db: Mit sqlite ist jede Datei ohne Eintrag, wird mitgezählt und nie ausgedünnt. Setzen Sie image_cache_driver = xattr oder leeren Sie den Cache.</translation>
    </message>
    <message>
        <source>A cache.db from the sqlite driver is left over</source>
        <translation>Eine cache.db des Treibers sqlite ist übrig geblieben</translation>
    </message>
    <message>
        <source>glance-api&apos;s xattr probe left a &apos;checkme&apos; file</source>
        <translation>Der xattr-Test von glance-api hat eine Datei „checkme“ hinterlassen</translation>
    </message>
    <message>
        <source>The probe deletes it only when user extended attributes work, so at some start-up they did not. It counts as cache and is never pruned; delete it once the filesystem supports user xattrs.</source>
        <translation>Der Test löscht sie nur, wenn erweiterte Benutzerattribute funktionieren; bei einem Start war das also nicht der Fall. Sie zählt als Cache und wird nie ausgedünnt; löschen Sie sie, sobald das Dateisystem Benutzer-xattrs unterstützt.</translation>
    </message>
    <message>
        <source>%1 is mounted noatime</source>
        <translation>%1 ist mit noatime eingehängt</translation>
    </message>
    <message>
        <source>The xattr driver takes the last access from the file&apos;s atime, which noatime freezes: the pruner then evicts the oldest-cached images instead of the least recently used. Remount with relatime (the default) or strictatime.</source>
        <translation>Der Treiber xattr entnimmt den letzten Zugriff der atime der Datei, die noatime einfriert: glance-cache-pruner entfernt dann die am frühesten gecachten Images statt der am längsten nicht genutzten. Hängen Sie es mit relatime (Standard) oder strictatime neu ein.</translation>
    </message>
    <message>
        <source>The sqlite driver records accesses itself, so this does not matter now; it would if you switched to the xattr driver.</source>
        <translation>Der Treiber sqlite zeichnet Zugriffe selbst auf, daher spielt das derzeit keine Rolle; beim Wechsel zum Treiber xattr schon.</translation>
    </message>
    <message>
        <source>%1 does not exist yet</source>
        <translation>%1 existiert noch nicht</translation>
    </message>
    <message>
        <source>glance-api creates it when it starts with the sqlite driver; until then no image is recorded.</source>
        <translation>glance-api legt sie an, wenn es mit dem Treiber sqlite startet; bis dahin ist kein Image verzeichnet.</translation>
    </message>
    <message>
        <source>Glance fails on every cache operation too. Fix its permissions, or stop glance-api and move the file aside so that Glance creates a new one.</source>
        <translation>Auch Glance scheitert bei jeder Cache-Operation. Korrigieren Sie die Rechte der Datei oder beenden Sie glance-api und verschieben Sie die Datei, damit Glance eine neue anlegt.</translation>
    </message>
    <message>
        <source>This is not the database Glance&apos;s sqlite driver creates (was image_cache_sqlite_db pointed at another file?). Stop glance-api and move it aside so that Glance creates its own.</source>
        <translation>Das ist nicht die Datenbank, die der sqlite-Treiber von Glance anlegt (verweist image_cache_sqlite_db auf eine andere Datei?). Beenden Sie glance-api und verschieben Sie sie, damit Glance eine eigene anlegt.</translation>
    </message>
    <message>
        <source>Glance waits only about 2 s for this lock, so its cache operations fail while it lasts. Find the process holding it (fuser %1) and end its transaction.</source>
        <translation>Glance wartet nur etwa 2 s auf diese Sperre, daher schlagen seine Cache-Operationen fehl, solange sie besteht. Suchen Sie den Prozess, der sie hält (fuser %1), und beenden Sie seine Transaktion.</translation>
    </message>
    <message>
        <source>%1 has the journal of an interrupted transaction</source>
        <translation>%1 hat das Journal einer unterbrochenen Transaktion</translation>
    </message>
    <message>
        <source>glance-api rolls it back on its next cache operation; until then read-only readers such as this tool cannot read the records. If it stays, run any cache command as the glance user.</source>
        <translation>glance-api rollt die Transaktion bei seiner nächsten Cache-Operation zurück; bis dahin können reine Leser wie dieses Werkzeug die Einträge nicht lesen. Bleibt das Journal bestehen, führen Sie einen beliebigen Cache-Befehl als Benutzer glance aus.</translation>
    </message>
    <message>
        <source>The cache cannot be read</source>
        <translation>Der Cache kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached file(s) without a record (%1)</source>
        <translation>
            <numerusform>%Ln Datei im Cache ohne Eintrag (%1)</numerusform>
            <numerusform>%Ln Dateien im Cache ohne Eintrag (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance serves and counts them but can never prune them; enough of them make every prune evict all recorded images. Delete them (glance-cachectl delete ID).</source>
        <translation>Glance liefert sie aus und zählt sie mit, kann sie aber nie ausdünnen; sind es genug, entfernt jedes Ausdünnen alle verzeichneten Images. Löschen Sie sie (glance-cachectl delete ID).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in cache.db without a file</source>
        <translation>
            <numerusform>%Ln Eintrag in cache.db ohne Datei</numerusform>
            <numerusform>%Ln Einträge in cache.db ohne Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance lists these images as cached though they are not, and prunes them as 0 bytes. Delete them (glance-cachectl delete ID) to make the list true.</source>
        <translation>Glance führt diese Images als gecacht auf, obwohl sie es nicht sind, und dünnt sie als 0 Bytes aus. Löschen Sie sie (glance-cachectl delete ID), damit die Liste stimmt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign file(s) in the cache directory (%1)</source>
        <translation>
            <numerusform>%Ln fremde Datei im Cache-Verzeichnis (%1)</numerusform>
            <numerusform>%Ln fremde Dateien im Cache-Verzeichnis (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Temporary files, backups and SQLite journal or WAL leftovers in the base directory count as cache, can never be pruned and are deleted by a cache clear. Move them out of %1.</source>
        <translation>Temporäre Dateien, Sicherungskopien und Reste von SQLite-Journal oder -WAL im Basisverzeichnis zählen als Cache, können nie ausgedünnt werden und werden beim Leeren des Caches gelöscht. Verschieben Sie sie aus %1.</translation>
    </message>
    <message>
        <source>Lock files are kept in the cache directory</source>
        <translation>Sperrdateien liegen im Cache-Verzeichnis</translation>
    </message>
    <message>
        <source>oslo.concurrency puts them here when [oslo_concurrency] lock_path is not set; they count as cache. Set lock_path to keep them elsewhere.</source>
        <translation>oslo.concurrency legt sie hier ab, wenn [oslo_concurrency] lock_path nicht gesetzt ist; sie zählen als Cache. Setzen Sie lock_path, um sie anderswo abzulegen.</translation>
    </message>
    <message>
        <source>The cache is over its limit: %1 of %2</source>
        <translation>Der Cache liegt über seinem Limit: %1 von %2</translation>
    </message>
    <message>
        <source>Only glance-cache-pruner enforces image_cache_max_size: run it from cron (or glance-cachectl prune).</source>
        <translation>Nur glance-cache-pruner setzt image_cache_max_size durch: Führen Sie es per Cron aus (oder glance-cachectl prune).</translation>
    </message>
    <message>
        <source>Only %1 free, but the cache may grow by %2 before the pruner acts</source>
        <translation>Nur %1 frei, aber der Cache darf um %2 wachsen, bevor glance-cache-pruner eingreift</translation>
    </message>
    <message>
        <source>The filesystem fills up before the cache reaches image_cache_max_size, so downloads fail for lack of space first. Lower image_cache_max_size below %1 or free space.</source>
        <translation>Das Dateisystem ist voll, bevor der Cache image_cache_max_size erreicht, daher scheitern Downloads zuerst an Platzmangel. Senken Sie image_cache_max_size unter %1 oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Free space (%1) is smaller than image_cache_max_size (%2)</source>
        <translation>Der freie Speicher (%1) ist kleiner als image_cache_max_size (%2)</translation>
    </message>
    <message>
        <source>That is enough for now: the cache holds %1 and may grow only by %2 more before the pruner acts. Other data on the filesystem could still take that room.</source>
        <translation>Das reicht vorerst: Der Cache belegt %1 und darf nur noch um %2 wachsen, bevor glance-cache-pruner eingreift. Andere Daten im Dateisystem könnten diesen Platz jedoch belegen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled download(s) older than image_cache_stall_time (%1 s)</source>
        <translation>
            <numerusform>%Ln hängender Download älter als image_cache_stall_time (%1 s)</numerusform>
            <numerusform>%Ln hängende Downloads älter als image_cache_stall_time (%1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>glance-cache-cleaner removes them; it is not running. Run it from cron (or glance-cachectl clean).</source>
        <translation>glance-cache-cleaner entfernt sie; es läuft nicht. Führen Sie es per Cron aus (oder glance-cachectl clean).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed download(s) piling up in invalid/ (%1)</source>
        <translation>
            <numerusform>%Ln fehlgeschlagener Download sammelt sich in invalid/ (%1)</numerusform>
            <numerusform>%Ln fehlgeschlagene Downloads sammeln sich in invalid/ (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 files or %2 means glance-cache-cleaner is not running. Run it from cron (or glance-cachectl clean), and look at why downloads fail.</source>
        <translation>Mehr als %1 Dateien oder %2 bedeuten, dass glance-cache-cleaner nicht läuft. Führen Sie es per Cron aus (oder glance-cachectl clean) und prüfen Sie, warum Downloads fehlschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln path(s) not owned by the cache directory&apos;s owner</source>
        <translation>
            <numerusform>%Ln Pfad gehört nicht dem Eigentümer des Cache-Verzeichnisses</numerusform>
            <numerusform>%Ln Pfade gehören nicht dem Eigentümer des Cache-Verzeichnisses</numerusform>
        </translation>
    </message>
    <message>
        <source>Files created as another user (often root) may be impossible for glance-api to update, prune or delete. Give them the cache&apos;s owner (chown --reference=%1).</source>
        <translation>Dateien, die als anderer Benutzer (oft root) angelegt wurden, kann glance-api womöglich nicht aktualisieren, ausdünnen oder löschen. Übertragen Sie sie an den Eigentümer des Caches (chown --reference=%1).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No configuration file given</source>
        <translation>Keine Konfigurationsdatei angegeben</translation>
    </message>
    <message>
        <source>Only the directory was checked. Give glance-api.conf and glance-cache.conf (--config-file) to also check the cache options, the paste_deploy flavor and whether the two files agree.</source>
        <translation>Nur das Verzeichnis wurde geprüft. Geben Sie glance-api.conf und glance-cache.conf an (--config-file), um auch die Cache-Optionen, den paste_deploy-Flavor und die Übereinstimmung beider Dateien zu prüfen.</translation>
    </message>
    <message>
        <source>A configuration file cannot be read</source>
        <translation>Eine Konfigurationsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 Glance reading the same file would fail too.</source>
        <translation>%1 Auch Glance würde beim Lesen derselben Datei scheitern.</translation>
    </message>
    <message>
        <source>The paste_deploy flavor does not enable the cache (flavor: %1)</source>
        <translation>Der paste_deploy-Flavor aktiviert den Cache nicht (flavor: %1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>glance-api only caches images when [paste_deploy] flavor in %1 is caching, cachemanagement, keystone+caching or keystone+cachemanagement; with this flavor downloads are not cached and the cache API is off.</source>
        <translation>glance-api cacht Images nur, wenn [paste_deploy] flavor in %1 caching, cachemanagement, keystone+caching oder keystone+cachemanagement ist; mit diesem Flavor werden Downloads nicht gecacht, und die Cache-API ist aus.</translation>
    </message>
    <message>
        <source>centralized_db driver without worker_self_reference_url</source>
        <translation>Treiber centralized_db ohne worker_self_reference_url</translation>
    </message>
    <message>
        <source>The centralized_db driver (Glance 2024.1 and later) keys every cache record by [DEFAULT] worker_self_reference_url; without it glance-api refuses to start with a caching flavor. Set it to this node&apos;s own API URL. (Glance Zed does not know centralized_db at all.)</source>
        <translation>Der Treiber centralized_db (Glance 2024.1 und neuer) ordnet jeden Cache-Eintrag über [DEFAULT] worker_self_reference_url zu; ohne diese Option startet glance-api mit einem Caching-Flavor nicht. Setzen Sie sie auf die eigene API-URL dieses Knotens. (Glance Zed kennt centralized_db überhaupt nicht.)</translation>
    </message>
    <message>
        <source>Cache records are in Glance&apos;s main database</source>
        <translation>Die Cache-Einträge liegen in der Hauptdatenbank von Glance</translation>
    </message>
    <message>
        <source>%1 is %2 in %3 but %4 in %5.</source>
        <translation>%1 ist %2 in %3, aber %4 in %5.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 disagree on %Ln option(s)</source>
        <translation>
            <numerusform>%1 und %2 weichen bei %Ln Option voneinander ab</numerusform>
            <numerusform>%1 und %2 weichen bei %Ln Optionen voneinander ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The cache tools (pruner, cleaner, prefetcher) read %2 while glance-api reads %3; make the values identical.</source>
        <translation>%1 Die Cache-Werkzeuge (pruner, cleaner, prefetcher) lesen %2, glance-api dagegen %3; gleichen Sie die Werte an.</translation>
    </message>
    <message>
        <source>%1 glance-api and the cache tools (pruner, cleaner, prefetcher) must use the same values.</source>
        <translation>%1 glance-api und die Cache-Werkzeuge (pruner, cleaner, prefetcher) müssen dieselben Werte verwenden.</translation>
    </message>
    <message>
        <source>With the centralized_db driver this node&apos;s records are its rows of cached_images in %1, found by worker_self_reference_url %2; the other nodes&apos; rows there are never read as this node&apos;s.</source>
        <translation>Mit dem Treiber centralized_db sind die Einträge dieses Knotens seine Zeilen von cached_images in %1, gefunden über worker_self_reference_url %2; die Zeilen anderer Knoten werden nie als die dieses Knotens gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln record(s) of the sqlite driver</source>
        <translation>
            <numerusform>%1 enthält noch %Ln Eintrag des sqlite-Treibers</numerusform>
            <numerusform>%1 enthält noch %Ln Einträge des sqlite-Treibers</numerusform>
        </translation>
    </message>
    <message>
        <source>When glance-api starts on this node with a caching flavor and the centralized_db driver, it copies the records of cache.db into the central database and deletes those it copied. %1 of them are not in the central database yet: until glance-api restarts, their files are cached but unrecorded (counted in the size, never pruned). %2 are there already: Glance skips them and leaves them in cache.db for good, which does no harm.</source>
        <translation>Wenn glance-api auf diesem Knoten mit einer Cache-Variante und dem Treiber centralized_db startet, kopiert es die Einträge von cache.db in die zentrale Datenbank und löscht die kopierten. %1 davon sind noch nicht in der zentralen Datenbank: bis glance-api neu startet, sind ihre Dateien im Cache, aber ohne Eintrag (in der Größe gezählt, nie bereinigt). %2 sind bereits dort: Glance überspringt sie und lässt sie für immer in cache.db, was nicht schadet.</translation>
    </message>
    <message>
        <source>This host&apos;s time zone is not UTC (%1, UTC%2 now)</source>
        <translation>Die Zeitzone dieses Hosts ist nicht UTC (%1, derzeit UTC%2)</translation>
    </message>
    <message>
        <source>Glance stores the cache times as UTC, but its API (GET /v2/cache) converts them as if they were local time: on a glance-api host in this zone it reports last_accessed and last_modified shifted by %1 s (the offset of each date applies). This tool reports the true UTC times, so the two listings differ by that much although no record changed.</source>
        <translation>Glance speichert die Cache-Zeiten in UTC, seine API (GET /v2/cache) rechnet sie aber um, als wären sie Ortszeit: auf einem glance-api-Host in dieser Zone meldet sie last_accessed und last_modified um %1 s verschoben (es gilt der Versatz des jeweiligen Datums). Dieses Werkzeug meldet die echten UTC-Zeiten, daher unterscheiden sich die beiden Listen um diesen Betrag, ohne dass sich ein Eintrag geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln Eintrag)</numerusform>
            <numerusform>%1 (%Ln Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node URL(s) close to this node&apos;s have cache records: worker_self_reference_url probably changed</source>
        <translation>
            <numerusform>%Ln Knoten-URL nahe der dieses Knotens hat Cache-Einträge: worker_self_reference_url hat sich wahrscheinlich geändert</numerusform>
            <numerusform>%Ln Knoten-URLs nahe der dieses Knotens haben Cache-Einträge: worker_self_reference_url hat sich wahrscheinlich geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>They name this node&apos;s host (%1) with another scheme, port or a trailing slash. Glance compares the URL as text, so if one of them was this node&apos;s URL before, its rows are orphaned: no node lists, prunes or deletes them while their files stay in the directory unrecorded. If two glance-api services really run on this host, ignore this.</source>
        <translation>Sie nennen den Host dieses Knotens (%1) mit anderem Schema, anderem Port oder einem abschließenden Schrägstrich. Glance vergleicht die URL als Text: war eine davon früher die URL dieses Knotens, sind ihre Zeilen verwaist: kein Knoten listet, bereinigt oder löscht sie, während ihre Dateien ohne Eintrag im Verzeichnis bleiben. Laufen auf diesem Host wirklich zwei glance-api-Dienste, ignorieren Sie dies.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other node(s) have cache records in this database</source>
        <translation>
            <numerusform>%Ln anderer Knoten hat Cache-Einträge in dieser Datenbank</numerusform>
            <numerusform>%Ln andere Knoten haben Cache-Einträge in dieser Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Each glance-api sees only the rows of its own worker_self_reference_url. Whether these nodes still run cannot be told from here: a node retired or renamed leaves its rows behind, and nothing removes them.</source>
        <translation>Jede glance-api sieht nur die Zeilen ihrer eigenen worker_self_reference_url. Ob diese Knoten noch laufen, lässt sich von hier nicht sagen: ein stillgelegter oder umbenannter Knoten lässt seine Zeilen zurück, und nichts entfernt sie.</translation>
    </message>
    <message>
        <source>The configuration names the centralized_db driver, whose records live in Glance&apos;s SQL database, but this cache was opened with the %1 driver, so only the directory was checked.</source>
        <translation>Die Konfiguration nennt den Treiber centralized_db, dessen Einträge in der SQL-Datenbank von Glance liegen, dieser Cache wurde aber mit dem Treiber %1 geöffnet, daher wurde nur das Verzeichnis geprüft.</translation>
    </message>
    <message>
        <source>A $reference in the configuration cannot be resolved</source>
        <translation>Ein $-Verweis in der Konfiguration lässt sich nicht auflösen</translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message>
        <source>DEMO CACHE: generated sample data, not a Glance node.</source>
        <translation>DEMO-CACHE: generierte Beispieldaten, kein Glance-Knoten.</translation>
    </message>
    <message>
        <source>Checked %1 (%2 driver configured).</source>
        <translation>Geprüft: %1 (Treiber %2 konfiguriert).</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthFix</name>
    <message>
        <source>Prune Now…</source>
        <translation>Jetzt ausdünnen…</translation>
    </message>
    <message>
        <source>Clean…</source>
        <translation>Bereinigen…</translation>
    </message>
    <message>
        <source>Show Orphans</source>
        <translation>Verwaiste anzeigen</translation>
    </message>
    <message>
        <source>Cache Options…</source>
        <translation>Cache-Optionen…</translation>
    </message>
    <message>
        <source>Open Config…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation>Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <source>Double-click a finding to fix it</source>
        <translation>Doppelklick auf einen Befund behebt ihn</translation>
    </message>
    <message>
        <source>Double-click: %1</source>
        <translation>Doppelklick: %1</translation>
    </message>
</context>
<context>
    <name>ImageCache</name>
    <message>
        <source>The filesystem of %1 does not support user extended attributes, so Glance falls back from the configured xattr driver to sqlite (and leaves a &apos;checkme&apos; file behind). Mount it with user_xattr or configure image_cache_driver = sqlite.</source>
        <translation>Das Dateisystem von %1 unterstützt keine erweiterten Benutzerattribute, daher weicht Glance vom konfigurierten Treiber xattr auf sqlite aus (und hinterlässt eine Datei „checkme“). Hängen Sie es mit user_xattr ein oder konfigurieren Sie image_cache_driver = sqlite.</translation>
    </message>
    <message>
        <source>%1 exists although the xattr driver is configured: this cache was managed by the sqlite driver before, and that database is now ignored.</source>
        <translation>%1 existiert, obwohl der Treiber xattr konfiguriert ist: Dieser Cache wurde früher vom Treiber sqlite verwaltet, und diese Datenbank wird jetzt ignoriert.</translation>
    </message>
    <message>
        <source>%1 is missing; glance-api creates it when it starts.</source>
        <translation>%1 fehlt; glance-api legt es beim Start an.</translation>
    </message>
    <message>
        <source>%1 does not exist: glance-api has not started on this cache with the sqlite driver yet, so no image is recorded as cached.</source>
        <translation>%1 existiert nicht: glance-api wurde mit dem Treiber sqlite noch nicht auf diesem Cache gestartet, daher ist kein Image als gecacht verzeichnet.</translation>
    </message>
    <message>
        <source>Not queued: image %1 is already cached.</source>
        <translation>Nicht in die Warteschlange gestellt: Image %1 ist bereits im Cache.</translation>
    </message>
    <message>
        <source>Not queued: image %1 is being written to the cache now (in incomplete/).</source>
        <translation>Nicht in die Warteschlange gestellt: Image %1 wird gerade in den Cache geschrieben (in incomplete/).</translation>
    </message>
    <message>
        <source>Not queued: image %1 is already queued.</source>
        <translation>Nicht in die Warteschlange gestellt: Image %1 ist bereits in der Warteschlange.</translation>
    </message>
    <message>
        <source>Queued image %1.</source>
        <translation>Image %1 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Deleted image %1 from the cache.</source>
        <translation>Image %1 aus dem Cache gelöscht.</translation>
    </message>
    <message>
        <source>Removed image %1 from the queue.</source>
        <translation>Image %1 aus der Warteschlange entfernt.</translation>
    </message>
    <message>
        <source>Image %1 was neither cached nor queued.</source>
        <translation>Image %1 war weder im Cache noch in der Warteschlange.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 files; the rest is untouched.</source>
        <translation>Nach %1 von %2 Dateien abgebrochen; der Rest ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln record(s) of the sqlite driver, never moved to the central database: glance-api moves them when it next starts on this node with a caching flavor (those already there stay in cache.db for good).</source>
        <translation>
            <numerusform>%1 enthält noch %Ln Eintrag des sqlite-Treibers, nie in die zentrale Datenbank verschoben: glance-api verschiebt ihn beim nächsten Start auf diesem Knoten mit einer Cache-Variante (ist er dort schon, bleibt er für immer in cache.db).</numerusform>
            <numerusform>%1 enthält noch %Ln Einträge des sqlite-Treibers, nie in die zentrale Datenbank verschoben: glance-api verschiebt sie beim nächsten Start auf diesem Knoten mit einer Cache-Variante (die dort schon vorhandenen bleiben für immer in cache.db).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left alone, it is no longer a record without a file (its file is back, or the record is gone).</source>
        <translation>%1: unberührt gelassen, es ist kein Eintrag ohne Datei mehr (seine Datei ist zurück, oder der Eintrag ist weg).</translation>
    </message>
    <message>
        <source>%1: left alone, it is no longer a file without a record (it is gone, or glance-api recorded it).</source>
        <translation>%1: unberührt gelassen, es ist keine Datei ohne Eintrag mehr (sie ist weg, oder glance-api hat sie eingetragen).</translation>
    </message>
    <message>
        <source>%1: left alone, it is the journal of the cache database; removing it while glance-api writes can corrupt the database.</source>
        <translation>%1: unberührt gelassen, es ist das Journal der Cache-Datenbank; es zu entfernen, während glance-api schreibt, kann die Datenbank beschädigen.</translation>
    </message>
</context>
<context>
    <name>ImageFetcher</name>
    <message>
        <source>No glance-api URL (http:// or https://) to fetch images from.</source>
        <translation>Keine glance-api-URL (http:// oder https://), von der Images abgerufen werden können.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s: timed out.</source>
        <translation>Seit %2 s keine Daten von %1: Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>Image %1: cancelled before it started.</source>
        <translation>Image %1: vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Image %1: %2 Nothing was written.</source>
        <translation>Image %1: %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Image %1 is %2, not active: Glance caches only active images.</source>
        <translation>Image %1 hat den Status %2 statt active: Glance cacht nur aktive Images.</translation>
    </message>
    <message>
        <source>its hash algorithm %1 is not supported here, so only MD5 was verified</source>
        <translation>sein Hash-Algorithmus %1 wird hier nicht unterstützt, daher wurde nur MD5 geprüft</translation>
    </message>
    <message>
        <source>Glance records no checksum for it, so only its size was verified</source>
        <translation>Glance verzeichnet keine Prüfsumme dafür, daher wurde nur die Größe geprüft</translation>
    </message>
    <message>
        <source>The server announces %1 bytes but the image has %2.</source>
        <translation>Der Server kündigt %1 Bytes an, das Image hat aber %2.</translation>
    </message>
    <message>
        <source>The server sent more than the image&apos;s %1 bytes.</source>
        <translation>Der Server hat mehr als die %1 Bytes des Images gesendet.</translation>
    </message>
    <message>
        <source>after %1 of %2 bytes</source>
        <translation>nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>The transfer broke off %1: %2</source>
        <translation>Die Übertragung brach %1 ab: %2</translation>
    </message>
    <message>
        <source>The download ended %1: truncated.</source>
        <translation>Der Download endete %1: abgeschnitten.</translation>
    </message>
    <message>
        <source>Cached image %1 (%2).</source>
        <translation>Image %1 gecacht (%2).</translation>
    </message>
    <message>
        <source>Cached image %1 (%2, %3 verified).</source>
        <translation>Image %1 gecacht (%2, %3 geprüft).</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>Image %1: %2 %3</source>
        <translation>Image %1: %2 %3</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Es läuft bereits eine Prüfung.</translation>
    </message>
    <message>
        <source>Image %1 is not cached here.</source>
        <translation>Image %1 ist hier nicht im Cache.</translation>
    </message>
    <message>
        <source>Image %1: verification cancelled.</source>
        <translation>Image %1: Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 Bytes statt %2</translation>
    </message>
    <message>
        <source>MD5 differs</source>
        <translation>MD5 weicht ab</translation>
    </message>
    <message>
        <source>%1 differs</source>
        <translation>%1 weicht ab</translation>
    </message>
    <message>
        <source>(O_NOATIME was not permitted: its atime was put back.)</source>
        <translation>(O_NOATIME war nicht erlaubt: Die atime der Datei wurde zurückgesetzt.)</translation>
    </message>
    <message>
        <source>Image %1: Glance records no checksum; only the size could be checked, and it matches.</source>
        <translation>Image %1: Glance verzeichnet keine Prüfsumme; nur die Größe konnte geprüft werden, und sie stimmt.</translation>
    </message>
    <message>
        <source>Image %1: the cached file matches the image.</source>
        <translation>Image %1: Die Datei im Cache stimmt mit dem Image überein.</translation>
    </message>
    <message>
        <source>Image %1: the cached file does not match the image (%2); delete it from the cache, Glance never checks it again.</source>
        <translation>Image %1: Die Datei im Cache stimmt nicht mit dem Image überein (%2); löschen Sie sie aus dem Cache, Glance prüft sie nie wieder.</translation>
    </message>
    <message>
        <source>It has a zero-filled hole from byte %1: the mark of two downloads of the same image running at once.</source>
        <translation>Sie hat ab Byte %1 ein mit Nullen gefülltes Loch: das Zeichen zweier gleichzeitiger Downloads desselben Images.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>The data from %1 came at %2/s over the last %3 s, below the minimum of %4/s over %3 s: the download was stopped as too slow.</source>
        <translation>Die Daten von %1 kamen in den letzten %3 s mit %2/s an, unter dem Minimum von %4/s über %3 s: Der Download wurde als zu langsam abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImageId</name>
    <message>
        <source>The image ID is empty.</source>
        <translation>Die Image-ID ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image ID: it contains a path separator.</source>
        <translation>„%1“ ist keine Image-ID: Sie enthält ein Pfadtrennzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image ID (Glance image IDs are UUIDs, like 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11).</source>
        <translation>„%1“ ist keine Image-ID (Glance-Image-IDs sind UUIDs wie 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11).</translation>
    </message>
</context>
<context>
    <name>ImageNameDirectory</name>
    <message>
        <source>Image names</source>
        <translation>Image-Namen</translation>
    </message>
    <message>
        <source>Image names could not be looked up: %1</source>
        <translation>Die Image-Namen konnten nicht abgefragt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Looked up the names of %Ln image(s).</source>
        <translation>
            <numerusform>Name von %Ln Image abgefragt.</numerusform>
            <numerusform>Namen von %Ln Images abgefragt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageNames</name>
    <message>
        <source>(deleted or not visible)</source>
        <translation>(gelöscht oder nicht sichtbar)</translation>
    </message>
    <message>
        <source>Glance&apos;s image list does not include this image: it was deleted (its cached copy stays until it is pruned), it is hidden, or the project you are connected as may not see it.</source>
        <translation>Die Image-Liste von Glance enthält dieses Image nicht: Es wurde gelöscht (seine Kopie im Cache bleibt, bis sie ausgedünnt wird), es ist verborgen, oder das Projekt, mit dem Sie verbunden sind, darf es nicht sehen.</translation>
    </message>
</context>
<context>
    <name>KeystoneAuth</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Keystone&apos;s answer is not a token (no &quot;token&quot; object in the body).</source>
        <translation>Die Antwort von Keystone ist kein Token (kein Objekt „token“ im Body).</translation>
    </message>
    <message>
        <source>The token has no service catalog: it is not scoped to a project. Give a project (--os-project-name or --os-project-id).</source>
        <translation>Das Token hat keinen Dienstkatalog: Es ist nicht auf ein Projekt beschränkt. Geben Sie ein Projekt an (--os-project-name oder --os-project-id).</translation>
    </message>
    <message>
        <source>The catalog&apos;s image endpoint &quot;%1&quot; is not a URL.</source>
        <translation>Der Image-Endpunkt „%1“ im Katalog ist keine URL.</translation>
    </message>
    <message>
        <source>The service catalog has no image service (Glance is not registered in Keystone).</source>
        <translation>Der Dienstkatalog enthält keinen Image-Dienst (Glance ist nicht in Keystone registriert).</translation>
    </message>
    <message>
        <source>The service catalog has no %1 image endpoint; it has: %2. Choose one with --os-interface.</source>
        <translation>Der Dienstkatalog enthält keinen Image-Endpunkt %1; vorhanden: %2. Wählen Sie einen mit --os-interface.</translation>
    </message>
    <message>
        <source>The service catalog has no %1 image endpoint in the region &quot;%2&quot;. Regions with one: %3.</source>
        <translation>Der Dienstkatalog enthält keinen Image-Endpunkt %1 in der Region „%2“. Regionen mit einem solchen: %3.</translation>
    </message>
    <message>
        <source>Keystone at %1 answered without a token (no X-Subject-Token header).</source>
        <translation>Keystone unter %1 hat ohne Token geantwortet (kein X-Subject-Token-Header).</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the application credential: wrong ID or secret, or it expired.</source>
        <translation>Keystone unter %1 hat die Anwendungszugangsdaten abgelehnt: falsche ID oder falsches Secret, oder sie sind abgelaufen.</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the token: it is invalid or expired.</source>
        <translation>Keystone unter %1 hat das Token abgelehnt: Es ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the credentials: wrong user name, password or domain, or no role on the project.</source>
        <translation>Keystone unter %1 hat die Zugangsdaten abgelehnt: falscher Benutzername, falsches Passwort oder falsche Domäne, oder keine Rolle im Projekt.</translation>
    </message>
    <message>
        <source>Keystone at %1 refused the token request (403)%2.</source>
        <translation>Keystone unter %1 hat die Token-Anfrage abgelehnt (403)%2.</translation>
    </message>
    <message>
        <source>%1 is not a Keystone v3 endpoint (404 for %2). Check --os-auth-url.</source>
        <translation>%1 ist kein Keystone-v3-Endpunkt (404 für %2). Prüfen Sie --os-auth-url.</translation>
    </message>
    <message>
        <source>Keystone at %1 answered %2 %3%4.</source>
        <translation>Keystone unter %1 antwortete %2 %3%4.</translation>
    </message>
    <message>
        <source>The TLS connection to Keystone at %1 failed: %2. Give the CA bundle with --os-cacert, or --insecure to skip verification (unsafe).</source>
        <translation>Die TLS-Verbindung zu Keystone unter %1 ist fehlgeschlagen: %2. Geben Sie das CA-Bundle mit --os-cacert an, oder --insecure, um die Prüfung zu überspringen (unsicher).</translation>
    </message>
    <message>
        <source>Keystone at %1 did not answer in time (%2 s without progress).</source>
        <translation>Keystone unter %1 hat nicht rechtzeitig geantwortet (%2 s ohne Fortschritt).</translation>
    </message>
    <message>
        <source>Cannot reach Keystone at %1: %2.</source>
        <translation>Keystone unter %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Keystone at %1 sent an answer larger than %2, far more than any token: it was dropped.</source>
        <translation>Keystone unter %1 hat eine Antwort von mehr als %2 gesendet, weit mehr als jedes Token: Sie wurde verworfen.</translation>
    </message>
    <message>
        <source>Keystone at %1 broke off its answer before the end: %2.</source>
        <translation>Keystone unter %1 hat seine Antwort vor dem Ende abgebrochen: %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Cache &amp;Directory…</source>
        <translation>&amp;Cache öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Config File…</source>
        <translation>&amp;Konfigurationsdatei öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Queue Images…</source>
        <translation>Images &amp;einreihen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <source>D&amp;equeue Selected…</source>
        <translation>Auswahl aus Warteschlange ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Clear &amp;Cache…</source>
        <translation>&amp;Cache leeren…</translation>
    </message>
    <message>
        <source>Clear Q&amp;ueue…</source>
        <translation>Warteschlange lee&amp;ren…</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>Aus&amp;dünnen…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>C&amp;lean…</source>
        <translation>&amp;Bereinigen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>F&amp;ollow Changes</source>
        <translation>Änderungen &amp;verfolgen</translation>
    </message>
    <message>
        <source>Re-read the cache when glance-api changes it</source>
        <translation>Cache neu lesen, wenn glance-api ihn ändert</translation>
    </message>
    <message>
        <source>&amp;About Glance Cache Admin</source>
        <translation>Ü&amp;ber Glance Cache Admin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Filter by image ID (Ctrl+F)</source>
        <translation>Nach Image-ID filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Demo cache — Glance Cache Admin</source>
        <translation>Demo-Cache — Glance Cache Admin</translation>
    </message>
    <message>
        <source>%1 — Glance Cache Admin</source>
        <translation>%1 — Glance Cache Admin</translation>
    </message>
    <message>
        <source>Cached (%1)</source>
        <translation>Im Cache (%1)</translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation>Warteschlange (%1)</translation>
    </message>
    <message>
        <source>Incomplete (%1, %2 stalled)</source>
        <translation>Unvollständig (%1, %2 hängend)</translation>
    </message>
    <message>
        <source>Incomplete (%1)</source>
        <translation>Unvollständig (%1)</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>Ungültig (%1)</translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation>Verwaist (%1)</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected, %1</source>
        <translation>
            <numerusform>%Ln ausgewählt, %1</numerusform>
            <numerusform>%Ln ausgewählt, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Glance image cache directory</source>
        <translation>Glance-Image-Cache-Verzeichnis öffnen</translation>
    </message>
    <message>
        <source>Open glance-api.conf or glance-cache.conf</source>
        <translation>glance-api.conf oder glance-cache.conf öffnen</translation>
    </message>
    <message>
        <source>Glance configuration (*.conf);;All files (*)</source>
        <translation>Glance-Konfiguration (*.conf);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</source>
        <translation>
            <numerusform>%Ln Image (%1) aus dem Cache in %2 löschen?

Die Datei und ihr Eintrag werden entfernt; glance-api lädt das Image bei der nächsten Anforderung erneut herunter.</numerusform>
            <numerusform>%Ln Images (%1) aus dem Cache in %2 löschen?

Die Dateien und ihre Einträge werden entfernt; glance-api lädt die Images bei der nächsten Anforderung erneut herunter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>Images löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image löschen</numerusform>
            <numerusform>%Ln Images löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the queue? Nothing cached is deleted.</source>
        <translation>
            <numerusform>%Ln Image aus der Warteschlange entfernen? Aus dem Cache wird nichts gelöscht.</numerusform>
            <numerusform>%Ln Images aus der Warteschlange entfernen? Aus dem Cache wird nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image entfernen</numerusform>
            <numerusform>%Ln Images entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete ALL %Ln cached image(s) (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</source>
        <translation>
            <numerusform>ALLE Images im Cache (%Ln Image, %1) in %2 löschen?

Alle Dateien im Cache-Verzeichnis außer der Datenbank werden entfernt, genau wie beim clear von Glance selbst.</numerusform>
            <numerusform>ALLE Images im Cache (%Ln Images, %1) in %2 löschen?

Alle Dateien im Cache-Verzeichnis außer der Datenbank werden entfernt, genau wie beim clear von Glance selbst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Clear queue</source>
        <translation>Warteschlange leeren</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln queued image(s)?</source>
        <translation>
            <numerusform>Alle Images aus der Warteschlange entfernen (%Ln Image)?</numerusform>
            <numerusform>Alle Images aus der Warteschlange entfernen (%Ln Images)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance Cache Admin</source>
        <translation>Glance Cache Admin</translation>
    </message>
    <message>
        <source>About Glance Cache Admin</source>
        <translation>Über Glance Cache Admin</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen…</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Cache &amp;Options…</source>
        <translation>Cache-&amp;Optionen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Health Checks</source>
        <translation>&amp;Zustandsprüfungen</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Fetch All Queued</source>
        <translation>Alle aus der Warteschlange &amp;laden</translation>
    </message>
    <message>
        <source>Download the selected queued images (none selected: every queued image) from the Image API into this cache</source>
        <translation>Die ausgewählten Images der Warteschlange über die Image-API in diesen Cache laden (keine Auswahl: alle Images der Warteschlange)</translation>
    </message>
    <message>
        <source>&amp;Verify Selected</source>
        <translation>Auswahl &amp;prüfen</translation>
    </message>
    <message>
        <source>Re-hash the selected cached images against Glance&apos;s checksums</source>
        <translation>Prüfsummen der ausgewählten Images im Cache neu berechnen und mit denen von Glance vergleichen</translation>
    </message>
    <message>
        <source>&amp;Nodes…</source>
        <translation>&amp;Knoten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>The glance-api nodes side by side: which node caches which image</source>
        <translation>Die glance-api-Knoten nebeneinander: welcher Knoten welches Image im Cache hat</translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <source>&amp;Fetch Selected</source>
        <translation>Auswahl &amp;laden</translation>
    </message>
    <message>
        <source>Give each glance-api node&apos;s own URL, and how to log in if the nodes use Keystone.</source>
        <translation>Geben Sie die eigene URL jedes glance-api-Knotens an und, falls die Knoten Keystone verwenden, wie die Anmeldung erfolgt.</translation>
    </message>
    <message>
        <source>Say where the Image API is and how to log in.</source>
        <translation>Geben Sie an, wo die Image-API liegt und wie die Anmeldung erfolgt.</translation>
    </message>
    <message>
        <source>Connecting to the Image API…</source>
        <translation>Verbindung zur Image-API wird hergestellt…</translation>
    </message>
    <message>
        <source>Fetch images</source>
        <translation>Images laden</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln image(s) from %1…</source>
        <translation>
            <numerusform>%Ln Image wird von %1 geladen…</numerusform>
            <numerusform>%Ln Images werden von %1 geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln image(s); %2 failed.</source>
        <translation>
            <numerusform>%1 von %Ln Image geladen; %2 fehlgeschlagen.</numerusform>
            <numerusform>%1 von %Ln Images geladen; %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify images</source>
        <translation>Images prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %Ln image(s) against Glance&apos;s checksums…</source>
        <translation>
            <numerusform>%Ln Image wird mit den Prüfsummen von Glance abgeglichen…</numerusform>
            <numerusform>%Ln Images werden mit den Prüfsummen von Glance abgeglichen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %Ln image(s): %1 match, %2 do not.</source>
        <translation>
            <numerusform>%Ln Image geprüft: %1 übereinstimmend, %2 abweichend.</numerusform>
            <numerusform>%Ln Images geprüft: %1 übereinstimmend, %2 abweichend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached image(s) do not match the checksums Glance recorded:

%1

Delete them from the cache? glance-api downloads them again when they are next requested.</source>
        <translation>
            <numerusform>%Ln Image im Cache stimmt nicht mit den von Glance verzeichneten Prüfsummen überein:

%1

Aus dem Cache löschen? glance-api lädt es bei der nächsten Anfrage erneut herunter.</numerusform>
            <numerusform>%Ln Images im Cache stimmen nicht mit den von Glance verzeichneten Prüfsummen überein:

%1

Aus dem Cache löschen? glance-api lädt sie bei der nächsten Anfrage erneut herunter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) could not be verified.</source>
        <translation>
            <numerusform>%Ln Image konnte nicht geprüft werden.</numerusform>
            <numerusform>%Ln Images konnten nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Activity Log</source>
        <translation>&amp;Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>demo cache</source>
        <translation>Demo-Cache</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Dequeue</source>
        <translation>Aus Warteschlange entfernen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Ausdünnen</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Save options</source>
        <translation>Optionen speichern</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln download(s) still being written; only stalled ones can be deleted.</source>
        <translation>
            <numerusform>%Ln Download wird noch geschrieben; nur hängengebliebene können gelöscht werden.</numerusform>
            <numerusform>%Ln Downloads werden noch geschrieben; nur hängengebliebene können gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln failed download(s) (%1) from invalid/?</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenen Download (%1) aus invalid/ löschen?</numerusform>
            <numerusform>%Ln fehlgeschlagene Downloads (%1) aus invalid/ löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stalled download(s) (%1) from incomplete/? glance-api will download the images again when they are next requested.</source>
        <translation>
            <numerusform>%Ln hängengebliebenen Download (%1) aus incomplete/ löschen? glance-api lädt das Image bei der nächsten Anfrage erneut herunter.</numerusform>
            <numerusform>%Ln hängengebliebene Downloads (%1) aus incomplete/ löschen? glance-api lädt die Images bei der nächsten Anfrage erneut herunter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete downloads</source>
        <translation>Downloads löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln download(s)</source>
        <translation>
            <numerusform>%Ln Download löschen</numerusform>
            <numerusform>%Ln Downloads löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>An operation is still running. Quit anyway? It stops where it is: what it did so far stays done, the rest is not done, and no summary is shown.</source>
        <translation>Ein Vorgang läuft noch. Trotzdem beenden? Er endet, wo er gerade ist: Was erledigt ist, bleibt erledigt, der Rest geschieht nicht, und es wird keine Zusammenfassung gezeigt.</translation>
    </message>
    <message>
        <source>Remove orphans</source>
        <translation>Verwaiste Einträge entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln orphan(s) from %1?</source>
        <translation>
            <numerusform>%Ln verwaisten Eintrag aus %1 entfernen?</numerusform>
            <numerusform>%Ln verwaiste Einträge aus %1 entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the image(s) as cached.</source>
        <translation>
            <numerusform>%Ln Eintrag ohne Datei: ihn zu vergessen gibt nichts frei, seine Datei ist schon weg. Glance führt das Image dann nicht mehr als zwischengespeichert.</numerusform>
            <numerusform>%Ln Einträge ohne Datei: sie zu vergessen gibt nichts frei, ihre Dateien sind schon weg. Glance führt die Images dann nicht mehr als zwischengespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) without a record: deleting frees %1. glance-api downloads the image(s) again when next requested.</source>
        <translation>
            <numerusform>%Ln Datei ohne Eintrag: Löschen gibt %1 frei. glance-api lädt das Image bei der nächsten Anfrage erneut herunter.</numerusform>
            <numerusform>%Ln Dateien ohne Eintrag: Löschen gibt %1 frei. glance-api lädt die Images bei der nächsten Anfrage erneut herunter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign file(s), not images (lock, temporary or leftover files): removing frees %1.</source>
        <translation>
            <numerusform>%Ln fremde Datei, kein Image (Sperr-, Temporär- oder Restdatei): Entfernen gibt %1 frei.</numerusform>
            <numerusform>%Ln fremde Dateien, keine Images (Sperr-, Temporär- oder Restdateien): Entfernen gibt %1 frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this removes Glance&apos;s own lock file(s) %1. Removing a lock that glance-api or glance-cache-prefetcher holds lets a second process into the work it guards, which can corrupt that work: do this only while glance-api and glance-cache-prefetcher are stopped.</source>
        <translation>
            <numerusform>Warnung: Dies entfernt Glances eigene Sperrdatei %1. Eine Sperre zu entfernen, die glance-api oder glance-cache-prefetcher hält, lässt einen zweiten Prozess in die geschützte Arbeit, was diese beschädigen kann: nur tun, während glance-api und glance-cache-prefetcher gestoppt sind.</numerusform>
            <numerusform>Warnung: Dies entfernt Glances eigene Sperrdateien %1. Eine Sperre zu entfernen, die glance-api oder glance-cache-prefetcher hält, lässt einen zweiten Prozess in die geschützte Arbeit, was diese beschädigen kann: nur tun, während glance-api und glance-cache-prefetcher gestoppt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all, %1 freed.</source>
        <translation>Insgesamt %1 freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln orphan(s)</source>
        <translation>
            <numerusform>%Ln verwaisten Eintrag entfernen</numerusform>
            <numerusform>%Ln verwaiste Einträge entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the selected rows (none selected: every row the tab shows) to a CSV or JSON file</source>
        <translation>Die ausgewählten Zeilen (keine Auswahl: alle Zeilen, die der Reiter zeigt) in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glance Cache Admin %1&lt;/h3&gt;&lt;p&gt;Inspect and manage the local image cache of OpenStack Glance: see what is cached, queue, delete, prune and clean with Glance&apos;s own rules.&lt;/p&gt;&lt;p&gt;Compatible with Glance&apos;s sqlite and xattr cache drivers (Zed and later) and its centralized_db driver (2024.1 and later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Glance Cache Admin %1&lt;/h3&gt;&lt;p&gt;Den lokalen Image-Cache von OpenStack Glance untersuchen und verwalten: sehen, was im Cache liegt, Images in die Warteschlange stellen, löschen, ausdünnen und bereinigen – nach den Regeln von Glance selbst.&lt;/p&gt;&lt;p&gt;Kompatibel mit den Cache-Treibern sqlite und xattr von Glance (ab Zed) und seinem Treiber centralized_db (ab 2024.1).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile exportieren</numerusform>
            <numerusform>%Ln Zeilen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) of the %1 tab to %2.</source>
        <translation>
            <numerusform>%Ln Zeile des Reiters %1 nach %2 exportiert.</numerusform>
            <numerusform>%Ln Zeilen des Reiters %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>Refresh &amp;Names</source>
        <translation>&amp;Namen aktualisieren</translation>
    </message>
    <message>
        <source>Look the images&apos; names up again in Glance&apos;s image list</source>
        <translation>Die Namen der Images erneut in der Image-Liste von Glance abfragen</translation>
    </message>
    <message>
        <source>Filter by ID or name (Ctrl+F)</source>
        <translation>Nach ID oder Name filtern (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Glance Cache Admin Manual</source>
        <translation>Handbuch zu Glance Cache Admin</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>MountTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>NodeFleet</name>
    <message>
        <source>&quot;%1&quot; is not the http:// or https:// URL of a glance-api node.</source>
        <translation>„%1“ ist keine http://- oder https://-URL eines glance-api-Knotens.</translation>
    </message>
    <message>
        <source>There is no node number %1.</source>
        <translation>Es gibt keinen Knoten Nummer %1.</translation>
    </message>
    <message>
        <source>%1 does not offer the image cache API (it announces %2): caching is not enabled there (image_cache_dir is not set) or the node is older than Glance Yoga.</source>
        <translation>%1 bietet die Image-Cache-API nicht an (gemeldet: %2): Caching ist dort nicht aktiviert (image_cache_dir ist nicht gesetzt), oder der Knoten ist älter als Glance Yoga.</translation>
    </message>
</context>
<context>
    <name>NodesWindow</name>
    <message>
        <source>Glance Nodes</source>
        <translation>Glance-Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Cache API</source>
        <translation>Cache-API</translation>
    </message>
    <message>
        <source>Prune/clean</source>
        <translation>Ausdünnen/Bereinigen</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>Include this machine&apos;s cache</source>
        <translation>Cache dieses Rechners einbeziehen</translation>
    </message>
    <message>
        <source>Show the cache open in the main window as one more column.</source>
        <translation>Zeigt den im Hauptfenster geöffneten Cache als zusätzliche Spalte an.</translation>
    </message>
    <message>
        <source>No glance-api nodes yet: add each node&apos;s own URL (http://node-1:9292) in Remote → Connection.</source>
        <translation>Noch keine glance-api-Knoten: Fügen Sie die eigene URL jedes Knotens (http://node-1:9292) unter Remote → Verbindung hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %Ln node(s)…</source>
        <translation>
            <numerusform>%Ln Knoten wird abgefragt…</numerusform>
            <numerusform>%Ln Knoten werden abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no (needs 2.18)</source>
        <translation>nein (benötigt 2.18)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 queued</source>
        <translation>, %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>The local cache has not been read yet.</source>
        <translation>Der lokale Cache wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>this machine (demo)</source>
        <translation>dieser Rechner (Demo)</translation>
    </message>
    <message>
        <source>%1 of %2 answered.</source>
        <translation>Antworten: %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached or queued somewhere</source>
        <translation>
            <numerusform>%Ln Image irgendwo im Cache oder in der Warteschlange</numerusform>
            <numerusform>%Ln Images irgendwo im Cache oder in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached on only some</source>
        <translation>
            <numerusform>%Ln nur auf einigen im Cache</numerusform>
            <numerusform>%Ln nur auf einigen im Cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer in Glance.</source>
        <translation>
            <numerusform>%Ln nicht mehr in Glance.</numerusform>
            <numerusform>%Ln nicht mehr in Glance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image names unavailable: %1</source>
        <translation>Image-Namen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every node for its cache and Glance for image names</source>
        <translation>Jeden Knoten nach seinem Cache und Glance nach den Image-Namen fragen</translation>
    </message>
    <message>
        <source>&amp;Queue on Every Node</source>
        <translation>Auf jedem Knoten &amp;einreihen</translation>
    </message>
    <message>
        <source>Have every node that does not hold the selected images cache them now</source>
        <translation>Jeden Knoten, der die ausgewählten Images nicht hat, sie jetzt cachen lassen</translation>
    </message>
    <message>
        <source>&amp;Delete Everywhere</source>
        <translation>Überall &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the selected images from every cache that holds or queues them</source>
        <translation>Die ausgewählten Images aus jedem Cache entfernen, der sie enthält oder in der Warteschlange hat</translation>
    </message>
    <message>
        <source>Clear Node&apos;s Cache</source>
        <translation>Cache des Knotens leeren</translation>
    </message>
    <message>
        <source>Delete every cached image on the selected node</source>
        <translation>Alle Images im Cache des ausgewählten Knotens löschen</translation>
    </message>
    <message>
        <source>Clear Node&apos;s Queue</source>
        <translation>Warteschlange des Knotens leeren</translation>
    </message>
    <message>
        <source>Empty the selected node&apos;s queue</source>
        <translation>Die Warteschlange des ausgewählten Knotens leeren</translation>
    </message>
    <message>
        <source>Clear Node</source>
        <translation>Knoten leeren</translation>
    </message>
    <message>
        <source>Delete every cached and queued image on the selected node</source>
        <translation>Alle Images im Cache und in der Warteschlange des ausgewählten Knotens löschen</translation>
    </message>
    <message>
        <source>&amp;Prune Node</source>
        <translation>Knoten aus&amp;dünnen</translation>
    </message>
    <message>
        <source>Have the selected node prune its cache to its image_cache_max_size (API 2.18)</source>
        <translation>Den ausgewählten Knoten seinen Cache auf sein image_cache_max_size ausdünnen lassen (API 2.18)</translation>
    </message>
    <message>
        <source>C&amp;lean Node</source>
        <translation>Knoten &amp;bereinigen</translation>
    </message>
    <message>
        <source>Have the selected node remove its invalid and stalled files (API 2.18)</source>
        <translation>Den ausgewählten Knoten seine ungültigen und hängenden Dateien entfernen lassen (API 2.18)</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <source>Cloud, credentials and nodes</source>
        <translation>Cloud, Zugangsdaten und Knoten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) failed; see the details.</source>
        <translation>
            <numerusform>%Ln Aufruf fehlgeschlagen; siehe Details.</numerusform>
            <numerusform>%Ln Aufrufe fehlgeschlagen; siehe Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: %Ln request(s) accepted.</source>
        <translation>
            <numerusform>Eingereiht: %Ln Anfrage angenommen.</numerusform>
            <numerusform>Eingereiht: %Ln Anfragen angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued in this machine&apos;s cache.</source>
        <translation>Im Cache dieses Rechners eingereiht.</translation>
    </message>
    <message>
        <source>Delete Everywhere</source>
        <translation>Überall löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) from every cache that holds or queues them?</source>
        <translation>
            <numerusform>%Ln Image aus jedem Cache löschen, der es enthält oder in der Warteschlange hat?</numerusform>
            <numerusform>%Ln Images aus jedem Cache löschen, der sie enthält oder in der Warteschlange hat?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cache(s) will be changed.</source>
        <translation>
            <numerusform>%Ln Cache wird geändert.</numerusform>
            <numerusform>%Ln Caches werden geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %Ln request(s) accepted.</source>
        <translation>
            <numerusform>Gelöscht: %Ln Anfrage angenommen.</numerusform>
            <numerusform>Gelöscht: %Ln Anfragen angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted from this machine&apos;s cache.</source>
        <translation>Aus dem Cache dieses Rechners gelöscht.</translation>
    </message>
    <message>
        <source>Delete every cached image on %1?</source>
        <translation>Alle Images im Cache auf %1 löschen?</translation>
    </message>
    <message>
        <source>Empty the queue of %1?</source>
        <translation>Die Warteschlange von %1 leeren?</translation>
    </message>
    <message>
        <source>Delete every cached and queued image on %1?</source>
        <translation>Alle Images im Cache und in der Warteschlange auf %1 löschen?</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>%1 cleared.</source>
        <translation>%1 geleert.</translation>
    </message>
    <message>
        <source>%1 was not cleared.</source>
        <translation>%1 wurde nicht geleert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 pruned %Ln file(s).</source>
        <translation>
            <numerusform>%1 hat %Ln Datei ausgedünnt.</numerusform>
            <numerusform>%1 hat %Ln Dateien ausgedünnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not pruned.</source>
        <translation>%1 wurde nicht ausgedünnt.</translation>
    </message>
    <message>
        <source>%1 cleaned.</source>
        <translation>%1 bereinigt.</translation>
    </message>
    <message>
        <source>%1 was not cleaned.</source>
        <translation>%1 wurde nicht bereinigt.</translation>
    </message>
    <message>
        <source>Only uneven or orphaned</source>
        <translation>Nur ungleich verteilte oder verwaiste</translation>
    </message>
    <message>
        <source>Show only images cached on some nodes but not others, or gone from Glance</source>
        <translation>Nur Images zeigen, die auf einigen Knoten im Cache liegen und auf anderen nicht, oder die Glance nicht mehr kennt</translation>
    </message>
    <message>
        <source>%1 did not answer the last refresh; nothing was sent to it.</source>
        <translation>%1 hat bei der letzten Aktualisierung nicht geantwortet; an diesen Knoten wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Every node that answered already holds or queues the selected images.</source>
        <translation>Jeder Knoten, der geantwortet hat, hat die ausgewählten Images bereits im Cache oder in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 did not answer the last refresh: it may still hold the images; nothing was sent to it.</source>
        <translation>%1 hat bei der letzten Aktualisierung nicht geantwortet: Er hält die Images womöglich noch; an ihn wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>From &amp;Database</source>
        <translation>Aus der &amp;Datenbank</translation>
    </message>
    <message>
        <source>Show the region as Glance&apos;s database records it (centralized_db driver): every node that ever started with the cache, without asking any node. Available when the open cache uses centralized_db.</source>
        <translation>Zeigt die Region, wie die Datenbank von Glance sie verzeichnet (Treiber centralized_db): jeden Knoten, der je mit dem Cache gestartet ist, ohne einen Knoten zu fragen. Verfügbar, wenn der geöffnete Cache centralized_db verwendet.</translation>
    </message>
    <message>
        <source>Reading the region from %1…</source>
        <translation>Die Region wird aus %1 gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Glance&apos;s database %1: %Ln node(s).</source>
        <translation>
            <numerusform>Datenbank von Glance %1: %Ln Knoten.</numerusform>
            <numerusform>Datenbank von Glance %1: %Ln Knoten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached somewhere</source>
        <translation>
            <numerusform>%Ln Image irgendwo im Cache</numerusform>
            <numerusform>%Ln Images irgendwo im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OptionDescriptor</name>
    <message>
        <source>Cache directory</source>
        <translation>Cache-Verzeichnis</translation>
    </message>
    <message>
        <source>Base directory of the image cache (absolute path). Caching and the cache API are off while it is unset. glance-api.conf and glance-cache.conf must name the same directory.</source>
        <translation>Basisverzeichnis des Image-Caches (absoluter Pfad). Solange es nicht gesetzt ist, sind Caching und Cache-API aus. glance-api.conf und glance-cache.conf müssen dasselbe Verzeichnis angeben.</translation>
    </message>
    <message>
        <source>Cache driver</source>
        <translation>Cache-Treiber</translation>
    </message>
    <message>
        <source>Where the cache keeps its records of hits and access times.</source>
        <translation>Wo der Cache Trefferzahlen und Zugriffszeiten speichert.</translation>
    </message>
    <message>
        <source>xattr: extended attributes on each cached file; the file system must be mounted with user_xattr and record access times (relatime or strictatime, not noatime).</source>
        <translation>xattr: erweiterte Attribute an jeder Datei im Cache; das Dateisystem muss mit user_xattr eingehängt sein und Zugriffszeiten aufzeichnen (relatime oder strictatime, nicht noatime).</translation>
    </message>
    <message>
        <source>Maximum cache size</source>
        <translation>Maximale Cache-Größe</translation>
    </message>
    <message>
        <source>Size above which glance-cache-pruner deletes the least recently used images. Glance reads whole bytes only (10G is refused there), so sizes such as 20G, 1.5TiB or 500M are written as bytes. K, M, G, T and KiB... are 1024-based; KB, MB, GB, TB are 1000-based.</source>
        <translation>Größe, ab der glance-cache-pruner die am längsten nicht genutzten Images löscht. Glance liest nur ganze Bytes (10G wird dort abgelehnt), daher werden Größen wie 20G, 1.5TiB oder 500M als Bytes geschrieben. K, M, G, T und KiB... rechnen mit 1024, KB, MB, GB, TB mit 1000.</translation>
    </message>
    <message>
        <source>Stall time</source>
        <translation>Stillstandszeit</translation>
    </message>
    <message>
        <source>Age after which glance-cache-cleaner deletes an incomplete download. Glance reads whole seconds only, so durations such as 12h, 30m, 1d or 90s are written as seconds.</source>
        <translation>Alter, ab dem glance-cache-cleaner einen unvollständigen Download löscht. Glance liest nur ganze Sekunden, daher werden Dauern wie 12h, 30m, 1d oder 90s als Sekunden geschrieben.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>File name of the sqlite driver&apos;s database, relative to the cache directory unless absolute.</source>
        <translation>Dateiname der Datenbank des Treibers sqlite, relativ zum Cache-Verzeichnis, sofern nicht absolut.</translation>
    </message>
    <message>
        <source>This node&apos;s URL</source>
        <translation>URL dieses Knotens</translation>
    </message>
    <message>
        <source>URL by which other Glance workers reach this one (http or https, with a host). Required when image_cache_driver is centralized_db, which uses it as the node&apos;s identity.</source>
        <translation>URL, über die andere Glance-Worker diesen erreichen (http oder https, mit Host). Erforderlich, wenn image_cache_driver centralized_db ist, das sie als Identität des Knotens verwendet.</translation>
    </message>
    <message>
        <source>Pipeline flavor</source>
        <translation>Pipeline-Flavor</translation>
    </message>
    <message>
        <source>[paste_deploy] flavor picks the glance-api pipeline in glance-api-paste.ini. Only the flavors with &apos;caching&apos; or &apos;cachemanagement&apos; put the cache filter in the pipeline, so only they cache downloaded images; this option is read by glance-api alone.</source>
        <translation>[paste_deploy] flavor wählt die glance-api-Pipeline in glance-api-paste.ini. Nur die Flavors mit „caching“ oder „cachemanagement“ nehmen den Cache-Filter in die Pipeline auf, daher cachen nur sie heruntergeladene Images; diese Option liest nur glance-api.</translation>
    </message>
    <message>
        <source>none: no authentication and no cache filter (not for production).</source>
        <translation>none: keine Authentifizierung und kein Cache-Filter (nicht für den Produktivbetrieb).</translation>
    </message>
    <message>
        <source>keystone: Keystone authentication; images are not cached.</source>
        <translation>keystone: Keystone-Authentifizierung; Images werden nicht gecacht.</translation>
    </message>
    <message>
        <source>caching: cache filter, no authentication.</source>
        <translation>caching: Cache-Filter, keine Authentifizierung.</translation>
    </message>
    <message>
        <source>cachemanagement: cache filter and the legacy cache management routes, no authentication.</source>
        <translation>cachemanagement: Cache-Filter und die alten Routen zur Cache-Verwaltung, keine Authentifizierung.</translation>
    </message>
    <message>
        <source>keystone+caching: Keystone authentication and the cache filter (the usual choice for caching).</source>
        <translation>keystone+caching: Keystone-Authentifizierung und Cache-Filter (die übliche Wahl für Caching).</translation>
    </message>
    <message>
        <source>keystone+cachemanagement: Keystone authentication, the cache filter and the legacy cache management routes.</source>
        <translation>keystone+cachemanagement: Keystone-Authentifizierung, Cache-Filter und die alten Routen zur Cache-Verwaltung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cache option this tool manages (option names are case-sensitive, as in oslo.config). Known options: %2.</source>
        <translation>„%1“ ist keine Cache-Option, die dieses Werkzeug verwaltet (Optionsnamen unterscheiden Groß- und Kleinschreibung, wie in oslo.config). Bekannte Optionen: %2.</translation>
    </message>
    <message>
        <source>image_cache_driver is centralized_db but worker_self_reference_url is not set; Glance refuses to start without this node&apos;s URL.</source>
        <translation>image_cache_driver ist centralized_db, aber worker_self_reference_url ist nicht gesetzt; ohne die URL dieses Knotens startet Glance nicht.</translation>
    </message>
    <message>
        <source>[paste_deploy] flavor %1 enables the cache filter but image_cache_dir is not set.</source>
        <translation>[paste_deploy] flavor %1 aktiviert den Cache-Filter, aber image_cache_dir ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2; choose one of: %3.</source>
        <translation>„%1“ ist kein gültiger Wert für %2; wählen Sie einen von: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration for %2: give whole seconds, or a number with s, m, h or d (for example 86400, 12h or 30m).</source>
        <translation>„%1“ ist keine Dauer für %2: Geben Sie ganze Sekunden an oder eine Zahl mit s, m, h oder d (zum Beispiel 86400, 12h oder 30m).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path; %2 must start with &apos;/&apos; so that glance-api and the cache tools, which run from different directories, find the same place.</source>
        <translation>„%1“ ist kein absoluter Pfad; %2 muss mit „/“ beginnen, damit glance-api und die Cache-Werkzeuge, die in unterschiedlichen Verzeichnissen laufen, denselben Ort finden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host name (for example https://glance-1.example.org:9292).</source>
        <translation>„%1“ ist keine http://- oder https://-URL mit Hostnamen (zum Beispiel https://glance-1.example.org:9292).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends with &apos;/&apos;: %2 names a file, not a directory.</source>
        <translation>„%1“ endet mit „/“: %2 bezeichnet eine Datei, kein Verzeichnis.</translation>
    </message>
    <message>
        <source>The value for %1 contains a line break or control character; a value must stay on one line, because oslo.config would read what follows as another option or as an indented continuation of this one.</source>
        <translation>Der Wert für %1 enthält einen Zeilenumbruch oder ein Steuerzeichen; ein Wert muss in einer Zeile bleiben, weil oslo.config den Rest als weitere Option oder als eingerückte Fortsetzung dieser Option lesen würde.</translation>
    </message>
    <message>
        <source>%1 needs a value; to go back to Glance&apos;s default, remove the line from the file instead.</source>
        <translation>%1 braucht einen Wert; um zum Standardwert von Glance zurückzukehren, entfernen Sie stattdessen die Zeile aus der Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts with &apos;%2&apos;, which oslo.config treats as a comment only at the start of a line: after &apos;=&apos; it would become the value of %3 itself.</source>
        <translation>„%1“ beginnt mit „%2“, was oslo.config nur am Zeilenanfang als Kommentar behandelt: Nach „=“ würde es selbst zum Wert von %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2...&apos;: oslo.config has no end-of-line comments, so that text would become part of the value of %3. Leave the comment out.</source>
        <translation>„%1“ enthält „%2...“: oslo.config kennt keine Kommentare am Zeilenende, daher würde dieser Text Teil des Werts von %3. Lassen Sie den Kommentar weg.</translation>
    </message>
    <message>
        <source>%1 = %2 is not a whole number ≥ %3 (oslo.config takes no units here); Glance would refuse to start.</source>
        <translation>%1 = %2 ist keine ganze Zahl ≥ %3 (oslo.config akzeptiert hier keine Einheiten); Glance würde nicht starten.</translation>
    </message>
    <message>
        <source>%1 = %2 is not one of the values this option takes.</source>
        <translation>%1 = %2 ist keiner der Werte, die diese Option annimmt.</translation>
    </message>
    <message>
        <source>image_cache_max_size is 0: the next prune deletes every cached image, and every image glance-api caches afterwards goes at the prune after that.</source>
        <translation>image_cache_max_size ist 0: Das nächste Ausdünnen löscht jedes Image im Cache, und jedes Image, das glance-api danach zwischenspeichert, beim folgenden.</translation>
    </message>
    <message>
        <source>image_cache_stall_time is 0: the cleaner deletes every incomplete download, even one being written at that moment.</source>
        <translation>image_cache_stall_time ist 0: Die Bereinigung löscht jeden unvollständigen Download, auch einen, der gerade geschrieben wird.</translation>
    </message>
    <message numerus="yes">
        <source>image_cache_stall_time is %Ln day(s): a download that stalled keeps its partial file, and blocks caching that image, that long.</source>
        <translation>
            <numerusform>image_cache_stall_time ist %Ln Tag: Ein hängengebliebener Download behält so lange seine Teildatei und blockiert so lange das Zwischenspeichern dieses Images.</numerusform>
            <numerusform>image_cache_stall_time ist %Ln Tage: Ein hängengebliebener Download behält so lange seine Teildatei und blockiert so lange das Zwischenspeichern dieses Images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values are written exactly as typed (&apos;$&apos; as &apos;$$&apos;), never as a reference to another option; type the directory itself.</source>
        <translation>Werte werden genau so geschrieben, wie sie eingegeben wurden („$“ als „$$“), nie als Verweis auf eine andere Option; geben Sie das Verzeichnis selbst ein.</translation>
    </message>
    <message>
        <source>sqlite: a SQLite database in the cache directory (the default up to Glance 2023.2; works on any file system).</source>
        <translation>sqlite: eine SQLite-Datenbank im Cache-Verzeichnis (Standard bis Glance 2023.2; funktioniert auf jedem Dateisystem).</translation>
    </message>
    <message>
        <source>centralized_db: records in Glance&apos;s main database, shared by all nodes; the default from Glance 2024.1 (Caracal), unknown before, and each node needs worker_self_reference_url.</source>
        <translation>centralized_db: Einträge in der Hauptdatenbank von Glance, von allen Knoten geteilt; Standard ab Glance 2024.1 (Caracal), davor unbekannt, und jeder Knoten braucht worker_self_reference_url.</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the image cache directory</source>
        <translation>Image-Cache-Verzeichnis wählen</translation>
    </message>
</context>
<context>
    <name>OrphansModel</name>
    <message>
        <source>File without record</source>
        <translation>Datei ohne Eintrag</translation>
    </message>
    <message>
        <source>Record without file</source>
        <translation>Eintrag ohne Datei</translation>
    </message>
    <message>
        <source>Listed as cached and pruned as 0 bytes; deleting it removes the record.</source>
        <translation>Wird als gecacht gelistet und beim Ausdünnen mit 0 Bytes gezählt; Löschen entfernt den Eintrag.</translation>
    </message>
    <message>
        <source>Not an image (lock, temp or leftover file): counts toward the size, never pruned.</source>
        <translation>Kein Image (Sperr-, Temporär- oder Restdatei): zählt zur Größe, wird nie ausgedünnt.</translation>
    </message>
    <message>
        <source>Served and counted toward the size, but prune can never remove it.</source>
        <translation>Wird ausgeliefert und zur Größe gezählt, aber Ausdünnen kann es nie entfernen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Image-Name</translation>
    </message>
</context>
<context>
    <name>OsloConfig</name>
    <message>
        <source>Cannot read the configuration file %1: %2</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a configuration file.</source>
        <translation>%1 ist zu groß für eine Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 ist keine Textdatei.</translation>
    </message>
    <message>
        <source>unexpected continuation line</source>
        <translation>unerwartete Fortsetzungszeile</translation>
    </message>
    <message>
        <source>invalid section (must end with ])</source>
        <translation>ungültiger Abschnitt (muss mit ] enden)</translation>
    </message>
    <message>
        <source>empty section name</source>
        <translation>leerer Abschnittsname</translation>
    </message>
    <message>
        <source>no &apos;:&apos; or &apos;=&apos; found in assignment</source>
        <translation>kein „:“ oder „=“ in der Zuweisung gefunden</translation>
    </message>
    <message>
        <source>key cannot be empty</source>
        <translation>Schlüssel darf nicht leer sein</translation>
    </message>
    <message>
        <source>section must be started before assignment</source>
        <translation>vor einer Zuweisung muss ein Abschnitt beginnen</translation>
    </message>
    <message>
        <source>The configuration directory %1 does not exist.</source>
        <translation>Das Konfigurationsverzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean (true/false, yes/no, on/off, 1/0)</source>
        <translation>„%1“ ist kein Wahrheitswert (true/false, yes/no, on/off, 1/0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list in brackets ([a, b])</source>
        <translation>„%1“ ist keine Liste in eckigen Klammern ([a, b])</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of key:value pairs</source>
        <translation>„%1“ ist keine Liste von Schlüssel:Wert-Paaren</translation>
    </message>
    <message>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>%1: $%2 leads back to itself through its references; oslo.config would recurse without end and Glance would not start. Write $$ for a literal &apos;$&apos;.</source>
        <translation>%1: $%2 verweist über seine Verweise auf sich selbst; oslo.config würde endlos rekursiv lesen und Glance würde nicht starten. Schreiben Sie $$ für ein wörtliches „$“.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>[%1] %2 nor %2 in [DEFAULT]</source>
        <translation>[%1] %2 und auch kein %2 in [DEFAULT]</translation>
    </message>
    <message>
        <source>%1: $%2 cannot be resolved: Glance has no option %3, so oslo.config stops with &apos;no such option&apos; and Glance would not start. Write $$ for a literal &apos;$&apos;.</source>
        <translation>%1: $%2 lässt sich nicht auflösen: Glance hat keine Option %3, daher bricht oslo.config mit „no such option“ ab und Glance würde nicht starten. Schreiben Sie $$ für ein wörtliches „$“.</translation>
    </message>
    <message>
        <source>%1: $%2 refers to an option whose value cannot be read: %3 (%4).</source>
        <translation>%1: $%2 verweist auf eine Option, deren Wert sich nicht lesen lässt: %3 (%4).</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
</context>
<context>
    <name>PartialImagesModel</name>
    <message>
        <source>Time since the download last wrote; older than image_cache_stall_time (%1) means stalled.</source>
        <translation>Zeit seit dem letzten Schreibvorgang des Downloads; älter als image_cache_stall_time (%1) bedeutet hängend.</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Zuletzt geschrieben</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>(no reason recorded)</source>
        <translation>(kein Grund gespeichert)</translation>
    </message>
    <message>
        <source>%1 — stalled</source>
        <translation>%1 — hängend</translation>
    </message>
    <message>
        <source>Older than image_cache_stall_time: Clean will delete it.</source>
        <translation>Älter als image_cache_stall_time: Bereinigen löscht es.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Recalculate</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Prune preview</source>
        <translation>Vorschau: Ausdünnen</translation>
    </message>
    <message>
        <source>Clean preview</source>
        <translation>Vorschau: Bereinigen</translation>
    </message>
    <message>
        <source>Prune deletes the least recently accessed images until the cache is no larger than the limit, exactly as glance-cache-pruner would. Nothing is deleted until you confirm.</source>
        <translation>Ausdünnen löscht die am längsten nicht genutzten Images, bis der Cache nicht mehr größer als das Limit ist – genau wie glance-cache-pruner. Gelöscht wird erst nach Ihrer Bestätigung.</translation>
    </message>
    <message>
        <source>Clean deletes every file in invalid/ and the downloads in incomplete/ that have not been written to for longer than the stall time, as glance-cache-cleaner would. Nothing is deleted until you confirm.</source>
        <translation>Bereinigen löscht alle Dateien in invalid/ sowie die Downloads in incomplete/, in die länger als die Stillstandszeit nicht geschrieben wurde – wie glance-cache-cleaner. Gelöscht wird erst nach Ihrer Bestätigung.</translation>
    </message>
    <message>
        <source>Limit (image_cache_max_size):</source>
        <translation>Limit (image_cache_max_size):</translation>
    </message>
    <message>
        <source>Bytes, or a size such as 10G or 500M</source>
        <translation>Bytes oder eine Größe wie 10G oder 500M</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Ausdünnen</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Plan wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiteres</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache (%1) is within the limit of %2: nothing would be pruned.</source>
        <translation>Der Cache (%1) liegt innerhalb des Limits von %2: Es würde nichts ausgedünnt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln image(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Image&lt;/b&gt; würde gelöscht; dadurch würden &lt;b&gt;%1&lt;/b&gt; (%2) frei. Der Cache ginge von %3 auf &lt;b&gt;%4&lt;/b&gt; zurück (Limit %5).</numerusform>
            <numerusform>&lt;b&gt;%Ln Images&lt;/b&gt; würden gelöscht; dadurch würden &lt;b&gt;%1&lt;/b&gt; (%2) frei. Der Cache ginge von %3 auf &lt;b&gt;%4&lt;/b&gt; zurück (Limit %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>It would still be over the limit: files without a record in cache.db count toward the size but cannot be pruned.</source>
        <translation>Er läge weiterhin über dem Limit: Dateien ohne Eintrag in cache.db zählen zur Größe, können aber nicht ausgedünnt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln image(s)</source>
        <translation>
            <numerusform>Ausdünnen (%Ln Image)</numerusform>
            <numerusform>Ausdünnen (%Ln Images)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>hängend</translation>
    </message>
    <message>
        <source>Nothing to clean: no invalid files and no download older than %1.</source>
        <translation>Nichts zu bereinigen: keine ungültigen Dateien und kein Download älter als %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Datei&lt;/b&gt; würde gelöscht; dadurch würden &lt;b&gt;%1&lt;/b&gt; frei: %2 ungültig, %3 hängend (seit %4 nicht beschrieben).</numerusform>
            <numerusform>&lt;b&gt;%Ln Dateien&lt;/b&gt; würden gelöscht; dadurch würden &lt;b&gt;%1&lt;/b&gt; frei: %2 ungültig, %3 hängend (seit %4 nicht beschrieben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean %Ln file(s)</source>
        <translation>
            <numerusform>Bereinigen (%Ln Datei)</numerusform>
            <numerusform>Bereinigen (%Ln Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stall time (image_cache_stall_time):</source>
        <translation>Stillstandszeit (image_cache_stall_time):</translation>
    </message>
    <message>
        <source>Seconds, or a duration such as 30m, 12h or 1d</source>
        <translation>Sekunden oder eine Dauer wie 30m, 12h oder 1d</translation>
    </message>
    <message>
        <source>The stall time is seconds ≥ 0, or a duration such as 30m, 12h or 1d.</source>
        <translation>Die Stillstandszeit ist in Sekunden ≥ 0 oder als Dauer wie 30m, 12h oder 1d anzugeben.</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Queue images for caching</source>
        <translation>Images zum Cachen in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11</source>
        <translation>4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11</translation>
    </message>
    <message>
        <source>No image IDs yet.</source>
        <translation>Noch keine Image-IDs.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) to queue.</source>
        <translation>
            <numerusform>%Ln Image für die Warteschlange.</numerusform>
            <numerusform>%Ln Images für die Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image in die Warteschlange stellen</numerusform>
            <numerusform>%Ln Images in die Warteschlange stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste image IDs, or any text that holds them: rows of &lt;tt&gt;openstack image list&lt;/tt&gt; or &lt;tt&gt;glance cache-list&lt;/tt&gt;, JSON, Image API URLs. Images already cached or queued are skipped. glance-api caches queued images when the cache API asks it to; Glance Cache Admin&apos;s fetch can download them too.</source>
        <translation>Fügen Sie Image-IDs ein oder beliebigen Text, der sie enthält: Zeilen von &lt;tt&gt;openstack image list&lt;/tt&gt; oder &lt;tt&gt;glance cache-list&lt;/tt&gt;, JSON, URLs der Image-API. Images, die schon im Cache oder in der Warteschlange sind, werden übersprungen. glance-api cacht Images aus der Warteschlange, wenn die Cache-API es dazu auffordert; der Abruf von Glance Cache Admin kann sie ebenfalls herunterladen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already cached</source>
        <translation>
            <numerusform>%Ln schon im Cache</numerusform>
            <numerusform>%Ln schon im Cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already queued</source>
        <translation>
            <numerusform>%Ln schon in der Warteschlange</numerusform>
            <numerusform>%Ln schon in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln image(s): %1.</source>
        <translation>
            <numerusform>%Ln Image übersprungen: %1.</numerusform>
            <numerusform>%Ln Images übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already cached</source>
        <translation>%1: schon im Cache</translation>
    </message>
    <message>
        <source>%1: already queued</source>
        <translation>%1: schon in der Warteschlange</translation>
    </message>
    <message>
        <source>No image IDs found in this text.</source>
        <translation>In diesem Text wurden keine Image-IDs gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ID(s) found</source>
        <translation>
            <numerusform>%Ln ID gefunden</numerusform>
            <numerusform>%Ln IDs gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to queue.</source>
        <translation>Nichts Neues für die Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated ID(s) counted once.</source>
        <translation>
            <numerusform>%Ln wiederholte ID einmal gezählt.</numerusform>
            <numerusform>%Ln wiederholte IDs je einmal gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mistyped ID(s) not queued (see below).</source>
        <translation>
            <numerusform>%Ln falsch geschriebene ID nicht eingereiht (siehe unten).</numerusform>
            <numerusform>%Ln falsch geschriebene IDs nicht eingereiht (siehe unten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuedImagesModel</name>
    <message>
        <source>Glance processes the queue oldest marker first.</source>
        <translation>Glance arbeitet die Warteschlange ab, beginnend mit der ältesten Markierung.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>In Warteschlange seit</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <source>deleted in Glance</source>
        <translation>in Glance gelöscht</translation>
    </message>
    <message>
        <source>not in Glance</source>
        <translation>nicht in Glance</translation>
    </message>
    <message>
        <source>cached on %1 of %2</source>
        <translation>im Cache auf %1 von %2</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes, Glance says %3</source>
        <translation>%1 hält %2 Bytes, Glance nennt %3</translation>
    </message>
    <message>
        <source>give the glance-api nodes with --node URL, or a glance-api.conf whose image_cache_driver is centralized_db (--config-file) to read the region from Glance&apos;s database.</source>
        <translation>geben Sie die glance-api-Knoten mit --node URL an, oder eine glance-api.conf, deren image_cache_driver centralized_db ist (--config-file), um die Region aus der Datenbank von Glance zu lesen.</translation>
    </message>
    <message>
        <source>a cache directory does not say where Glance&apos;s database is: give the glance-api.conf with --config-file, or the nodes with --node URL.</source>
        <translation>ein Cache-Verzeichnis sagt nicht, wo die Datenbank von Glance ist: geben Sie die glance-api.conf mit --config-file an, oder die Knoten mit --node URL.</translation>
    </message>
    <message>
        <source>%1 sets image_cache_driver = %2, so Glance&apos;s database holds no cache records of its nodes: give the nodes with --node URL, or add --from-database to read the region from its [database] connection anyway.</source>
        <translation>%1 setzt image_cache_driver = %2, daher verzeichnet die Datenbank von Glance keine Cache-Einträge seiner Knoten: geben Sie die Knoten mit --node URL an, oder fügen Sie --from-database hinzu, um die Region trotzdem aus seiner [database] connection zu lesen.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Last access (UTC)</source>
        <translation>Letzter Zugriff (UTC)</translation>
    </message>
    <message>
        <source>No glance-api has started with the cache against %1 yet: node_reference is empty.</source>
        <translation>Noch kein glance-api ist mit dem Cache gegen %1 gestartet: node_reference ist leer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>cached (%Ln hit(s))</source>
        <translation>
            <numerusform>im Cache (%Ln Treffer)</numerusform>
            <numerusform>im Cache (%Ln Treffer)</numerusform>
        </translation>
    </message>
    <message>
        <source>No node has anything cached according to %1.</source>
        <translation>Laut %1 hat kein Knoten etwas im Cache.</translation>
    </message>
</context>
<context>
    <name>RegionNodesModel</name>
    <message>
        <source>%1 is not among the connection&apos;s nodes: an old URL of a node whose address changed (its records stay in Glance&apos;s database), or a node not added to the connection yet.</source>
        <translation>%1 gehört nicht zu den Knoten der Verbindung: eine alte URL eines Knotens, dessen Adresse sich geändert hat (seine Einträge bleiben in der Datenbank von Glance), oder ein Knoten, der der Verbindung noch nicht hinzugefügt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Image</numerusform>
            <numerusform>%Ln Images</numerusform>
        </translation>
    </message>
    <message>
        <source>No cached image recorded.</source>
        <translation>Kein Image im Cache verzeichnet.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Letzter Zugriff</translation>
    </message>
</context>
<context>
    <name>RegionReader</name>
    <message>
        <source>Reading the region&apos;s cache records from %1 failed: %2</source>
        <translation>Das Lesen der Cache-Einträge der Region aus %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>(node %1, missing from node_reference)</source>
        <translation>(Knoten %1, fehlt in node_reference)</translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>warning: TLS certificates are not verified (--insecure): anyone on the path can read or alter what the nodes answer and see the token. For test clouds only.</source>
        <translation>Warnung: TLS-Zertifikate werden nicht geprüft (--insecure): Jeder auf dem Netzwerkpfad kann die Antworten der Knoten lesen oder verändern und das Token sehen. Nur für Test-Clouds.</translation>
    </message>
    <message>
        <source>--node needs the URL of a glance-api node, such as http://node-1:9292.</source>
        <translation>--node braucht die URL eines glance-api-Knotens, etwa http://node-1:9292.</translation>
    </message>
    <message>
        <source>Nothing was sent to any node.</source>
        <translation>An keinen Knoten wurde etwas gesendet.</translation>
    </message>
    <message>
        <source>%1 changes the caches of the nodes; confirm with --yes when not running on a terminal. Nothing was sent.</source>
        <translation>%1 verändert die Caches der Knoten; ohne Terminal mit --yes bestätigen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Cache API</source>
        <translation>Cache-API</translation>
    </message>
    <message>
        <source>Prune/clean API</source>
        <translation>Ausdünn-/Bereinigungs-API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) from the caches and queues of %1?</source>
        <translation>
            <numerusform>%Ln Image aus den Caches und Warteschlangen von %1 löschen?</numerusform>
            <numerusform>%Ln Images aus den Caches und Warteschlangen von %1 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln Knoten</numerusform>
            <numerusform>%Ln Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>image %ID removed from the cache and queue.</source>
        <translation>Image %ID aus Cache und Warteschlange entfernt.</translation>
    </message>
    <message>
        <source>every cached image</source>
        <translation>alle Images im Cache</translation>
    </message>
    <message>
        <source>every queued image</source>
        <translation>alle Images in der Warteschlange</translation>
    </message>
    <message>
        <source>every cached and queued image</source>
        <translation>alle Images im Cache und in der Warteschlange</translation>
    </message>
    <message>
        <source>Delete %1 on %2?</source>
        <translation>%1 auf %2 löschen?</translation>
    </message>
    <message>
        <source>cleared.</source>
        <translation>geleert.</translation>
    </message>
    <message numerus="yes">
        <source>pruned %Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei ausgedünnt</numerusform>
            <numerusform>%Ln Dateien ausgedünnt</numerusform>
        </translation>
    </message>
    <message>
        <source>cleaned (invalid and stalled files removed).</source>
        <translation>bereinigt (ungültige und hängende Dateien entfernt).</translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation>lokal: %1</translation>
    </message>
    <message>
        <source>Image names and orphans are not shown: %1</source>
        <translation>Image-Namen und verwaiste Images werden nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <source>cached (%Ln hit(s))</source>
        <translation>
            <numerusform>im Cache (%Ln Treffer)</numerusform>
            <numerusform>im Cache (%Ln Treffer)</numerusform>
        </translation>
    </message>
    <message>
        <source>not in Glance</source>
        <translation>nicht in Glance</translation>
    </message>
    <message>
        <source>cached on %1 of %2</source>
        <translation>auf %1 von %2 im Cache</translation>
    </message>
    <message>
        <source>No source has anything cached or queued.</source>
        <translation>Keine Quelle hat etwas im Cache oder in der Warteschlange.</translation>
    </message>
    <message>
        <source>image %1 queued; the node caches it now.</source>
        <translation>Image %1 in die Warteschlange gestellt; der Knoten legt es jetzt im Cache ab.</translation>
    </message>
    <message>
        <source>image %1 is already cached; nothing sent.</source>
        <translation>Image %1 ist bereits im Cache; nichts gesendet.</translation>
    </message>
    <message>
        <source>image %1 is already queued; nothing sent.</source>
        <translation>Image %1 ist bereits in der Warteschlange; nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>RemoteConnection</name>
    <message>
        <source>The connection settings changed while signing in; try again.</source>
        <translation>Die Verbindungseinstellungen haben sich während der Anmeldung geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SqlAlchemyUrl</name>
    <message>
        <source>The database connection is not an SQLAlchemy URL: expected dialect[+driver]://user:password@host[:port]/database (the value is not shown, as it may hold the password).</source>
        <translation>Die Datenbankverbindung ist keine SQLAlchemy-URL: erwartet wird dialect[+driver]://user:password@host[:port]/database (der Wert wird nicht angezeigt, da er das Passwort enthalten kann).</translation>
    </message>
    <message>
        <source>The database connection %1 is not an SQLAlchemy URL: expected dialect[+driver]://user:password@host[:port]/database.</source>
        <translation>Die Datenbankverbindung %1 ist keine SQLAlchemy-URL: erwartet wird dialect[+driver]://user:password@host[:port]/database.</translation>
    </message>
    <message>
        <source>The database connection %1 names the dialect &quot;postgres&quot;, which SQLAlchemy no longer accepts (since 1.4): write postgresql:// instead.</source>
        <translation>Die Datenbankverbindung %1 nennt den Dialekt „postgres“, den SQLAlchemy nicht mehr akzeptiert (seit 1.4): Schreiben Sie stattdessen postgresql://.</translation>
    </message>
    <message>
        <source>The database connection %1 uses the dialect &quot;%2&quot;; Glance Cache Admin reads %3.</source>
        <translation>Die Datenbankverbindung %1 verwendet den Dialekt „%2“; Glance Cache Admin liest %3.</translation>
    </message>
    <message>
        <source>The host part of the database connection %1 contains &apos;@&apos;: a password or user name that contains &apos;@&apos; must be written as %40.</source>
        <translation>Der Host-Teil der Datenbankverbindung %1 enthält „@“: In einem Passwort oder Benutzernamen muss „@“ als %40 geschrieben werden.</translation>
    </message>
    <message>
        <source>The port in the database connection %1 is not a number from 0 to 65535.</source>
        <translation>Der Port in der Datenbankverbindung %1 ist keine Zahl von 0 bis 65535.</translation>
    </message>
</context>
<context>
    <name>SqlConnectionSetup</name>
    <message>
        <source>The database connection %1 gives the option %2 more than once; Glance Cache Admin can use only one value.</source>
        <translation>Die Datenbankverbindung %1 gibt die Option %2 mehrfach an; Glance Cache Admin kann nur einen Wert verwenden.</translation>
    </message>
    <message>
        <source>The option %1 of the database connection %2 contains &apos;;&apos;, which Qt&apos;s database drivers cannot pass on.</source>
        <translation>Die Option %1 der Datenbankverbindung %2 enthält „;“, das die Datenbanktreiber von Qt nicht weitergeben können.</translation>
    </message>
    <message>
        <source>The database connection %1 reads its settings from a MySQL option file (%2=), which Glance Cache Admin cannot follow yet: put user, password, host and database into the URL.</source>
        <translation>Die Datenbankverbindung %1 liest ihre Einstellungen aus einer MySQL-Optionsdatei (%2=), der Glance Cache Admin noch nicht folgen kann: Geben Sie Benutzer, Passwort, Host und Datenbank in der URL an.</translation>
    </message>
    <message>
        <source>The port option of the database connection %1 is not a number.</source>
        <translation>Die Port-Option der Datenbankverbindung %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Qt&apos;s %1 database driver is not installed (Debian package %2); it is needed to read %3.</source>
        <translation>Der Datenbanktreiber %1 von Qt ist nicht installiert (Debian-Paket %2); er wird zum Lesen von %3 benötigt.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Verbindung zur Datenbank %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>SqliteSession</name>
    <message>
        <source>%1 is locked by another process (glance-api or a cron job) for longer than %2 s; nothing was changed, try again.</source>
        <translation>%1 ist seit mehr als %2 s von einem anderen Prozess (glance-api oder ein Cron-Job) gesperrt; es wurde nichts geändert, bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a SQLite database (%2). Glance cannot use it either; stop glance-api and move it aside to let Glance recreate it.</source>
        <translation>%1 ist beschädigt oder keine SQLite-Datenbank (%2). Auch Glance kann sie nicht verwenden; beenden Sie glance-api und verschieben Sie die Datei, damit Glance sie neu anlegt.</translation>
    </message>
    <message>
        <source>Permission denied: cannot write to %1 (run as the glance user or root).</source>
        <translation>Zugriff verweigert: %1 kann nicht beschrieben werden (als Benutzer glance oder root ausführen).</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Fehler in %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist: glance-api has not used this cache with the sqlite driver yet.</source>
        <translation>%1 existiert nicht: glance-api hat diesen Cache noch nicht mit dem Treiber sqlite verwendet.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Permission denied: cannot read %1.</source>
        <translation>Zugriff verweigert: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no cached_images table: it is not a Glance image cache database.</source>
        <translation>%1 hat keine Tabelle cached_images: Es ist keine Glance-Image-Cache-Datenbank.</translation>
    </message>
    <message>
        <source>%1 has an unexpected schema: cached_images has no %2 column.</source>
        <translation>%1 hat ein unerwartetes Schema: cached_images hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system (mounted so, or remounted read-only after disk errors); nothing was changed.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem (so eingehängt oder nach Plattenfehlern schreibgeschützt neu eingehängt); nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TreemapWidget</name>
    <message>
        <source>Cached images treemap</source>
        <translation>Treemap der Images im Cache</translation>
    </message>
    <message>
        <source>Each tile is a cached image: its area is the image&apos;s size, its colour how soon prune would delete it, from red (next to go) to blue (kept longest).</source>
        <translation>Jede Kachel ist ein Image im Cache: Ihre Fläche entspricht der Größe des Images, ihre Farbe zeigt, wie bald das Ausdünnen es löschen würde – von Rot (als Nächstes) bis Blau (am längsten behalten).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 of %2 (1 is evicted first)</source>
        <translation>%1 von %2 (1 wird zuerst entfernt)</translation>
    </message>
    <message>
        <source>Pruned first</source>
        <translation>Zuerst ausgedünnt</translation>
    </message>
    <message>
        <source>Pruned last</source>
        <translation>Zuletzt ausgedünnt</translation>
    </message>
    <message>
        <source>No cached image matches the filter</source>
        <translation>Kein Image im Cache entspricht dem Filter</translation>
    </message>
    <message>
        <source>No cached images</source>
        <translation>Keine Images im Cache</translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s)</source>
        <translation>
            <numerusform>%Ln kleineres Image</numerusform>
            <numerusform>%Ln kleinere Images</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Alle Images</translation>
    </message>
    <message>
        <source>&amp;Enter</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>Show only the %Ln smaller image(s)</source>
        <translation>
            <numerusform>Nur das kleinere Image anzeigen</numerusform>
            <numerusform>Nur die %Ln kleineren Images anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Up One Level</source>
        <translation>Eine Ebene &amp;nach oben</translation>
    </message>
    <message>
        <source>Click a part to go back to it; Backspace goes up one level.</source>
        <translation>Klicken Sie auf einen Teil, um dorthin zurückzukehren; die Rücktaste geht eine Ebene nach oben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s), %1 in all.
Too small to draw one by one: double-click or press Enter to show them on their own.</source>
        <translation>
            <numerusform>%Ln kleineres Image, insgesamt %1.
Zu klein, um einzeln gezeichnet zu werden: Doppelklicken oder die Eingabetaste drücken, um es für sich anzuzeigen.</numerusform>
            <numerusform>%Ln kleinere Images, insgesamt %1.
Zu klein, um einzeln gezeichnet zu werden: Doppelklicken oder die Eingabetaste drücken, um sie für sich anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tile is current; the arrow keys move between tiles.</source>
        <translation>Keine Kachel ist aktiv; mit den Pfeiltasten wechseln Sie zwischen den Kacheln.</translation>
    </message>
    <message>
        <source>Double-click to show them</source>
        <translation>Doppelklicken, um sie anzuzeigen</translation>
    </message>
</context>
<context>
    <name>UsageGauge</name>
    <message>
        <source>%1 of %2 (image_cache_max_size), %3%</source>
        <translation>%1 von %2 (image_cache_max_size), %3&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3&#xa0;%)</translation>
    </message>
</context>
</TS>
