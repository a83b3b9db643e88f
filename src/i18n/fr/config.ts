import type { CatalogueOf } from "../catalogue-types.js";
import type { configEn } from "../en/config.js";

/** Configuration errors and warnings; each problem starts with its key. */
export const configFr: CatalogueOf<typeof configEn> = {
  "config.unreadableFlag":
    "Impossible de lire le fichier de configuration « {path} » indiqué avec --config : {reason}. Vérifiez le chemin, ou lancez « export-trakt config init » pour en créer un.",
  "config.unreadableEnvironment":
    "Impossible de lire le fichier de configuration « {path} » désigné par EXPORT_TRAKT_CONFIG : {reason}. Vérifiez le chemin, ou lancez « export-trakt config init » pour en créer un.",
  "config.unreadableFound":
    "Impossible de lire le fichier de configuration trouvé « {path} » : {reason}. Vérifiez le chemin, ou lancez « export-trakt config init » pour en créer un.",
  "config.reason.missing": "fichier introuvable",
  "config.reason.denied": "permission refusée",
  "config.reason.folder": "c'est un dossier",
  "config.reason.loop": "ses liens symboliques forment une boucle",
  "config.reason.unknown": "erreur inconnue",
  "config.tooLarge":
    "Le fichier de configuration « {path} » fait {size} octets ; un fichier de configuration fait au plus {limit} octets. Vérifiez que --config désigne le bon fichier.",
  "config.tomlSyntaxFile":
    "Impossible de lire « {path} » comme du TOML : {reason} (ligne {line}, colonne {column}). {advice}",
  "config.tomlSyntax":
    "Impossible de lire la configuration comme du TOML : {reason} (ligne {line}, colonne {column}). {advice}",
  "config.tomlFixSyntax":
    "Corrigez la syntaxe à cet endroit et relancez la commande.",
  "config.tomlLeadingZero":
    'Un nombre commençant par un zéro, comme un mode de fichier écrit 0600, n\'est pas du TOML valide : écrivez-le entre guillemets ("0600") ou en octal TOML (0o600).',
  "config.fileProblems": {
    one: "Le fichier de configuration « {path} » comporte {count} problème :\n{problems}\nCorrigez-le et relancez la commande.",
    other:
      "Le fichier de configuration « {path} » comporte {count} problèmes :\n{problems}\nCorrigez-les et relancez la commande.",
  },
  "config.problems": {
    one: "La configuration comporte {count} problème :\n{problems}\nCorrigez-le et relancez la commande.",
    other:
      "La configuration comporte {count} problèmes :\n{problems}\nCorrigez-les et relancez la commande.",
  },
  "config.unknownKey":
    "{path} : clé inconnue ; les clés admises ici sont {allowed}.",
  "config.literalSecret":
    "trakt.client_secret : la valeur est écrite dans le fichier lui-même ; quiconque peut lire le fichier peut s'en servir. Enregistrez-la avec « export-trakt credentials set », ou écrivez « {reference} » et définissez cette variable.",
  "config.badReference":
    "{path} : « {reference} » n'est pas une référence de variable valide ; utilisez {example} avec des lettres, des chiffres et « _ ».",
  "config.secretVariable":
    "{path} : {reference} contient un secret et ne peut pas servir ici, où il apparaîtrait dans les messages ; écrivez la valeur elle-même.",
  "config.missingVariable":
    "{path} : la variable d'environnement {name} n'est pas définie ; définissez-la ou remplacez {reference} par une valeur.",
  "config.notSection": "{path} : doit être une table (une [section]).",
  "config.notServiceTable":
    "{path} : doit être une table ([security.rate_limit.limits.NOM]).",
  "config.wrongType": "{path} : type incorrect ; attendu : {expected}.",
  "config.notString":
    "{path} : doit être une chaîne entre guillemets ; reçu {value}.",
  "config.notBoolean":
    "{path} : doit valoir true ou false (sans guillemets) ; reçu {value}.",
  "config.notOneOf":
    "{path} : doit être l'une des valeurs {choices} ; reçu {value}.",
  "config.notWholeNumber":
    "{path} : doit être un nombre entier de {min} à {max} ; reçu {value}.",
  "config.notAllowedValue": "{path} : doit être l'une des valeurs {choices}.",
  "config.tooBig": "{path} : doit valoir au plus {max}.",
  "config.tooSmall": "{path} : doit valoir au moins {min}.",
  "config.notList":
    '{path} : doit être une liste de chaînes entre guillemets, comme ["a", "b"] ; reçu {value}.',
  "config.notFileMode":
    '{path} : doit être un mode de fichier écrit comme une chaîne entre guillemets ("0600") ou en octal TOML (0o600) ; reçu {value}.',
  "config.notTlsVersion":
    '{path} : doit valoir 771, 772, "1.2" ou "1.3" (TLS 1.2 ou 1.3) ; reçu {value}.',
  "config.notDuration":
    '{path} : doit être une durée entre guillemets comme "30s", "5m" ou "1m30s" (unités ms, s, m, h), de {min} à {max} ; reçu {value}.',
  "config.notByteSize":
    '{path} : doit être un nombre d\'octets (104857600) ou une taille entre guillemets comme "100MB" (unités B, KB, MB, GB), de {min} à {max} octets ; reçu {value}.',
  "config.notUrl":
    '{path} : doit être une URL http(s) sans utilisateur, requête ni fragment, comme "https://api.trakt.tv" ; reçu {value}.',
  "config.notTimezone":
    '{path} : doit être un fuseau horaire IANA comme "UTC" ou "Europe/Paris" ; reçu {value}.',
  "config.notLanguage":
    '{path} : doit être un code de langue comme "en", "fr" ou "pt-BR" ; reçu {value}.',
  "config.emptyPath": "{path} : doit être un chemin non vide.",
  "config.notHost":
    '{path} : doit être un simple nom d\'hôte comme "api.trakt.tv" (sans schéma, port ni chemin) ; reçu {value}.',
  "config.badServiceName":
    '{path} : les noms de service s\'écrivent en minuscules, chiffres et « _ », comme "trakt_api".',
  "config.unknownKeys":
    "{path} : clés inconnues {keys} ; supprimez-les ou vérifiez leur orthographe.",
  "config.value.string": "une chaîne",
  "config.value.number": "un nombre",
  "config.value.boolean": "un booléen",
  "config.value.list": "une liste",
  "config.value.date": "une date",
  "config.value.table": "une table",
  "config.value.other": "une valeur d'un autre type",
  "config.encryptionRequired":
    'security.encryption_enabled : doit valoir true quand security.keyring_backend vaut "file", car le fichier des identifiants n\'est jamais écrit en clair ; réglez plutôt keyring_backend sur "system" ou "env".',
  "config.switchConflict":
    "{outerKey} : vaut {outer} mais {innerKey} vaut {inner} ; donnez-leur la même valeur ou supprimez l'une des deux.",
  "config.allowInsecure":
    "security.https.allow_insecure : vaut true, donc les requêtes en http:// simple sont permises vers les hôtes non bloqués ; à n'utiliser que pour le développement local.",
  "config.looseConfigMode":
    'security.filesystem.config_file_mode : "{mode}" laisse les autres utilisateurs lire les fichiers qui contiennent des secrets ; "0600" est recommandé.',
  "config.exists":
    "Le fichier de configuration « {path} » existe déjà. Passez --force pour le remplacer, ou --path pour écrire ailleurs.",
  "config.writeFailed":
    "Impossible d'écrire le fichier de configuration « {path} ». Vérifiez que son dossier est accessible en écriture.",
  "config.notCron": "{path} : {reason}",
};
