import type { CatalogueOf } from "../catalogue-types.js";
import type { commandsEn } from "../en/commands.js";

/** `serve`, `sandbox`, the status commands, `validate`, `audit`, migration. */
export const commandsFr: CatalogueOf<typeof commandsEn> = {
  "serve.port":
    "--port doit être un nombre entier de 0 à 65535, et non « {value} ».",
  "serve.tlsPair":
    "--tls-cert et --tls-key vont ensemble : passez les deux fichiers PEM, ou aucun pour servir en HTTP simple sur la boucle locale.",
  "serve.remoteHost":
    "--host « {host} » exposerait le tableau de bord au-delà de cette machine. Ajoutez --allow-remote si c'est voulu (de préférence avec --tls-cert et --tls-key), ou utilisez 127.0.0.1.",
  "serve.remoteTls":
    "le tableau de bord écoute sur {host} : d'autres machines peuvent l'atteindre.",
  "serve.remotePlain":
    "le tableau de bord écoute sur {host} : d'autres machines peuvent l'atteindre. Le trafic, lien de connexion compris, n'est pas chiffré ; utilisez --tls-cert et --tls-key.",
  "serve.secretCreatedInFile": "Secret du tableau de bord créé dans {path}.",
  "serve.secretCreatedInStore":
    "Secret du tableau de bord créé dans le stockage des identifiants ({location}).",
  "serve.url": "Tableau de bord : {url}",
  "serve.loginLink":
    "Connectez-vous dans les {minutes} minutes avec ce lien à usage unique : {link}",
  "serve.stopping": "Arrêt du tableau de bord ({signal}).",
  "serve.secretMoved":
    "Secret du tableau de bord déplacé de {path} vers le stockage des identifiants ({location}) ; le fichier a été supprimé.",
  "serve.secretStoreUnreadable":
    "Le stockage des identifiants est illisible : le secret du tableau de bord est donc gardé dans {path} (mode 0600) à la place : {reason}",
  "serve.secretStoreUnwritable":
    "Impossible d'écrire dans le stockage des identifiants : le secret du tableau de bord est donc gardé dans {path} (mode 0600) à la place : {reason}",
  "serve.secretNeedsApp":
    "Le stockage des identifiants garde le secret du tableau de bord avec l'identifiant et le secret client de l'application Trakt, qui ne sont pas encore définis : le secret est donc gardé dans {path} (mode 0600) pour l'instant. Lancez « export-trakt credentials set » (ou renseignez client_id et client_secret dans [trakt]) puis redémarrez le tableau de bord pour l'y déplacer.",
  "serve.secretNotPersisted":
    "Le stockage d'identifiants « {backend} » ne peut pas enregistrer le secret du tableau de bord : il est donc gardé dans {path} (mode 0600).",

  "sandbox.remoteHost":
    "--host « {host} » refusé : le bac à sable n'écoute que sur la boucle locale (127.0.0.1, ::1, localhost). Ajoutez --allow-remote pour écouter là malgré tout.",
  "sandbox.port":
    "--port doit être un nombre entier de 0 à 65535, et non « {value} ». Utilisez 0 pour n'importe quel port libre.",
  "sandbox.latency":
    "--latency doit être un nombre entier de millisecondes, et non « {value} ».",
  "sandbox.banner":
    "Bac à sable Trakt en marche : un serveur de test et de démonstration, pas Trakt.",
  "sandbox.apiBaseUrl": "URL de base de l'API",
  "sandbox.authBaseUrl": "URL de base OAuth",
  "sandbox.clientId": "Identifiant client",
  "sandbox.clientSecret": "Secret client",
  "sandbox.user": "Utilisateur",
  "sandbox.caCertificate": "Certificat de l'AC",
  "sandbox.faults": "Pannes simulées",
  "sandbox.field": "{label} : {value}",
  "sandbox.autoApprove":
    "Les codes d'appareil sont approuvés automatiquement au bout de {seconds} s.",
  "sandbox.approveAt": "Approuvez les codes d'appareil sur {url}",
  "sandbox.howTo":
    "Dirigez export-trakt vers lui avec --api-base-url {url}, en donnant à TRAKT_CLIENT_ID et TRAKT_CLIENT_SECRET l'identifiant et le secret client ci-dessus.",
  "sandbox.howToTls":
    "Dirigez export-trakt vers lui avec --api-base-url {url} --ca-file {ca}, en donnant à TRAKT_CLIENT_ID et TRAKT_CLIENT_SECRET l'identifiant et le secret client ci-dessus.",
  "sandbox.stopHint": "Arrêtez-le avec Ctrl+C.",
  "sandbox.stopped": {
    one: "Bac à sable arrêté après {count} requête ({rateLimited} avec la réponse 429).",
    other:
      "Bac à sable arrêté après {count} requêtes ({rateLimited} avec la réponse 429).",
  },

  "status.field": "{label} : {value}",
  "status.none": "aucun",
  "status.noConfig": "aucun (valeurs par défaut intégrées)",
  "status.backend": "Stockage",
  "status.location": "Emplacement",
  "status.configFile": "Fichier de configuration",
  "status.key": "Clé",
  "status.fileMode": "Mode du fichier",
  "status.clientId": "Identifiant client",
  "status.clientSecret": "Secret client",
  "status.accessToken": "Jeton d'accès",
  "status.refreshToken": "Jeton de renouvellement",
  "status.dashboardSecret": "Secret du tableau de bord",
  "status.scope": "Portée",
  "status.expiresAt": "Expire le",
  "status.status": "État",
  "status.next": "Étape suivante : {advice}",
  "status.location.env":
    "variables d'environnement (TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN, TRAKT_REFRESH_TOKEN)",
  "status.location.system":
    "trousseau du système, service « {service} », utilisateur « {user} »",
  "status.keySource.passphrase": "une phrase secrète (scrypt)",
  "status.keySource.keyFile": "le fichier de clé « {path} »",
  "status.health.nothingStored": "rien n'est enregistré",
  "status.health.missingToken": "client enregistré, pas de connexion",
  "status.health.valid": "utilisable",
  "status.health.expired": "jeton d'accès expiré",
  "status.advice.nothingStored":
    "Enregistrez l'identifiant et le secret client Trakt avec « export-trakt credentials set ».",
  "status.advice.missingToken":
    "Pas encore de jeton d'accès : connectez-vous à Trakt pour en obtenir un.",
  "status.advice.expiredNoRefresh":
    "Le jeton d'accès a expiré et il n'y a pas de jeton de renouvellement : connectez-vous de nouveau à Trakt.",
  "status.advice.expiredRefresh":
    "Le jeton d'accès a expiré ; il sera renouvelé à la prochaine requête.",
  "status.token.noLogin":
    "Aucune connexion Trakt n'est enregistrée. Lancez « export-trakt auth » pour vous connecter.",
  "status.security.encryptionOn":
    "Chiffrement : activé, source de la clé : {source}",
  "status.security.encryptionOff":
    "Chiffrement : désactivé, source de la clé : {source}",
  "status.security.backend": "Stockage des identifiants : {backend}",
  "status.security.auditOn": "Journal d'audit : activé, {folder}",
  "status.security.auditOff": "Journal d'audit : désactivé, {folder}",
  "status.security.eventsByType":
    "Événements d'audit depuis le {since} : {counts}",
  "status.security.eventsBySeverity":
    "Événements d'audit par gravité : {counts}",
  "status.security.writeFailures":
    "Échecs d'écriture de l'audit (cette exécution) : {failures}",
  "status.security.chainIntact":
    "Chaîne d'audit : intacte ({lines} dans {files})",
  "status.security.chainBroken":
    "Chaîne d'audit : ROMPUE dans « {file} » à la ligne {line} : {problem}",
  "status.security.lines": { one: "{count} ligne", other: "{count} lignes" },
  "status.security.rateLimitOn": {
    one: "Limitation de débit : activée, {count} limite atteinte côté serveur dans la période d'audit",
    other:
      "Limitation de débit : activée, {count} limites atteintes côté serveur dans la période d'audit",
  },
  "status.security.rateLimitOff": {
    one: "Limitation de débit : désactivée, {count} limite atteinte côté serveur dans la période d'audit",
    other:
      "Limitation de débit : désactivée, {count} limites atteintes côté serveur dans la période d'audit",
  },
  "status.security.counters":
    "Compteurs de limitation (cette exécution) : {counters}",
  "status.security.counter":
    "{name} : {allowed} acceptées, {delayed} retardées, {refused} refusées",
  "status.security.permissionsOk":
    "Vérification des droits du {time} : aucun problème",
  "status.security.permissionsProblems": {
    one: "Vérification des droits du {time} : {count} problème",
    other: "Vérification des droits du {time} : {count} problèmes",
  },

  "validate.fixNeedsSecurity":
    "--fix corrige ce que trouve la vérification de sécurité ; utilisez « export-trakt validate --security --fix ».",
  "validate.valid": "La configuration est valide ({path}).",
  "validate.validDefaults":
    "La configuration est valide (pas de fichier de configuration, valeurs par défaut intégrées).",
  "validate.level.ok": "ok",
  "validate.level.info": "info",
  "validate.level.warning": "attention",
  "validate.level.error": "erreur",
  "validate.area.config": "configuration",
  "validate.area.keyring": "trousseau",
  "validate.area.keySource": "source de la clé",
  "validate.area.fileModes": "droits des fichiers",
  "validate.area.https": "HTTPS",
  "validate.area.audit": "audit",
  "validate.area.rateLimit": "limitation de débit",
  "validate.finding": "{level} {area} : {message}",
  "validate.rating.high": "haute",
  "validate.rating.medium": "moyenne",
  "validate.rating.low": "basse",
  "validate.rating": "Note de sécurité : {rating} ({errors}, {warnings}).",
  "validate.errors": { one: "{count} erreur", other: "{count} erreurs" },
  "validate.warnings": {
    one: "{count} avertissement",
    other: "{count} avertissements",
  },
  "validate.failed": {
    one: "La vérification de sécurité a trouvé {count} erreur, listée ci-dessus. Corrigez-la (les droits des fichiers avec --fix) et relancez « export-trakt validate --security ».",
    other:
      "La vérification de sécurité a trouvé {count} erreurs, listées ci-dessus. Corrigez-les (les droits des fichiers avec --fix) et relancez « export-trakt validate --security ».",
  },
  "validate.config.defaults":
    "Pas de fichier de configuration : les valeurs par défaut intégrées s'appliquent, avec toutes les protections actives.",
  "validate.config.valid": "Le fichier de configuration « {path} » est valide.",
  "validate.config.permissionsNotEnforced":
    "enforce_permissions = false : les fichiers secrets lisibles par d'autres donnent seulement un avertissement, sans être refusés.",
  "validate.config.encryptionOff":
    "encryption_enabled = false : rien de ce que cet outil enregistre n'est chiffré par lui. Mettez security.encryption_enabled = true.",
  "validate.keyring.file":
    "Les identifiants sont gardés dans le fichier chiffré « {path} » (AES-256-GCM).",
  "validate.keyring.env":
    'Les identifiants viennent des variables d\'environnement TRAKT_* : cet outil ne les chiffre pas, et un jeton renouvelé est perdu à la fin de l\'exécution. Préférez keyring_backend = "system" ou "file".',
  "validate.keyring.systemReachable":
    "Les identifiants sont gardés dans le trousseau du système d'exploitation, qui répond.",
  "validate.keyring.systemUnreachable":
    "Le trousseau du système d'exploitation ne répond pas ({reason}) : rien n'y est donc encore enregistré. Démarrez un service Secret Service, ou mettez keyring_backend = \"file\" pour garder les identifiants dans un fichier chiffré.",
  "validate.keyring.systemSilent":
    "Le trousseau du système d'exploitation ne répond pas (aucune réponse en {ms} ms) : rien n'y est donc encore enregistré. Démarrez un service Secret Service, ou mettez keyring_backend = \"file\" pour garder les identifiants dans un fichier chiffré.",
  "validate.key.envKey": "La clé vient de ENCRYPTION_KEY (32 octets).",
  "validate.key.shortPassphrase":
    "ENCRYPTION_PASSPHRASE fait moins de {minimum} caractères : une attaque par essais peut la casser malgré scrypt. Choisissez-en une plus longue.",
  "validate.key.passphrase":
    "La clé est dérivée de ENCRYPTION_PASSPHRASE avec scrypt.",
  "validate.key.unused":
    "Ni ENCRYPTION_KEY ni ENCRYPTION_PASSPHRASE : « export --encrypt » utiliserait le fichier de clé « {path} ».",
  "validate.key.keyFile":
    "La clé vient du fichier de clé « {path} », à côté du fichier d'identifiants : elle ne protège que contre quelqu'un qui obtiendrait le fichier d'identifiants seul. Définissez ENCRYPTION_KEY et lancez « export-trakt credentials rotate-key --to env-key », ou utilisez une phrase secrète avec --to passphrase.",
  "validate.mode.configOk":
    "Le fichier de configuration « {path} » a le mode {mode}.",
  "validate.mode.credentialsOk":
    "Le fichier d'identifiants « {path} » a le mode {mode}.",
  "validate.mode.keyOk": "Le fichier de clé « {path} » a le mode {mode}.",
  "validate.mode.auditOk": "Le dossier d'audit « {path} » a le mode {mode}.",
  "validate.mode.configFixed":
    "Le fichier de configuration « {path} » avait le mode {mode} ; corrigé en {fixed}.",
  "validate.mode.credentialsFixed":
    "Le fichier d'identifiants « {path} » avait le mode {mode} ; corrigé en {fixed}.",
  "validate.mode.keyFixed":
    "Le fichier de clé « {path} » avait le mode {mode} ; corrigé en {fixed}.",
  "validate.mode.auditFixed":
    "Le dossier d'audit « {path} » avait le mode {mode} ; corrigé en {fixed}.",
  "validate.mode.configOpen":
    "Le fichier de configuration « {path} » a le mode {mode}, plus ouvert que {wanted}. Lancez « export-trakt validate --security --fix ».",
  "validate.mode.credentialsOpen":
    "Le fichier d'identifiants « {path} » a le mode {mode}, plus ouvert que {wanted}. Lancez « export-trakt validate --security --fix ».",
  "validate.mode.keyOpen":
    "Le fichier de clé « {path} » a le mode {mode}, plus ouvert que {wanted}. Lancez « export-trakt validate --security --fix ».",
  "validate.mode.auditOpen":
    "Le dossier d'audit « {path} » a le mode {mode}, plus ouvert que {wanted}. Lancez « export-trakt validate --security --fix ».",
  "validate.https.plainAllowed":
    "require_https = false : les requêtes peuvent passer en HTTP simple, où les jetons se lisent sur le réseau. Mettez security.require_https = true.",
  "validate.https.insecure":
    "allow_insecure = true : le HTTP simple est permis vers les hôtes hors de blocked_hosts. Ne le gardez que pour un serveur de développement.",
  "validate.https.only": "Seules les requêtes HTTPS sont permises.",
  "validate.https.tls": "TLS {version} ou plus récent est exigé.",
  "validate.https.hosts": "Les requêtes ne vont qu'à {hosts}.",
  "validate.https.extraHosts": "allowed_hosts contient aussi {hosts}.",
  "validate.https.unblocked":
    "blocked_hosts ne contient plus {hosts} : les adresses de boucle locale ou de métadonnées cloud pourraient être atteintes si allowed_hosts les nomme. Remettez-les dans security.https.blocked_hosts.",
  "validate.https.loopback":
    "{key} vaut {url} : les requêtes vont à un serveur de cette machine (comme le bac à sable), quoi que dise allowed_hosts.",
  "validate.https.loopbackPlain":
    "{key} vaut {url} : les requêtes vont à un serveur de cette machine (comme le bac à sable), en HTTP simple, quoi que dise allowed_hosts.",
  "validate.https.notAllowed":
    "{key} vaut {url}, mais {host} n'est pas dans security.https.allowed_hosts : chaque requête vers lui sera refusée. Ajoutez-y l'hôte ou corrigez l'URL.",
  "validate.https.noHsts":
    "enable_hsts = false : l'absence d'en-tête HSTS n'est pas signalée.",
  "validate.audit.off":
    "Le journal d'audit est désactivé : l'usage des identifiants et les exports ne laissent aucune trace. Mettez security.audit_logging = true.",
  "validate.audit.on":
    "Le journal d'audit est activé dans « {folder} », fichiers gardés {days} jours.",
  "validate.audit.sensitive":
    "include_sensitive = true : noms d'utilisateur, chemins et adresses sont écrits dans le journal d'audit (jamais les secrets). Remettez-le à false en dehors du débogage.",
  "validate.audit.level":
    'log_level = "{level}" : les événements courants comme l\'accès aux identifiants ne sont pas enregistrés.',
  "validate.audit.chainNote":
    "La chaîne de hachage révèle les lignes modifiées, insérées ou supprimées à la main, mais elle n'a pas de clé secrète : quelqu'un qui peut écrire dans le dossier d'audit peut réécrire toute la chaîne.",
  "validate.rateLimit.off":
    "La limitation de débit est désactivée : une boucle ou une avalanche de nouvelles tentatives peut épuiser le quota de l'API Trakt. Mettez security.rate_limit_enabled = true.",
  "validate.rateLimit.on": "La limitation de débit est activée : {limits}.",

  "auditList.time": "Heure",
  "auditList.severity": "Gravité",
  "auditList.type": "Type",
  "auditList.action": "Source/action",
  "auditList.result": "Résultat",
  "auditList.message": "Message",
  "auditList.none": "Aucun événement d'audit dans « {folder} ».",
  "auditList.noneMatching":
    "Aucun événement d'audit de « {folder} » ne correspond aux filtres.",
  "auditList.since":
    "--since doit être une date comme 2026-03-01 ou 2026-03-01T10:00:00Z, et non « {value} ».",
  "auditList.type.invalid":
    "--type doit être l'un de {types}, et non « {value} ».",
  "auditList.severity.invalid":
    "--severity doit être l'un de {severities}, et non « {value} ».",
  "auditList.broken":
    "Le journal d'audit est rompu dans « {file} » à la ligne {line} : {problem}. Les entrées à partir de cette ligne ne sont pas fiables ; gardez une copie du dossier pour l'enquête.",

  "migrate.moved": "- déplacé {key} : désormais {to}",
  "migrate.movedWithNote": "- déplacé {key} : désormais {to} ; {note}",
  "migrate.changed": "- modifié {key} : {detail}",
  "migrate.dropped": "- abandonné {key} : {detail}",
  "migrate.added": "- ajouté {key} : {detail}",
  "migrate.sameFile":
    "Refus d'écraser la configuration de l'outil Go « {path} » elle-même. Passez --output avec un autre chemin.",
  "migrate.unreadable":
    "Impossible de lire la configuration de l'outil Go « {path} » : {reason}. Vérifiez le chemin.",
  "migrate.invalidToml":
    "« {file} » n'est pas du TOML valide : {reason}. Corrigez le fichier (un mode comme 0600 s'écrit \"0600\" ou 0o600), puis relancez la migration.",
  "migrate.unknownKey": "aucune version de l'outil Go ne lisait cette clé",
  "migrate.alreadySet":
    "une clé précédente a déjà défini {to} ; sa valeur a été gardée",
  "migrate.historyMode":
    'réglé sur "aggregated", la valeur par défaut de l\'outil Go (celle de cet outil est "individual", une ligne par visionnage)',
  "migrate.types":
    'réglé sur ["watched"], ce que l\'outil Go exportait sans --export ; ajoutez "watchlist", "lists" ou "collection" pour exporter davantage (notes et critiques font partie de "watched")',
  "migrate.logRotation":
    'réglé sur "10MB" avec logging.max_files = 5 : le fichier journal tourne désormais au lieu de grossir sans fin',
  "migrate.notLogLevel":
    '{value} n\'est pas un niveau de journal ; "info" est utilisé',
  "migrate.writtenAs": '{value} est écrit "{written}"',
  "migrate.writtenAsText": '{value} est écrit "text" (lignes lisibles)',
  "migrate.megabytes": '{value} (mégaoctets) est écrit "{written}"',
  "migrate.notOneOf":
    "{value} ne fait pas partie de {allowed} ; la valeur par défaut est utilisée",
  "migrate.localTimeZone":
    "sans fuseau horaire configuré, celui du compte Trakt est utilisé, puis celui du système ; définissez [export] timezone pour en fixer un",
  "migrate.notTimeZone": "{value} n'est pas un fuseau horaire IANA",
  "migrate.extendedLetterboxd":
    "\"letterboxd\" faisait écrire letterboxd_import.csv à l'outil Go (et envoyer à Trakt un extended=letterboxd invalide) ; ici, watched.csv est déjà au format d'import de Letterboxd",
  "migrate.extendedInfo":
    "cet outil demande à Trakt les champs dont il a besoin à chaque appel",
  "migrate.dateFormat":
    "le format de date Go {value} est inutile : Letterboxd ne lit que AAAA-MM-JJ, que cet outil écrit toujours",
  "migrate.notSize": '{value} n\'est pas une taille comme "10MB"',
  "migrate.notFileMode": '{value} n\'est pas un mode de fichier comme "0600"',
  "migrate.accessToken":
    "les jetons ne sont pas gardés dans la configuration ici ; reconnectez-vous et le stockage des identifiants les gardera",
  "migrate.fixedFileNames":
    "les noms de fichier sont fixes ici (watched.csv, watchlist.csv, lists/<name>.csv) pour que chacun corresponde à sa page d'import Letterboxd",
  "migrate.showsFileName":
    "les noms de fichier sont fixes ici (watched.csv, watchlist.csv, lists/<name>.csv) pour que chacun corresponde à sa page d'import Letterboxd ; les séries ne peuvent pas être importées dans Letterboxd",
  "migrate.ratingsFileName":
    "les noms de fichier sont fixes ici (watched.csv, watchlist.csv, lists/<name>.csv) pour que chacun corresponde à sa page d'import Letterboxd ; les notes font partie de watched.csv",
  "migrate.ignoredByGo": "jamais utilisé par l'outil Go",
  "migrate.exportFormat":
    "jamais utilisé par l'outil Go ; la sortie est toujours en CSV",
  "migrate.defaultLanguage":
    "les messages se rabattent sur la langue de l'environnement, puis sur l'anglais",
  "migrate.localesDir": "le catalogue de messages est intégré",
  "migrate.httpsSection":
    "l'outil Go n'appliquait jamais [security.https] ; les valeurs imposées par cet outil sont écrites à la place (HTTPS seulement, TLS 1.2 ou plus récent, api.trakt.tv et auth.trakt.tv)",
  "migrate.authSection":
    "l'outil Go écrasait lui-même ces valeurs ; la connexion ici n'en a besoin d'aucune",
  "migrate.webserverSection":
    "jamais lu par l'outil Go ; le tableau de bord a ses propres réglages",

  "legacy.note":
    "Remarque : c'est la forme de l'outil Go ; écrivez désormais : {command}",

  "usage.tooManyArguments": {
    one: "Trop d'arguments : « {path} » prend {count} argument mais en a reçu {received}. Lancez « {path} --help » pour voir l'utilisation.",
    other:
      "Trop d'arguments : « {path} » prend {count} arguments mais en a reçu {received}. Lancez « {path} --help » pour voir l'utilisation.",
  },
  "usage.noArguments":
    "Trop d'arguments : « {path} » n'en prend aucun mais en a reçu {received}. Lancez « {path} --help » pour voir l'utilisation.",
  "usage.conflictingOptions":
    "L'option « {option} » ne peut pas être utilisée avec l'option « {other} ». Lancez « {path} --help » pour voir l'utilisation.",
  "usage.term.options": "options",
  "usage.term.command": "commande",
  "usage.term.file": "fichier",
  "usage.term.path": "chemin",
  "usage.term.name": "nom",
  "usage.term.mode": "mode",
  "usage.term.list": "liste",
  "usage.term.date": "date",
  "usage.term.dir": "dossier",
  "usage.term.host": "hôte",
  "usage.term.port": "port",
  "usage.term.types": "types",
  "usage.term.level": "niveau",
  "usage.term.source": "source",
  "usage.term.backend": "stockage",
  "usage.term.oldConfig": "ancienne-config",
  "migrate.secretInFile":
    "conservé, mais un secret écrit dans le fichier de configuration provoque un avertissement à chaque exécution : enregistrez-le avec « export-trakt credentials set », puis supprimez la ligne",
  "migrate.replaceWithOutput":
    "--replace écrit la nouvelle configuration à la place de l'ancienne ; retirez --output, ou retirez --replace.",
  "migrate.backupFailed":
    "Impossible de conserver la configuration de l'outil Go sous « {path} » ({reason}) ; rien n'a été modifié. Si une ancienne sauvegarde s'y trouve, déplacez-la et relancez la commande.",
  "migrate.alreadyMigrated":
    "« {file} » est déjà un fichier de configuration de cet outil (il contient des clés que l'outil Go n'a jamais eues, comme [export] output_dir) ; le migrer de nouveau réinitialiserait ses réglages. Rien n'a été écrit.",
};
