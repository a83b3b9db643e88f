import type { CatalogueOf } from "../catalogue-types.js";
import type { dashboardEn } from "../en/dashboard.js";

/** The dashboard's pages, forms and HTTP error texts. */
export const dashboardFr: CatalogueOf<typeof dashboardEn> = {
  "app.title": "Tableau de bord export-trakt",
  "nav.convert": "Convertir",
  "nav.export": "Exporter",
  "nav.exports": "Exports",
  "nav.trakt": "Connexion Trakt",
  "nav.schedule": "Planification",
  "nav.audit": "Audit",
  "nav.logout": "Se déconnecter",
  "nav.language": "Langue",
  "login.title": "Connexion",
  "login.intro":
    "Ouvrez le lien de connexion affiché par export-trakt serve dans son terminal, ou collez le secret du tableau de bord enregistré dans {file}.",
  "login.secret": "Secret du tableau de bord",
  "login.submit": "Se connecter",
  "login.failed": "Ce secret n'est pas valide.",
  "login.linkUsed":
    "Ce lien de connexion n'est pas valide : il a déjà servi ou il a expiré. Relancez export-trakt serve pour en obtenir un nouveau, ou collez le secret du tableau de bord.",
  "options.timezone": "Fuseau horaire (nom IANA, vide pour celui du compte)",
  "options.historyMode": "Historique",
  "options.individual": "Une ligne par visionnage",
  "options.aggregated": "Une ligne par film",
  "options.include": "Fichiers à écrire",
  "options.since":
    "Seulement les visionnages à partir du (AAAA-MM-JJ, facultatif)",
  "kind.watched": "Films vus (journal)",
  "kind.watchlist": "Liste à voir",
  "kind.lists": "Listes",
  "kind.collection": "Collection",
  "convert.title": "Convertir un export de données Trakt",
  "convert.intro":
    "Envoyez le ZIP de la page d'export de données de Trakt ({limit} Mo au plus). Il est converti sur cette machine et supprimé dès la fin de la tâche.",
  "convert.file": "Export Trakt (.zip)",
  "convert.submit": "Convertir",
  "export.title": "Exporter depuis l'API Trakt",
  "export.notConfigured":
    "Connexion Trakt non configurée : ce tableau de bord a été lancé sans connexion à Trakt, l'export en direct n'est donc pas disponible. Utilisez Convertir avec un export de données.",
  "export.submit": "Lancer l'export",
  "job.title": "Tâche {id}",
  "job.running": "En cours",
  "job.succeeded": "Terminée",
  "job.failed": "Échouée",
  "job.reading": "{done} fichiers lus sur {total}",
  "job.converting": "Conversion",
  "job.writing": "Écriture de {files} fichiers",
  "job.summary": "{rows} lignes écrites dans {files} fichiers, dans {folder}.",
  "job.openExports": "Voir les fichiers dans Exports",
  "job.noScript":
    "Le suivi en direct demande JavaScript ; rechargez la page pour voir l'état actuel.",
  "exports.title": "Exports",
  "exports.empty": "Aucun export pour l'instant dans {folder}.",
  "exports.date": "Date",
  "exports.source": "Source",
  "exports.files": "Fichiers",
  "exports.rows": "Lignes",
  "exports.warnings": "Avertissements",
  "exports.download": "Télécharger",
  "exports.delete": "Supprimer",
  "exports.deleted": "{folder} a été supprimé.",
  "exports.unreadable": {
    one: "{count} dossier n'a pas de report.json lisible.",
    other: "{count} dossiers n'ont pas de report.json lisible.",
  },
  "exports.moreWarnings": {
    one: "Et {count} autre avertissement ; report.json les contient tous.",
    other: "Et {count} autres avertissements ; report.json les contient tous.",
  },
  "trakt.title": "Connexion Trakt",
  "trakt.notConfigured":
    "Connexion Trakt non configurée : ce tableau de bord a été lancé sans le service de connexion Trakt ; la connexion par code, l'état du jeton et sa révocation ne sont pas disponibles ici.",
  "trakt.connected":
    "Connecté en tant que {user} ; le jeton expire le {expires}.",
  "trakt.disconnected": "Pas connecté à Trakt.",
  "trakt.startLogin": "Se connecter avec un code d'appareil",
  "trakt.deviceCode":
    "Ouvrez {url} et saisissez le code {code} avant {expires}.",
  "trakt.revoke": "Révoquer le jeton",
  "trakt.revoked": "Le jeton Trakt a été révoqué.",
  "trakt.loggedIn": "Connecté à Trakt ; le jeton expire le {expires}.",
  "trakt.waiting":
    "La connexion se termine en arrière-plan une fois le code approuvé ; rechargez cette page pour la voir.",
  "trakt.loginFailed":
    "La dernière connexion par code n'a pas abouti : {reason}",
  "schedule.title": "Planification",
  "schedule.notConfigured":
    "Aucun planificateur configuré : ce tableau de bord a été lancé sans exports planifiés.",
  "schedule.empty": "Aucun export planifié.",
  "schedule.name": "Nom",
  "schedule.when": "Quand",
  "schedule.nextRuns": "Prochaines exécutions",
  "schedule.howTo":
    'Aucune planification n\'est configurée. Ajoutez cron = "30 2 * * *" sous [schedule] dans le fichier de configuration pour voir ici les prochaines exécutions, et lancez les exports avec export-trakt schedule "30 2 * * *" --from <export.zip>.',
  "audit.title": "Journal d'audit",
  "audit.type": "Type",
  "audit.severity": "Gravité minimale",
  "audit.since": "Depuis (AAAA-MM-JJ)",
  "audit.any": "Toutes",
  "audit.filter": "Filtrer",
  "audit.time": "Heure",
  "audit.action": "Action",
  "audit.result": "Résultat",
  "audit.message": "Message",
  "audit.empty": "Aucun événement d'audit ne correspond.",
  "audit.intact": "Chaîne intacte : {lines} lignes dans {files} fichiers.",
  "audit.broken":
    "Chaîne rompue dans {file} à la ligne {line} : {problem}. Les entrées à partir de cette ligne ne sont pas fiables.",
  "audit.unreadable": {
    one: "{count} ligne n'a pas pu être lue.",
    other: "{count} lignes n'ont pas pu être lues.",
  },
  "audit.showing": "Affichage des {shown} derniers événements sur {total}.",
  "error.400": "La requête n'est pas valide.",
  "error.401":
    "Vous n'êtes pas connecté. Ouvrez de nouveau le lien de connexion.",
  "error.403": "Cette requête a été refusée.",
  "error.404": "Il n'y a rien ici.",
  "error.405": "Cette méthode n'est pas autorisée ici.",
  "error.409":
    "Une autre tâche est déjà en cours ; attendez qu'elle se termine.",
  "error.413": "Le fichier envoyé dépasse la limite de {limit} Mo.",
  "error.415": "Le fichier envoyé n'est pas un ZIP.",
  "error.429": "Trop de requêtes ; attendez un instant avant de réessayer.",
  "error.500":
    "Une erreur s'est produite sur le serveur. Les détails sont dans son journal.",
  "error.503": "Le service n'est pas prêt.",
  "error.back": "Retour au tableau de bord",
  "schedule.scheduler": "Planificateur",
  "schedule.statusUnreadable":
    "L'état du planificateur n'a pas pu être lu : {reason}",
};
