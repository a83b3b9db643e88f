import type { CatalogueOf } from "../catalogue-types.js";
import type { cliEn } from "../en/cli.js";

/** What the commands print: frames, progress, summaries, success lines. */
export const cliFr: CatalogueOf<typeof cliEn> = {
  "cli.error": "Erreur : {message}",
  "cli.warning": "Avertissement : {message}",
  "cli.internalError":
    "Erreur interne inattendue ; merci de la signaler avec le texte ci-dessous.",
  "count.rows": { one: "{count} ligne", other: "{count} lignes" },
  "count.files": { one: "{count} fichier", other: "{count} fichiers" },
  "count.lines": { one: "{count} ligne", other: "{count} lignes" },
  "count.endpoints": {
    one: "{count} point d'accès",
    other: "{count} points d'accès",
  },
  "count.films": { one: "{count} film", other: "{count} films" },
  "count.viewings": {
    one: "{count} visionnage",
    other: "{count} visionnages",
  },
  "progress.reading": "Lecture {bar} {done}/{total} fichiers",
  "progress.fetching": {
    one: "Récupération depuis Trakt : {count} page",
    other: "Récupération depuis Trakt : {count} pages",
  },
  "progress.rateLimit": "Trakt demande de ralentir : attente de {seconds} s",
  "progress.retrying":
    "Nouvel essai de {path} dans {seconds} s (tentative {attempt})",
  "progress.converting": "Conversion en lignes Letterboxd…",
  "progress.writing": "Écriture de {files} fichiers…",
  "summary.zone.option": "donné par --timezone ou la configuration",
  "summary.zone.account": "celui du compte Trakt",
  "summary.zone.system":
    "celui de cet ordinateur ; passez --timezone pour en choisir un",
  "summary.read":
    "Lecture de {files} depuis {source} (fuseau horaire {zone}, {zoneSource}).",
  "summary.fetched":
    "Interrogation de {endpoints} sur {source} (fuseau horaire {zone}, {zoneSource}).",
  "summary.watchlistOnly":
    "{where} (uniquement là : l'import du profil marquerait tous les films comme vus)",
  "summary.asList": "{where} sous le nom « {list} »",
  "summary.parts":
    "Les parties numérotées vont sur la même page, un envoi chacune, chacune dans les limites de taille de Letterboxd.",
  "summary.filmsFromViewings": "{films} pour {viewings}",
  "summary.sameDayMerged": {
    one: "{count} visionnage du même jour regroupé en une seule entrée de journal (Letterboxd n'en garde qu'une par film et par jour)",
    other:
      "{count} visionnages du même jour regroupés en une seule entrée de journal (Letterboxd n'en garde qu'une par film et par jour)",
  },
  "summary.undated": {
    one: "{count} visionnage sans date utilisable",
    other: "{count} visionnages sans date utilisable",
  },
  "summary.beforeSince": {
    one: "{count} ligne antérieure à --since laissée de côté",
    other: "{count} lignes antérieures à --since laissées de côté",
  },
  "summary.skipped": "Non exportés : {items} dans {source}",
  "source.history": "l'historique",
  "source.ratings": "les notes",
  "source.comments": "les commentaires",
  "source.watchlist": "la liste à voir",
  "source.collection": "la collection",
  "source.favorites": "les favoris",
  "source.television": "les fichiers télé",
  "source.list": "la liste « {name} »",
  "summary.ignored": {
    one: "{count} fichier d'entrée ignoré (listé dans report.json)",
    other: "{count} fichiers d'entrée ignorés (listés dans report.json)",
  },
  "summary.withoutIds": {
    one: "{count} ligne sans identifiant IMDb ni TMDB : Letterboxd l'associera par son titre, vérifiez-la",
    other:
      "{count} lignes sans identifiant IMDb ni TMDB : Letterboxd les associera par leur titre, vérifiez-les",
  },
  "note.spoilerReviews": {
    one: "{count} de vos critiques est marquée comme spoiler sur Trakt ; l'import n'a pas d'indicateur de spoiler, cochez donc « contains spoilers » sur Letterboxd après l'import.",
    other:
      "{count} de vos critiques sont marquées comme spoilers sur Trakt ; l'import n'a pas d'indicateur de spoiler, cochez donc « contains spoilers » sur Letterboxd après l'import.",
  },
  "note.watchlistNotes": {
    one: "{count} note de la liste à voir n'a pas été reprise : l'import de liste à voir de Letterboxd n'accepte pas de notes.",
    other:
      "{count} notes de la liste à voir n'ont pas été reprises : l'import de liste à voir de Letterboxd n'accepte pas de notes.",
  },
  "note.undatedFilms": {
    one: "{count} film n'a aucun visionnage daté (noté, critiqué ou enregistré sans date) : il reçoit une ligne sans date, qui le marque comme vu sans entrée de journal.",
    other:
      "{count} films n'ont aucun visionnage daté (notés, critiqués ou enregistrés sans date) : ils reçoivent des lignes sans date, qui les marquent comme vus sans entrée de journal.",
  },
  "summary.undoWarning":
    "Les imports Letterboxd sont irréversibles : vérifiez les correspondances sur chaque page avant de confirmer.",
  "summary.dryRun":
    "Simulation : {rows} dans {files} à écrire ; rien n'a été écrit.",
  "summary.wrote": "Export terminé : {rows} réparties en {files} dans {folder}",
  "skip.episode": {
    one: "{count} épisode de série",
    other: "{count} épisodes de série",
  },
  "skip.show": { one: "{count} série", other: "{count} séries" },
  "skip.season": { one: "{count} saison", other: "{count} saisons" },
  "skip.person": { one: "{count} personne", other: "{count} personnes" },
  "skip.noFilm": {
    one: "{count} entrée sans film",
    other: "{count} entrées sans film",
  },
  "skip.invalid": {
    one: "{count} entrée mal formée",
    other: "{count} entrées mal formées",
  },
  "skip.ratingRange": {
    one: "{count} note hors de 1 à 10",
    other: "{count} notes hors de 1 à 10",
  },
  "skip.reply": {
    one: "{count} réponse à un commentaire",
    other: "{count} réponses à des commentaires",
  },
  "skip.emptyComment": {
    one: "{count} commentaire vide",
    other: "{count} commentaires vides",
  },
  "skip.television": {
    one: "{count} élément télé",
    other: "{count} éléments télé",
  },
  "cli.export.noEarlierExport":
    "--since last n'a trouvé aucun export précédent enregistré dans {path} ; cette exécution exporte tout.",
  "cli.export.maxRowsAboveLimit":
    "--max-rows {value} dépasse la limite de Letterboxd de {limit} lignes par fichier ; l'outil d'import risque de refuser les fichiers plus grands.",
  "cli.export.maxBytesAboveLimit":
    "--max-bytes {value} dépasse la limite de Letterboxd de {limit} octets par fichier ; l'outil d'import risque de refuser les fichiers plus grands.",
  "cli.auth.openCode":
    "Ouvrez {url} et saisissez le code {code} (valable {minutes} minutes). En attente de l'approbation…",
  "cli.auth.done": "Connecté à Trakt ; les jetons sont enregistrés.",
  "cli.token.none":
    "Aucune connexion Trakt n'est enregistrée. Lancez « export-trakt auth ».",
  "cli.token.expires":
    "Une connexion Trakt est enregistrée ; elle expire le {time}.",
  "cli.token.expired":
    "Une connexion Trakt est enregistrée ; elle a expiré le {time}.",
  "cli.token.unknownTime": "à une date inconnue",
  "cli.token.refreshed":
    "Connexion Trakt renouvelée ; les nouveaux jetons sont enregistrés.",
  "cli.token.revoked": "Connexion Trakt révoquée et jetons oubliés.",
  "cli.token.cleared": "Jetons Trakt enregistrés oubliés.",
  "cli.config.written":
    "Fichier de configuration « {path} » écrit (mode 0600).",
  "cli.config.migrated":
    "« {path} » écrit (mode 0600) avec les {changes} modifications listées ci-dessus. Vérifiez-le, puis passez-le avec --config.",
  "cli.credentials.stored":
    "Identifiant et secret client enregistrés dans le stockage {backend} ({location}).",
  "cli.credentials.storedKeptTokens":
    "Identifiant et secret client enregistrés dans le stockage {backend} ({location}). Les jetons existants ont été conservés.",
  "cli.credentials.rotated":
    "« {location} » chiffré de nouveau avec une nouvelle clé ({from} vers {to}).",
  "cli.credentials.moved":
    "Identifiants déplacés du stockage {from} vers le stockage {to}.",
  "cli.credentials.movedAndRemoved":
    "Identifiants déplacés du stockage {from} vers le stockage {to} et supprimés de la source.",
  "cli.credentials.deleted": "Identifiants supprimés de {location}.",
  "cli.credentials.nothingToDelete": "Rien à supprimer dans {location}.",
  "cli.audit.nothingToVerify":
    "Aucun fichier d'audit dans « {folder} » ; rien à vérifier.",
  "cli.audit.intact":
    "Journal d'audit intact : {lines} dans {files} dans « {folder} ».",
  "cli.audit.unreadable": {
    one: "{count} ligne d'audit est illisible. Lancez « export-trakt audit verify » pour la trouver.",
    other:
      "{count} lignes d'audit sont illisibles. Lancez « export-trakt audit verify » pour les trouver.",
  },
  "cli.schedule.zone.option": "donné par --timezone ou [export] timezone",
  "cli.schedule.zone.account": "celui du compte, d'après l'export",
  "cli.schedule.zone.system":
    "celui de cet ordinateur ; passez --timezone pour en choisir un",
  "cli.schedule.start":
    "Planification « {expression} » dans le fuseau {zone} ({zoneSource}). Prochaines exécutions :",
  "cli.schedule.howItRuns":
    "Chaque exécution écrit un nouveau dossier sous {folder} et détient le verrou d'export. Arrêtez avec Ctrl+C ou SIGTERM.",
  "cli.schedule.stopped":
    "Planificateur arrêté : {runs} ; réussies : {succeeded}, en échec : {failed}, sautées : {skipped}, interrompues : {stopped}.",
  "count.runs": { one: "{count} exécution", other: "{count} exécutions" },
  "warning.unchanged":
    "Inchangé sur Trakt depuis le dernier export, donc pas réécrit : {kinds}.",
  "warning.accountTimeZone":
    "Le fuseau horaire du compte « {zone} » dans l'export n'est pas un fuseau IANA connu ; celui du système a été utilisé. Passez --timezone pour en choisir un.",
  "warning.noWatchlist":
    "L'export n'a pas de fichier de watchlist ; aucun watchlist.csv n'a été écrit.",
  "warning.noCollection":
    "L'export n'a pas de fichier de collection ; aucun lists/collection.csv n'a été écrit.",
  "warning.summaryOnly":
    "L'export n'a pas d'historique de visionnage, seulement le dernier visionnage de chaque film : les visionnages antérieurs sont inconnus, donc chaque film reçoit une seule ligne de journal.",
  "warning.filmsOnlyInSummary": {
    one: "{count} film figure dans watched-movies mais pas dans l'historique ; il a reçu une ligne pour son dernier visionnage.",
    other:
      "{count} films figurent dans watched-movies mais pas dans l'historique ; chacun a reçu une ligne pour son dernier visionnage.",
  },
  "health.state.waiting":
    "Le planificateur attend sa prochaine exécution : processus {pid} sur {host}, démarré le {since}, planification « {expression} » ({zone}).",
  "health.state.running":
    "Le planificateur exporte (exécution n° {number}, depuis le {time}) : processus {pid} sur {host}, démarré le {since}, planification « {expression} » ({zone}).",
  "health.state.stopped":
    "Le planificateur s'est arrêté le {time} : processus {pid} sur {host}, démarré le {since}, planification « {expression} » ({zone}).",
  "health.state.gone":
    "Le planificateur ne tourne plus : le processus {pid} sur {host} a disparu, dernier signe de vie le {time} ; il avait démarré le {since}, planification « {expression} » ({zone}).",
  "health.noRunYet": "Aucune exécution terminée pour l'instant.",
  "health.lastRun":
    "Dernière exécution : n° {number}, {result}, {time} : {message}",
  "health.result.success": "réussie",
  "health.result.failure": "échouée",
  "health.result.skipped": "sautée",
  "health.result.stopped": "arrêtée",
  "health.nextRun": "Prochaine exécution : {time}.",
  "health.noNextRun": "La planification ne prévoit plus aucune exécution.",
  "health.neverStarted":
    "Aucun planificateur n'a écrit son état « {path} ». Lancez-en un avec « export-trakt schedule », avec le même fichier de configuration (l'état se trouve dans son [export] output_dir).",
  "health.stopped":
    "Le planificateur s'est arrêté le {time}. Relancez-le avec « export-trakt schedule ».",
  "health.processGone":
    "Le planificateur (processus {pid}) s'est terminé sans s'arrêter proprement. Ses dernières lignes de journal (sur stderr, ou dans le fichier journal s'il y en a un) en donnent la raison ; relancez-le avec « export-trakt schedule ».",
  "health.stuckTooLong": {
    one: "L'exécution n° {number} dure depuis le {time}, soit plus de {count} heure : elle est bloquée. Arrêtez le planificateur puis relancez-le ; son journal indique l'étape atteinte.",
    other:
      "L'exécution n° {number} dure depuis le {time}, soit plus de {count} heures : elle est bloquée. Arrêtez le planificateur puis relancez-le ; son journal indique l'étape atteinte.",
  },
  "health.stuckSkipping": {
    one: "L'exécution n° {number}, en cours depuis le {time}, a fait sauter {count} exécution prévue : elle est bloquée, ou la planification lui laisse trop peu de temps. Le journal indique l'étape atteinte ; relancez le planificateur, ou espacez la planification.",
    other:
      "L'exécution n° {number}, en cours depuis le {time}, a fait sauter {count} exécutions prévues d'affilée : elle est bloquée, ou la planification lui laisse trop peu de temps. Le journal indique l'étape atteinte ; relancez le planificateur, ou espacez la planification.",
  },
  "health.overdue":
    "L'exécution prévue le {time} n'a pas démarré : le planificateur est bloqué ou sa machine était en veille. Relancez le planificateur.",
  "health.failing":
    "Exécutions échouées d'affilée : {count}. La plus récente : {message}. Corrigez la cause, ou consultez le journal et « export-trakt audit --type data_export ».",
  "cli.config.migratedInPlace":
    "« {path} » écrit (mode 0600) avec les {changes} modifications listées ci-dessus, à la place de la configuration de l'outil Go, conservée sous « {backup} ». Il est désormais lu sans --config.",
};
