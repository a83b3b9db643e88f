import type { CatalogueOf } from "../catalogue-types.js";
import type { setupEn } from "../en/setup.js";

/** Schedule, logging, base URLs, config file, prompts, flags and sandbox. */
export const setupFr: CatalogueOf<typeof setupEn> = {
  "cron.unknownTimeZone":
    "Le fuseau horaire « {zone} » n'est pas un fuseau IANA connu. Utilisez un nom comme « Europe/Paris », « America/New_York » ou « UTC ».",
  "cron.notCron":
    "La planification « {expression} » n'est pas une expression cron que cet outil sait lire. {hint}",
  "cron.invalid":
    "La planification « {expression} » n'est pas valide : {reason}. {hint}",
  "cron.neverRuns":
    "La planification « {expression} » ne désigne aucune date qui existe (comme le 30 février) : elle ne s'exécuterait jamais. {hint}",
  "cron.hint":
    "Donnez cinq champs (minute heure jour-du-mois mois jour-de-la-semaine), par exemple « 30 2 * * * » pour 02:30 chaque nuit, ou l'un de @hourly, @daily, @weekly, @monthly, @yearly.",
  "cron.noSchedule":
    "Aucune planification indiquée : passez une expression cron comme « 30 2 * * * », ou définissez cron dans la section [schedule] du fichier de configuration.",
  "cron.stoppedBySignal": "Arrêté par {signal}",
  "scheduleStatus.unreadable":
    "Impossible de lire l'état du planificateur « {path} » : {reason}.",
  "scheduleStatus.damaged":
    "L'état du planificateur « {path} » est endommagé. Il sera réécrit au prochain démarrage du planificateur.",
  "scheduleStatus.otherScheduler":
    "Un autre planificateur tourne déjà sur ce dossier d'exports : le processus {pid} sur {host}, démarré le {startedAt}, tient son état dans « {path} ». Arrêtez-le avant d'en lancer un nouveau ; si ce processus n'est pas un planificateur, supprimez le fichier d'état et réessayez.",
  "logSize.invalid":
    "{key} doit être une taille comme « 10MB », « 512KB » ou un nombre d'octets, pas « {value} ».",
  "logFile.unwritable":
    "le fichier journal « {path} » n'a pas pu être écrit ({reason}) ; la commande continue sans lui.",
  "logFile.toolFile":
    "Refus d'écrire le journal dans « {path} » : c'est {role} « {file} », et des lignes de journal endommageraient ce fichier. Indiquez pour file, dans la section [logging] du fichier de configuration, un fichier réservé au journal, comme « logs/export-trakt.log ».",
  "logFile.inAuditFolder":
    "Refus d'écrire le journal dans « {path} » : ce chemin est dans le dossier du journal d'audit « {folder} », dont seul le journal d'audit peut écrire les fichiers. Indiquez pour file, dans la section [logging] du fichier de configuration, un chemin hors de ce dossier, comme « logs/export-trakt.log ».",
  "logFile.notALog":
    "Refus d'écrire le journal dans « {path} » : un fichier s'y trouve déjà et ce n'est pas un journal (sa première ligne n'est pas une ligne de journal JSON avec « level » et « time »). Indiquez pour file, dans la section [logging] du fichier de configuration, un autre chemin, ou déplacez ce fichier.",
  "logFile.role.config": "le fichier de configuration",
  "logFile.role.credentials": "le fichier des identifiants",
  "logFile.role.keyFile": "le fichier de clé du fichier des identifiants",
  "logFile.role.exportState": "le fichier d'état des exports",
  "logFile.role.scheduleStatus": "le fichier d'état du planificateur",
  "logFile.role.lock": "le fichier de verrou des exports",
  "outputClosed.stopped":
    "Arrêté : la sortie a été fermée avant la fin de la commande.",
  "baseUrl.notUrl":
    "{flag} « {value} » n'est pas une URL. Indiquez-en une comme {example}.",
  "baseUrl.notHttps": "{flag} « {value} » doit être une URL https://.",
  "baseUrl.notBare":
    "{flag} « {value} » doit être une adresse seule comme {example} : sans utilisateur, chemin, requête ni fragment.",
  "baseUrl.plainHttp":
    "{flag} « {value} » utilise du http non chiffré vers un hôte qui n'est pas local. Utilisez https://, ou une adresse de boucle locale (127.0.0.1) pour un serveur de test local.",
  "configFile.exists":
    "Refus de remplacer « {path} » : le fichier existe. Passez --force pour le remplacer, ou --output avec un autre chemin.",
  "configFile.cannotWrite":
    "Impossible d'écrire « {path} » : {reason}. Vérifiez que son dossier existe et est accessible en écriture.",
  "prompt.inputEnded":
    "L'entrée standard s'est terminée avant qu'une réponse à « {question} » ait été lue. Passez une réponse par ligne.",
  "prompt.cancelled": "Annulé ; rien n'a été modifié.",
  "flags.invalid":
    "{problems}. Lancez « export-trakt {command} --help » pour voir l'utilisation.",
  "dashboardTrakt.noLogin":
    "Aucune connexion Trakt n'est enregistrée. Utilisez d'abord « Se connecter avec un code d'appareil ».",
  "dashboardTrakt.internalFailure":
    "la connexion a échoué à cause d'une erreur interne ; le journal du serveur en donne le détail.",
  "sandboxData.unreadable":
    "Impossible de lire les données du bac à sable « {path} » : {reason}. Vérifiez le chemin passé à --data.",
  "sandboxData.notJson":
    "Les données du bac à sable « {path} » ne sont pas du JSON : {reason}. Passez un fichier JSON avec les clés de SandboxData.",
  "sandboxData.wrongShape":
    "Les données du bac à sable « {path} » n'ont pas la forme de SandboxData :\n{problems}",
  "sandboxHost.refused":
    "Refus d'écouter sur « {host} » : le bac à sable est un outil de test et n'écoute que sur la boucle locale (127.0.0.1, ::1, localhost). Passez --allow-remote pour écouter là malgré tout.",
  "faults.invalid":
    "--faults « {spec} » n'est pas valide :\n{problems}\nLa grammaire est décrite dans docs/sandbox.md.",
  "faults.inRule": "« {rule} » : {problem}",
  "faults.unknownKind":
    "panne inconnue « {kind} » ; utilisez latency, status, html, drop, rate-limit, strip-paging ou expire-token.",
  "faults.form.latency": "écrivez-la latency=MS.",
  "faults.form.status":
    "écrivez-la {kind}=CODE, avec un CODE compris entre 100 et 599.",
  "faults.form.rateLimit": "écrivez-la rate-limit ou rate-limit=SECONDES.",
  "faults.form.expireToken":
    "écrivez-la expire-token=N, où N est un nombre de requêtes.",
  "faults.pathSlash": "path doit commencer par « / ».",
  "faults.unknownKey":
    "clé inconnue « {key} » ; utilisez path, page, method, from, count, nth ou retry-after.",
  "faults.notWholeNumber":
    "{key} doit être un nombre entier à partir de 1, pas « {value} ».",
  "faults.notPair": "« {pair} » n'est pas de la forme CLÉ=VALEUR.",
  "faults.retryAfterSeconds":
    "retry-after doit être un nombre entier de secondes, pas « {value} ».",
  "faults.retryAfterKind":
    "retry-after ne s'applique qu'à status, html ou rate-limit.",
  "logFile.inOutputFolder":
    "Refus d'écrire le journal dans « {path} » : ce chemin est dans le dossier que cet export écrit, « {folder} », qui ne doit contenir que l'export. Choisissez un autre --output, ou indiquez pour file, dans la section [logging], un chemin hors de ce dossier.",
  "scheduleStatus.otherSchedulerLock":
    "Un autre planificateur tourne déjà sur ce dossier d'exports : le processus {pid} sur {host}, démarré le {startedAt}, détient « {path} ». Arrêtez-le avant d'en lancer un nouveau ; si ce processus n'est pas un planificateur (un numéro de processus réutilisé après un redémarrage, ou un planificateur disparu sur une autre machine), supprimez « {path} » et réessayez.",
  "scheduleStatus.unknownSchedulerLock":
    "Un autre planificateur tourne peut-être : « {path} » existe mais n'est pas un verrou écrit par cet outil. Si aucun planificateur ne tourne sur ce dossier d'exports, supprimez-le et réessayez.",
};
