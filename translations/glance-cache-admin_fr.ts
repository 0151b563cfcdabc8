<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityLog</name>
    <message>
        <source>Info</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Select an entry to see its whole result and details.</source>
        <translation>Sélectionnez une entrée pour voir son résultat complet et ses détails.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Vider le journal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>ByteSize</name>
    <message>
        <source>&apos;%1&apos; is not a size: give bytes, or a number with K, M, G or T (for example 10737418240 or 10G).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une taille&#xa0;: indiquez un nombre d&apos;octets, ou un nombre suivi de K, M, G ou T (par exemple 10737418240 ou 10G).</translation>
    </message>
</context>
<context>
    <name>CacheActions</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 changes the cache; confirm with --yes when not running on a terminal. Nothing was changed.</source>
        <translation>%1 modifie le cache&#xa0;; hors d&apos;un terminal, confirmez avec --yes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) (%1) from the cache in %2?</source>
        <translation>
            <numerusform>Supprimer %Ln image (%1) du cache dans %2&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln images (%1) du cache dans %2&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the queue in %1?</source>
        <translation>
            <numerusform>Retirer %Ln image de la file d&apos;attente dans %1&#xa0;?</numerusform>
            <numerusform>Retirer %Ln images de la file d&apos;attente dans %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed image %1 from the queue.</source>
        <translation>Image %1 retirée de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Image %1 was not queued.</source>
        <translation>L&apos;image %1 n&apos;était pas en file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln queued image(s) in %1?</source>
        <translation>
            <numerusform>Retirer toutes les images de la file d&apos;attente dans %1 (%Ln image)&#xa0;?</numerusform>
            <numerusform>Retirer toutes les images de la file d&apos;attente dans %1 (%Ln images)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln cached image(s) (%1)%2 in %3?</source>
        <translation>
            <numerusform>Supprimer toutes les images en cache (%Ln image, %1)%2 dans %3&#xa0;?</numerusform>
            <numerusform>Supprimer toutes les images en cache (%Ln images, %1)%2 dans %3&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln queued image(s)</source>
        <translation>
            <numerusform> et %Ln image en file d&apos;attente</numerusform>
            <numerusform> et %Ln images en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) from the cache.</source>
        <translation>
            <numerusform>%Ln fichier supprimé du cache.</numerusform>
            <numerusform>%Ln fichiers supprimés du cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln image(s) from the queue.</source>
        <translation>
            <numerusform>%Ln image retirée de la file d&apos;attente.</numerusform>
            <numerusform>%Ln images retirées de la file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache (%1) is within its limit of %2; nothing to prune.</source>
        <translation>Le cache (%1) respecte sa limite de %2&#xa0;; rien à élaguer.</translation>
    </message>
    <message>
        <source>would prune %1 (%2 bytes)</source>
        <translation>serait élaguée&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>pruned %1 (%2 bytes)</source>
        <translation>élaguée&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message numerus="yes">
        <source>Would prune %Ln image(s), %1 bytes (%2); the cache would go from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>L&apos;élagage supprimerait %Ln image, %1 octets (%2)&#xa0;; le cache passerait de %3 à %4 (limite %5).</numerusform>
            <numerusform>L&apos;élagage supprimerait %Ln images, %1 octets (%2)&#xa0;; le cache passerait de %3 à %4 (limite %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pruned %Ln image(s), %1 bytes (%2); the cache went from %3 to %4 (limit %5).</source>
        <translation>
            <numerusform>Élagage&#xa0;: %Ln image supprimée, %1 octets (%2)&#xa0;; le cache est passé de %3 à %4 (limite %5).</numerusform>
            <numerusform>Élagage&#xa0;: %Ln images supprimées, %1 octets (%2)&#xa0;; le cache est passé de %3 à %4 (limite %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Still over the limit: files without a record in cache.db are counted but cannot be pruned.</source>
        <translation>Toujours au-dessus de la limite&#xa0;: les fichiers sans enregistrement dans cache.db sont comptés mais ne peuvent pas être élagués.</translation>
    </message>
    <message>
        <source>would delete invalid %1 (%2 bytes)</source>
        <translation>serait supprimé (invalide)&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>deleted invalid %1 (%2 bytes)</source>
        <translation>supprimé (invalide)&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>would delete stalled %1 (%2 bytes)</source>
        <translation>serait supprimé (bloqué)&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>deleted stalled %1 (%2 bytes)</source>
        <translation>supprimé (bloqué)&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message numerus="yes">
        <source>Would clean %Ln file(s), %1.</source>
        <translation>
            <numerusform>Le nettoyage supprimerait %Ln fichier, %1.</numerusform>
            <numerusform>Le nettoyage supprimerait %Ln fichiers, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %Ln file(s), %1.</source>
        <translation>
            <numerusform>Nettoyage&#xa0;: %Ln fichier supprimé, %1.</numerusform>
            <numerusform>Nettoyage&#xa0;: %Ln fichiers supprimés, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheCtl</name>
    <message>
        <source>Show where the cache is, its driver, size against the limit and counts.</source>
        <translation>Affiche l&apos;emplacement du cache, son pilote, sa taille par rapport à la limite et les décomptes.</translation>
    </message>
    <message>
        <source>List cached and queued images (glance cache-list&apos;s columns).</source>
        <translation>Liste les images en cache et en file d&apos;attente (colonnes de glance cache-list).</translation>
    </message>
    <message>
        <source>List queued images in the order Glance processes them.</source>
        <translation>Liste les images en file d&apos;attente dans l&apos;ordre où Glance les traite.</translation>
    </message>
    <message>
        <source>List downloads in progress, with age and stalled flag.</source>
        <translation>Liste les téléchargements en cours, avec leur âge et l&apos;indicateur de blocage.</translation>
    </message>
    <message>
        <source>List failed downloads, with the recorded error.</source>
        <translation>Liste les téléchargements échoués, avec l&apos;erreur enregistrée.</translation>
    </message>
    <message>
        <source>Queue images for caching.</source>
        <translation>Met des images en file d&apos;attente pour la mise en cache.</translation>
    </message>
    <message>
        <source>Delete cached images (and their queue markers).</source>
        <translation>Supprime des images du cache (et leurs marqueurs de file d&apos;attente).</translation>
    </message>
    <message>
        <source>Remove images from the queue.</source>
        <translation>Retire des images de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Delete every cached and/or queued image.</source>
        <translation>Supprime toutes les images en cache et/ou en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Delete invalid files and stalled downloads, as glance-cache-cleaner.</source>
        <translation>Supprime les fichiers invalides et les téléchargements bloqués, comme glance-cache-cleaner.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Glance config file (repeatable).</source>
        <translation>Fichier de configuration Glance (répétable).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Directory of *.conf snippets.</source>
        <translation>Répertoire d&apos;extraits *.conf.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <source>The cache directory.</source>
        <translation>Le répertoire du cache.</translation>
    </message>
    <message>
        <source>sqlite or xattr.</source>
        <translation>sqlite ou xattr.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>What to clear: cache or queue (default both).</source>
        <translation>Ce qu&apos;il faut vider&#xa0;: cache ou queue (par défaut, les deux).</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>Limit in bytes (or 10G, 500M); default image_cache_max_size.</source>
        <translation>Limite en octets (ou 10G, 500M)&#xa0;; par défaut image_cache_max_size.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>Seconds after which an incomplete download counts as stalled; default image_cache_stall_time.</source>
        <translation>Secondes au-delà desquelles un téléchargement incomplet est considéré comme bloqué&#xa0;; par défaut image_cache_stall_time.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Show exactly what would be deleted; change nothing.</source>
        <translation>Montre exactement ce qui serait supprimé&#xa0;; ne modifie rien.</translation>
    </message>
    <message>
        <source>Image IDs (UUIDs); several may be given.</source>
        <translation>ID d&apos;images (UUID)&#xa0;; plusieurs sont possibles.</translation>
    </message>
    <message>
        <source>give at least one image ID.</source>
        <translation>indiquez au moins un ID d&apos;image.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--target must be cache or queue (leave it out for both).</source>
        <translation>--target doit valoir cache ou queue (omettez-le pour les deux).</translation>
    </message>
    <message>
        <source>Show (config show) or change (config set KEY VALUE) the cache options of the --config-file files.</source>
        <translation>Affiche (config show) ou modifie (config set KEY VALUE) les options de cache des fichiers donnés par --config-file.</translation>
    </message>
    <message>
        <source>Diagnose the cache and its configuration; exit 0 clean, 1 warnings, 2 errors.</source>
        <translation>Diagnostique le cache et sa configuration&#xa0;; code de sortie 0 sans problème, 1 avertissements, 2 erreurs.</translation>
    </message>
    <message>
        <source>show, or set KEY VALUE.</source>
        <translation>show, ou set KEY VALUE.</translation>
    </message>
    <message>
        <source>use &apos;config show&apos; or &apos;config set KEY VALUE&apos;.</source>
        <translation>utilisez «&#xa0;config show&#xa0;» ou «&#xa0;config set KEY VALUE&#xa0;».</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[o/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Usage: glance-cachectl [options] %1</source>
        <translation>Utilisation&#xa0;: glance-cachectl [options] %1</translation>
    </message>
    <message>
        <source>Download images from the Glance API into this cache, verified (no IDs: every queued image).</source>
        <translation>Télécharger des images depuis l&apos;API Glance dans ce cache, vérifiées (sans ID&#xa0;: toutes les images en file d&apos;attente).</translation>
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
Options globales&#xa0;:
  --config-file FICHIER  glance-api.conf ou glance-cache.conf&#xa0;; répétable, les fichiers suivants l&apos;emportent
  --config-dir RÉP       lit aussi RÉP/*.conf, comme le fait oslo.config
  --cache-dir RÉP        le répertoire du cache lui-même (au lieu d&apos;un fichier de configuration)
  --driver NOM           sqlite, xattr, centralized_db ou auto (détection d&apos;après la base de
                         données et le répertoire)&#xa0;; par défaut celui de la configuration,
                         sinon détecté d&apos;après sa base de données
  --json                 sortie lisible par une machine (format de l&apos;API de cache v2 pour list)
  --yes                  ne pas demander avant de supprimer
  --node URL             agit sur ce nœud glance-api via son API de cache au lieu d&apos;un cache local
                         (répétable&#xa0;; status, list, queue, delete, clear, prune, clean, nodes,
                         matrix)&#xa0;; identifiants comme les options --os-* de glanceclient
  -h, --help             aide&#xa0;; «&#xa0;glance-cachectl COMMANDE --help&#xa0;» pour l&apos;aide d&apos;une commande
  --version              affiche la version

Sans option d&apos;emplacement, le cache par défaut est utilisé&#xa0;: image_cache_dir de /etc/glance/glance-api.conf,
ou un cache de démonstration généré si cette option n&apos;est pas définie.
Code de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>--node works with status, list, queue, delete, clear, prune, clean, nodes and matrix; this command works on a local cache only.</source>
        <translation>--node fonctionne avec status, list, queue, delete, clear, prune, clean, nodes et matrix&#xa0;; cette commande ne fonctionne que sur un cache local.</translation>
    </message>
    <message>
        <source>A glance-api node&apos;s own URL (repeatable, or comma-separated): work through its cache API.</source>
        <translation>URL propre d&apos;un nœud glance-api (répétable, ou plusieurs séparées par des virgules)&#xa0;: agir via son API de cache.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>give the glance-api nodes with --node URL.</source>
        <translation>indiquez les nœuds glance-api avec --node URL.</translation>
    </message>
    <message>
        <source>the cache API prunes and cleans with each node&apos;s own settings; --max-size, --stall-time and --dry-run work on a local cache only.</source>
        <translation>l&apos;API de cache élague et nettoie selon les réglages propres à chaque nœud&#xa0;; --max-size, --stall-time et --dry-run ne fonctionnent que sur un cache local.</translation>
    </message>
    <message>
        <source>Images downloaded at once, 1 to 6 (default 2).</source>
        <translation>Nombre d&apos;images téléchargées simultanément, de 1 à 6 (par défaut 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 6.</source>
        <translation>--parallel attend un nombre de 1 à 6.</translation>
    </message>
    <message>
        <source>Re-hash cached images (no IDs: all) against Glance&apos;s checksums without moving their access times; offers to delete mismatches.</source>
        <translation>Recalculer les sommes de contrôle des images en cache (sans ID&#xa0;: toutes) et les comparer à celles de Glance, sans modifier leurs dates d&apos;accès&#xa0;; propose de supprimer les images non conformes.</translation>
    </message>
    <message>
        <source>Show what each glance-api node given with --node offers: API version, cache API, prune/clean; without --node, every node in Glance&apos;s database (centralized_db) with what it caches.</source>
        <translation>Affiche ce que propose chaque nœud glance-api indiqué avec --node&#xa0;: version de l&apos;API, API de cache, élagage/nettoyage&#xa0;; sans --node, chaque nœud de la base de données de Glance (centralized_db) avec ce qu&apos;il a en cache.</translation>
    </message>
    <message>
        <source>Show which --node caches or queues which image, with Glance&apos;s image names; a location option adds this node&apos;s cache. Without --node, the region as Glance&apos;s database (centralized_db) records it.</source>
        <translation>Affiche quel nœud (--node) a quelle image en cache ou en file d&apos;attente, avec les noms d&apos;images de Glance&#xa0;; une option d&apos;emplacement ajoute le cache de ce nœud-ci. Sans --node, la région telle que la base de données de Glance (centralized_db) l&apos;enregistre.</translation>
    </message>
    <message>
        <source>Read the region from [database] connection of the config (the centralized_db driver&apos;s tables) even when its image_cache_driver is not centralized_db; no node is asked.</source>
        <translation>Lit la région depuis [database] connection de la configuration (les tables du pilote centralized_db) même si son image_cache_driver n&apos;est pas centralized_db&#xa0;; aucun nœud n&apos;est interrogé.</translation>
    </message>
    <message>
        <source>Without --node, nodes and matrix read the whole region from Glance&apos;s database ([database] connection)
when the config&apos;s image_cache_driver is centralized_db, or with --from-database; no node is asked.
</source>
        <translation>Sans --node, nodes et matrix lisent toute la région dans la base de données de Glance ([database] connection)
quand l&apos;image_cache_driver de la configuration est centralized_db, ou avec --from-database&#xa0;; aucun nœud n&apos;est interrogé.
</translation>
    </message>
    <message>
        <source>--from-database reads the region from Glance&apos;s database and --node asks the nodes themselves: give one of them.</source>
        <translation>--from-database lit la région dans la base de données de Glance et --node interroge les nœuds eux-mêmes&#xa0;: indiquez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Usage: glance-cachectl [global options] COMMAND [command options] [ID...]

Inspect and manage a Glance image cache (sqlite, xattr or centralized_db driver) on this node.

Commands:
</source>
        <translation>Utilisation&#xa0;: glance-cachectl [options globales] COMMANDE [options de la commande] [ID...]

Inspecte et gère un cache d&apos;images Glance (pilote sqlite, xattr ou centralized_db) sur ce nœud.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Delete least recently used images until the cache fits its limit, as glance-cache-pruner. Deletes at once, without asking: --dry-run lists what it would delete.</source>
        <translation>Supprime les images les moins récemment utilisées jusqu&apos;à ce que le cache respecte sa limite, comme glance-cache-pruner. Supprime immédiatement, sans demander&#xa0;: --dry-run liste ce qui serait supprimé.</translation>
    </message>
    <message>
        <source>--stall-time takes seconds ≥ 0, or a duration such as 30m, 12h or 1d.</source>
        <translation>--stall-time prend des secondes ≥ 0, ou une durée comme 30m, 12h ou 1d.</translation>
    </message>
    <message>
        <source>%1 changes a cache, so it runs only on the one you name: give --config-file or --cache-dir. (Reading commands show a demo cache instead.)</source>
        <translation>%1 modifie un cache&#xa0;: il ne s’exécute que sur celui que vous désignez. Indiquez --config-file ou --cache-dir. (Les commandes de lecture affichent un cache de démonstration à la place.)</translation>
    </message>
    <message>
        <source>DEMO CACHE: generated sample data, not a Glance node.</source>
        <translation>CACHE DE DÉMONSTRATION&#xa0;: données d’exemple générées, pas un nœud Glance.</translation>
    </message>
</context>
<context>
    <name>CacheDirectory</name>
    <message>
        <source>The cache directory %1 does not exist.</source>
        <translation>Le répertoire du cache %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the cache directory %1: %2</source>
        <translation>Impossible d&apos;ouvrir le répertoire du cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <source>Permission denied: cannot read the cache directory %1.</source>
        <translation>Permission refusée&#xa0;: impossible de lire le répertoire du cache %1.</translation>
    </message>
    <message>
        <source>%1 is not a plain directory (a symlink?); refusing to use it.</source>
        <translation>%1 n&apos;est pas un répertoire ordinaire (un lien symbolique&#xa0;?)&#xa0;; utilisation refusée.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>Impossible de lister %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing to delete &apos;%1&apos;: it is not a file name inside the cache.</source>
        <translation>Refus de supprimer «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un nom de fichier à l&apos;intérieur du cache.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a cache file; left alone.</source>
        <translation>%1 est un répertoire, pas un fichier du cache&#xa0;; laissé tel quel.</translation>
    </message>
    <message>
        <source>Permission denied: cannot delete %1 (run as the glance user or root).</source>
        <translation>Permission refusée&#xa0;: impossible de supprimer %1 (exécutez en tant qu&apos;utilisateur glance ou root).</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing to queue &apos;%1&apos;: it is not a file name.</source>
        <translation>Refus de mettre «&#xa0;%1&#xa0;» en file d&apos;attente&#xa0;: ce n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Permission denied: cannot write in %1 (run as the glance user or root).</source>
        <translation>Permission refusée&#xa0;: impossible d&apos;écrire dans %1 (exécutez en tant qu&apos;utilisateur glance ou root).</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Glance image cache: it has no incomplete/, invalid/ or queue/ directory, no cache database and no file named by an image ID. Open the directory that image_cache_dir names in glance-api.conf.</source>
        <translation>%1 n&apos;est pas un cache d&apos;images Glance : il n&apos;a ni répertoire incomplete/, invalid/ ou queue/, ni base de données du cache, ni fichier nommé d&apos;après un ID d&apos;image. Ouvrez le répertoire que nomme image_cache_dir dans glance-api.conf.</translation>
    </message>
</context>
<context>
    <name>CacheHeader</name>
    <message>
        <source>&lt;b&gt;Demo cache&lt;/b&gt; — generated sample data, not a Glance node. Open a real cache with File → Open.</source>
        <translation>&lt;b&gt;Cache de démonstration&lt;/b&gt; — données d&apos;exemple générées, pas un nœud Glance. Ouvrez un vrai cache avec Fichier → Ouvrir un cache.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;from %1</source>
        <translation> &amp;nbsp;défini dans %1</translation>
    </message>
    <message>
        <source>Driver: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Pilote&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b23c00&apos;&gt;configured as %1&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#b23c00&apos;&gt;configuré&#xa0;: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 free on the filesystem</source>
        <translation>%1 libres sur le système de fichiers</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read the cache:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Impossible de lire le cache&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Records of node &lt;b&gt;%1&lt;/b&gt; in the database %2</source>
        <translation>Enregistrements du nœud &lt;b&gt;%1&lt;/b&gt; dans la base de données %2</translation>
    </message>
    <message>
        <source>Cache Options…</source>
        <translation>Options du cache…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cache&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun cache&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <source>Demo cache (generated sample data) in %1</source>
        <translation>Cache de démonstration (données d&apos;exemple générées) dans %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (défini dans %2)</translation>
    </message>
    <message>
        <source>%1 (records of %2 in %3)</source>
        <translation>%1 (enregistrements de %2 dans %3)</translation>
    </message>
</context>
<context>
    <name>CacheLocator</name>
    <message>
        <source>image_cache_dir is set under [default], but oslo.config only reads [DEFAULT] (section names are case-sensitive there), so caching is off.</source>
        <translation>image_cache_dir est défini sous [default], mais oslo.config ne lit que [DEFAULT] (les noms de section y sont sensibles à la casse)&#xa0;: la mise en cache est donc désactivée.</translation>
    </message>
    <message>
        <source>No cache given: use --cache-dir, --config-file or --config-dir.</source>
        <translation>Aucun cache indiqué&#xa0;: utilisez --cache-dir, --config-file ou --config-dir.</translation>
    </message>
    <message>
        <source>image_cache_dir is not set in %1, so Glance&apos;s image cache is off.</source>
        <translation>image_cache_dir n&apos;est pas défini dans %1&#xa0;: le cache d&apos;images de Glance est donc désactivé.</translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation>%1 n&apos;est pas lisible.</translation>
    </message>
    <message>
        <source>%1 = %2 is not a whole number of %3 ≥ 0; Glance would refuse to start with it.</source>
        <translation>%1 = %2 n&apos;est pas un nombre entier de %3 ≥ 0&#xa0;; Glance refuserait de démarrer avec cette valeur.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image cache driver; Glance accepts sqlite, xattr or centralized_db (or auto: detect from the database and the directory).</source>
        <translation>« %1 » n&apos;est pas un pilote de cache d&apos;images ; Glance accepte sqlite, xattr ou centralized_db (ou auto : détecter d&apos;après la base de données et le répertoire).</translation>
    </message>
    <message>
        <source>The centralized_db driver keeps its records in Glance&apos;s database, but [database] connection is not set in %1.</source>
        <translation>Le pilote centralized_db conserve ses enregistrements dans la base de données de Glance, mais [database] connection n&apos;est pas défini dans %1.</translation>
    </message>
    <message>
        <source>[database] connection cannot be used: %1</source>
        <translation>[database] connection est inutilisable : %1</translation>
    </message>
    <message>
        <source>image_cache_driver is centralized_db but worker_self_reference_url is not set in %1; glance-api refuses to start without it, and it is what tells this node&apos;s records apart from the others&apos;.</source>
        <translation>image_cache_driver vaut centralized_db mais worker_self_reference_url n&apos;est pas défini dans %1 ; glance-api refuse de démarrer sans lui, et c&apos;est lui qui distingue les enregistrements de ce nœud de ceux des autres.</translation>
    </message>
    <message>
        <source>The region is read from Glance&apos;s database: give the glance-api.conf that names it ([database] connection) with --config-file or --config-dir.</source>
        <translation>La région se lit dans la base de données de Glance&#xa0;: indiquez le glance-api.conf qui la nomme ([database] connection) avec --config-file ou --config-dir.</translation>
    </message>
    <message>
        <source>[database] connection (%1) contains a &apos;$&apos; that oslo.config reads as a reference to another option, which cannot be resolved, so Glance would not start. Write $$ for a literal &apos;$&apos;, in a password too.</source>
        <translation>[database] connection (%1) contient un « $ » qu’oslo.config lit comme une référence à une autre option, qui ne peut pas être résolue : Glance ne démarrerait pas. Écrivez $$ pour un « $ » littéral, y compris dans un mot de passe.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>CacheMatrix</name>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>CacheMatrixModel</name>
    <message>
        <source>Glance no longer has this image: the cached copies only take space.</source>
        <translation>Glance n&apos;a plus cette image&#xa0;: les copies en cache ne font qu&apos;occuper de l&apos;espace.</translation>
    </message>
    <message>
        <source>Cached on %1 of %2 answering sources: requests served by the others read it from the store.</source>
        <translation>En cache sur %1 des %2 sources ayant répondu&#xa0;: les requêtes servies par les autres la lisent depuis le stockage d&apos;images.</translation>
    </message>
    <message>
        <source>(deleted from Glance)</source>
        <translation>(supprimée de Glance)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Cached on %Ln source(s)</source>
        <translation>
            <numerusform>En cache sur %Ln source</numerusform>
            <numerusform>En cache sur %Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued on %Ln</source>
        <translation>
            <numerusform>en file d&apos;attente sur %Ln</numerusform>
            <numerusform>en file d&apos;attente sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cached · %Ln hit(s)</source>
        <translation>
            <numerusform>en cache · %Ln accès</numerusform>
            <numerusform>en cache · %Ln accès</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>Impossible de lister %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cached on %1: %2, %Ln hit(s), last accessed %3.</source>
        <translation>
            <numerusform>En cache sur %1&#xa0;: %2, %Ln accès, dernier accès&#xa0;: %3.</numerusform>
            <numerusform>En cache sur %1&#xa0;: %2, %Ln accès, dernier accès&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued on %1.</source>
        <translation>En file d&apos;attente sur %1.</translation>
    </message>
    <message>
        <source>Not cached on %1.</source>
        <translation>Pas en cache sur %1.</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (en échec)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached, %1 queued</source>
        <translation>
            <numerusform>%Ln image en cache, %1 en file d&apos;attente</numerusform>
            <numerusform>%Ln images en cache, %1 en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cached on</source>
        <translation>En cache sur</translation>
    </message>
    <message>
        <source>%1 (deleted from Glance)</source>
        <translation>%1 (supprimée de Glance)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CacheReports</name>
    <message>
        <source>DEMO CACHE: generated sample data, not a Glance node.</source>
        <translation>CACHE DE DÉMONSTRATION&#xa0;: données d&apos;exemple générées, pas un nœud Glance.</translation>
    </message>
    <message>
        <source>Cache directory: %1</source>
        <translation>Répertoire du cache&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Configuration:   %1</source>
        <translation>Configuration&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Driver:          %1 (configured: %2)</source>
        <translation>Pilote&#xa0;:                   %1 (configuré&#xa0;: %2)</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Size:            %1 of %2 max (%3 of %4 bytes, %5%)</source>
        <translation>Taille&#xa0;:                   %1 sur %2 max. (%3 sur %4 octets, %5&#xa0;%)</translation>
    </message>
    <message>
        <source>  Over the limit by %1: the pruner has not run or cannot keep up.</source>
        <translation>  Limite dépassée de %1&#xa0;: glance-cache-pruner n&apos;a pas été exécuté ou ne suit pas le rythme.</translation>
    </message>
    <message>
        <source>Free space:      %1</source>
        <translation>Espace libre&#xa0;:             %1</translation>
    </message>
    <message>
        <source>Cached images:   %1</source>
        <translation>Images en cache&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Queued images:   %1</source>
        <translation>Images en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incomplete:      %1 (%2 stalled, older than %3 s)</source>
        <translation>Incomplètes&#xa0;:              %1 (bloquées&#xa0;: %2, sans écriture depuis plus de %3 s)</translation>
    </message>
    <message>
        <source>Invalid:         %1</source>
        <translation>Invalides&#xa0;:                %1</translation>
    </message>
    <message>
        <source>Orphans:         %1</source>
        <translation>Orphelins&#xa0;:                %1</translation>
    </message>
    <message>
        <source>file without record: %1 (%2 bytes)</source>
        <translation>fichier sans enregistrement&#xa0;: %1 (%2 octets)</translation>
    </message>
    <message>
        <source>record without file: %1</source>
        <translation>enregistrement sans fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Records:         node %1 in %2</source>
        <translation>Enregistrements : nœud %1 dans %2</translation>
    </message>
</context>
<context>
    <name>CacheSession</name>
    <message>
        <source>Queueing images</source>
        <translation>Mise en file d&apos;attente des images</translation>
    </message>
    <message numerus="yes">
        <source>Queued %Ln image(s)</source>
        <translation>
            <numerusform>%Ln image mise en file d&apos;attente</numerusform>
            <numerusform>%Ln images mises en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln not queued (already cached, being cached or queued)</source>
        <translation>
            <numerusform>&#xa0;; %Ln non mise en file d&apos;attente (déjà en cache, en cours de mise en cache ou déjà en file d&apos;attente)</numerusform>
            <numerusform>&#xa0;; %Ln non mises en file d&apos;attente (déjà en cache, en cours de mise en cache ou déjà en file d&apos;attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>&#xa0;; %Ln en échec</numerusform>
            <numerusform>&#xa0;; %Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting images</source>
        <translation>Suppression des images</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %Ln image(s); %2 failed.</source>
        <translation>
            <numerusform>%1 sur %Ln image supprimée&#xa0;; %2 en échec.</numerusform>
            <numerusform>%1 sur %Ln images supprimées&#xa0;; %2 en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s).</source>
        <translation>
            <numerusform>%Ln image supprimée.</numerusform>
            <numerusform>%Ln images supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing from the queue</source>
        <translation>Retrait de la file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln image(s) from the queue.</source>
        <translation>
            <numerusform>%Ln image retirée de la file d&apos;attente.</numerusform>
            <numerusform>%Ln images retirées de la file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation>Vidage</translation>
    </message>
    <message>
        <source>Cleared: %1 cached file(s) and %2 queued image(s) deleted.</source>
        <translation>Vidage terminé&#xa0;: %1 fichier(s) du cache et %2 image(s) en file d&apos;attente supprimé(s).</translation>
    </message>
    <message>
        <source>Planning prune</source>
        <translation>Planification de l&apos;élagage</translation>
    </message>
    <message>
        <source>The prune plan could not be made.</source>
        <translation>Le plan d&apos;élagage n&apos;a pas pu être établi.</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>Élagage</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %Ln image(s), %1.</source>
        <translation>
            <numerusform>Élagage&#xa0;: %Ln image supprimée, %1.</numerusform>
            <numerusform>Élagage&#xa0;: %Ln images supprimées, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning clean</source>
        <translation>Planification du nettoyage</translation>
    </message>
    <message>
        <source>The clean plan could not be made.</source>
        <translation>Le plan de nettoyage n&apos;a pas pu être établi.</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Nettoyage</translation>
    </message>
    <message numerus="yes">
        <source>Cleaned %Ln file(s), %1.</source>
        <translation>
            <numerusform>Nettoyage&#xa0;: %Ln fichier supprimé, %1.</numerusform>
            <numerusform>Nettoyage&#xa0;: %Ln fichiers supprimés, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the cache was cancelled; press F5 to read it again.</source>
        <translation>La lecture du cache a été annulée&#xa0;; appuyez sur F5 pour le relire.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) were neither cached nor queued.</source>
        <translation>
            <numerusform>%Ln image n&apos;était ni en cache ni en file d&apos;attente.</numerusform>
            <numerusform>%Ln images n&apos;étaient ni en cache ni en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %Ln record(s) without a file: nothing freed.</source>
        <translation>
            <numerusform>%Ln enregistrement sans fichier oublié : rien de libéré.</numerusform>
            <numerusform>%Ln enregistrements sans fichier oubliés : rien de libéré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) without a record: %1 freed.</source>
        <translation>
            <numerusform>%Ln fichier sans enregistrement supprimé : %1 libérés.</numerusform>
            <numerusform>%Ln fichiers sans enregistrement supprimés : %1 libérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln foreign file(s): %1 freed.</source>
        <translation>
            <numerusform>%Ln fichier étranger supprimé : %1 libérés.</numerusform>
            <numerusform>%Ln fichiers étrangers supprimés : %1 libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s) left alone.</source>
        <translation>
            <numerusform>%Ln orphelin laissé tel quel.</numerusform>
            <numerusform>%Ln orphelins laissés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing orphans</source>
        <translation>Suppression des orphelins</translation>
    </message>
    <message numerus="yes">
        <source>Among them Glance&apos;s own lock file(s) %1.</source>
        <translation>
            <numerusform>Dont le fichier de verrou de Glance %1.</numerusform>
            <numerusform>Dont les fichiers de verrou de Glance %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheWriter</name>
    <message>
        <source>Image %1 is already cached.</source>
        <translation>L&apos;image %1 est déjà en cache.</translation>
    </message>
    <message>
        <source>%1 already records image %2 although its file is missing; delete the image from the cache first.</source>
        <translation>%1 enregistre déjà l&apos;image %2 alors que son fichier est absent&#xa0;; supprimez d&apos;abord l&apos;image du cache.</translation>
    </message>
    <message>
        <source>Image %1 is being written to the cache now (incomplete/, modified %2 s ago); Glance&apos;s cleaner treats it as stalled after %3 s.</source>
        <translation>L&apos;image %1 est en cours d&apos;écriture dans le cache (incomplete/, modifiée il y a %2 s)&#xa0;; le nettoyeur de Glance la considère comme bloquée au bout de %3 s.</translation>
    </message>
    <message>
        <source>%1 is not a plain directory (a symlink?); refusing to use it.</source>
        <translation>%1 n&apos;est pas un répertoire ordinaire (un lien symbolique&#xa0;?)&#xa0;; utilisation refusée.</translation>
    </message>
    <message>
        <source>Another process started writing image %1 at the same moment.</source>
        <translation>Un autre processus a commencé à écrire l&apos;image %1 au même moment.</translation>
    </message>
    <message>
        <source>Permission denied: cannot write in %1 (run as the glance user or root).</source>
        <translation>Permission refusée&#xa0;: impossible d&apos;écrire dans %1 (exécutez en tant qu&apos;utilisateur glance ou root).</translation>
    </message>
    <message>
        <source>The filesystem of %1 is full.</source>
        <translation>Le système de fichiers de %1 est plein.</translation>
    </message>
    <message>
        <source>another process cached image %1 meanwhile; that copy is kept</source>
        <translation>un autre processus a mis l&apos;image %1 en cache entre-temps&#xa0;; cette copie est conservée</translation>
    </message>
    <message>
        <source>another process recorded image %1 meanwhile</source>
        <translation>un autre processus a enregistré l&apos;image %1 entre-temps</translation>
    </message>
    <message>
        <source>another process wrote %1 at the same time</source>
        <translation>un autre processus a écrit %1 en même temps</translation>
    </message>
    <message>
        <source>user.hits on %1</source>
        <translation>user.hits sur %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>incomplete/%1 now belongs to another writer and was left alone.</source>
        <translation>incomplete/%1 appartient désormais à un autre processus d&apos;écriture et n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>The partial download is in %1.</source>
        <translation>Le téléchargement partiel se trouve dans %1.</translation>
    </message>
    <message>
        <source>The partial download was deleted (%1).</source>
        <translation>Le téléchargement partiel a été supprimé (%1).</translation>
    </message>
    <message>
        <source>Reading this node&apos;s cache records from %1 failed: %2</source>
        <translation>La lecture des enregistrements de cache de ce nœud depuis %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 already records image %2 for this node (%3) although its file is missing; delete the image from the cache first.</source>
        <translation>%1 enregistre déjà l&apos;image %2 pour ce nœud (%3) bien que son fichier manque&#xa0;; supprimez d&apos;abord l&apos;image du cache.</translation>
    </message>
    <message>
        <source>recording image %1 in %2 failed: %3</source>
        <translation>l&apos;enregistrement de l&apos;image %1 dans %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>another process recorded image %1 for this node meanwhile</source>
        <translation>un autre processus a enregistré l&apos;image %1 pour ce nœud entre-temps</translation>
    </message>
</context>
<context>
    <name>CachedImagesModel</name>
    <message>
        <source>The order in which prune would delete: 1 goes first (least recently accessed).</source>
        <translation>Ordre dans lequel l&apos;élagage supprimerait&#xa0;: 1 part en premier (accès le moins récent).</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Cached at</source>
        <translation>En cache depuis</translation>
    </message>
    <message>
        <source>Prune order</source>
        <translation>Ordre d&apos;élagage</translation>
    </message>
    <message>
        <source>%1 of the cache&apos;s %2</source>
        <translation>%1 sur les %2 du cache</translation>
    </message>
    <message>
        <source>cache.db records this image but its file is missing.</source>
        <translation>cache.db référence cette image mais son fichier est absent.</translation>
    </message>
</context>
<context>
    <name>CentralDbConnection</name>
    <message>
        <source>%1 has no image cache tables (node_reference, cached_images) and no alembic_version table: it does not hold Glance&apos;s database.</source>
        <translation>%1 n&apos;a ni tables de cache d&apos;images (node_reference, cached_images) ni table alembic_version&#xa0;: ce n&apos;est pas la base de données de Glance.</translation>
    </message>
    <message>
        <source>%1 has no image cache tables (node_reference, cached_images): its Glance schema is at revision %2, older than 2024.1, whose migration 2024_1_expand01 adds them. Run glance-manage db sync before using the centralized_db driver.</source>
        <translation>%1 n&apos;a pas de tables de cache d&apos;images (node_reference, cached_images)&#xa0;: son schéma Glance est à la révision %2, antérieure à 2024.1, dont la migration 2024_1_expand01 les ajoute. Lancez glance-manage db sync avant d&apos;utiliser le pilote centralized_db.</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucune enregistrée)</translation>
    </message>
</context>
<context>
    <name>CentralDbInspector</name>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>CentralDbSchema</name>
    <message>
        <source>The database account %1 may not read Glance&apos;s image cache tables in %2 (the server says: %3). Grant it SELECT on node_reference and cached_images, or use the [database] connection glance-api itself uses; nothing was changed.</source>
        <translation>Le compte de base de données %1 n&apos;a pas le droit de lire les tables du cache d&apos;images de Glance dans %2 (le serveur répond : %3). Accordez-lui SELECT sur node_reference et cached_images, ou utilisez la [database] connection de glance-api lui-même ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun indiqué)</translation>
    </message>
</context>
<context>
    <name>CentralDbSession</name>
    <message>
        <source>Reading this node&apos;s cache records from %1 failed: %2</source>
        <translation>La lecture des enregistrements de cache de ce nœud depuis %1 a échoué : %2</translation>
    </message>
    <message>
        <source>worker_self_reference_url %1 is not in node_reference of %2, which lists no node at all: no glance-api has started with the cache against this database yet.</source>
        <translation>worker_self_reference_url %1 ne figure pas dans node_reference de %2, qui ne liste aucun nœud : aucun glance-api n&apos;a encore démarré avec le cache sur cette base de données.</translation>
    </message>
    <message>
        <source>worker_self_reference_url %1 is not in node_reference of %2: no glance-api has started with this URL against that database, or the URL changed. The nodes it knows: %3.</source>
        <translation>worker_self_reference_url %1 ne figure pas dans node_reference de %2 : aucun glance-api n&apos;a démarré avec cette URL sur cette base de données, ou l&apos;URL a changé. Les nœuds qu&apos;elle connaît : %3.</translation>
    </message>
</context>
<context>
    <name>CentralizedDbBackend</name>
    <message>
        <source>Reading this node&apos;s cache records from %1 failed: %2</source>
        <translation>La lecture des enregistrements de cache de ce nœud depuis %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Deleting this node&apos;s cache records in %1 failed: %2</source>
        <translation>La suppression des enregistrements de cache de ce nœud dans %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 failed (%2); nothing was deleted.</source>
        <translation>La base de données %1 a échoué (%2)&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s); then the database %1 failed (%2). From image %3 on, files and records were left as they were.</source>
        <translation>
            <numerusform>%Ln image supprimée&#xa0;; puis la base de données %1 a échoué (%2). À partir de l&apos;image %3, fichiers et enregistrements sont restés tels quels.</numerusform>
            <numerusform>%Ln images supprimées&#xa0;; puis la base de données %1 a échoué (%2). À partir de l&apos;image %3, fichiers et enregistrements sont restés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln image(s) before this failure, which left the image&apos;s file and record as they were: %1</source>
        <translation>
            <numerusform>%Ln image supprimée avant cet échec, qui a laissé le fichier et l&apos;enregistrement de l&apos;image tels quels&#xa0;: %1</numerusform>
            <numerusform>%Ln images supprimées avant cet échec, qui a laissé le fichier et l&apos;enregistrement de l&apos;image tels quels&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file of image %1 was deleted but removing its record from %2 failed (%3); the %Ln image(s) before it were deleted completely. Glance leaves the same state when this happens to it: the record is listed without a file until it is deleted again once the database is reachable.</source>
        <translation>
            <numerusform>Le fichier de l&apos;image %1 a été supprimé mais la suppression de son enregistrement dans %2 a échoué (%3)&#xa0;; l&apos;image précédente (%Ln) a été entièrement supprimée. Glance laisse le même état quand cela lui arrive&#xa0;: l&apos;enregistrement est listé sans fichier jusqu&apos;à une nouvelle suppression, une fois la base de données joignable.</numerusform>
            <numerusform>Le fichier de l&apos;image %1 a été supprimé mais la suppression de son enregistrement dans %2 a échoué (%3)&#xa0;; les %Ln images précédentes ont été entièrement supprimées. Glance laisse le même état quand cela lui arrive&#xa0;: l&apos;enregistrement est listé sans fichier jusqu&apos;à une nouvelle suppression, une fois la base de données joignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing this node&apos;s cache records in %1 failed (%2); nothing was changed.</source>
        <translation>L&apos;effacement des enregistrements de cache de ce nœud dans %1 a échoué (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s), but removing this node&apos;s records from %1 then failed (%2). Glance leaves the same state when this happens to it: those records are listed without a file until the cache is cleared again once the database is reachable.</source>
        <translation>
            <numerusform>%Ln fichier supprimé, mais la suppression des enregistrements de ce nœud dans %1 a ensuite échoué (%2). Glance laisse le même état quand cela lui arrive&#xa0;: ces enregistrements sont listés sans fichier jusqu&apos;à un nouvel effacement du cache, une fois la base de données joignable.</numerusform>
            <numerusform>%Ln fichiers supprimés, mais la suppression des enregistrements de ce nœud dans %1 a ensuite échoué (%2). Glance laisse le même état quand cela lui arrive&#xa0;: ces enregistrements sont listés sans fichier jusqu&apos;à un nouvel effacement du cache, une fois la base de données joignable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln file(s) and their records before this failure; the other files and their records were kept: %1</source>
        <translation>
            <numerusform>%Ln fichier et son enregistrement supprimés avant cet échec&#xa0;; les autres fichiers et leurs enregistrements ont été conservés&#xa0;: %1</numerusform>
            <numerusform>%Ln fichiers et leurs enregistrements supprimés avant cet échec&#xa0;; les autres fichiers et leurs enregistrements ont été conservés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the records of the deleted files failed too (%1).</source>
        <translation>La suppression des enregistrements des fichiers supprimés a échoué elle aussi (%1).</translation>
    </message>
    <message>
        <source>Pruning cannot bring this cache under its limit: once every record of this node is pruned, %1 bytes of files remain against the limit of %2 bytes. They are files without a record in the database (orphans, lock files, anything else in %3; see status), which Glance counts but can never prune; its own prune loops forever here, ours stops. Delete those files, or raise image_cache_max_size.</source>
        <translation>L&apos;élagage ne peut pas ramener ce cache sous sa limite&#xa0;: une fois tous les enregistrements de ce nœud élagués, il reste %1 octets de fichiers pour une limite de %2 octets. Ce sont des fichiers sans enregistrement dans la base de données (orphelins, fichiers de verrou, tout autre fichier de %3&#xa0;; voir status), que Glance compte mais ne peut jamais élaguer&#xa0;; son propre élagage boucle alors sans fin, le nôtre s&apos;arrête. Supprimez ces fichiers ou augmentez image_cache_max_size.</translation>
    </message>
</context>
<context>
    <name>CloudsYaml</name>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 désigne %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>c&apos;est un répertoire</translation>
    </message>
    <message>
        <source>%1 is too large to be a clouds.yaml file.</source>
        <translation>%1 est trop volumineux pour être un fichier clouds.yaml.</translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; must be a mapping of cloud names to settings.</source>
        <translation>%1&#xa0;: «&#xa0;clouds&#xa0;» doit être un dictionnaire associant des noms de clouds à des paramètres.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: YAML syntax error: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: erreur de syntaxe YAML&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is not a clouds.yaml file: its top level is not a mapping.</source>
        <translation>%1 n&apos;est pas un fichier clouds.yaml&#xa0;: son niveau supérieur n&apos;est pas un dictionnaire.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; cannot be used: no clouds.yaml was found (looked for %2).</source>
        <translation>Le cloud «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: aucun fichier clouds.yaml n&apos;a été trouvé (recherché&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; is not defined in %2, which defines no clouds.</source>
        <translation>Le cloud «&#xa0;%1&#xa0;» n&apos;est pas défini dans %2, qui ne définit aucun cloud.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; is not defined in %2. Known clouds: %3.</source>
        <translation>Le cloud «&#xa0;%1&#xa0;» n&apos;est pas défini dans %2. Clouds connus&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a region of the cloud &quot;%2&quot;. Its regions: %3.</source>
        <translation>La région «&#xa0;%1&#xa0;» n&apos;est pas une région du cloud «&#xa0;%2&#xa0;». Ses régions&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 nests more than %2 levels deep or its aliases (*name) expand to more than %3 values; no clouds.yaml needs that many, so it is not read.</source>
        <translation>%1 s’imbrique sur plus de %2 niveaux ou ses alias (*nom) se développent en plus de %3 valeurs ; aucun clouds.yaml n’en a besoin d’autant, il n’est donc pas lu.</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; takes its settings from the vendor profile &quot;%2&quot;, which this program does not read. Write the profile&apos;s auth_url (and region_name) into the cloud in %3.</source>
        <translation>Le cloud « %1 » tire ses paramètres du profil fournisseur « %2 », que ce programme ne lit pas. Recopiez l’auth_url du profil (et son region_name) dans la définition du cloud, dans %3.</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>give the files with --config-file (for example --config-file /etc/glance/glance-api.conf --config-file /etc/glance/glance-cache.conf).</source>
        <translation>indiquez les fichiers avec --config-file (par exemple --config-file /etc/glance/glance-api.conf --config-file /etc/glance/glance-cache.conf).</translation>
    </message>
    <message>
        <source>%1 also sets %2 (to %3) and is read after %4, so Glance uses that value.</source>
        <translation>%1 définit aussi %2 (à %3) et est lu après %4&#xa0;: Glance utilise donc cette valeur.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>The files disagree on %1 (%2); glance-api and the cache tools must use the same value.</source>
        <translation>Les fichiers divergent sur %1 (%2)&#xa0;; glance-api et les outils du cache doivent utiliser la même valeur.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 sets %2 under [default], which oslo.config ignores: only [DEFAULT] (in capitals) is the default section.</source>
        <translation>%1 définit %2 sous [default], que oslo.config ignore&#xa0;: seule [DEFAULT] (en majuscules) est la section par défaut.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not set; default %1)</source>
        <translation>(non défini&#xa0;; par défaut %1)</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4 (previous version kept as %5)</source>
        <translation>%1&#xa0;: %2&#xa0;: %3 → %4 (version précédente conservée sous %5)</translation>
    </message>
    <message>
        <source>%1: %2 unchanged (already %3)</source>
        <translation>%1&#xa0;: %2 inchangé (déjà %3)</translation>
    </message>
    <message>
        <source>%1 (cannot be resolved)</source>
        <translation>%1 (ne peut pas être résolu)</translation>
    </message>
    <message>
        <source>%1 (in the file: %2)</source>
        <translation>%1 (dans le fichier : %2)</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Cache options</source>
        <translation>Options du cache</translation>
    </message>
    <message>
        <source>Keep glance-api.conf and glance-cache.conf in step (Glance&apos;s documentation requires them to agree)</source>
        <translation>Garder glance-api.conf et glance-cache.conf synchronisés (la documentation de Glance exige qu&apos;ils concordent)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a5300&apos;&gt;%1 has %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5300&apos;&gt;Dans %1&#xa0;: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Changes (*)</source>
        <translation>Modifications (*)</translation>
    </message>
    <message>
        <source>Nothing changed; nothing to save.</source>
        <translation>Rien n&apos;a changé&#xa0;; rien à enregistrer.</translation>
    </message>
    <message>
        <source>Save cache options</source>
        <translation>Enregistrer les options du cache</translation>
    </message>
    <message>
        <source>Write these changes to %1?

A backup of each file is kept next to it. glance-api and the cache tools read the new values when they next start.</source>
        <translation>Écrire ces modifications dans %1&#xa0;?

Une sauvegarde de chaque fichier est conservée à côté de celui-ci. glance-api et les outils du cache liront les nouvelles valeurs à leur prochain démarrage.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved %1 (backup: %2).</source>
        <translation>Enregistré&#xa0;: %1 (sauvegarde&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes you made to the cache options?</source>
        <translation>Abandonner les modifications apportées aux options du cache&#xa0;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>Editing %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>Dans le fichier : %1</translation>
    </message>
    <message>
        <source>The text in %1; Glance reads it as the value above.</source>
        <translation>Le texte dans %1 ; Glance le lit comme la valeur ci-dessus.</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a configuration file is never larger than 16 MiB, so this one is not read.</source>
        <translation>%1 fait %2 MiB&#xa0;; un fichier de configuration ne dépasse jamais 16 MiB, celui-ci n&apos;est donc pas lu.</translation>
    </message>
    <message>
        <source>%1 grew beyond 16 MiB while it was read; it is not read.</source>
        <translation>%1 a dépassé 16 MiB pendant sa lecture&#xa0;; il n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2; nothing was written.</source>
        <translation>Impossible de créer la sauvegarde %1&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1 with the original&apos;s owner and mode: %2; nothing was written.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 avec le propriétaire et les droits d&apos;accès de l&apos;original&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot find a free backup name next to %1; nothing was written.</source>
        <translation>Impossible de trouver un nom de sauvegarde libre à côté de %1&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 contains NUL bytes: it is a binary file, not a configuration file.</source>
        <translation>%1 contient des octets NUL&#xa0;: c&apos;est un fichier binaire, pas un fichier de configuration.</translation>
    </message>
    <message>
        <source>%1 starts with a byte-order mark, which oslo.config reads as part of the first line and then refuses; save the file as UTF-8 without BOM.</source>
        <translation>%1 commence par une marque d&apos;ordre des octets (BOM), que oslo.config lit comme faisant partie de la première ligne puis rejette&#xa0;; enregistrez le fichier en UTF-8 sans BOM.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; oslo.config (and so Glance) could not read it either.</source>
        <translation>%1 n&apos;est pas du texte UTF-8&#xa0;; oslo.config (et donc Glance) ne pourrait pas le lire non plus.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unexpected continuation line</source>
        <translation>ligne de continuation inattendue</translation>
    </message>
    <message>
        <source>invalid section (must end with ])</source>
        <translation>section invalide (doit se terminer par ])</translation>
    </message>
    <message>
        <source>empty section name</source>
        <translation>nom de section vide</translation>
    </message>
    <message>
        <source>no &apos;:&apos; or &apos;=&apos; found in assignment</source>
        <translation>aucun «&#xa0;:&#xa0;» ni «&#xa0;=&#xa0;» trouvé dans l&apos;affectation</translation>
    </message>
    <message>
        <source>key cannot be empty</source>
        <translation>la clé ne peut pas être vide</translation>
    </message>
    <message>
        <source>section must be started before assignment</source>
        <translation>une section doit commencer avant toute affectation</translation>
    </message>
    <message>
        <source>No configuration file is loaded.</source>
        <translation>Aucun fichier de configuration n&apos;est chargé.</translation>
    </message>
    <message>
        <source>A section name must be one non-empty line.</source>
        <translation>Un nom de section doit tenir sur une seule ligne non vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written as an option name: oslo.config would not read it back as that key.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit comme nom d&apos;option&#xa0;: oslo.config ne le relirait pas comme cette clé.</translation>
    </message>
    <message>
        <source>The value for %1 contains a line break; oslo.config would read what follows as another line of the file.</source>
        <translation>La valeur de %1 contient un saut de ligne&#xa0;; oslo.config lirait la suite comme une autre ligne du fichier.</translation>
    </message>
    <message>
        <source>Writing %1 = %2 into %3 would not read back as that value%4.</source>
        <translation>Une fois écrit dans %3, %1 = %2 ne serait pas relu avec cette valeur%4.</translation>
    </message>
    <message>
        <source>%1 was not read from a file, so it cannot be saved.</source>
        <translation>%1 n&apos;a pas été lu depuis un fichier&#xa0;; il ne peut donc pas être enregistré.</translation>
    </message>
    <message>
        <source>%1 cannot be read again before saving: %2</source>
        <translation>Impossible de relire %1 avant l&apos;enregistrement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was changed on disk after it was loaded (by another editor, a package upgrade or configuration management); nothing was written. Reload it and make the change again.</source>
        <translation>%1 a été modifié sur le disque après son chargement (par un autre éditeur, une mise à jour de paquet ou la gestion de configuration)&#xa0;; rien n&apos;a été écrit. Rechargez-le et refaites la modification.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system; nothing was written.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is immutable (chattr +i) or otherwise locked against changes; nothing was written.</source>
        <translation>%1 est immuable (chattr +i) ou protégé d&apos;une autre manière contre les modifications&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not writable for this user (%2); nothing was written.</source>
        <translation>%1 n&apos;est pas accessible en écriture pour cet utilisateur (%2)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot create files in %1 (%2), which saving needs for the new version and the backup; nothing was written.</source>
        <translation>Impossible de créer des fichiers dans %1 (%2), ce que l&apos;enregistrement exige pour la nouvelle version et la sauvegarde&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>None of the files was changed.</source>
        <translation>Aucun des fichiers n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Restoring %1 from %2 failed too: %3.</source>
        <translation>La restauration de %1 à partir de %2 a également échoué&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The files already written were put back as they were.</source>
        <translation>Les fichiers déjà écrits ont été remis dans leur état d&apos;origine.</translation>
    </message>
    <message>
        <source>Cannot examine %1: %2; nothing was written.</source>
        <translation>Impossible d&apos;examiner %1&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2; nothing was written.</source>
        <translation>Impossible de créer un fichier temporaire dans %1&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the new version of %1: %2; nothing was written.</source>
        <translation>Impossible d&apos;écrire la nouvelle version de %1&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot give the new version of %1 its owner and group (uid %2, gid %3): %4. Nothing was written rather than change who owns the file; save it as root or as its owner.</source>
        <translation>Impossible d&apos;attribuer à la nouvelle version de %1 son propriétaire et son groupe (uid %2, gid %3)&#xa0;: %4. Plutôt que de changer le propriétaire du fichier, rien n&apos;a été écrit&#xa0;; enregistrez-le en tant que root ou en tant que son propriétaire.</translation>
    </message>
    <message>
        <source>Cannot give the new version of %1 its mode: %2; nothing was written.</source>
        <translation>Impossible d&apos;attribuer à la nouvelle version de %1 ses droits d&apos;accès&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot flush the new version of %1 to disk: %2; nothing was written.</source>
        <translation>Impossible de synchroniser sur le disque la nouvelle version de %1&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2; nothing was written.</source>
        <translation>Impossible de remplacer %1&#xa0;: %2&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>line %1: %2.</source>
        <translation>ligne %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>&amp;Take them from:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>A cloud of clouds.yaml</source>
        <translation>Un cloud de clouds.yaml</translation>
    </message>
    <message>
        <source>Keystone: password or application credential</source>
        <translation>Keystone&#xa0;: mot de passe ou identifiant d&apos;application</translation>
    </message>
    <message>
        <source>A token and an image URL</source>
        <translation>Un jeton et une URL d&apos;images</translation>
    </message>
    <message>
        <source>An image URL only (Glance without Keystone)</source>
        <translation>Une URL d&apos;images seulement (Glance sans Keystone)</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>URL d&apos;au&amp;thentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in memory only, never saved</source>
        <translation>Conservé en mémoire uniquement, jamais enregistré</translation>
    </message>
    <message>
        <source>P&amp;roject name:</source>
        <translation>Nom du pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;domain name:</source>
        <translation>&amp;Domaine de l&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Pro&amp;ject domain name:</source>
        <translation>Do&amp;maine du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Application credential &amp;ID:</source>
        <translation>&amp;ID de l&apos;identifiant d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Instead of user name and password</source>
        <translation>Au lieu du nom d&apos;utilisateur et du mot de passe</translation>
    </message>
    <message>
        <source>Application credential &amp;secret:</source>
        <translation>S&amp;ecret de l&apos;identifiant d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Image URL:</source>
        <translation>URL d&apos;&amp;images&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;mage URL:</source>
        <translation>URL d&apos;i&amp;mages&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the first node below; no token is sent</source>
        <translation>Vide&#xa0;: le premier nœud ci-dessous&#xa0;; aucun jeton n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>The cloud&apos;s region, or any</source>
        <translation>La région du cloud, ou n&apos;importe laquelle</translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation>I&amp;nterface&#xa0;:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundle CA&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>Vide&#xa0;: les autorités de certification du système</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>&amp;Insecure: do not verify TLS certificates</source>
        <translation>Non sécurisé&#xa0;: ne pas &amp;vérifier les certificats TLS</translation>
    </message>
    <message>
        <source>Anyone on the network path can read and change the images and steal the credentials. Use a CA bundle instead wherever you can.</source>
        <translation>Quiconque se trouve sur le chemin réseau peut lire et modifier les images et voler les identifiants. Utilisez plutôt un bundle CA partout où c&apos;est possible.</translation>
    </message>
    <message>
        <source>glance-api nodes</source>
        <translation>Nœuds glance-api</translation>
    </message>
    <message>
        <source>Each node&apos;s own URL, one per line (the catalog usually names only the load balancer):</source>
        <translation>L&apos;URL propre à chaque nœud, une par ligne (le catalogue n&apos;indique généralement que le répartiteur de charge)&#xa0;:</translation>
    </message>
    <message>
        <source>The cloud&apos;s, else public</source>
        <translation>Celle du cloud, sinon public</translation>
    </message>
    <message>
        <source>Looking for clouds.yaml…</source>
        <translation>Recherche de clouds.yaml…</translation>
    </message>
    <message>
        <source>No clouds.yaml found; a cloud name typed here is looked up when connecting.</source>
        <translation>Aucun clouds.yaml trouvé&#xa0;; un nom de cloud saisi ici sera recherché lors de la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cloud(s) in %1</source>
        <translation>
            <numerusform>%Ln cloud dans %1</numerusform>
            <numerusform>%Ln clouds dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The node “%1” is not an http:// or https:// URL.</source>
        <translation>Le nœud «&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Choose a cloud of clouds.yaml, another source of credentials, or at least one node.</source>
        <translation>Choisissez un cloud de clouds.yaml, une autre source d&apos;identifiants, ou au moins un nœud.</translation>
    </message>
    <message>
        <source>The auth URL must be an http:// or https:// URL.</source>
        <translation>L&apos;URL d&apos;authentification doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The image URL must be an http:// or https:// URL.</source>
        <translation>L&apos;URL d&apos;images doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>Give an image URL or at least one node.</source>
        <translation>Indiquez une URL d&apos;images ou au moins un nœud.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A cloud of clouds.yaml (merged with secure.yaml).</source>
        <translation>Un cloud de clouds.yaml (fusionné avec secure.yaml).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>password, v3applicationcredential, token, admin_token or none (default: guessed from the other options).</source>
        <translation>password, v3applicationcredential, token, admin_token ou none (par défaut&#xa0;: déduit des autres options).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keystone URL, with or without /v3.</source>
        <translation>URL de Keystone, avec ou sans /v3.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User ID (instead of a user name and domain).</source>
        <translation>ID de l&apos;utilisateur (au lieu d&apos;un nom d&apos;utilisateur et d&apos;un domaine).</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>MOT_DE_PASSE</translation>
    </message>
    <message>
        <source>Password (other local users can see command lines: prefer OS_PASSWORD or secure.yaml).</source>
        <translation>Mot de passe (les autres utilisateurs locaux peuvent voir les lignes de commande&#xa0;: préférez OS_PASSWORD ou secure.yaml).</translation>
    </message>
    <message>
        <source>Project to scope the token to.</source>
        <translation>Projet auquel limiter la portée du jeton.</translation>
    </message>
    <message>
        <source>Project ID to scope the token to.</source>
        <translation>ID du projet auquel limiter la portée du jeton.</translation>
    </message>
    <message>
        <source>Domain of the user (default: the domain ID &quot;default&quot;).</source>
        <translation>Domaine de l&apos;utilisateur (par défaut&#xa0;: l&apos;ID de domaine «&#xa0;default&#xa0;»).</translation>
    </message>
    <message>
        <source>Domain ID of the user.</source>
        <translation>ID du domaine de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Domain of the project (default: the domain ID &quot;default&quot;).</source>
        <translation>Domaine du projet (par défaut&#xa0;: l&apos;ID de domaine «&#xa0;default&#xa0;»).</translation>
    </message>
    <message>
        <source>Domain ID of the project.</source>
        <translation>ID du domaine du projet.</translation>
    </message>
    <message>
        <source>Application credential ID.</source>
        <translation>ID de l&apos;identifiant d&apos;application.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>Application credential secret.</source>
        <translation>Secret de l&apos;identifiant d&apos;application.</translation>
    </message>
    <message>
        <source>Region of the image endpoint.</source>
        <translation>Région du point de terminaison d&apos;images.</translation>
    </message>
    <message>
        <source>INTERFACE</source>
        <translation>INTERFACE</translation>
    </message>
    <message>
        <source>Endpoint interface: public (default), internal or admin.</source>
        <translation>Interface du point de terminaison&#xa0;: public (par défaut), internal ou admin.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>An existing token; with --os-image-url it is used as is.</source>
        <translation>Un jeton existant&#xa0;; avec --os-image-url, il est utilisé tel quel.</translation>
    </message>
    <message>
        <source>Image API endpoint, instead of the catalog&apos;s; alone, for a Glance without Keystone.</source>
        <translation>Point de terminaison de l&apos;API d&apos;images, au lieu de celui du catalogue&#xa0;; seul, pour un Glance sans Keystone.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>CA bundle (PEM) to verify TLS certificates with.</source>
        <translation>Bundle d&apos;autorités de certification (PEM) avec lequel vérifier les certificats TLS.</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (unsafe: for test clouds only).</source>
        <translation>Ne pas vérifier les certificats TLS (non sûr&#xa0;: uniquement pour des clouds de test).</translation>
    </message>
    <message>
        <source>The interface &quot;%1&quot; (--os-interface) is not one of public, internal or admin.</source>
        <translation>L&apos;interface «&#xa0;%1&#xa0;» (--os-interface) n&apos;est ni public, ni internal, ni admin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (--%2) is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» (--%2) n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>auth_type %1 needs a token (--os-auth-token) and an image URL (--os-image-url).</source>
        <translation>auth_type %1 nécessite un jeton (--os-auth-token) et une URL d&apos;images (--os-image-url).</translation>
    </message>
    <message>
        <source>The authentication type &quot;%1&quot; is not supported. Supported: password, v3password, v3applicationcredential, token, v3token, admin_token, none.</source>
        <translation>Le type d&apos;authentification «&#xa0;%1&#xa0;» n&apos;est pas pris en charge. Types pris en charge&#xa0;: password, v3password, v3applicationcredential, token, v3token, admin_token, none.</translation>
    </message>
    <message>
        <source>A token (--os-auth-token) needs either the image URL it is for (--os-image-url) or a Keystone URL (--os-auth-url) to get the service catalog from.</source>
        <translation>Un jeton (--os-auth-token) nécessite soit l&apos;URL d&apos;images à laquelle il est destiné (--os-image-url), soit une URL de Keystone (--os-auth-url) où obtenir le catalogue de services.</translation>
    </message>
    <message>
        <source>No connection settings were given. Use --os-cloud (or OS_CLOUD) for a cloud of clouds.yaml, --os-auth-url with a user name and password or an application credential, or --os-image-url for a Glance without Keystone.</source>
        <translation>Aucun paramètre de connexion n&apos;a été indiqué. Utilisez --os-cloud (ou OS_CLOUD) pour un cloud de clouds.yaml, --os-auth-url avec un nom d&apos;utilisateur et un mot de passe ou un identifiant d&apos;application, ou --os-image-url pour un Glance sans Keystone.</translation>
    </message>
    <message>
        <source>%1 needs %2 (--%3 or %4).</source>
        <translation>%1 nécessite %2 (--%3 ou %4).</translation>
    </message>
    <message>
        <source>the image URL</source>
        <translation>l&apos;URL d&apos;images</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>an application credential ID</source>
        <translation>un ID d&apos;identifiant d&apos;application</translation>
    </message>
    <message>
        <source>an application credential secret</source>
        <translation>un secret d&apos;identifiant d&apos;application</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>un jeton</translation>
    </message>
    <message>
        <source>the Keystone URL</source>
        <translation>l&apos;URL de Keystone</translation>
    </message>
    <message>
        <source>Access without authentication</source>
        <translation>Accès sans authentification</translation>
    </message>
    <message>
        <source>Token authentication</source>
        <translation>Authentification par jeton</translation>
    </message>
    <message>
        <source>Password authentication</source>
        <translation>Authentification par mot de passe</translation>
    </message>
    <message>
        <source>Application credential authentication</source>
        <translation>Authentification par identifiant d&apos;application</translation>
    </message>
    <message>
        <source>Keystone token authentication</source>
        <translation>Authentification par jeton Keystone</translation>
    </message>
</context>
<context>
    <name>DefaultCache</name>
    <message>
        <source>%1 names %2, which does not exist yet.</source>
        <translation>%1 désigne %2, qui n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>Showing the demo cache: %1</source>
        <translation>Affichage du cache de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>--driver needs --cache-dir.</source>
        <translation>--driver nécessite --cache-dir.</translation>
    </message>
</context>
<context>
    <name>DemoCache</name>
    <message>
        <source>Cannot replace the demo cache in %1.</source>
        <translation>Impossible de remplacer le cache de démonstration dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the demo cache in %1.</source>
        <translation>Impossible de créer le cache de démonstration dans %1.</translation>
    </message>
    <message>
        <source>Cannot write the demo cache database: %1</source>
        <translation>Impossible d&apos;écrire la base de données du cache de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>DownloadsModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Already cached</source>
        <translation>Déjà en cache</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the selected downloads; what they received goes to invalid/</source>
        <translation>Annuler les téléchargements sélectionnés&#xa0;; ce qu&apos;ils ont déjà reçu va dans invalid/</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>&amp;Tout annuler</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>No downloads. Fetch queued or selected images from the Queued tab.</source>
        <translation>Aucun téléchargement. Téléchargez les images en file d&apos;attente ou celles sélectionnées depuis l&apos;onglet File d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s) done</source>
        <translation>
            <numerusform>%1 image sur %Ln terminée</numerusform>
            <numerusform>%1 sur %Ln images terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>At once: </source>
        <translation>En parallèle&#xa0;: </translation>
    </message>
    <message>
        <source>How many images download at the same time</source>
        <translation>Nombre d&apos;images téléchargées en même temps</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) failed; the Message column and its tooltips say why.</source>
        <translation>
            <numerusform>%Ln image a échoué&#xa0;; la colonne Message et ses infobulles disent pourquoi.</numerusform>
            <numerusform>%Ln images ont échoué&#xa0;; la colonne Message et ses infobulles disent pourquoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverDetection</name>
    <message>
        <source>image_cache_driver is not set, so it depends on the Glance release: 2024.1 and later use centralized_db when %1 has the image cache tables, older releases sqlite. That database could not be asked: %2 Set image_cache_driver, or choose with --driver centralized_db or --driver sqlite.</source>
        <translation>image_cache_driver n&apos;est pas défini, le pilote dépend donc de la version de Glance : à partir de 2024.1, centralized_db si %1 contient les tables du cache d&apos;images, sqlite pour les versions antérieures. Cette base de données n&apos;a pas pu être interrogée : %2 Définissez image_cache_driver, ou choisissez avec --driver centralized_db ou --driver sqlite.</translation>
    </message>
    <message>
        <source>image_cache_driver is not set; [database] connection has the image cache tables of Glance 2024.1 and later, whose default driver is centralized_db: this node&apos;s records are read from there.</source>
        <translation>image_cache_driver n&apos;est pas défini ; la base de [database] connection contient les tables du cache d&apos;images de Glance 2024.1 et suivants, dont le pilote par défaut est centralized_db : les enregistrements de ce nœud y sont lus.</translation>
    </message>
    <message>
        <source>image_cache_driver is not set and %1 has no image cache tables (a schema older than Glance 2024.1): the %2 driver of earlier releases is assumed.</source>
        <translation>image_cache_driver n&apos;est pas défini et %1 ne contient pas de tables du cache d&apos;images (un schéma antérieur à Glance 2024.1) : le pilote %2 des versions précédentes est supposé.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The image&apos;s name in Glance&apos;s image list, looked up once per connection (View → Refresh Names).</source>
        <translation>Le nom de l&apos;image dans la liste des images de Glance, recherché une fois par connexion (Affichage → Actualiser les noms).</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>Ajuster les colonnes au contenu</translation>
    </message>
    <message>
        <source>Names are looked up in Glance&apos;s image list once a connection is set up (Remote → Connection…).</source>
        <translation>Les noms sont recherchés dans la liste des images de Glance dès qu&apos;une connexion est configurée (Distant → Connexion…).</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Nothing is queued; give image IDs to fetch.</source>
        <translation>Rien n&apos;est en file d&apos;attente&#xa0;; indiquez les ID des images à télécharger.</translation>
    </message>
    <message>
        <source> ETA %1 s</source>
        <translation> reste %1 s</translation>
    </message>
    <message>
        <source>warning: TLS certificates are not verified (--insecure): anyone on the path can read or alter the images and the token. For test clouds only.</source>
        <translation>avertissement&#xa0;: les certificats TLS ne sont pas vérifiés (--insecure)&#xa0;: n&apos;importe qui sur le chemin réseau peut lire ou modifier les images et le jeton. À réserver aux clouds de test.</translation>
    </message>
    <message>
        <source>Nothing is cached; there is nothing to verify.</source>
        <translation>Rien n&apos;est en cache&#xa0;; il n&apos;y a rien à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached image(s) do not match Glance&apos;s checksums; run verify again with --yes to delete them.</source>
        <translation>
            <numerusform>%Ln image en cache ne correspond pas aux sommes de contrôle de Glance&#xa0;; relancez verify avec --yes pour la supprimer.</numerusform>
            <numerusform>%Ln images en cache ne correspondent pas aux sommes de contrôle de Glance&#xa0;; relancez verify avec --yes pour les supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln cached image(s) that do not match?</source>
        <translation>
            <numerusform>Supprimer %Ln image en cache non conforme&#xa0;?</numerusform>
            <numerusform>Supprimer les %Ln images en cache non conformes&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchFiles</name>
    <message>
        <source>Image %1 needs %2 but only %3 are free on the filesystem of %4.</source>
        <translation>L&apos;image %1 nécessite %2, mais seuls %3 sont libres sur le système de fichiers de %4.</translation>
    </message>
    <message>
        <source>MD5 mismatch: Glance records %1, the data has %2.</source>
        <translation>MD5 discordante&#xa0;: Glance enregistre %1, les données donnent %2.</translation>
    </message>
    <message>
        <source>%1 mismatch: the data does not match the image&apos;s os_hash_value.</source>
        <translation>%1 discordante&#xa0;: les données ne correspondent pas à l&apos;os_hash_value de l&apos;image.</translation>
    </message>
    <message>
        <source>The data does not match the Content-MD5 header %1.</source>
        <translation>Les données ne correspondent pas à l&apos;en-tête Content-MD5 %1.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Verified, but not committed: %1</source>
        <translation>Vérifiée, mais non validée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FetchService</name>
    <message>
        <source>Downloads into %1 are still running. Wait for them or cancel them first.</source>
        <translation>Des téléchargements vers %1 sont encore en cours. Attendez qu&apos;ils se terminent ou annulez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>No image was fetched: %1</source>
        <translation>Aucune image n&apos;a été récupérée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GlanceApi</name>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Le bundle d&apos;autorités de certification %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Le bundle d&apos;autorités de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL of a Glance API.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http ou https d&apos;une API Glance.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Glance API: %2</source>
        <translation>Ce que répond %1 ne ressemble pas à une API Glance&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent a cache listing that cannot be read: %2</source>
        <translation>%1 a envoyé une liste du cache illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>prune its cache through the API</source>
        <translation>élaguer son cache via l&apos;API</translation>
    </message>
    <message>
        <source>%1 pruned but its report cannot be read: %2</source>
        <translation>%1 a élagué son cache, mais son rapport est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>clean its cache through the API</source>
        <translation>nettoyer son cache via l&apos;API</translation>
    </message>
    <message>
        <source>%1 sent image details that cannot be read: %2</source>
        <translation>%1 a envoyé des détails d&apos;image illisibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent an image list that cannot be read: %2</source>
        <translation>%1 a envoyé une liste d&apos;images illisible&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps sending the same page of its image list; stopped after %Ln page(s).</source>
        <translation>
            <numerusform>%1 renvoie sans cesse la même page de sa liste d&apos;images&#xa0;; arrêt après %Ln page.</numerusform>
            <numerusform>%1 renvoie sans cesse la même page de sa liste d&apos;images&#xa0;; arrêt après %Ln pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no URL)</source>
        <translation>(pas d&apos;URL)</translation>
    </message>
    <message>
        <source>The answer has no &quot;versions&quot; list.</source>
        <translation>La réponse ne contient pas de liste «&#xa0;versions&#xa0;».</translation>
    </message>
    <message>
        <source>The version list is empty.</source>
        <translation>La liste des versions est vide.</translation>
    </message>
    <message>
        <source>The answer has no &quot;cached_images&quot; list.</source>
        <translation>La réponse ne contient pas de liste «&#xa0;cached_images&#xa0;».</translation>
    </message>
    <message>
        <source>The image has no valid &quot;id&quot;.</source>
        <translation>L&apos;image n&apos;a pas d&apos;«&#xa0;id&#xa0;» valide.</translation>
    </message>
    <message>
        <source>The answer has no &quot;images&quot; list.</source>
        <translation>La réponse ne contient pas de liste «&#xa0;images&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot %2: that needs Glance image API 2.18 or later, and this node is older.</source>
        <translation>%1 ne peut pas %2&#xa0;: il faut pour cela l&apos;API d&apos;images Glance 2.18 ou ultérieure, et ce nœud est plus ancien.</translation>
    </message>
    <message>
        <source>%1 has no image cache API (HTTP 404): caching is not enabled at this site (image_cache_dir is not set) or the node is older than Glance Yoga.</source>
        <translation>%1 n&apos;a pas d&apos;API de cache d&apos;images (HTTP 404)&#xa0;: la mise en cache n&apos;est pas activée sur ce site (image_cache_dir n&apos;est pas défini) ou le nœud est antérieur à Glance Yoga.</translation>
    </message>
    <message>
        <source>%1 rejected the token (HTTP 401): it has expired or belongs to another cloud. Get a new token and try again.</source>
        <translation>%1 a rejeté le jeton (HTTP 401)&#xa0;: il a expiré ou appartient à un autre cloud. Obtenez un nouveau jeton et réessayez.</translation>
    </message>
    <message>
        <source>%1 needs a token (HTTP 401): this deployment uses Keystone, so sign in first.</source>
        <translation>%1 exige un jeton (HTTP 401)&#xa0;: ce déploiement utilise Keystone, connectez-vous donc d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 does not let you list its cache (HTTP 403): the cache API needs the cache_list policy (admin only by default).</source>
        <translation>%1 ne vous permet pas de lister son cache (HTTP 403)&#xa0;: l&apos;API de cache nécessite la politique cache_list (réservée aux administrateurs par défaut).</translation>
    </message>
    <message>
        <source>%1 does not let you cache image %2 (HTTP 403): the cache API needs the cache_image policy (admin only by default).</source>
        <translation>%1 ne vous permet pas de mettre en cache l&apos;image %2 (HTTP 403)&#xa0;: l&apos;API de cache nécessite la politique cache_image (réservée aux administrateurs par défaut).</translation>
    </message>
    <message>
        <source>%1 does not let you remove images from its cache (HTTP 403): the cache API needs the cache_delete policy (admin only by default).</source>
        <translation>%1 ne vous permet pas de retirer des images de son cache (HTTP 403)&#xa0;: l&apos;API de cache nécessite la politique cache_delete (réservée aux administrateurs par défaut).</translation>
    </message>
    <message>
        <source>%1 does not let you manage its cache (HTTP 403): the cache API needs the cache_list, cache_image and cache_delete policies (admin only by default).</source>
        <translation>%1 ne vous permet pas de gérer son cache (HTTP 403)&#xa0;: l&apos;API de cache nécessite les politiques cache_list, cache_image et cache_delete (réservées aux administrateurs par défaut).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): your roles do not allow it.</source>
        <translation>%1 a refusé la requête (HTTP 403)&#xa0;: vos rôles ne l&apos;autorisent pas.</translation>
    </message>
    <message>
        <source>%1 does not let you see image %2 (HTTP 403).</source>
        <translation>%1 ne vous permet pas de voir l&apos;image %2 (HTTP 403).</translation>
    </message>
    <message>
        <source>Caching is not enabled at this site: %1 has no image_cache_dir (HTTP 404).</source>
        <translation>La mise en cache n&apos;est pas activée sur ce site&#xa0;: %1 n&apos;a pas d&apos;image_cache_dir (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 does not answer like a Glance API (HTTP 404): check the URL.</source>
        <translation>Ce que répond %1 ne ressemble pas à une API Glance (HTTP 404)&#xa0;: vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <source>Image %1 is not known to %2 (HTTP 404).</source>
        <translation>L&apos;image %1 est inconnue de %2 (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 cannot cache image %2 (HTTP 400): only active images (with uploaded data, not deactivated) can be cached.</source>
        <translation>%1 ne peut pas mettre en cache l&apos;image %2 (HTTP 400)&#xa0;: seules les images actives (avec des données téléversées, non désactivées) peuvent être mises en cache.</translation>
    </message>
    <message>
        <source>%1 rejected the clear target (HTTP 400): it accepts only &quot;cache&quot;, &quot;queue&quot; or no target for both.</source>
        <translation>%1 a rejeté la cible du vidage (HTTP 400)&#xa0;: il n&apos;accepte que «&#xa0;cache&#xa0;», «&#xa0;queue&#xa0;» ou aucune cible pour les deux.</translation>
    </message>
    <message>
        <source>%1 rejected the request as malformed (HTTP 400).</source>
        <translation>%1 a rejeté la requête comme mal formée (HTTP 400).</translation>
    </message>
    <message>
        <source>%1 is unavailable (HTTP %2): glance-api is down or overloaded, or a proxy in front of it cannot reach it.</source>
        <translation>%1 est indisponible (HTTP %2)&#xa0;: glance-api est arrêté ou surchargé, ou un proxy placé devant ne parvient pas à l&apos;atteindre.</translation>
    </message>
    <message>
        <source>%1 failed with an internal error (HTTP %2): its glance-api log says why.</source>
        <translation>%1 a échoué sur une erreur interne (HTTP %2)&#xa0;: son journal glance-api en indique la raison.</translation>
    </message>
    <message>
        <source>%1 answered with the unexpected HTTP status %2.</source>
        <translation>%1 a répondu avec le statut HTTP inattendu %2.</translation>
    </message>
    <message>
        <source>%1 Glance said: “%2”</source>
        <translation>%1 Glance a répondu&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 refused the connection: glance-api is not running there, or listens on another port.</source>
        <translation>%1 a refusé la connexion&#xa0;: glance-api n&apos;y est pas lancé, ou écoute sur un autre port.</translation>
    </message>
    <message>
        <source>%1 closed or reset the connection before answering: glance-api may be restarting, or the URL says http for a TLS port.</source>
        <translation>%1 a fermé ou réinitialisé la connexion avant de répondre&#xa0;: glance-api est peut-être en train de redémarrer, ou l&apos;URL indique http pour un port TLS.</translation>
    </message>
    <message>
        <source>The host name of %1 cannot be resolved.</source>
        <translation>Le nom d&apos;hôte de %1 ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Give the CA bundle that signed it, or turn verification off for a test cloud only.</source>
        <translation>Le certificat TLS de %1 n&apos;est pas reconnu comme fiable&#xa0;: %2. Indiquez le bundle d&apos;autorités de certification qui l&apos;a signé, ou désactivez la vérification, uniquement pour un cloud de test.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): check that the port speaks https.</source>
        <translation>La négociation TLS avec %1 a échoué (%2)&#xa0;: vérifiez que le port parle https.</translation>
    </message>
    <message>
        <source>The proxy on the way to %1 failed (%2): check http_proxy, https_proxy and no_proxy.</source>
        <translation>Le proxy sur le chemin de %1 a échoué (%2)&#xa0;: vérifiez http_proxy, https_proxy et no_proxy.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no data for image %2 (HTTP 204).</source>
        <translation>%1 n&apos;a pas de données pour l&apos;image %2 (HTTP 204).</translation>
    </message>
    <message>
        <source>%1 does not find the data of image %2 (HTTP 404).</source>
        <translation>%1 ne trouve pas les données de l&apos;image %2 (HTTP 404).</translation>
    </message>
    <message>
        <source>The image store behind %1 is unavailable (HTTP 503).</source>
        <translation>Le stockage d&apos;images derrière %1 est indisponible (HTTP 503).</translation>
    </message>
    <message>
        <source>%1 does not let you download image %2 (HTTP 403): it may be deactivated.</source>
        <translation>%1 ne vous laisse pas télécharger l&apos;image %2 (HTTP 403)&#xa0;: elle est peut-être désactivée.</translation>
    </message>
    <message>
        <source>%1 redirects to another host or scheme, which is not followed: the token would go there. Give the address it redirects to as the URL if you trust it.</source>
        <translation>%1 redirige vers un autre hôte ou un autre schéma, ce qui n’est pas suivi&#xa0;: le jeton y serait envoyé. Indiquez l’adresse de redirection comme URL si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not followed: the token would go to another host or scheme. Give that address as the URL if you trust it.</source>
        <translation>%1 redirige vers %2, ce qui n’est pas suivi&#xa0;: le jeton partirait vers un autre hôte ou un autre schéma. Indiquez cette adresse comme URL si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop: check the URL and the proxy in front of glance-api.</source>
        <translation>%1 redirige en boucle&#xa0;: vérifiez l’URL et le proxy placé devant glance-api.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is issued for another host name: %2. Use the name the certificate lists (the one in the Keystone catalog), not an address or an alias.</source>
        <translation>Le certificat TLS de %1 est émis pour un autre nom d&apos;hôte : %2. Utilisez le nom que le certificat indique (celui du catalogue Keystone), pas une adresse ni un alias.</translation>
    </message>
    <message>
        <source>%1 broke off its answer (HTTP %2) after %3 bytes: it was cut short, so it was not used. Try again; if it keeps happening, a proxy in between or the glance-api log says why.</source>
        <translation>%1 a interrompu sa réponse (HTTP %2) après %3 octets : tronquée, elle n&apos;a pas été utilisée. Réessayez ; si cela se répète, un proxy intermédiaire ou le journal de glance-api en donne la raison.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2, far more than any Glance API answer: it was dropped (is this URL a glance-api?).</source>
        <translation>%1 a envoyé une réponse de plus de %2, bien plus que toute réponse de l&apos;API Glance : elle a été ignorée (cette URL est-elle bien celle d&apos;un glance-api ?).</translation>
    </message>
    <message>
        <source>Try again in %1 s, as the server asks (Retry-After).</source>
        <translation>Réessayez dans %1 s, comme le serveur le demande (Retry-After).</translation>
    </message>
    <message>
        <source>Try again after %1 UTC, as the server asks (Retry-After).</source>
        <translation>Réessayez après %1 UTC, comme le serveur le demande (Retry-After).</translation>
    </message>
</context>
<context>
    <name>HealthBars</name>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more finding(s) in the Health panel.</source>
        <translation>
            <numerusform>%Ln autre constat dans le panneau Vérification de l&apos;état.</numerusform>
            <numerusform>%Ln autres constats dans le panneau Vérification de l&apos;état.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>The cache directory %1 does not exist or is not a directory</source>
        <translation>Le répertoire du cache %1 n&apos;existe pas ou n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <source>glance-api creates it at start-up only when it may write to its parent; create it owned by the glance user (mode 0755) or fix image_cache_dir.</source>
        <translation>glance-api ne le crée au démarrage que s&apos;il peut écrire dans le répertoire parent&#xa0;; créez-le avec l&apos;utilisateur glance pour propriétaire (mode 0755) ou corrigez image_cache_dir.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos; on this system</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur «&#xa0;%1&#xa0;» sur ce système</translation>
    </message>
    <message>
        <source>glance-api normally runs as this user; its permissions were not checked, only the directory owner&apos;s.</source>
        <translation>glance-api s&apos;exécute normalement sous cet utilisateur&#xa0;; ses droits n&apos;ont pas été vérifiés, seuls ceux du propriétaire du répertoire l&apos;ont été.</translation>
    </message>
    <message>
        <source>The owner of %1 cannot write to it (mode %2)</source>
        <translation>Le propriétaire de %1 ne peut pas y écrire (mode %2)</translation>
    </message>
    <message>
        <source>Glance writes every download into this directory; give the owner write and search permission (chmod u+wx).</source>
        <translation>Glance écrit chaque téléchargement dans ce répertoire&#xa0;; donnez au propriétaire les droits d&apos;écriture et de traversée (chmod u+wx).</translation>
    </message>
    <message numerus="yes">
        <source>The user %1 (glance-api) cannot use %Ln path(s) of the cache</source>
        <translation>
            <numerusform>L&apos;utilisateur %1 (glance-api) ne peut pas utiliser %Ln chemin du cache</numerusform>
            <numerusform>L&apos;utilisateur %1 (glance-api) ne peut pas utiliser %Ln chemins du cache</numerusform>
        </translation>
    </message>
    <message>
        <source>glance-api needs to search every parent directory and to write the cache directory, its subdirectories and cache.db; downloads are not cached until it can. Change the owner or mode of the listed paths.</source>
        <translation>glance-api doit pouvoir traverser chaque répertoire parent et écrire dans le répertoire du cache, ses sous-répertoires et cache.db&#xa0;; tant que ce n&apos;est pas le cas, les téléchargements ne sont pas mis en cache. Changez le propriétaire ou le mode des chemins listés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cache subdirectory(s) missing</source>
        <translation>
            <numerusform>%Ln sous-répertoire du cache manquant</numerusform>
            <numerusform>%Ln sous-répertoires du cache manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>glance-api creates incomplete/, invalid/ and queue/ when it starts; it has not started on this directory yet, or something removed them.</source>
        <translation>glance-api crée incomplete/, invalid/ et queue/ à son démarrage&#xa0;; il n&apos;a pas encore démarré sur ce répertoire, ou quelque chose les a supprimés.</translation>
    </message>
    <message>
        <source>User extended attributes are not supported: Glance uses sqlite instead of xattr</source>
        <translation>Les attributs étendus utilisateur ne sont pas pris en charge&#xa0;: Glance utilise sqlite au lieu de xattr</translation>
    </message>
    <message>
        <source>The cache was written by the xattr driver but sqlite is configured</source>
        <translation>Le cache a été écrit par le pilote xattr mais sqlite est configuré</translation>
    </message>
    <message>
        <source>Its files carry user.hits and there is no cache.db: with sqlite every file is unrecorded, counted and never pruned. Set image_cache_driver = xattr, or clear the cache.</source>
        <translation>Ses fichiers portent user.hits et il n&apos;y a pas de cache.db&#xa0;: avec sqlite, chaque fichier est sans enregistrement, compté et jamais élagué. Définissez image_cache_driver = xattr, ou videz le cache.</translation>
    </message>
    <message>
        <source>A cache.db from the sqlite driver is left over</source>
        <translation>Un fichier cache.db du pilote sqlite est resté</translation>
    </message>
    <message>
        <source>glance-api&apos;s xattr probe left a &apos;checkme&apos; file</source>
        <translation>Le test xattr de glance-api a laissé un fichier «&#xa0;checkme&#xa0;»</translation>
    </message>
    <message>
        <source>The probe deletes it only when user extended attributes work, so at some start-up they did not. It counts as cache and is never pruned; delete it once the filesystem supports user xattrs.</source>
        <translation>Le test ne le supprime que si les attributs étendus utilisateur fonctionnent&#xa0;: lors d&apos;un démarrage, ils ne fonctionnaient donc pas. Il compte comme cache et n&apos;est jamais élagué&#xa0;; supprimez-le une fois que le système de fichiers prend en charge les xattrs utilisateur.</translation>
    </message>
    <message>
        <source>%1 is mounted noatime</source>
        <translation>%1 est monté avec noatime</translation>
    </message>
    <message>
        <source>The xattr driver takes the last access from the file&apos;s atime, which noatime freezes: the pruner then evicts the oldest-cached images instead of the least recently used. Remount with relatime (the default) or strictatime.</source>
        <translation>Le pilote xattr prend le dernier accès dans l&apos;atime du fichier, que noatime fige&#xa0;: glance-cache-pruner supprime alors les images mises en cache depuis le plus longtemps au lieu des moins récemment utilisées. Remontez avec relatime (par défaut) ou strictatime.</translation>
    </message>
    <message>
        <source>The sqlite driver records accesses itself, so this does not matter now; it would if you switched to the xattr driver.</source>
        <translation>Le pilote sqlite enregistre lui-même les accès&#xa0;: cela n&apos;a donc pas d&apos;importance pour l&apos;instant, mais en aurait si vous passiez au pilote xattr.</translation>
    </message>
    <message>
        <source>%1 does not exist yet</source>
        <translation>%1 n&apos;existe pas encore</translation>
    </message>
    <message>
        <source>glance-api creates it when it starts with the sqlite driver; until then no image is recorded.</source>
        <translation>glance-api le crée lorsqu&apos;il démarre avec le pilote sqlite&#xa0;; d&apos;ici là, aucune image n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Glance fails on every cache operation too. Fix its permissions, or stop glance-api and move the file aside so that Glance creates a new one.</source>
        <translation>Glance échoue lui aussi à chaque opération sur le cache. Corrigez les droits du fichier, ou arrêtez glance-api et déplacez le fichier ailleurs pour que Glance en crée un nouveau.</translation>
    </message>
    <message>
        <source>This is not the database Glance&apos;s sqlite driver creates (was image_cache_sqlite_db pointed at another file?). Stop glance-api and move it aside so that Glance creates its own.</source>
        <translation>Ce n&apos;est pas la base de données que crée le pilote sqlite de Glance (image_cache_sqlite_db pointe-t-il vers un autre fichier&#xa0;?). Arrêtez glance-api et déplacez-la ailleurs pour que Glance crée la sienne.</translation>
    </message>
    <message>
        <source>Glance waits only about 2 s for this lock, so its cache operations fail while it lasts. Find the process holding it (fuser %1) and end its transaction.</source>
        <translation>Glance n&apos;attend ce verrou qu&apos;environ 2 s&#xa0;: ses opérations sur le cache échouent donc tant qu&apos;il persiste. Trouvez le processus qui le détient (fuser %1) et terminez sa transaction.</translation>
    </message>
    <message>
        <source>%1 has the journal of an interrupted transaction</source>
        <translation>%1 a le journal d&apos;une transaction interrompue</translation>
    </message>
    <message>
        <source>glance-api rolls it back on its next cache operation; until then read-only readers such as this tool cannot read the records. If it stays, run any cache command as the glance user.</source>
        <translation>glance-api annule cette transaction lors de sa prochaine opération sur le cache&#xa0;; d&apos;ici là, les lecteurs en lecture seule comme cet outil ne peuvent pas lire les enregistrements. Si le journal persiste, exécutez n&apos;importe quelle commande de cache en tant qu&apos;utilisateur glance.</translation>
    </message>
    <message>
        <source>The cache cannot be read</source>
        <translation>Le cache ne peut pas être lu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached file(s) without a record (%1)</source>
        <translation>
            <numerusform>%Ln fichier en cache sans enregistrement (%1)</numerusform>
            <numerusform>%Ln fichiers en cache sans enregistrement (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance serves and counts them but can never prune them; enough of them make every prune evict all recorded images. Delete them (glance-cachectl delete ID).</source>
        <translation>Glance les sert et les compte mais ne peut jamais les élaguer&#xa0;; s&apos;ils sont assez nombreux, chaque élagage supprime toutes les images enregistrées. Supprimez-les (glance-cachectl delete ID).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in cache.db without a file</source>
        <translation>
            <numerusform>%Ln enregistrement dans cache.db sans fichier</numerusform>
            <numerusform>%Ln enregistrements dans cache.db sans fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance lists these images as cached though they are not, and prunes them as 0 bytes. Delete them (glance-cachectl delete ID) to make the list true.</source>
        <translation>Glance liste ces images comme étant en cache alors qu&apos;elles ne le sont pas, et les élague comme si elles faisaient 0 octet. Supprimez-les (glance-cachectl delete ID) pour que la liste soit exacte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign file(s) in the cache directory (%1)</source>
        <translation>
            <numerusform>%Ln fichier étranger dans le répertoire du cache (%1)</numerusform>
            <numerusform>%Ln fichiers étrangers dans le répertoire du cache (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Temporary files, backups and SQLite journal or WAL leftovers in the base directory count as cache, can never be pruned and are deleted by a cache clear. Move them out of %1.</source>
        <translation>Les fichiers temporaires, les sauvegardes et les restes de journal ou de WAL SQLite dans le répertoire de base comptent comme cache, ne peuvent jamais être élagués et sont supprimés quand le cache est vidé. Déplacez-les hors de %1.</translation>
    </message>
    <message>
        <source>Lock files are kept in the cache directory</source>
        <translation>Des fichiers de verrou sont conservés dans le répertoire du cache</translation>
    </message>
    <message>
        <source>oslo.concurrency puts them here when [oslo_concurrency] lock_path is not set; they count as cache. Set lock_path to keep them elsewhere.</source>
        <translation>oslo.concurrency les place ici lorsque [oslo_concurrency] lock_path n&apos;est pas défini&#xa0;; ils comptent comme cache. Définissez lock_path pour les conserver ailleurs.</translation>
    </message>
    <message>
        <source>The cache is over its limit: %1 of %2</source>
        <translation>Le cache dépasse sa limite&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Only glance-cache-pruner enforces image_cache_max_size: run it from cron (or glance-cachectl prune).</source>
        <translation>Seul glance-cache-pruner fait respecter image_cache_max_size&#xa0;: exécutez-le via cron (ou glance-cachectl prune).</translation>
    </message>
    <message>
        <source>Only %1 free, but the cache may grow by %2 before the pruner acts</source>
        <translation>Seulement %1 libres, mais le cache peut croître de %2 avant que glance-cache-pruner n&apos;intervienne</translation>
    </message>
    <message>
        <source>The filesystem fills up before the cache reaches image_cache_max_size, so downloads fail for lack of space first. Lower image_cache_max_size below %1 or free space.</source>
        <translation>Le système de fichiers sera plein avant que le cache n&apos;atteigne image_cache_max_size&#xa0;: les téléchargements échoueront d&apos;abord par manque d&apos;espace. Abaissez image_cache_max_size en dessous de %1 ou libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>Free space (%1) is smaller than image_cache_max_size (%2)</source>
        <translation>L&apos;espace libre (%1) est inférieur à image_cache_max_size (%2)</translation>
    </message>
    <message>
        <source>That is enough for now: the cache holds %1 and may grow only by %2 more before the pruner acts. Other data on the filesystem could still take that room.</source>
        <translation>Cela suffit pour l&apos;instant&#xa0;: le cache occupe %1 et ne peut plus croître que de %2 avant que glance-cache-pruner n&apos;intervienne. D&apos;autres données du système de fichiers pourraient toutefois occuper cette place.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled download(s) older than image_cache_stall_time (%1 s)</source>
        <translation>
            <numerusform>%Ln téléchargement bloqué plus ancien que image_cache_stall_time (%1 s)</numerusform>
            <numerusform>%Ln téléchargements bloqués plus anciens que image_cache_stall_time (%1 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>glance-cache-cleaner removes them; it is not running. Run it from cron (or glance-cachectl clean).</source>
        <translation>glance-cache-cleaner les supprime&#xa0;; il n&apos;est pas exécuté. Exécutez-le via cron (ou glance-cachectl clean).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed download(s) piling up in invalid/ (%1)</source>
        <translation>
            <numerusform>%Ln téléchargement échoué s&apos;accumule dans invalid/ (%1)</numerusform>
            <numerusform>%Ln téléchargements échoués s&apos;accumulent dans invalid/ (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 files or %2 means glance-cache-cleaner is not running. Run it from cron (or glance-cachectl clean), and look at why downloads fail.</source>
        <translation>Plus de %1 fichiers ou de %2 signifie que glance-cache-cleaner n&apos;est pas exécuté. Exécutez-le via cron (ou glance-cachectl clean), et cherchez pourquoi les téléchargements échouent.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln path(s) not owned by the cache directory&apos;s owner</source>
        <translation>
            <numerusform>%Ln chemin n&apos;appartient pas au propriétaire du répertoire du cache</numerusform>
            <numerusform>%Ln chemins n&apos;appartiennent pas au propriétaire du répertoire du cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Files created as another user (often root) may be impossible for glance-api to update, prune or delete. Give them the cache&apos;s owner (chown --reference=%1).</source>
        <translation>Les fichiers créés sous un autre utilisateur (souvent root) peuvent être impossibles à mettre à jour, élaguer ou supprimer pour glance-api. Attribuez-les au propriétaire du cache (chown --reference=%1).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>No configuration file given</source>
        <translation>Aucun fichier de configuration indiqué</translation>
    </message>
    <message>
        <source>Only the directory was checked. Give glance-api.conf and glance-cache.conf (--config-file) to also check the cache options, the paste_deploy flavor and whether the two files agree.</source>
        <translation>Seul le répertoire a été vérifié. Indiquez glance-api.conf et glance-cache.conf (--config-file) pour vérifier aussi les options du cache, la valeur flavor de paste_deploy et la concordance des deux fichiers.</translation>
    </message>
    <message>
        <source>A configuration file cannot be read</source>
        <translation>Un fichier de configuration ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 Glance reading the same file would fail too.</source>
        <translation>%1 Glance échouerait aussi en lisant le même fichier.</translation>
    </message>
    <message>
        <source>The paste_deploy flavor does not enable the cache (flavor: %1)</source>
        <translation>La valeur flavor de paste_deploy n&apos;active pas le cache (flavor&#xa0;: %1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>glance-api only caches images when [paste_deploy] flavor in %1 is caching, cachemanagement, keystone+caching or keystone+cachemanagement; with this flavor downloads are not cached and the cache API is off.</source>
        <translation>glance-api ne met des images en cache que si [paste_deploy] flavor dans %1 vaut caching, cachemanagement, keystone+caching ou keystone+cachemanagement&#xa0;; avec cette valeur, les téléchargements ne sont pas mis en cache et l&apos;API de cache est désactivée.</translation>
    </message>
    <message>
        <source>centralized_db driver without worker_self_reference_url</source>
        <translation>Pilote centralized_db sans worker_self_reference_url</translation>
    </message>
    <message>
        <source>The centralized_db driver (Glance 2024.1 and later) keys every cache record by [DEFAULT] worker_self_reference_url; without it glance-api refuses to start with a caching flavor. Set it to this node&apos;s own API URL. (Glance Zed does not know centralized_db at all.)</source>
        <translation>Le pilote centralized_db (Glance 2024.1 et ultérieur) identifie chaque enregistrement du cache par [DEFAULT] worker_self_reference_url&#xa0;; sans cette option, glance-api refuse de démarrer avec une valeur flavor qui active le cache. Donnez-lui l&apos;URL de l&apos;API de ce nœud. (Glance Zed ne connaît pas du tout centralized_db.)</translation>
    </message>
    <message>
        <source>Cache records are in Glance&apos;s main database</source>
        <translation>Les enregistrements du cache sont dans la base de données principale de Glance</translation>
    </message>
    <message>
        <source>%1 is %2 in %3 but %4 in %5.</source>
        <translation>%1 vaut %2 dans %3 mais %4 dans %5.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 disagree on %Ln option(s)</source>
        <translation>
            <numerusform>%1 et %2 divergent sur %Ln option</numerusform>
            <numerusform>%1 et %2 divergent sur %Ln options</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The cache tools (pruner, cleaner, prefetcher) read %2 while glance-api reads %3; make the values identical.</source>
        <translation>%1 Les outils du cache (pruner, cleaner, prefetcher) lisent %2 tandis que glance-api lit %3&#xa0;; rendez les valeurs identiques.</translation>
    </message>
    <message>
        <source>%1 glance-api and the cache tools (pruner, cleaner, prefetcher) must use the same values.</source>
        <translation>%1 glance-api et les outils du cache (pruner, cleaner, prefetcher) doivent utiliser les mêmes valeurs.</translation>
    </message>
    <message>
        <source>With the centralized_db driver this node&apos;s records are its rows of cached_images in %1, found by worker_self_reference_url %2; the other nodes&apos; rows there are never read as this node&apos;s.</source>
        <translation>Avec le pilote centralized_db, les enregistrements de ce nœud sont ses lignes de cached_images dans %1, trouvées par worker_self_reference_url %2 ; les lignes des autres nœuds n&apos;y sont jamais lues comme celles de ce nœud.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln record(s) of the sqlite driver</source>
        <translation>
            <numerusform>%1 contient encore %Ln enregistrement du pilote sqlite</numerusform>
            <numerusform>%1 contient encore %Ln enregistrements du pilote sqlite</numerusform>
        </translation>
    </message>
    <message>
        <source>When glance-api starts on this node with a caching flavor and the centralized_db driver, it copies the records of cache.db into the central database and deletes those it copied. %1 of them are not in the central database yet: until glance-api restarts, their files are cached but unrecorded (counted in the size, never pruned). %2 are there already: Glance skips them and leaves them in cache.db for good, which does no harm.</source>
        <translation>Quand glance-api démarre sur ce nœud avec une variante de cache et le pilote centralized_db, il copie les enregistrements de cache.db dans la base centrale et supprime ceux qu&apos;il a copiés. %1 d&apos;entre eux ne sont pas encore dans la base centrale : jusqu&apos;au redémarrage de glance-api, leurs fichiers sont en cache mais non enregistrés (comptés dans la taille, jamais élagués). %2 y sont déjà : Glance les ignore et les laisse définitivement dans cache.db, ce qui est sans conséquence.</translation>
    </message>
    <message>
        <source>This host&apos;s time zone is not UTC (%1, UTC%2 now)</source>
        <translation>Le fuseau horaire de cet hôte n&apos;est pas UTC (%1, UTC%2 actuellement)</translation>
    </message>
    <message>
        <source>Glance stores the cache times as UTC, but its API (GET /v2/cache) converts them as if they were local time: on a glance-api host in this zone it reports last_accessed and last_modified shifted by %1 s (the offset of each date applies). This tool reports the true UTC times, so the two listings differ by that much although no record changed.</source>
        <translation>Glance enregistre les heures du cache en UTC, mais son API (GET /v2/cache) les convertit comme si elles étaient locales : sur un hôte glance-api dans ce fuseau, elle donne last_accessed et last_modified décalés de %1 s (le décalage de chaque date s&apos;applique). Cet outil donne les vraies heures UTC : les deux listes diffèrent donc d&apos;autant sans qu&apos;aucun enregistrement n&apos;ait changé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln record(s))</source>
        <translation>
            <numerusform>%1 (%Ln enregistrement)</numerusform>
            <numerusform>%1 (%Ln enregistrements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node URL(s) close to this node&apos;s have cache records: worker_self_reference_url probably changed</source>
        <translation>
            <numerusform>%Ln URL de nœud proche de celle de ce nœud a des enregistrements de cache : worker_self_reference_url a probablement changé</numerusform>
            <numerusform>%Ln URL de nœud proches de celle de ce nœud ont des enregistrements de cache : worker_self_reference_url a probablement changé</numerusform>
        </translation>
    </message>
    <message>
        <source>They name this node&apos;s host (%1) with another scheme, port or a trailing slash. Glance compares the URL as text, so if one of them was this node&apos;s URL before, its rows are orphaned: no node lists, prunes or deletes them while their files stay in the directory unrecorded. If two glance-api services really run on this host, ignore this.</source>
        <translation>Elles désignent l&apos;hôte de ce nœud (%1) avec un autre schéma, un autre port ou une barre oblique finale. Glance compare l&apos;URL comme du texte : si l&apos;une d&apos;elles était auparavant l&apos;URL de ce nœud, ses lignes sont orphelines : aucun nœud ne les liste, ne les élague ni ne les supprime, tandis que leurs fichiers restent non enregistrés dans le répertoire. Si deux services glance-api tournent réellement sur cet hôte, ignorez ceci.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other node(s) have cache records in this database</source>
        <translation>
            <numerusform>%Ln autre nœud a des enregistrements de cache dans cette base</numerusform>
            <numerusform>%Ln autres nœuds ont des enregistrements de cache dans cette base</numerusform>
        </translation>
    </message>
    <message>
        <source>Each glance-api sees only the rows of its own worker_self_reference_url. Whether these nodes still run cannot be told from here: a node retired or renamed leaves its rows behind, and nothing removes them.</source>
        <translation>Chaque glance-api ne voit que les lignes de son propre worker_self_reference_url. Impossible de dire d&apos;ici si ces nœuds tournent encore : un nœud retiré ou renommé laisse ses lignes derrière lui, et rien ne les supprime.</translation>
    </message>
    <message>
        <source>The configuration names the centralized_db driver, whose records live in Glance&apos;s SQL database, but this cache was opened with the %1 driver, so only the directory was checked.</source>
        <translation>La configuration désigne le pilote centralized_db, dont les enregistrements sont dans la base SQL de Glance, mais ce cache a été ouvert avec le pilote %1 : seul le répertoire a été vérifié.</translation>
    </message>
    <message>
        <source>A $reference in the configuration cannot be resolved</source>
        <translation>Une référence $ de la configuration ne peut pas être résolue</translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message>
        <source>DEMO CACHE: generated sample data, not a Glance node.</source>
        <translation>CACHE DE DÉMONSTRATION&#xa0;: données d&apos;exemple générées, pas un nœud Glance.</translation>
    </message>
    <message>
        <source>Checked %1 (%2 driver configured).</source>
        <translation>Vérifié&#xa0;: %1 (pilote %2 configuré).</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème constaté.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthFix</name>
    <message>
        <source>Prune Now…</source>
        <translation>Élaguer maintenant…</translation>
    </message>
    <message>
        <source>Clean…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <source>Show Orphans</source>
        <translation>Afficher les orphelins</translation>
    </message>
    <message>
        <source>Cache Options…</source>
        <translation>Options du cache…</translation>
    </message>
    <message>
        <source>Open Config…</source>
        <translation>Ouvrir une configuration…</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Vérification de %1 …</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème constaté.</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation>Erreurs&#xa0;: %1 · Avertissements&#xa0;: %2 · Remarques&#xa0;: %3</translation>
    </message>
    <message>
        <source>Double-click a finding to fix it</source>
        <translation>Double-cliquez sur un constat pour le corriger</translation>
    </message>
    <message>
        <source>Double-click: %1</source>
        <translation>Double-clic : %1</translation>
    </message>
</context>
<context>
    <name>ImageCache</name>
    <message>
        <source>The filesystem of %1 does not support user extended attributes, so Glance falls back from the configured xattr driver to sqlite (and leaves a &apos;checkme&apos; file behind). Mount it with user_xattr or configure image_cache_driver = sqlite.</source>
        <translation>Le système de fichiers de %1 ne prend pas en charge les attributs étendus utilisateur&#xa0;: Glance se rabat donc du pilote xattr configuré sur sqlite (et laisse derrière lui un fichier «&#xa0;checkme&#xa0;»). Montez-le avec user_xattr ou configurez image_cache_driver = sqlite.</translation>
    </message>
    <message>
        <source>%1 exists although the xattr driver is configured: this cache was managed by the sqlite driver before, and that database is now ignored.</source>
        <translation>%1 existe alors que le pilote xattr est configuré&#xa0;: ce cache était auparavant géré par le pilote sqlite, et cette base de données est désormais ignorée.</translation>
    </message>
    <message>
        <source>%1 is missing; glance-api creates it when it starts.</source>
        <translation>%1 est absent&#xa0;; glance-api le crée à son démarrage.</translation>
    </message>
    <message>
        <source>%1 does not exist: glance-api has not started on this cache with the sqlite driver yet, so no image is recorded as cached.</source>
        <translation>%1 n&apos;existe pas&#xa0;: glance-api n&apos;a pas encore démarré sur ce cache avec le pilote sqlite, aucune image n&apos;est donc enregistrée comme étant en cache.</translation>
    </message>
    <message>
        <source>Not queued: image %1 is already cached.</source>
        <translation>Non mise en file d&apos;attente&#xa0;: l&apos;image %1 est déjà en cache.</translation>
    </message>
    <message>
        <source>Not queued: image %1 is being written to the cache now (in incomplete/).</source>
        <translation>Non mise en file d&apos;attente&#xa0;: l&apos;image %1 est en cours d&apos;écriture dans le cache (dans incomplete/).</translation>
    </message>
    <message>
        <source>Not queued: image %1 is already queued.</source>
        <translation>Non mise en file d&apos;attente&#xa0;: l&apos;image %1 est déjà en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Queued image %1.</source>
        <translation>Image %1 mise en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Deleted image %1 from the cache.</source>
        <translation>Image %1 supprimée du cache.</translation>
    </message>
    <message>
        <source>Removed image %1 from the queue.</source>
        <translation>Image %1 retirée de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Image %1 was neither cached nor queued.</source>
        <translation>L&apos;image %1 n&apos;était ni en cache ni en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 files; the rest is untouched.</source>
        <translation>Annulé après %1 fichiers sur %2&#xa0;; le reste est intact.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln record(s) of the sqlite driver, never moved to the central database: glance-api moves them when it next starts on this node with a caching flavor (those already there stay in cache.db for good).</source>
        <translation>
            <numerusform>%1 contient encore %Ln enregistrement du pilote sqlite, jamais déplacé vers la base centrale : glance-api le déplace à son prochain démarrage sur ce nœud avec une variante de cache (s&apos;il y est déjà, il reste définitivement dans cache.db).</numerusform>
            <numerusform>%1 contient encore %Ln enregistrements du pilote sqlite, jamais déplacés vers la base centrale : glance-api les déplace à son prochain démarrage sur ce nœud avec une variante de cache (ceux qui y sont déjà restent définitivement dans cache.db).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left alone, it is no longer a record without a file (its file is back, or the record is gone).</source>
        <translation>%1 : laissé tel quel, ce n&apos;est plus un enregistrement sans fichier (son fichier est revenu, ou l&apos;enregistrement a disparu).</translation>
    </message>
    <message>
        <source>%1: left alone, it is no longer a file without a record (it is gone, or glance-api recorded it).</source>
        <translation>%1 : laissé tel quel, ce n&apos;est plus un fichier sans enregistrement (il a disparu, ou glance-api l&apos;a enregistré).</translation>
    </message>
    <message>
        <source>%1: left alone, it is the journal of the cache database; removing it while glance-api writes can corrupt the database.</source>
        <translation>%1 : laissé tel quel, c&apos;est le journal de la base de données du cache ; le supprimer pendant que glance-api écrit peut corrompre la base.</translation>
    </message>
</context>
<context>
    <name>ImageFetcher</name>
    <message>
        <source>No glance-api URL (http:// or https://) to fetch images from.</source>
        <translation>Aucune URL de glance-api (http:// ou https://) d&apos;où récupérer les images.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s: timed out.</source>
        <translation>Aucune donnée de %1 depuis %2 s&#xa0;: délai dépassé.</translation>
    </message>
    <message>
        <source>Image %1: cancelled before it started.</source>
        <translation>Image %1&#xa0;: annulé avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Image %1: %2 Nothing was written.</source>
        <translation>Image %1&#xa0;: %2 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Image %1 is %2, not active: Glance caches only active images.</source>
        <translation>L&apos;image %1 est à l&apos;état %2, pas active&#xa0;: Glance ne met en cache que les images actives.</translation>
    </message>
    <message>
        <source>its hash algorithm %1 is not supported here, so only MD5 was verified</source>
        <translation>son algorithme de hachage %1 n&apos;est pas pris en charge ici, seule la somme de contrôle MD5 a donc été vérifiée</translation>
    </message>
    <message>
        <source>Glance records no checksum for it, so only its size was verified</source>
        <translation>Glance n&apos;enregistre aucune somme de contrôle pour elle, seule sa taille a donc été vérifiée</translation>
    </message>
    <message>
        <source>The server announces %1 bytes but the image has %2.</source>
        <translation>Le serveur annonce %1 octets, mais l&apos;image en fait %2.</translation>
    </message>
    <message>
        <source>The server sent more than the image&apos;s %1 bytes.</source>
        <translation>Le serveur a envoyé plus que les %1 octets de l&apos;image.</translation>
    </message>
    <message>
        <source>after %1 of %2 bytes</source>
        <translation>après %1 octets sur %2</translation>
    </message>
    <message>
        <source>The transfer broke off %1: %2</source>
        <translation>Le transfert s&apos;est interrompu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The download ended %1: truncated.</source>
        <translation>Le téléchargement s&apos;est terminé %1&#xa0;: données tronquées.</translation>
    </message>
    <message>
        <source>Cached image %1 (%2).</source>
        <translation>Image %1 mise en cache (%2).</translation>
    </message>
    <message>
        <source>Cached image %1 (%2, %3 verified).</source>
        <translation>Image %1 mise en cache (%2, %3 vérifié).</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Remarque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Image %1: %2 %3</source>
        <translation>Image %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>A verification is already running.</source>
        <translation>Une vérification est déjà en cours.</translation>
    </message>
    <message>
        <source>Image %1 is not cached here.</source>
        <translation>L&apos;image %1 n&apos;est pas en cache ici.</translation>
    </message>
    <message>
        <source>Image %1: verification cancelled.</source>
        <translation>Image %1&#xa0;: vérification annulée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 octets au lieu de %2</translation>
    </message>
    <message>
        <source>MD5 differs</source>
        <translation>MD5 différente</translation>
    </message>
    <message>
        <source>%1 differs</source>
        <translation>%1 différente</translation>
    </message>
    <message>
        <source>(O_NOATIME was not permitted: its atime was put back.)</source>
        <translation>(O_NOATIME n&apos;était pas autorisé&#xa0;: son atime a été rétabli.)</translation>
    </message>
    <message>
        <source>Image %1: Glance records no checksum; only the size could be checked, and it matches.</source>
        <translation>Image %1&#xa0;: Glance n&apos;enregistre aucune somme de contrôle&#xa0;; seule la taille a pu être vérifiée, et elle correspond.</translation>
    </message>
    <message>
        <source>Image %1: the cached file matches the image.</source>
        <translation>Image %1&#xa0;: le fichier en cache correspond à l&apos;image.</translation>
    </message>
    <message>
        <source>Image %1: the cached file does not match the image (%2); delete it from the cache, Glance never checks it again.</source>
        <translation>Image %1&#xa0;: le fichier en cache ne correspond pas à l&apos;image (%2)&#xa0;; supprimez-le du cache, Glance ne le revérifie jamais.</translation>
    </message>
    <message>
        <source>It has a zero-filled hole from byte %1: the mark of two downloads of the same image running at once.</source>
        <translation>Il contient un trou rempli de zéros à partir de l&apos;octet %1&#xa0;: la marque de deux téléchargements simultanés de la même image.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The data from %1 came at %2/s over the last %3 s, below the minimum of %4/s over %3 s: the download was stopped as too slow.</source>
        <translation>Les données de %1 sont arrivées à %2/s sur les %3 dernières secondes, sous le minimum de %4/s sur %3 s : le téléchargement a été arrêté, trop lent.</translation>
    </message>
</context>
<context>
    <name>ImageId</name>
    <message>
        <source>The image ID is empty.</source>
        <translation>L&apos;ID d&apos;image est vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image ID: it contains a path separator.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;image&#xa0;: il contient un séparateur de chemin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image ID (Glance image IDs are UUIDs, like 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;image (les ID d&apos;images Glance sont des UUID, par exemple 4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11).</translation>
    </message>
</context>
<context>
    <name>ImageNameDirectory</name>
    <message>
        <source>Image names</source>
        <translation>Noms des images</translation>
    </message>
    <message>
        <source>Image names could not be looked up: %1</source>
        <translation>Impossible de rechercher les noms des images&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Looked up the names of %Ln image(s).</source>
        <translation>
            <numerusform>Nom de %Ln image recherché.</numerusform>
            <numerusform>Noms de %Ln images recherchés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageNames</name>
    <message>
        <source>(deleted or not visible)</source>
        <translation>(supprimée ou non visible)</translation>
    </message>
    <message>
        <source>Glance&apos;s image list does not include this image: it was deleted (its cached copy stays until it is pruned), it is hidden, or the project you are connected as may not see it.</source>
        <translation>La liste des images de Glance ne contient pas cette image&#xa0;: elle a été supprimée (sa copie en cache reste jusqu&apos;à ce qu&apos;elle soit élaguée), elle est masquée, ou le projet avec lequel vous êtes connecté ne peut pas la voir.</translation>
    </message>
</context>
<context>
    <name>KeystoneAuth</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Impossible de lire le bundle d&apos;autorités de certification %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Le bundle d&apos;autorités de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Keystone&apos;s answer is not a token (no &quot;token&quot; object in the body).</source>
        <translation>La réponse de Keystone n&apos;est pas un jeton (pas d&apos;objet «&#xa0;token&#xa0;» dans le corps).</translation>
    </message>
    <message>
        <source>The token has no service catalog: it is not scoped to a project. Give a project (--os-project-name or --os-project-id).</source>
        <translation>Le jeton n&apos;a pas de catalogue de services&#xa0;: sa portée n&apos;est pas limitée à un projet. Indiquez un projet (--os-project-name ou --os-project-id).</translation>
    </message>
    <message>
        <source>The catalog&apos;s image endpoint &quot;%1&quot; is not a URL.</source>
        <translation>Le point de terminaison d&apos;images «&#xa0;%1&#xa0;» du catalogue n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>The service catalog has no image service (Glance is not registered in Keystone).</source>
        <translation>Le catalogue de services ne contient aucun service d&apos;images (Glance n&apos;est pas enregistré dans Keystone).</translation>
    </message>
    <message>
        <source>The service catalog has no %1 image endpoint; it has: %2. Choose one with --os-interface.</source>
        <translation>Le catalogue de services ne contient aucun point de terminaison d&apos;images %1&#xa0;; il contient&#xa0;: %2. Choisissez-en un avec --os-interface.</translation>
    </message>
    <message>
        <source>The service catalog has no %1 image endpoint in the region &quot;%2&quot;. Regions with one: %3.</source>
        <translation>Le catalogue de services ne contient aucun point de terminaison d&apos;images %1 dans la région «&#xa0;%2&#xa0;». Régions qui en ont un&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Keystone at %1 answered without a token (no X-Subject-Token header).</source>
        <translation>Keystone sur %1 a répondu sans jeton (pas d&apos;en-tête X-Subject-Token).</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the application credential: wrong ID or secret, or it expired.</source>
        <translation>Keystone sur %1 a rejeté l&apos;identifiant d&apos;application&#xa0;: ID ou secret erroné, ou identifiant expiré.</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the token: it is invalid or expired.</source>
        <translation>Keystone sur %1 a rejeté le jeton&#xa0;: il est invalide ou expiré.</translation>
    </message>
    <message>
        <source>Keystone at %1 rejected the credentials: wrong user name, password or domain, or no role on the project.</source>
        <translation>Keystone sur %1 a rejeté les informations d&apos;identification&#xa0;: nom d&apos;utilisateur, mot de passe ou domaine erroné, ou aucun rôle sur le projet.</translation>
    </message>
    <message>
        <source>Keystone at %1 refused the token request (403)%2.</source>
        <translation>Keystone sur %1 a refusé la demande de jeton (403)%2.</translation>
    </message>
    <message>
        <source>%1 is not a Keystone v3 endpoint (404 for %2). Check --os-auth-url.</source>
        <translation>%1 n&apos;est pas un point de terminaison Keystone v3 (404 pour %2). Vérifiez --os-auth-url.</translation>
    </message>
    <message>
        <source>Keystone at %1 answered %2 %3%4.</source>
        <translation>Keystone sur %1 a répondu %2 %3%4.</translation>
    </message>
    <message>
        <source>The TLS connection to Keystone at %1 failed: %2. Give the CA bundle with --os-cacert, or --insecure to skip verification (unsafe).</source>
        <translation>La connexion TLS à Keystone sur %1 a échoué&#xa0;: %2. Indiquez le bundle d&apos;autorités de certification avec --os-cacert, ou --insecure pour ignorer la vérification (non sûr).</translation>
    </message>
    <message>
        <source>Keystone at %1 did not answer in time (%2 s without progress).</source>
        <translation>Keystone sur %1 n&apos;a pas répondu à temps (%2 s sans progression).</translation>
    </message>
    <message>
        <source>Cannot reach Keystone at %1: %2.</source>
        <translation>Impossible de joindre Keystone sur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Keystone at %1 sent an answer larger than %2, far more than any token: it was dropped.</source>
        <translation>Keystone à %1 a envoyé une réponse de plus de %2, bien plus que n&apos;importe quel jeton : elle a été ignorée.</translation>
    </message>
    <message>
        <source>Keystone at %1 broke off its answer before the end: %2.</source>
        <translation>Keystone sur %1 a interrompu sa réponse avant la fin : %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open Cache &amp;Directory…</source>
        <translation>&amp;Ouvrir un cache…</translation>
    </message>
    <message>
        <source>Open &amp;Config File…</source>
        <translation>Ouvrir un fichier de &amp;configuration…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Queue Images…</source>
        <translation>Mettre en &amp;file d&apos;attente…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>D&amp;equeue Selected…</source>
        <translation>&amp;Retirer de la file d&apos;attente…</translation>
    </message>
    <message>
        <source>Clear &amp;Cache…</source>
        <translation>Vider le &amp;cache…</translation>
    </message>
    <message>
        <source>Clear Q&amp;ueue…</source>
        <translation>&amp;Vider la file d&apos;attente…</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>É&amp;laguer…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>C&amp;lean…</source>
        <translation>&amp;Nettoyer…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>F&amp;ollow Changes</source>
        <translation>&amp;Suivre les modifications</translation>
    </message>
    <message>
        <source>Re-read the cache when glance-api changes it</source>
        <translation>Relire le cache quand glance-api le modifie</translation>
    </message>
    <message>
        <source>&amp;About Glance Cache Admin</source>
        <translation>À &amp;propos de Glance Cache Admin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Cache</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Filter by image ID (Ctrl+F)</source>
        <translation>Filtrer par ID d&apos;image (Ctrl+F)</translation>
    </message>
    <message>
        <source>Demo cache — Glance Cache Admin</source>
        <translation>Cache de démonstration — Glance Cache Admin</translation>
    </message>
    <message>
        <source>%1 — Glance Cache Admin</source>
        <translation>%1 — Glance Cache Admin</translation>
    </message>
    <message>
        <source>Cached (%1)</source>
        <translation>En cache (%1)</translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation>File d&apos;attente (%1)</translation>
    </message>
    <message>
        <source>Incomplete (%1, %2 stalled)</source>
        <translation>Incomplètes (%1, bloquées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Incomplete (%1)</source>
        <translation>Incomplètes (%1)</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>Invalides (%1)</translation>
    </message>
    <message>
        <source>Orphans (%1)</source>
        <translation>Orphelins (%1)</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Lu à %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected, %1</source>
        <translation>
            <numerusform>%Ln sélectionné, %1</numerusform>
            <numerusform>%Ln sélectionnés, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Glance image cache directory</source>
        <translation>Ouvrir un répertoire de cache d&apos;images Glance</translation>
    </message>
    <message>
        <source>Open glance-api.conf or glance-cache.conf</source>
        <translation>Ouvrir glance-api.conf ou glance-cache.conf</translation>
    </message>
    <message>
        <source>Glance configuration (*.conf);;All files (*)</source>
        <translation>Configuration Glance (*.conf);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) (%1) from the cache in %2?

The files and their records are removed; glance-api will download them again when they are next requested.</source>
        <translation>
            <numerusform>Supprimer %Ln image (%1) du cache dans %2&#xa0;?

Le fichier et son enregistrement sont supprimés&#xa0;; glance-api téléchargera de nouveau l&apos;image à la prochaine demande.</numerusform>
            <numerusform>Supprimer %Ln images (%1) du cache dans %2&#xa0;?

Les fichiers et leurs enregistrements sont supprimés&#xa0;; glance-api téléchargera de nouveau les images à la prochaine demande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s)</source>
        <translation>
            <numerusform>Supprimer %Ln image</numerusform>
            <numerusform>Supprimer %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s) from the queue? Nothing cached is deleted.</source>
        <translation>
            <numerusform>Retirer %Ln image de la file d&apos;attente&#xa0;? Rien n&apos;est supprimé du cache.</numerusform>
            <numerusform>Retirer %Ln images de la file d&apos;attente&#xa0;? Rien n&apos;est supprimé du cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln image(s)</source>
        <translation>
            <numerusform>Retirer %Ln image</numerusform>
            <numerusform>Retirer %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete ALL %Ln cached image(s) (%1) in %2?

Every file in the cache directory except the database goes, as Glance&apos;s own clear does.</source>
        <translation>
            <numerusform>Supprimer TOUTES les images en cache (%Ln image, %1) dans %2&#xa0;?

Tous les fichiers du répertoire du cache sont supprimés, sauf la base de données, comme le fait le clear de Glance lui-même.</numerusform>
            <numerusform>Supprimer TOUTES les images en cache (%Ln images, %1) dans %2&#xa0;?

Tous les fichiers du répertoire du cache sont supprimés, sauf la base de données, comme le fait le clear de Glance lui-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Clear queue</source>
        <translation>Vider la file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %Ln queued image(s)?</source>
        <translation>
            <numerusform>Retirer toutes les images de la file d&apos;attente (%Ln image)&#xa0;?</numerusform>
            <numerusform>Retirer toutes les images de la file d&apos;attente (%Ln images)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Glance Cache Admin</source>
        <translation>Glance Cache Admin</translation>
    </message>
    <message>
        <source>About Glance Cache Admin</source>
        <translation>À propos de Glance Cache Admin</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Lecture du cache…</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Vérification de l&apos;état</translation>
    </message>
    <message>
        <source>Cache &amp;Options…</source>
        <translation>&amp;Options du cache…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Health Checks</source>
        <translation>&amp;Vérifications de l&apos;état</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>&amp;Fetch All Queued</source>
        <translation>&amp;Télécharger toute la file d&apos;attente</translation>
    </message>
    <message>
        <source>Download the selected queued images (none selected: every queued image) from the Image API into this cache</source>
        <translation>Télécharger depuis l&apos;API d&apos;images dans ce cache les images sélectionnées de la file d&apos;attente (aucune sélection&#xa0;: toutes les images en file d&apos;attente)</translation>
    </message>
    <message>
        <source>&amp;Verify Selected</source>
        <translation>&amp;Vérifier la sélection</translation>
    </message>
    <message>
        <source>Re-hash the selected cached images against Glance&apos;s checksums</source>
        <translation>Recalculer les sommes de contrôle des images en cache sélectionnées et les comparer à celles de Glance</translation>
    </message>
    <message>
        <source>&amp;Nodes…</source>
        <translation>&amp;Nœuds…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>The glance-api nodes side by side: which node caches which image</source>
        <translation>Les nœuds glance-api côte à côte&#xa0;: quel nœud a quelle image en cache</translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation>&amp;Distant</translation>
    </message>
    <message>
        <source>&amp;Fetch Selected</source>
        <translation>&amp;Télécharger la sélection</translation>
    </message>
    <message>
        <source>Give each glance-api node&apos;s own URL, and how to log in if the nodes use Keystone.</source>
        <translation>Indiquez l&apos;URL propre à chaque nœud glance-api, et comment se connecter si les nœuds utilisent Keystone.</translation>
    </message>
    <message>
        <source>Say where the Image API is and how to log in.</source>
        <translation>Indiquez où se trouve l&apos;API d&apos;images et comment se connecter.</translation>
    </message>
    <message>
        <source>Connecting to the Image API…</source>
        <translation>Connexion à l&apos;API d&apos;images…</translation>
    </message>
    <message>
        <source>Fetch images</source>
        <translation>Télécharger des images</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln image(s) from %1…</source>
        <translation>
            <numerusform>Téléchargement de %Ln image depuis %1…</numerusform>
            <numerusform>Téléchargement de %Ln images depuis %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln image(s); %2 failed.</source>
        <translation>
            <numerusform>%1 image sur %Ln téléchargée&#xa0;; %2 en échec.</numerusform>
            <numerusform>%1 sur %Ln images téléchargées&#xa0;; %2 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify images</source>
        <translation>Vérifier des images</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %Ln image(s) against Glance&apos;s checksums…</source>
        <translation>
            <numerusform>Vérification de %Ln image par rapport aux sommes de contrôle de Glance…</numerusform>
            <numerusform>Vérification de %Ln images par rapport aux sommes de contrôle de Glance…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %Ln image(s): %1 match, %2 do not.</source>
        <translation>
            <numerusform>%Ln image vérifiée&#xa0;: %1 conforme, %2 non conforme.</numerusform>
            <numerusform>%Ln images vérifiées — conformes&#xa0;: %1, non conformes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached image(s) do not match the checksums Glance recorded:

%1

Delete them from the cache? glance-api downloads them again when they are next requested.</source>
        <translation>
            <numerusform>%Ln image en cache ne correspond pas aux sommes de contrôle enregistrées par Glance&#xa0;:

%1

La supprimer du cache&#xa0;? glance-api la téléchargera de nouveau à la prochaine demande.</numerusform>
            <numerusform>%Ln images en cache ne correspondent pas aux sommes de contrôle enregistrées par Glance&#xa0;:

%1

Les supprimer du cache&#xa0;? glance-api les téléchargera de nouveau à la prochaine demande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) could not be verified.</source>
        <translation>
            <numerusform>%Ln image n&apos;a pas pu être vérifiée.</numerusform>
            <numerusform>%Ln images n&apos;ont pas pu être vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Activity Log</source>
        <translation>Journal d&apos;&amp;activité</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>demo cache</source>
        <translation>cache de démonstration</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Mise en file</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Dequeue</source>
        <translation>Retrait de la file</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vidage</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Élagage</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Save options</source>
        <translation>Enregistrement des options</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln download(s) still being written; only stalled ones can be deleted.</source>
        <translation>
            <numerusform>%Ln téléchargement est encore en cours d&apos;écriture&#xa0;; seuls les téléchargements bloqués peuvent être supprimés.</numerusform>
            <numerusform>%Ln téléchargements sont encore en cours d&apos;écriture&#xa0;; seuls les téléchargements bloqués peuvent être supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln failed download(s) (%1) from invalid/?</source>
        <translation>
            <numerusform>Supprimer %Ln téléchargement échoué (%1) de invalid/&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln téléchargements échoués (%1) de invalid/&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln stalled download(s) (%1) from incomplete/? glance-api will download the images again when they are next requested.</source>
        <translation>
            <numerusform>Supprimer %Ln téléchargement bloqué (%1) de incomplete/&#xa0;? glance-api téléchargera l&apos;image à nouveau à la prochaine demande.</numerusform>
            <numerusform>Supprimer %Ln téléchargements bloqués (%1) de incomplete/&#xa0;? glance-api téléchargera les images à nouveau à la prochaine demande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete downloads</source>
        <translation>Supprimer des téléchargements</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln download(s)</source>
        <translation>
            <numerusform>Supprimer %Ln téléchargement</numerusform>
            <numerusform>Supprimer %Ln téléchargements</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>An operation is still running. Quit anyway? It stops where it is: what it did so far stays done, the rest is not done, and no summary is shown.</source>
        <translation>Une opération est encore en cours. Quitter quand même&#xa0;? Elle s&apos;arrête où elle en est&#xa0;: ce qui est fait reste fait, le reste n&apos;est pas fait, et aucun bilan n&apos;est affiché.</translation>
    </message>
    <message>
        <source>Remove orphans</source>
        <translation>Supprimer les orphelins</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln orphan(s) from %1?</source>
        <translation>
            <numerusform>Supprimer %Ln orphelin de %1 ?</numerusform>
            <numerusform>Supprimer %Ln orphelins de %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) without a file: forgetting a record frees nothing, its file is already gone. Glance stops listing the image(s) as cached.</source>
        <translation>
            <numerusform>%Ln enregistrement sans fichier : l&apos;oublier ne libère rien, son fichier a déjà disparu. Glance cesse de lister l&apos;image comme en cache.</numerusform>
            <numerusform>%Ln enregistrements sans fichier : les oublier ne libère rien, leurs fichiers ont déjà disparu. Glance cesse de lister les images comme en cache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) without a record: deleting frees %1. glance-api downloads the image(s) again when next requested.</source>
        <translation>
            <numerusform>%Ln fichier sans enregistrement : le supprimer libère %1. glance-api retélécharge l&apos;image à la prochaine demande.</numerusform>
            <numerusform>%Ln fichiers sans enregistrement : les supprimer libère %1. glance-api retélécharge les images à la prochaine demande.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign file(s), not images (lock, temporary or leftover files): removing frees %1.</source>
        <translation>
            <numerusform>%Ln fichier étranger, pas une image (verrou, fichier temporaire ou reste) : le supprimer libère %1.</numerusform>
            <numerusform>%Ln fichiers étrangers, pas des images (verrous, fichiers temporaires ou restes) : les supprimer libère %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: this removes Glance&apos;s own lock file(s) %1. Removing a lock that glance-api or glance-cache-prefetcher holds lets a second process into the work it guards, which can corrupt that work: do this only while glance-api and glance-cache-prefetcher are stopped.</source>
        <translation>
            <numerusform>Attention : ceci supprime le fichier de verrou de Glance %1. Supprimer un verrou que glance-api ou glance-cache-prefetcher détient laisse entrer un second processus dans le travail qu&apos;il protège, ce qui peut corrompre ce travail : ne le faites que lorsque glance-api et glance-cache-prefetcher sont arrêtés.</numerusform>
            <numerusform>Attention : ceci supprime les fichiers de verrou de Glance %1. Supprimer un verrou que glance-api ou glance-cache-prefetcher détient laisse entrer un second processus dans le travail qu&apos;il protège, ce qui peut corrompre ce travail : ne le faites que lorsque glance-api et glance-cache-prefetcher sont arrêtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all, %1 freed.</source>
        <translation>Au total, %1 libérés.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln orphan(s)</source>
        <translation>
            <numerusform>Supprimer %Ln orphelin</numerusform>
            <numerusform>Supprimer %Ln orphelins</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplètes</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalides</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the selected rows (none selected: every row the tab shows) to a CSV or JSON file</source>
        <translation>Écrire les lignes sélectionnées (aucune sélection : toutes les lignes affichées par l’onglet) dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glance Cache Admin %1&lt;/h3&gt;&lt;p&gt;Inspect and manage the local image cache of OpenStack Glance: see what is cached, queue, delete, prune and clean with Glance&apos;s own rules.&lt;/p&gt;&lt;p&gt;Compatible with Glance&apos;s sqlite and xattr cache drivers (Zed and later) and its centralized_db driver (2024.1 and later).&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Glance Cache Admin %1&lt;/h3&gt;&lt;p&gt;Inspectez et gérez le cache d&apos;images local d&apos;OpenStack Glance&#xa0;: voyez ce qui est en cache, mettez en file d&apos;attente, supprimez, élaguez et nettoyez selon les règles de Glance elles-mêmes.&lt;/p&gt;&lt;p&gt;Compatible avec les pilotes de cache sqlite et xattr de Glance (Zed et suivantes) et son pilote centralized_db (2024.1 et suivantes).&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Distribué sous la licence Apache 2.0.&lt;/p&gt;</translation>
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
            <numerusform>Exporter %Ln ligne</numerusform>
            <numerusform>Exporter %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) of the %1 tab to %2.</source>
        <translation>
            <numerusform>%Ln ligne de l’onglet %1 exportée dans %2.</numerusform>
            <numerusform>%Ln lignes de l’onglet %1 exportées dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>Refresh &amp;Names</source>
        <translation>Actualiser les &amp;noms</translation>
    </message>
    <message>
        <source>Look the images&apos; names up again in Glance&apos;s image list</source>
        <translation>Rechercher à nouveau les noms des images dans la liste des images de Glance</translation>
    </message>
    <message>
        <source>Filter by ID or name (Ctrl+F)</source>
        <translation>Filtrer par ID ou nom (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Glance Cache Admin Manual</source>
        <translation>Manuel de Glance Cache Admin</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>MountTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NodeFleet</name>
    <message>
        <source>&quot;%1&quot; is not the http:// or https:// URL of a glance-api node.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;URL http:// ou https:// d&apos;un nœud glance-api.</translation>
    </message>
    <message>
        <source>There is no node number %1.</source>
        <translation>Il n&apos;y a pas de nœud numéro %1.</translation>
    </message>
    <message>
        <source>%1 does not offer the image cache API (it announces %2): caching is not enabled there (image_cache_dir is not set) or the node is older than Glance Yoga.</source>
        <translation>%1 ne propose pas l&apos;API de cache d&apos;images (il annonce %2)&#xa0;: la mise en cache n&apos;y est pas activée (image_cache_dir n&apos;est pas défini) ou le nœud est antérieur à Glance Yoga.</translation>
    </message>
</context>
<context>
    <name>NodesWindow</name>
    <message>
        <source>Glance Nodes</source>
        <translation>Nœuds Glance</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Cache API</source>
        <translation>API de cache</translation>
    </message>
    <message>
        <source>Prune/clean</source>
        <translation>Élagage/nettoyage</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Filter by name or ID</source>
        <translation>Filtrer par nom ou ID</translation>
    </message>
    <message>
        <source>Include this machine&apos;s cache</source>
        <translation>Inclure le cache de cette machine</translation>
    </message>
    <message>
        <source>Show the cache open in the main window as one more column.</source>
        <translation>Affiche le cache ouvert dans la fenêtre principale dans une colonne supplémentaire.</translation>
    </message>
    <message>
        <source>No glance-api nodes yet: add each node&apos;s own URL (http://node-1:9292) in Remote → Connection.</source>
        <translation>Aucun nœud glance-api pour l&apos;instant&#xa0;: ajoutez l&apos;URL propre à chaque nœud (http://node-1:9292) dans Distant → Connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %Ln node(s)…</source>
        <translation>
            <numerusform>Interrogation de %Ln nœud…</numerusform>
            <numerusform>Interrogation de %Ln nœuds…</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no (needs 2.18)</source>
        <translation>non (nécessite 2.18)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 queued</source>
        <translation>, %1 en file d&apos;attente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>The local cache has not been read yet.</source>
        <translation>Le cache local n&apos;a pas encore été lu.</translation>
    </message>
    <message>
        <source>this machine (demo)</source>
        <translation>cette machine (démo)</translation>
    </message>
    <message>
        <source>%1 of %2 answered.</source>
        <translation>Réponses&#xa0;: %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached or queued somewhere</source>
        <translation>
            <numerusform>%Ln image en cache ou en file d&apos;attente quelque part</numerusform>
            <numerusform>%Ln images en cache ou en file d&apos;attente quelque part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached on only some</source>
        <translation>
            <numerusform>%Ln en cache sur certains seulement</numerusform>
            <numerusform>%Ln en cache sur certains seulement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer in Glance.</source>
        <translation>
            <numerusform>%Ln n&apos;est plus dans Glance.</numerusform>
            <numerusform>%Ln ne sont plus dans Glance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image names unavailable: %1</source>
        <translation>Noms d&apos;images indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ask every node for its cache and Glance for image names</source>
        <translation>Demander son cache à chaque nœud et les noms d&apos;images à Glance</translation>
    </message>
    <message>
        <source>&amp;Queue on Every Node</source>
        <translation>&amp;Mettre en file d&apos;attente sur chaque nœud</translation>
    </message>
    <message>
        <source>Have every node that does not hold the selected images cache them now</source>
        <translation>Faire mettre en cache dès maintenant les images sélectionnées par chaque nœud qui ne les a pas</translation>
    </message>
    <message>
        <source>&amp;Delete Everywhere</source>
        <translation>&amp;Supprimer partout</translation>
    </message>
    <message>
        <source>Remove the selected images from every cache that holds or queues them</source>
        <translation>Retirer les images sélectionnées de chaque cache qui les contient ou les a en file d&apos;attente</translation>
    </message>
    <message>
        <source>Clear Node&apos;s Cache</source>
        <translation>Vider le cache du nœud</translation>
    </message>
    <message>
        <source>Delete every cached image on the selected node</source>
        <translation>Supprimer toutes les images en cache sur le nœud sélectionné</translation>
    </message>
    <message>
        <source>Clear Node&apos;s Queue</source>
        <translation>Vider la file d&apos;attente du nœud</translation>
    </message>
    <message>
        <source>Empty the selected node&apos;s queue</source>
        <translation>Vider la file d&apos;attente du nœud sélectionné</translation>
    </message>
    <message>
        <source>Clear Node</source>
        <translation>Vider le nœud</translation>
    </message>
    <message>
        <source>Delete every cached and queued image on the selected node</source>
        <translation>Supprimer toutes les images en cache et en file d&apos;attente sur le nœud sélectionné</translation>
    </message>
    <message>
        <source>&amp;Prune Node</source>
        <translation>É&amp;laguer le nœud</translation>
    </message>
    <message>
        <source>Have the selected node prune its cache to its image_cache_max_size (API 2.18)</source>
        <translation>Faire élaguer son cache par le nœud sélectionné jusqu&apos;à son image_cache_max_size (API 2.18)</translation>
    </message>
    <message>
        <source>C&amp;lean Node</source>
        <translation>&amp;Nettoyer le nœud</translation>
    </message>
    <message>
        <source>Have the selected node remove its invalid and stalled files (API 2.18)</source>
        <translation>Faire supprimer par le nœud sélectionné ses fichiers invalides et bloqués (API 2.18)</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>Cloud, credentials and nodes</source>
        <translation>Cloud, identifiants et nœuds</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) failed; see the details.</source>
        <translation>
            <numerusform>%Ln appel a échoué&#xa0;; voir les détails.</numerusform>
            <numerusform>%Ln appels ont échoué&#xa0;; voir les détails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: %Ln request(s) accepted.</source>
        <translation>
            <numerusform>Mise en file d&apos;attente&#xa0;: %Ln requête acceptée.</numerusform>
            <numerusform>Mise en file d&apos;attente&#xa0;: %Ln requêtes acceptées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued in this machine&apos;s cache.</source>
        <translation>Mise en file d&apos;attente effectuée dans le cache de cette machine.</translation>
    </message>
    <message>
        <source>Delete Everywhere</source>
        <translation>Supprimer partout</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) from every cache that holds or queues them?</source>
        <translation>
            <numerusform>Supprimer %Ln image de chaque cache qui la contient ou l&apos;a en file d&apos;attente&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln images de chaque cache qui les contient ou les a en file d&apos;attente&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cache(s) will be changed.</source>
        <translation>
            <numerusform>%Ln cache sera modifié.</numerusform>
            <numerusform>%Ln caches seront modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %Ln request(s) accepted.</source>
        <translation>
            <numerusform>Suppression&#xa0;: %Ln requête acceptée.</numerusform>
            <numerusform>Suppression&#xa0;: %Ln requêtes acceptées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted from this machine&apos;s cache.</source>
        <translation>Suppression effectuée dans le cache de cette machine.</translation>
    </message>
    <message>
        <source>Delete every cached image on %1?</source>
        <translation>Supprimer toutes les images en cache sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Empty the queue of %1?</source>
        <translation>Vider la file d&apos;attente de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete every cached and queued image on %1?</source>
        <translation>Supprimer toutes les images en cache et en file d&apos;attente sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>%1 cleared.</source>
        <translation>%1 vidé.</translation>
    </message>
    <message>
        <source>%1 was not cleared.</source>
        <translation>%1 n&apos;a pas été vidé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 pruned %Ln file(s).</source>
        <translation>
            <numerusform>%1 a élagué %Ln fichier.</numerusform>
            <numerusform>%1 a élagué %Ln fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not pruned.</source>
        <translation>%1 n&apos;a pas été élagué.</translation>
    </message>
    <message>
        <source>%1 cleaned.</source>
        <translation>%1 nettoyé.</translation>
    </message>
    <message>
        <source>%1 was not cleaned.</source>
        <translation>%1 n&apos;a pas été nettoyé.</translation>
    </message>
    <message>
        <source>Only uneven or orphaned</source>
        <translation>Seulement inégales ou orphelines</translation>
    </message>
    <message>
        <source>Show only images cached on some nodes but not others, or gone from Glance</source>
        <translation>Afficher seulement les images en cache sur certains nœuds mais pas sur d&apos;autres, ou supprimées de Glance</translation>
    </message>
    <message>
        <source>%1 did not answer the last refresh; nothing was sent to it.</source>
        <translation>%1 n&apos;a pas répondu lors de la dernière actualisation&#xa0;; rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>Every node that answered already holds or queues the selected images.</source>
        <translation>Chaque nœud qui a répondu détient déjà les images sélectionnées ou les a en file d&apos;attente.</translation>
    </message>
    <message>
        <source>%1 did not answer the last refresh: it may still hold the images; nothing was sent to it.</source>
        <translation>%1 n&apos;a pas répondu lors de la dernière actualisation&#xa0;: il détient peut-être encore les images&#xa0;; rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>From &amp;Database</source>
        <translation>Depuis la &amp;base de données</translation>
    </message>
    <message>
        <source>Show the region as Glance&apos;s database records it (centralized_db driver): every node that ever started with the cache, without asking any node. Available when the open cache uses centralized_db.</source>
        <translation>Affiche la région telle que la base de données de Glance l&apos;enregistre (pilote centralized_db)&#xa0;: chaque nœud qui a un jour démarré avec le cache, sans interroger aucun nœud. Disponible quand le cache ouvert utilise centralized_db.</translation>
    </message>
    <message>
        <source>Reading the region from %1…</source>
        <translation>Lecture de la région depuis %1…</translation>
    </message>
    <message numerus="yes">
        <source>Glance&apos;s database %1: %Ln node(s).</source>
        <translation>
            <numerusform>Base de données de Glance %1&#xa0;: %Ln nœud.</numerusform>
            <numerusform>Base de données de Glance %1&#xa0;: %Ln nœuds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) cached somewhere</source>
        <translation>
            <numerusform>%Ln image en cache quelque part</numerusform>
            <numerusform>%Ln images en cache quelque part</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OptionDescriptor</name>
    <message>
        <source>Cache directory</source>
        <translation>Répertoire du cache</translation>
    </message>
    <message>
        <source>Base directory of the image cache (absolute path). Caching and the cache API are off while it is unset. glance-api.conf and glance-cache.conf must name the same directory.</source>
        <translation>Répertoire de base du cache d&apos;images (chemin absolu). Tant qu&apos;il n&apos;est pas défini, la mise en cache et l&apos;API de cache sont désactivées. glance-api.conf et glance-cache.conf doivent indiquer le même répertoire.</translation>
    </message>
    <message>
        <source>Cache driver</source>
        <translation>Pilote du cache</translation>
    </message>
    <message>
        <source>Where the cache keeps its records of hits and access times.</source>
        <translation>Emplacement où le cache enregistre le nombre d&apos;accès et les dates d&apos;accès.</translation>
    </message>
    <message>
        <source>xattr: extended attributes on each cached file; the file system must be mounted with user_xattr and record access times (relatime or strictatime, not noatime).</source>
        <translation>xattr&#xa0;: des attributs étendus sur chaque fichier en cache&#xa0;; le système de fichiers doit être monté avec user_xattr et enregistrer les dates d&apos;accès (relatime ou strictatime, pas noatime).</translation>
    </message>
    <message>
        <source>Maximum cache size</source>
        <translation>Taille maximale du cache</translation>
    </message>
    <message>
        <source>Size above which glance-cache-pruner deletes the least recently used images. Glance reads whole bytes only (10G is refused there), so sizes such as 20G, 1.5TiB or 500M are written as bytes. K, M, G, T and KiB... are 1024-based; KB, MB, GB, TB are 1000-based.</source>
        <translation>Taille au-delà de laquelle glance-cache-pruner supprime les images les moins récemment utilisées. Glance ne lit que des nombres entiers d&apos;octets (10G y est refusé)&#xa0;: les tailles comme 20G, 1.5TiB ou 500M sont donc écrites en octets. K, M, G, T et KiB... sont en base 1024&#xa0;; KB, MB, GB, TB en base 1000.</translation>
    </message>
    <message>
        <source>Stall time</source>
        <translation>Délai de blocage</translation>
    </message>
    <message>
        <source>Age after which glance-cache-cleaner deletes an incomplete download. Glance reads whole seconds only, so durations such as 12h, 30m, 1d or 90s are written as seconds.</source>
        <translation>Âge au-delà duquel glance-cache-cleaner supprime un téléchargement incomplet. Glance ne lit que des secondes entières&#xa0;: les durées comme 12h, 30m, 1d ou 90s sont donc écrites en secondes.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>File name of the sqlite driver&apos;s database, relative to the cache directory unless absolute.</source>
        <translation>Nom du fichier de la base de données du pilote sqlite, relatif au répertoire du cache s&apos;il n&apos;est pas absolu.</translation>
    </message>
    <message>
        <source>This node&apos;s URL</source>
        <translation>URL de ce nœud</translation>
    </message>
    <message>
        <source>URL by which other Glance workers reach this one (http or https, with a host). Required when image_cache_driver is centralized_db, which uses it as the node&apos;s identity.</source>
        <translation>URL par laquelle les autres workers Glance joignent celui-ci (http ou https, avec un hôte). Obligatoire lorsque image_cache_driver vaut centralized_db, qui l&apos;utilise comme identité du nœud.</translation>
    </message>
    <message>
        <source>Pipeline flavor</source>
        <translation>Variante du pipeline (flavor)</translation>
    </message>
    <message>
        <source>[paste_deploy] flavor picks the glance-api pipeline in glance-api-paste.ini. Only the flavors with &apos;caching&apos; or &apos;cachemanagement&apos; put the cache filter in the pipeline, so only they cache downloaded images; this option is read by glance-api alone.</source>
        <translation>[paste_deploy] flavor choisit le pipeline de glance-api dans glance-api-paste.ini. Seules les variantes contenant «&#xa0;caching&#xa0;» ou «&#xa0;cachemanagement&#xa0;» placent le filtre de cache dans le pipeline&#xa0;: elles seules mettent donc en cache les images téléchargées. Cette option n&apos;est lue que par glance-api.</translation>
    </message>
    <message>
        <source>none: no authentication and no cache filter (not for production).</source>
        <translation>none&#xa0;: ni authentification ni filtre de cache (pas pour la production).</translation>
    </message>
    <message>
        <source>keystone: Keystone authentication; images are not cached.</source>
        <translation>keystone&#xa0;: authentification Keystone&#xa0;; les images ne sont pas mises en cache.</translation>
    </message>
    <message>
        <source>caching: cache filter, no authentication.</source>
        <translation>caching&#xa0;: filtre de cache, sans authentification.</translation>
    </message>
    <message>
        <source>cachemanagement: cache filter and the legacy cache management routes, no authentication.</source>
        <translation>cachemanagement&#xa0;: filtre de cache et anciennes routes de gestion du cache, sans authentification.</translation>
    </message>
    <message>
        <source>keystone+caching: Keystone authentication and the cache filter (the usual choice for caching).</source>
        <translation>keystone+caching&#xa0;: authentification Keystone et filtre de cache (le choix habituel pour la mise en cache).</translation>
    </message>
    <message>
        <source>keystone+cachemanagement: Keystone authentication, the cache filter and the legacy cache management routes.</source>
        <translation>keystone+cachemanagement&#xa0;: authentification Keystone, filtre de cache et anciennes routes de gestion du cache.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cache option this tool manages (option names are case-sensitive, as in oslo.config). Known options: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une option de cache gérée par cet outil (les noms d&apos;options sont sensibles à la casse, comme dans oslo.config). Options connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>image_cache_driver is centralized_db but worker_self_reference_url is not set; Glance refuses to start without this node&apos;s URL.</source>
        <translation>image_cache_driver vaut centralized_db mais worker_self_reference_url n&apos;est pas défini&#xa0;; Glance refuse de démarrer sans l&apos;URL de ce nœud.</translation>
    </message>
    <message>
        <source>[paste_deploy] flavor %1 enables the cache filter but image_cache_dir is not set.</source>
        <translation>[paste_deploy] flavor %1 active le filtre de cache mais image_cache_dir n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2; choose one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour %2&#xa0;; choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration for %2: give whole seconds, or a number with s, m, h or d (for example 86400, 12h or 30m).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée valide pour %2&#xa0;: indiquez des secondes entières, ou un nombre suivi de s, m, h ou d (par exemple 86400, 12h ou 30m).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path; %2 must start with &apos;/&apos; so that glance-api and the cache tools, which run from different directories, find the same place.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu&#xa0;; %2 doit commencer par «&#xa0;/&#xa0;» pour que glance-api et les outils du cache, qui s&apos;exécutent depuis des répertoires différents, trouvent le même emplacement.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL with a host name (for example https://glance-1.example.org:9292).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https:// avec un nom d&apos;hôte (par exemple https://glance-1.example.org:9292).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends with &apos;/&apos;: %2 names a file, not a directory.</source>
        <translation>«&#xa0;%1&#xa0;» se termine par «&#xa0;/&#xa0;»&#xa0;: %2 désigne un fichier, pas un répertoire.</translation>
    </message>
    <message>
        <source>The value for %1 contains a line break or control character; a value must stay on one line, because oslo.config would read what follows as another option or as an indented continuation of this one.</source>
        <translation>La valeur de %1 contient un saut de ligne ou un caractère de contrôle&#xa0;; une valeur doit tenir sur une seule ligne, car oslo.config lirait la suite comme une autre option ou comme la continuation indentée de celle-ci.</translation>
    </message>
    <message>
        <source>%1 needs a value; to go back to Glance&apos;s default, remove the line from the file instead.</source>
        <translation>%1 nécessite une valeur&#xa0;; pour revenir à la valeur par défaut de Glance, supprimez plutôt la ligne du fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts with &apos;%2&apos;, which oslo.config treats as a comment only at the start of a line: after &apos;=&apos; it would become the value of %3 itself.</source>
        <translation>«&#xa0;%1&#xa0;» commence par «&#xa0;%2&#xa0;», que oslo.config ne traite comme un commentaire qu&apos;en début de ligne&#xa0;: après «&#xa0;=&#xa0;», il ferait partie de la valeur de %3 elle-même.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;%2...&apos;: oslo.config has no end-of-line comments, so that text would become part of the value of %3. Leave the comment out.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2...&#xa0;»&#xa0;: oslo.config ne connaît pas les commentaires en fin de ligne, ce texte ferait donc partie de la valeur de %3. Omettez le commentaire.</translation>
    </message>
    <message>
        <source>%1 = %2 is not a whole number ≥ %3 (oslo.config takes no units here); Glance would refuse to start.</source>
        <translation>%1 = %2 n&apos;est pas un nombre entier ≥ %3 (oslo.config n&apos;accepte pas d&apos;unités ici)&#xa0;; Glance refuserait de démarrer.</translation>
    </message>
    <message>
        <source>%1 = %2 is not one of the values this option takes.</source>
        <translation>%1 = %2 ne fait pas partie des valeurs acceptées par cette option.</translation>
    </message>
    <message>
        <source>image_cache_max_size is 0: the next prune deletes every cached image, and every image glance-api caches afterwards goes at the prune after that.</source>
        <translation>image_cache_max_size vaut 0&#xa0;: le prochain élagage supprime toutes les images en cache, et chaque image que glance-api met ensuite en cache disparaît à l&apos;élagage suivant.</translation>
    </message>
    <message>
        <source>image_cache_stall_time is 0: the cleaner deletes every incomplete download, even one being written at that moment.</source>
        <translation>image_cache_stall_time vaut 0&#xa0;: le nettoyeur supprime tous les téléchargements incomplets, même ceux en cours d&apos;écriture.</translation>
    </message>
    <message numerus="yes">
        <source>image_cache_stall_time is %Ln day(s): a download that stalled keeps its partial file, and blocks caching that image, that long.</source>
        <translation>
            <numerusform>image_cache_stall_time vaut %Ln jour&#xa0;: un téléchargement bloqué garde son fichier partiel, et empêche la mise en cache de cette image, aussi longtemps.</numerusform>
            <numerusform>image_cache_stall_time vaut %Ln jours&#xa0;: un téléchargement bloqué garde son fichier partiel, et empêche la mise en cache de cette image, aussi longtemps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values are written exactly as typed (&apos;$&apos; as &apos;$$&apos;), never as a reference to another option; type the directory itself.</source>
        <translation>Les valeurs sont écrites telles que saisies (« $ » devient « $$ »), jamais comme une référence à une autre option ; saisissez le répertoire lui-même.</translation>
    </message>
    <message>
        <source>sqlite: a SQLite database in the cache directory (the default up to Glance 2023.2; works on any file system).</source>
        <translation>sqlite&#xa0;: une base de données SQLite dans le répertoire du cache (par défaut jusqu&apos;à Glance 2023.2&#xa0;; fonctionne sur tout système de fichiers).</translation>
    </message>
    <message>
        <source>centralized_db: records in Glance&apos;s main database, shared by all nodes; the default from Glance 2024.1 (Caracal), unknown before, and each node needs worker_self_reference_url.</source>
        <translation>centralized_db&#xa0;: des enregistrements dans la base de données principale de Glance, partagés par tous les nœuds&#xa0;; par défaut à partir de Glance 2024.1 (Caracal), inconnu avant, et chaque nœud a besoin de worker_self_reference_url.</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
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
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the image cache directory</source>
        <translation>Choisir le répertoire du cache d&apos;images</translation>
    </message>
</context>
<context>
    <name>OrphansModel</name>
    <message>
        <source>File without record</source>
        <translation>Fichier sans enregistrement</translation>
    </message>
    <message>
        <source>Record without file</source>
        <translation>Enregistrement sans fichier</translation>
    </message>
    <message>
        <source>Listed as cached and pruned as 0 bytes; deleting it removes the record.</source>
        <translation>Listé comme en cache et compté pour 0 octet lors de l&apos;élagage&#xa0;; le supprimer retire l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Not an image (lock, temp or leftover file): counts toward the size, never pruned.</source>
        <translation>Pas une image (fichier de verrou, temporaire ou résiduel)&#xa0;: compte dans la taille, jamais élagué.</translation>
    </message>
    <message>
        <source>Served and counted toward the size, but prune can never remove it.</source>
        <translation>Servi et compté dans la taille, mais l&apos;élagage ne peut jamais le supprimer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>Nom de l&apos;image</translation>
    </message>
</context>
<context>
    <name>OsloConfig</name>
    <message>
        <source>Cannot read the configuration file %1: %2</source>
        <translation>Impossible de lire le fichier de configuration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a configuration file.</source>
        <translation>%1 est trop volumineux pour être un fichier de configuration.</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>unexpected continuation line</source>
        <translation>ligne de continuation inattendue</translation>
    </message>
    <message>
        <source>invalid section (must end with ])</source>
        <translation>section invalide (doit se terminer par ])</translation>
    </message>
    <message>
        <source>empty section name</source>
        <translation>nom de section vide</translation>
    </message>
    <message>
        <source>no &apos;:&apos; or &apos;=&apos; found in assignment</source>
        <translation>aucun «&#xa0;:&#xa0;» ni «&#xa0;=&#xa0;» trouvé dans l&apos;affectation</translation>
    </message>
    <message>
        <source>key cannot be empty</source>
        <translation>la clé ne peut pas être vide</translation>
    </message>
    <message>
        <source>section must be started before assignment</source>
        <translation>une section doit commencer avant toute affectation</translation>
    </message>
    <message>
        <source>The configuration directory %1 does not exist.</source>
        <translation>Le répertoire de configuration %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a boolean (true/false, yes/no, on/off, 1/0)</source>
        <translation>« %1 » n’est pas un booléen (true/false, yes/no, on/off, 1/0)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list in brackets ([a, b])</source>
        <translation>« %1 » n’est pas une liste entre crochets ([a, b])</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of key:value pairs</source>
        <translation>« %1 » n’est pas une liste de paires clé:valeur</translation>
    </message>
    <message>
        <source>%1 (%2, line %3)</source>
        <translation>%1 (%2, ligne %3)</translation>
    </message>
    <message>
        <source>%1: $%2 leads back to itself through its references; oslo.config would recurse without end and Glance would not start. Write $$ for a literal &apos;$&apos;.</source>
        <translation>%1 : $%2 renvoie à lui-même par ses références ; oslo.config tournerait sans fin et Glance ne démarrerait pas. Écrivez $$ pour un « $ » littéral.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>[%1] %2 nor %2 in [DEFAULT]</source>
        <translation>[%1] %2, ni %2 dans [DEFAULT]</translation>
    </message>
    <message>
        <source>%1: $%2 cannot be resolved: Glance has no option %3, so oslo.config stops with &apos;no such option&apos; and Glance would not start. Write $$ for a literal &apos;$&apos;.</source>
        <translation>%1 : $%2 ne peut pas être résolu : Glance n’a pas d’option %3 ; oslo.config s’arrête donc sur « no such option » et Glance ne démarrerait pas. Écrivez $$ pour un « $ » littéral.</translation>
    </message>
    <message>
        <source>%1: $%2 refers to an option whose value cannot be read: %3 (%4).</source>
        <translation>%1 : $%2 renvoie à une option dont la valeur est illisible : %3 (%4).</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, ligne %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>PartialImagesModel</name>
    <message>
        <source>Time since the download last wrote; older than image_cache_stall_time (%1) means stalled.</source>
        <translation>Temps écoulé depuis la dernière écriture du téléchargement&#xa0;; au-delà de image_cache_stall_time (%1), il est considéré comme bloqué.</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Dernière écriture</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>(no reason recorded)</source>
        <translation>(aucune raison enregistrée)</translation>
    </message>
    <message>
        <source>%1 — stalled</source>
        <translation>%1 — bloqué</translation>
    </message>
    <message>
        <source>Older than image_cache_stall_time: Clean will delete it.</source>
        <translation>Plus ancien que image_cache_stall_time&#xa0;: le nettoyage le supprimera.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Recalculate</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Prune preview</source>
        <translation>Aperçu de l&apos;élagage</translation>
    </message>
    <message>
        <source>Clean preview</source>
        <translation>Aperçu du nettoyage</translation>
    </message>
    <message>
        <source>Prune deletes the least recently accessed images until the cache is no larger than the limit, exactly as glance-cache-pruner would. Nothing is deleted until you confirm.</source>
        <translation>L&apos;élagage supprime les images dont le dernier accès est le plus ancien jusqu&apos;à ce que le cache ne dépasse plus la limite, exactement comme le ferait glance-cache-pruner. Rien n&apos;est supprimé avant votre confirmation.</translation>
    </message>
    <message>
        <source>Clean deletes every file in invalid/ and the downloads in incomplete/ that have not been written to for longer than the stall time, as glance-cache-cleaner would. Nothing is deleted until you confirm.</source>
        <translation>Le nettoyage supprime tous les fichiers de invalid/ et les téléchargements de incomplete/ sans écriture depuis plus longtemps que le délai de blocage, comme le ferait glance-cache-cleaner. Rien n&apos;est supprimé avant votre confirmation.</translation>
    </message>
    <message>
        <source>Limit (image_cache_max_size):</source>
        <translation>Limite (image_cache_max_size)&#xa0;:</translation>
    </message>
    <message>
        <source>Bytes, or a size such as 10G or 500M</source>
        <translation>Octets, ou une taille comme 10G ou 500M</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Élaguer</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Élaboration du plan…</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln de plus</numerusform>
            <numerusform>… et %Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache (%1) is within the limit of %2: nothing would be pruned.</source>
        <translation>Le cache (%1) respecte la limite de %2&#xa0;: rien ne serait élagué.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln image(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt; (%2). The cache would go from %3 to &lt;b&gt;%4&lt;/b&gt; (limit %5).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln image&lt;/b&gt; serait supprimée, libérant &lt;b&gt;%1&lt;/b&gt; (%2). Le cache passerait de %3 à &lt;b&gt;%4&lt;/b&gt; (limite %5).</numerusform>
            <numerusform>&lt;b&gt;%Ln images&lt;/b&gt; seraient supprimées, libérant &lt;b&gt;%1&lt;/b&gt; (%2). Le cache passerait de %3 à &lt;b&gt;%4&lt;/b&gt; (limite %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>It would still be over the limit: files without a record in cache.db count toward the size but cannot be pruned.</source>
        <translation>Il resterait au-dessus de la limite&#xa0;: les fichiers sans enregistrement dans cache.db comptent dans la taille mais ne peuvent pas être élagués.</translation>
    </message>
    <message numerus="yes">
        <source>Prune %Ln image(s)</source>
        <translation>
            <numerusform>Élaguer %Ln image</numerusform>
            <numerusform>Élaguer %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>Nothing to clean: no invalid files and no download older than %1.</source>
        <translation>Rien à nettoyer&#xa0;: aucun fichier invalide et aucun téléchargement plus ancien que %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt; would be deleted, freeing &lt;b&gt;%1&lt;/b&gt;: %2 invalid, %3 stalled (not written to for %4).</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fichier&lt;/b&gt; serait supprimé, libérant &lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 invalide(s), %3 bloqué(s) (sans écriture depuis %4).</numerusform>
            <numerusform>&lt;b&gt;%Ln fichiers&lt;/b&gt; seraient supprimés, libérant &lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 invalide(s), %3 bloqué(s) (sans écriture depuis %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean %Ln file(s)</source>
        <translation>
            <numerusform>Nettoyer %Ln fichier</numerusform>
            <numerusform>Nettoyer %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stall time (image_cache_stall_time):</source>
        <translation>Délai de blocage (image_cache_stall_time)&#xa0;:</translation>
    </message>
    <message>
        <source>Seconds, or a duration such as 30m, 12h or 1d</source>
        <translation>Secondes, ou une durée comme 30m, 12h ou 1d</translation>
    </message>
    <message>
        <source>The stall time is seconds ≥ 0, or a duration such as 30m, 12h or 1d.</source>
        <translation>Le délai de blocage s&apos;exprime en secondes ≥ 0, ou en durée comme 30m, 12h ou 1d.</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <source>Queue images for caching</source>
        <translation>Mettre des images en file d&apos;attente pour la mise en cache</translation>
    </message>
    <message>
        <source>4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11</source>
        <translation>4d6c3b3e-7a5f-4c44-9a0e-0f1f3f5b2c11</translation>
    </message>
    <message>
        <source>No image IDs yet.</source>
        <translation>Aucun ID d&apos;image pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) to queue.</source>
        <translation>
            <numerusform>%Ln image à mettre en file d&apos;attente.</numerusform>
            <numerusform>%Ln images à mettre en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %Ln image(s)</source>
        <translation>
            <numerusform>Mettre %Ln image en file d&apos;attente</numerusform>
            <numerusform>Mettre %Ln images en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste image IDs, or any text that holds them: rows of &lt;tt&gt;openstack image list&lt;/tt&gt; or &lt;tt&gt;glance cache-list&lt;/tt&gt;, JSON, Image API URLs. Images already cached or queued are skipped. glance-api caches queued images when the cache API asks it to; Glance Cache Admin&apos;s fetch can download them too.</source>
        <translation>Collez des ID d&apos;images, ou tout texte qui en contient : lignes de &lt;tt&gt;openstack image list&lt;/tt&gt; ou de &lt;tt&gt;glance cache-list&lt;/tt&gt;, JSON, URL de l&apos;API Image. Les images déjà en cache ou en file d&apos;attente sont ignorées. glance-api met en cache les images en file d&apos;attente lorsque l&apos;API de cache le lui demande&#xa0;; la fonction de récupération de Glance Cache Admin peut aussi les télécharger.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already cached</source>
        <translation>
            <numerusform>%Ln déjà en cache</numerusform>
            <numerusform>%Ln déjà en cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already queued</source>
        <translation>
            <numerusform>%Ln déjà en file d&apos;attente</numerusform>
            <numerusform>%Ln déjà en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln image(s): %1.</source>
        <translation>
            <numerusform>%Ln image ignorée&#xa0;: %1.</numerusform>
            <numerusform>%Ln images ignorées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already cached</source>
        <translation>%1&#xa0;: déjà en cache</translation>
    </message>
    <message>
        <source>%1: already queued</source>
        <translation>%1&#xa0;: déjà en file d&apos;attente</translation>
    </message>
    <message>
        <source>No image IDs found in this text.</source>
        <translation>Aucun ID d&apos;image trouvé dans ce texte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ID(s) found</source>
        <translation>
            <numerusform>%Ln ID trouvé</numerusform>
            <numerusform>%Ln ID trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to queue.</source>
        <translation>Rien de nouveau à mettre en file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated ID(s) counted once.</source>
        <translation>
            <numerusform>%Ln ID répété compté une seule fois.</numerusform>
            <numerusform>%Ln ID répétés comptés une seule fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mistyped ID(s) not queued (see below).</source>
        <translation>
            <numerusform>%Ln ID mal saisi non mis en file d&apos;attente (voir ci-dessous).</numerusform>
            <numerusform>%Ln ID mal saisis non mis en file d&apos;attente (voir ci-dessous).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuedImagesModel</name>
    <message>
        <source>Glance processes the queue oldest marker first.</source>
        <translation>Glance traite la file d&apos;attente en commençant par le marqueur le plus ancien.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>ID d&apos;image</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>En file depuis</translation>
    </message>
</context>
<context>
    <name>RegionCommands</name>
    <message>
        <source>deleted in Glance</source>
        <translation>supprimée dans Glance</translation>
    </message>
    <message>
        <source>not in Glance</source>
        <translation>absente de Glance</translation>
    </message>
    <message>
        <source>cached on %1 of %2</source>
        <translation>en cache sur %1 sur %2</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes, Glance says %3</source>
        <translation>%1 en a %2 octets, Glance indique %3</translation>
    </message>
    <message>
        <source>give the glance-api nodes with --node URL, or a glance-api.conf whose image_cache_driver is centralized_db (--config-file) to read the region from Glance&apos;s database.</source>
        <translation>indiquez les nœuds glance-api avec --node URL, ou un glance-api.conf dont l&apos;image_cache_driver est centralized_db (--config-file) pour lire la région dans la base de données de Glance.</translation>
    </message>
    <message>
        <source>a cache directory does not say where Glance&apos;s database is: give the glance-api.conf with --config-file, or the nodes with --node URL.</source>
        <translation>un répertoire de cache ne dit pas où se trouve la base de données de Glance&#xa0;: indiquez le glance-api.conf avec --config-file, ou les nœuds avec --node URL.</translation>
    </message>
    <message>
        <source>%1 sets image_cache_driver = %2, so Glance&apos;s database holds no cache records of its nodes: give the nodes with --node URL, or add --from-database to read the region from its [database] connection anyway.</source>
        <translation>%1 fixe image_cache_driver = %2, donc la base de données de Glance ne tient aucun enregistrement de cache de ses nœuds&#xa0;: indiquez les nœuds avec --node URL, ou ajoutez --from-database pour lire quand même la région depuis sa [database] connection.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Last access (UTC)</source>
        <translation>Dernier accès (UTC)</translation>
    </message>
    <message>
        <source>No glance-api has started with the cache against %1 yet: node_reference is empty.</source>
        <translation>Aucun glance-api n&apos;a encore démarré avec le cache sur %1&#xa0;: node_reference est vide.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message numerus="yes">
        <source>cached (%Ln hit(s))</source>
        <translation>
            <numerusform>en cache (%Ln accès)</numerusform>
            <numerusform>en cache (%Ln accès)</numerusform>
        </translation>
    </message>
    <message>
        <source>No node has anything cached according to %1.</source>
        <translation>Selon %1, aucun nœud n&apos;a rien en cache.</translation>
    </message>
</context>
<context>
    <name>RegionNodesModel</name>
    <message>
        <source>%1 is not among the connection&apos;s nodes: an old URL of a node whose address changed (its records stay in Glance&apos;s database), or a node not added to the connection yet.</source>
        <translation>%1 ne fait pas partie des nœuds de la connexion&#xa0;: une ancienne URL d&apos;un nœud dont l&apos;adresse a changé (ses enregistrements restent dans la base de données de Glance), ou un nœud pas encore ajouté à la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>No cached image recorded.</source>
        <translation>Aucune image en cache enregistrée.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
</context>
<context>
    <name>RegionReader</name>
    <message>
        <source>Reading the region&apos;s cache records from %1 failed: %2</source>
        <translation>La lecture des enregistrements de cache de la région depuis %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>(node %1, missing from node_reference)</source>
        <translation>(nœud %1, absent de node_reference)</translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>warning: TLS certificates are not verified (--insecure): anyone on the path can read or alter what the nodes answer and see the token. For test clouds only.</source>
        <translation>avertissement&#xa0;: les certificats TLS ne sont pas vérifiés (--insecure)&#xa0;: n&apos;importe qui sur le chemin réseau peut lire ou modifier les réponses des nœuds et voir le jeton. À réserver aux clouds de test.</translation>
    </message>
    <message>
        <source>--node needs the URL of a glance-api node, such as http://node-1:9292.</source>
        <translation>--node nécessite l&apos;URL d&apos;un nœud glance-api, par exemple http://node-1:9292.</translation>
    </message>
    <message>
        <source>Nothing was sent to any node.</source>
        <translation>Rien n&apos;a été envoyé aux nœuds.</translation>
    </message>
    <message>
        <source>%1 changes the caches of the nodes; confirm with --yes when not running on a terminal. Nothing was sent.</source>
        <translation>%1 modifie les caches des nœuds&#xa0;; hors d&apos;un terminal, confirmez avec --yes. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Cache API</source>
        <translation>API de cache</translation>
    </message>
    <message>
        <source>Prune/clean API</source>
        <translation>API d&apos;élagage/nettoyage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln image(s) from the caches and queues of %1?</source>
        <translation>
            <numerusform>Supprimer %Ln image des caches et des files d&apos;attente de %1&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln images des caches et des files d&apos;attente de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln nœud</numerusform>
            <numerusform>%Ln nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>image %ID removed from the cache and queue.</source>
        <translation>image %ID retirée du cache et de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>every cached image</source>
        <translation>toutes les images en cache</translation>
    </message>
    <message>
        <source>every queued image</source>
        <translation>toutes les images en file d&apos;attente</translation>
    </message>
    <message>
        <source>every cached and queued image</source>
        <translation>toutes les images en cache et en file d&apos;attente</translation>
    </message>
    <message>
        <source>Delete %1 on %2?</source>
        <translation>Supprimer %1 sur %2&#xa0;?</translation>
    </message>
    <message>
        <source>cleared.</source>
        <translation>vidé.</translation>
    </message>
    <message numerus="yes">
        <source>pruned %Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier élagué</numerusform>
            <numerusform>%Ln fichiers élagués</numerusform>
        </translation>
    </message>
    <message>
        <source>cleaned (invalid and stalled files removed).</source>
        <translation>nettoyé (fichiers invalides et bloqués supprimés).</translation>
    </message>
    <message>
        <source>local: %1</source>
        <translation>local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image names and orphans are not shown: %1</source>
        <translation>Les noms d&apos;images et les orphelins ne sont pas affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message numerus="yes">
        <source>cached (%Ln hit(s))</source>
        <translation>
            <numerusform>en cache (%Ln accès)</numerusform>
            <numerusform>en cache (%Ln accès)</numerusform>
        </translation>
    </message>
    <message>
        <source>not in Glance</source>
        <translation>absente de Glance</translation>
    </message>
    <message>
        <source>cached on %1 of %2</source>
        <translation>en cache sur %1 des %2</translation>
    </message>
    <message>
        <source>No source has anything cached or queued.</source>
        <translation>Aucune source n&apos;a quoi que ce soit en cache ou en file d&apos;attente.</translation>
    </message>
    <message>
        <source>image %1 queued; the node caches it now.</source>
        <translation>image %1 mise en file d&apos;attente&#xa0;; le nœud la met en cache maintenant.</translation>
    </message>
    <message>
        <source>image %1 is already cached; nothing sent.</source>
        <translation>l&apos;image %1 est déjà en cache&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>image %1 is already queued; nothing sent.</source>
        <translation>l&apos;image %1 est déjà en file d&apos;attente&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>RemoteConnection</name>
    <message>
        <source>The connection settings changed while signing in; try again.</source>
        <translation>Les paramètres de connexion ont changé pendant l&apos;authentification&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>SqlAlchemyUrl</name>
    <message>
        <source>The database connection is not an SQLAlchemy URL: expected dialect[+driver]://user:password@host[:port]/database (the value is not shown, as it may hold the password).</source>
        <translation>La connexion à la base de données n&apos;est pas une URL SQLAlchemy&#xa0;: forme attendue dialect[+driver]://user:password@host[:port]/database (la valeur n&apos;est pas affichée, car elle peut contenir le mot de passe).</translation>
    </message>
    <message>
        <source>The database connection %1 is not an SQLAlchemy URL: expected dialect[+driver]://user:password@host[:port]/database.</source>
        <translation>La connexion à la base de données %1 n&apos;est pas une URL SQLAlchemy&#xa0;: forme attendue dialect[+driver]://user:password@host[:port]/database.</translation>
    </message>
    <message>
        <source>The database connection %1 names the dialect &quot;postgres&quot;, which SQLAlchemy no longer accepts (since 1.4): write postgresql:// instead.</source>
        <translation>La connexion à la base de données %1 indique le dialecte «&#xa0;postgres&#xa0;», que SQLAlchemy n&apos;accepte plus (depuis la 1.4)&#xa0;: écrivez postgresql:// à la place.</translation>
    </message>
    <message>
        <source>The database connection %1 uses the dialect &quot;%2&quot;; Glance Cache Admin reads %3.</source>
        <translation>La connexion à la base de données %1 utilise le dialecte «&#xa0;%2&#xa0;»&#xa0;; Glance Cache Admin lit %3.</translation>
    </message>
    <message>
        <source>The host part of the database connection %1 contains &apos;@&apos;: a password or user name that contains &apos;@&apos; must be written as %40.</source>
        <translation>La partie hôte de la connexion à la base de données %1 contient «&#xa0;@&#xa0;»&#xa0;: dans un mot de passe ou un nom d&apos;utilisateur, «&#xa0;@&#xa0;» s&apos;écrit %40.</translation>
    </message>
    <message>
        <source>The port in the database connection %1 is not a number from 0 to 65535.</source>
        <translation>Le port de la connexion à la base de données %1 n&apos;est pas un nombre entre 0 et 65535.</translation>
    </message>
</context>
<context>
    <name>SqlConnectionSetup</name>
    <message>
        <source>The database connection %1 gives the option %2 more than once; Glance Cache Admin can use only one value.</source>
        <translation>La connexion à la base de données %1 donne l&apos;option %2 plus d&apos;une fois&#xa0;; Glance Cache Admin ne peut en utiliser qu&apos;une valeur.</translation>
    </message>
    <message>
        <source>The option %1 of the database connection %2 contains &apos;;&apos;, which Qt&apos;s database drivers cannot pass on.</source>
        <translation>L&apos;option %1 de la connexion à la base de données %2 contient «&#xa0;;&#xa0;», que les pilotes de base de données de Qt ne peuvent pas transmettre.</translation>
    </message>
    <message>
        <source>The database connection %1 reads its settings from a MySQL option file (%2=), which Glance Cache Admin cannot follow yet: put user, password, host and database into the URL.</source>
        <translation>La connexion à la base de données %1 lit ses paramètres dans un fichier d&apos;options MySQL (%2=), ce que Glance Cache Admin ne sait pas encore suivre&#xa0;: mettez l&apos;utilisateur, le mot de passe, l&apos;hôte et la base dans l&apos;URL.</translation>
    </message>
    <message>
        <source>The port option of the database connection %1 is not a number.</source>
        <translation>L&apos;option port de la connexion à la base de données %1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Qt&apos;s %1 database driver is not installed (Debian package %2); it is needed to read %3.</source>
        <translation>Le pilote de base de données %1 de Qt n&apos;est pas installé (paquet Debian %2)&#xa0;; il est nécessaire pour lire %3.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Impossible de se connecter à la base de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SqliteSession</name>
    <message>
        <source>%1 is locked by another process (glance-api or a cron job) for longer than %2 s; nothing was changed, try again.</source>
        <translation>%1 est verrouillé par un autre processus (glance-api ou une tâche cron) depuis plus de %2 s&#xa0;; rien n&apos;a été modifié, réessayez.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a SQLite database (%2). Glance cannot use it either; stop glance-api and move it aside to let Glance recreate it.</source>
        <translation>%1 est endommagé ou n&apos;est pas une base de données SQLite (%2). Glance ne peut pas l&apos;utiliser non plus&#xa0;; arrêtez glance-api et déplacez le fichier ailleurs pour que Glance le recrée.</translation>
    </message>
    <message>
        <source>Permission denied: cannot write to %1 (run as the glance user or root).</source>
        <translation>Permission refusée&#xa0;: impossible d&apos;écrire dans %1 (exécutez en tant qu&apos;utilisateur glance ou root).</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erreur dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist: glance-api has not used this cache with the sqlite driver yet.</source>
        <translation>%1 n&apos;existe pas&#xa0;: glance-api n&apos;a pas encore utilisé ce cache avec le pilote sqlite.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Permission denied: cannot read %1.</source>
        <translation>Permission refusée&#xa0;: impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 has no cached_images table: it is not a Glance image cache database.</source>
        <translation>%1 n&apos;a pas de table cached_images&#xa0;: ce n&apos;est pas une base de données de cache d&apos;images Glance.</translation>
    </message>
    <message>
        <source>%1 has an unexpected schema: cached_images has no %2 column.</source>
        <translation>%1 a un schéma inattendu&#xa0;: cached_images n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system (mounted so, or remounted read-only after disk errors); nothing was changed.</source>
        <translation>%1 se trouve sur un système de fichiers en lecture seule (monté ainsi, ou remonté en lecture seule après des erreurs disque) ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TreemapWidget</name>
    <message>
        <source>Cached images treemap</source>
        <translation>Carte proportionnelle des images en cache</translation>
    </message>
    <message>
        <source>Each tile is a cached image: its area is the image&apos;s size, its colour how soon prune would delete it, from red (next to go) to blue (kept longest).</source>
        <translation>Chaque tuile est une image en cache&#xa0;: sa surface représente la taille de l&apos;image, sa couleur la proximité de son élagage, du rouge (la prochaine supprimée) au bleu (conservée le plus longtemps).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 of %2 (1 is evicted first)</source>
        <translation>%1 sur %2 (1 est supprimée en premier)</translation>
    </message>
    <message>
        <source>Pruned first</source>
        <translation>Élaguée en premier</translation>
    </message>
    <message>
        <source>Pruned last</source>
        <translation>Élaguée en dernier</translation>
    </message>
    <message>
        <source>No cached image matches the filter</source>
        <translation>Aucune image en cache ne correspond au filtre</translation>
    </message>
    <message>
        <source>No cached images</source>
        <translation>Aucune image en cache</translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s)</source>
        <translation>
            <numerusform>%Ln image plus petite</numerusform>
            <numerusform>%Ln images plus petites</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>Toutes les images</translation>
    </message>
    <message>
        <source>&amp;Enter</source>
        <translation>&amp;Entrer</translation>
    </message>
    <message numerus="yes">
        <source>Show only the %Ln smaller image(s)</source>
        <translation>
            <numerusform>Afficher seulement l&apos;image plus petite</numerusform>
            <numerusform>Afficher seulement les %Ln images plus petites</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Up One Level</source>
        <translation>&amp;Remonter d&apos;un niveau</translation>
    </message>
    <message>
        <source>Click a part to go back to it; Backspace goes up one level.</source>
        <translation>Cliquez sur une partie pour y revenir&#xa0;; la touche Retour arrière remonte d&apos;un niveau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln smaller image(s), %1 in all.
Too small to draw one by one: double-click or press Enter to show them on their own.</source>
        <translation>
            <numerusform>%Ln image plus petite, %1 au total.
Trop petite pour être dessinée seule&#xa0;: double-cliquez ou appuyez sur Entrée pour l&apos;afficher à part.</numerusform>
            <numerusform>%Ln images plus petites, %1 au total.
Trop petites pour être dessinées une par une&#xa0;: double-cliquez ou appuyez sur Entrée pour les afficher à part.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tile is current; the arrow keys move between tiles.</source>
        <translation>Aucune tuile n&apos;est active&#xa0;; les touches fléchées passent d&apos;une tuile à l&apos;autre.</translation>
    </message>
    <message>
        <source>Double-click to show them</source>
        <translation>Double-cliquez pour les afficher</translation>
    </message>
</context>
<context>
    <name>UsageGauge</name>
    <message>
        <source>%1 of %2 (image_cache_max_size), %3%</source>
        <translation>%1 sur %2 (image_cache_max_size), %3&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
</context>
</TS>
