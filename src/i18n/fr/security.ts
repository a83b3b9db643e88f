import type { CatalogueOf } from "../catalogue-types.js";
import type { securityEn } from "../en/security.js";

/** Refusals and errors of the security layer and the credential store. */
export const securityFr: CatalogueOf<typeof securityEn> = {
  "guard.access.read": "de lire",
  "guard.access.write": "d'écrire",
  "guard.access.create": "de créer",
  "guard.emptyPath":
    "Refus {access} « {path} » : le chemin est vide. Indiquez un nom de fichier ou de dossier.",
  "guard.nul":
    "Refus {access} « {path} » : il contient un caractère NUL. Donnez le chemin en texte simple.",
  "guard.encoded":
    "Refus {access} « {path} » : il contient des caractères de chemin encodés pour une URL (%2e, %2f, %5c). Donnez le chemin en texte simple.",
  "guard.outside":
    "Refus {access} « {path} » : il se trouve hors des dossiers autorisés ({folders}). Placez-le dans l'un d'eux ou ajoutez son dossier à security.filesystem.allowed_base_paths.",
  "guard.restricted":
    "Refus {access} « {path} » : il se trouve dans le dossier protégé « {folder} ». Choisissez un chemin hors de ce dossier.",
  "guard.symlink":
    "Refus {access} « {path} » : « {link} » est un lien symbolique. Utilisez le vrai dossier, ou réglez security.filesystem.check_symlinks = false.",
  "guard.tooLarge":
    "Refus de lire « {path} » : il fait {size} octets, au-delà de la limite de {limit} octets (security.filesystem.max_file_size). Utilisez un fichier plus petit ou relevez la limite.",
  "guard.cannotOpen":
    "Impossible d'ouvrir « {path} » : {reason}. Vérifiez que le fichier existe, qu'il est lisible et que ce n'est pas un lien symbolique.",
  "guard.notFile":
    "Refus de lire « {path} » : ce n'est pas un fichier ordinaire. Donnez le chemin d'un fichier.",
  "guard.notFolder":
    "Refus de créer « {path} » : « {prefix} » existe et n'est pas un dossier. Supprimez-le ou choisissez un autre chemin.",
  "guard.existsNotFile":
    "Refus d'écrire « {path} » : il existe et n'est pas un fichier ordinaire. Supprimez-le ou choisissez un autre nom.",
  "guard.writeFailed":
    "Impossible d'écrire « {path} » : {reason}. Vérifiez que le dossier est accessible en écriture et qu'il reste de la place.",
  "guard.checkNotFile":
    "Refus de vérifier « {path} » : ce n'est pas un fichier ordinaire. Remplacez-le par le fichier lui-même.",
  "guard.checkNotFolder":
    "Refus de vérifier « {path} » : ce n'est pas un dossier. Remplacez-le par un vrai dossier.",
  "guard.modeTooOpen":
    "Refus d'utiliser « {path} » : son mode {mode} permet aux autres utilisateurs de le lire. Lancez « export-trakt validate --security --fix » ou « chmod {wanted} {path} », puis réessayez.",
  "guard.modeWarning":
    "« {path} » a le mode {mode}, les autres utilisateurs peuvent donc le lire. Lancez « export-trakt validate --security --fix » pour le passer à {wanted}.",
  "guard.chmodFileLink":
    "Refus de changer le mode de « {path} » : impossible de l'ouvrir comme fichier sans suivre de lien. Vérifiez que ce n'est pas un lien symbolique.",
  "guard.chmodFolderLink":
    "Refus de changer le mode de « {path} » : impossible de l'ouvrir comme dossier sans suivre de lien. Vérifiez que ce n'est pas un lien symbolique.",
  "guard.chmodNotFile":
    "Refus de changer le mode de « {path} » : ce n'est plus un fichier.",
  "guard.chmodNotFolder":
    "Refus de changer le mode de « {path} » : ce n'est plus un dossier.",
  "https.invalidUrl":
    "Refus de contacter « {url} » : ce n'est pas une URL absolue valide. Donnez une URL comme https://api.trakt.tv/.",
  "https.scheme":
    "Refus de contacter « {url} » : seules les URL https sont admises, pas « {scheme} ». Utilisez une URL https://.",
  "https.credentialsInUrl":
    "Refus de contacter « {url} » : l'URL contient un nom d'utilisateur ou un mot de passe. Retirez-les de l'URL ; les identifiants passent par les en-têtes.",
  "https.blockedHost":
    "Refus de contacter « {url} » : l'hôte « {host} » figure dans security.https.blocked_hosts.",
  "https.hostNotAllowed":
    "Refus de contacter « {url} » : l'hôte « {host} » ne figure pas dans security.https.allowed_hosts. Ajoutez-y ce nom d'hôte exact s'il est de confiance.",
  "https.plainHttp":
    "Refus de contacter « {url} » : le http non chiffré n'est pas autorisé. Utilisez https://, ou réglez security.https.require_https = false pour un serveur de développement.",
  "https.tooLarge":
    "Refus de la réponse de « {url} » : elle dépasse {limit} octets.",
  "https.tooManyRedirects":
    "Refus de suivre plus de {limit} redirections depuis « {url} » (security.https.max_redirects). Le serveur est peut-être mal configuré.",
  "https.timeout":
    "{request} : délai dépassé après {timeout} ms. Vérifiez la connexion, ou relevez security.https.timeout.",
  "https.failed":
    "{request} a échoué : {reason}. Vérifiez la connexion réseau et que le serveur est joignable.",
  "https.untrustedCertificate":
    "{request} a échoué : le certificat du serveur n'est pas reconnu comme fiable ({reason}). Vérifiez l'horloge du système et tout proxy qui intercepte le HTTPS ; pour un serveur doté de sa propre autorité de certification, passez --ca-file avec le fichier de cette autorité.",
  "https.tlsVersion":
    "{request} a échoué : le serveur et cet outil n'ont aucune version de TLS en commun à partir de {version}. Utilisez un serveur qui propose {version} ou plus récent, ou abaissez security.https.tls_min_version si vous faites confiance à celui-ci.",
  "https.readFailed":
    "La lecture de la réponse de « {url} » a échoué ou a expiré. Vérifiez la connexion et réessayez.",
  "limit.reached":
    "Limite de débit atteinte pour « {service} » : la prochaine requête ne pourrait partir que dans {wait} ms, au-delà des {timeout} ms d'attente admises. Réessayez plus tard ou relevez security.rate_limit.limits.{service}.",
  "store.decryptFailed":
    "Impossible de déchiffrer le fichier des identifiants « {path} » : {reason}. Le fichier n'a pas été modifié. Restaurez-le depuis une sauvegarde, ou supprimez-le avec « export-trakt credentials delete » et enregistrez de nouveau les identifiants avec « export-trakt credentials set ».",
  "store.reason.notEncrypted":
    "ce n'est pas un fichier chiffré par export-trakt",
  "store.reason.truncated":
    "il est tronqué ({size} octets, alors que même un fichier chiffré vide en fait {minimum})",
  "store.reason.version":
    "il utilise la version {version} du format, et cette version d'export-trakt ne lit que le format {supported} ; utilisez la version d'export-trakt qui l'a écrit",
  "store.reason.headerDamaged":
    "son en-tête est abîmé ou a été modifié (valeurs de champ inconnues)",
  "store.reason.keyMismatch": "la clé ne correspond pas",
  "store.reason.wrongEnvKey":
    "il a été chiffré avec une autre clé que celle de ENCRYPTION_KEY",
  "store.reason.wrongPassphrase":
    "il a été chiffré avec une autre clé que celle de la phrase secrète (scrypt)",
  "store.reason.wrongKeyFile":
    "il a été chiffré avec une autre clé que celle du fichier de clé « {keyFile} »",
  "store.reason.damaged":
    "il est abîmé, tronqué ou a été modifié (le contrôle d'intégrité a échoué)",
  "store.reason.tooLarge":
    "il fait {size} octets, bien plus qu'un fichier d'identifiants",
  "store.reason.holdsData":
    "il contient des données exportées, pas des identifiants",
  "store.reason.invalidRecord":
    "il se déchiffre, mais l'enregistrement qu'il contient n'est pas valide ({fields})",
  "store.reason.notJsonRecord":
    "il se déchiffre, mais l'enregistrement qu'il contient n'est pas valide (ce n'est pas un objet JSON)",
  "store.readFailed":
    "Impossible de lire le fichier des identifiants « {path} ». Vérifiez que c'est un fichier que vous pouvez lire.",
  "store.writeFailed":
    "Impossible d'écrire le fichier des identifiants « {path} » ; le fichier précédent, s'il existe, est inchangé. Vérifiez que le dossier est accessible en écriture et que le disque n'est pas plein.",
  "store.deleteFailed":
    "Impossible de supprimer le fichier des identifiants « {path} ». Vérifiez ses permissions et supprimez-le à la main.",
  "store.keyNotBase64":
    "{variable} n'est pas du base64 valide. Ce doit être l'encodage base64 d'exactement {length} octets aléatoires ; créez-en un avec « openssl rand -base64 32 ».",
  "store.keyWrongLength":
    "{variable} donne {bytes} octets une fois décodé, alors que ce doit être l'encodage base64 d'exactement {length} octets ; créez-en un avec « openssl rand -base64 32 ».",
  "store.keyFileNotBase64":
    "Le fichier de clé « {path} » n'est pas du base64 valide. Ce doit être l'encodage base64 d'exactement {length} octets aléatoires ; créez-en un avec « openssl rand -base64 32 ».",
  "store.keyFileWrongLength":
    "Le fichier de clé « {path} » donne {bytes} octets une fois décodé, alors que ce doit être l'encodage base64 d'exactement {length} octets ; créez-en un avec « openssl rand -base64 32 ».",
  "store.emptyPassphrase":
    "La phrase secrète est vide. Saisissez une phrase secrète, ou définissez plutôt ENCRYPTION_KEY.",
  "store.noPassphrase":
    "Une phrase secrète est nécessaire, mais {variable} n'est pas définie et il n'y a pas de terminal pour la demander. Définissez {variable}, ou lancez la commande dans un terminal.",
  "store.keyFileLink":
    "Le fichier de clé « {path} » est un lien symbolique, et les fichiers de clé ne sont jamais lus à travers un lien. Remplacez-le par le fichier de clé lui-même.",
  "store.keyFileUnreadable":
    "Impossible de lire le fichier de clé « {path} ». Vérifiez que c'est un fichier ordinaire que vous pouvez lire.",
  "store.keyFileEmpty":
    "Le fichier de clé « {path} » ne contient aucune clé. Restaurez-le depuis une sauvegarde ; sans lui, le fichier des identifiants ne peut pas être ouvert.",
  "store.keyFileMissing":
    "Ce fichier a été chiffré avec le fichier de clé « {path} », qui est absent. Restaurez le fichier de clé depuis une sauvegarde.",
  "store.keyFileCreateFailed":
    "Impossible de créer le fichier de clé « {path} ». Vérifiez que le dossier est accessible en écriture.",
  "store.envKeyMissing":
    "Ce fichier a été chiffré avec ENCRYPTION_KEY, qui n'est pas définie. Donnez à ENCRYPTION_KEY la clé utilisée lors de son écriture.",
  "store.noSalt":
    "L'en-tête de la phrase secrète n'a pas de sel. Restaurez le fichier depuis une sauvegarde.",
  "store.passphrasesDiffer":
    "Les deux phrases secrètes diffèrent ; rien n'a été modifié. Relancez la commande.",
  "store.prompt.passphrase": "Phrase secrète : ",
  "store.prompt.newPassphrase": "Nouvelle phrase secrète : ",
  "store.prompt.newPassphraseAgain": "Nouvelle phrase secrète, de nouveau : ",
  "store.prompt.clientId": "Client ID Trakt : ",
  "store.prompt.clientSecret": "Client secret Trakt : ",
  "store.envMissingOne":
    "Certaines variables Trakt sont définies, mais pas {variable}. Définissez-la aussi, ou utilisez un autre keyring_backend.",
  "store.envMissingBoth":
    "Certaines variables Trakt sont définies, mais ni TRAKT_CLIENT_ID ni TRAKT_CLIENT_SECRET ne le sont. Définissez-les aussi, ou utilisez un autre keyring_backend.",
  "store.envCannotPersist":
    'Le stockage env ne peut pas enregistrer d\'identifiants : un jeton d\'accès renouvelé est perdu à la fin de cette exécution, et l\'ancien, dans TRAKT_ACCESS_TOKEN, cessera de fonctionner. Réglez keyring_backend = "file" ou "system" dans [security] pour le conserver.',
  "store.envNothingToDelete":
    "Le stockage env ne contient rien à supprimer : retirez plutôt TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN et TRAKT_REFRESH_TOKEN de votre shell ou de la définition du service.",
  "store.envCannotSet":
    'Le stockage env ne peut pas enregistrer d\'identifiants. Exportez vous-même TRAKT_CLIENT_ID et TRAKT_CLIENT_SECRET, ou réglez keyring_backend = "file" ou "system" dans [security] du fichier de configuration.',
  "store.envCannotMigrate":
    "Le stockage env ne peut pas enregistrer d'identifiants. Pour l'utiliser, exportez vous-même TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN et TRAKT_REFRESH_TOKEN, puis réglez keyring_backend = \"env\".",
  "store.keyringInvalid":
    "L'entrée du trousseau du système (service « {service} », utilisateur « {user} ») n'est pas un enregistrement export-trakt valide. Supprimez-la avec « export-trakt credentials delete » et enregistrez de nouveau les identifiants avec « export-trakt credentials set ».",
  "store.keyringReadFailed":
    'Impossible de joindre le trousseau du système pour lire les identifiants ({reason}). Sur une machine sans service de trousseau (serveur, conteneur ou WSL), réglez keyring_backend = "file" dans [security] du fichier de configuration et enregistrez de nouveau les identifiants avec « export-trakt credentials set ».',
  "store.keyringStoreFailed":
    'Impossible de joindre le trousseau du système pour enregistrer les identifiants ({reason}). Sur une machine sans service de trousseau (serveur, conteneur ou WSL), réglez keyring_backend = "file" dans [security] du fichier de configuration et enregistrez de nouveau les identifiants avec « export-trakt credentials set ».',
  "store.keyringDeleteFailed":
    'Impossible de joindre le trousseau du système pour supprimer les identifiants ({reason}). Sur une machine sans service de trousseau (serveur, conteneur ou WSL), réglez keyring_backend = "file" dans [security] du fichier de configuration et enregistrez de nouveau les identifiants avec « export-trakt credentials set ».',
  "store.emptyClient":
    "L'identifiant client et le secret client doivent tous deux être non vides ; rien n'a été enregistré. Copiez-les depuis la page de votre application sur trakt.tv.",
  "store.fileModeOpen":
    "Le fichier des identifiants « {path} » a le mode {mode}, d'autres utilisateurs peuvent donc y accéder ; lancez « chmod 600 » dessus.",
  "store.nothingToRotate":
    "Il n'y a pas d'identifiants dans « {path} » à chiffrer de nouveau. Enregistrez-les d'abord avec « export-trakt credentials set ».",
  "store.rotateNeedsFile":
    "rotate-key chiffre de nouveau le fichier des identifiants, mais keyring_backend vaut « {backend} ». Le trousseau du système chiffre avec votre session, et le stockage env n'enregistre rien ; pour renouveler les secrets Trakt eux-mêmes, lancez « export-trakt credentials set ».",
  "store.newKeyMissing":
    "Donnez à NEW_ENCRYPTION_KEY la nouvelle clé (créez-en une avec « openssl rand -base64 32 »), relancez la rotation, puis remplacez ENCRYPTION_KEY par cette clé.",
  "store.passphraseTooShort": {
    one: "La nouvelle phrase secrète a {count} caractère ; il en faut au moins {minimum}, car une phrase courte se devine, même à travers scrypt. Rien n'a été modifié.",
    other:
      "La nouvelle phrase secrète a {count} caractères ; il en faut au moins {minimum}, car une phrase courte se devine, même à travers scrypt. Rien n'a été modifié.",
  },
  "store.noNewPassphrase":
    "Une nouvelle phrase secrète est nécessaire, mais NEW_ENCRYPTION_PASSPHRASE n'est pas définie et il n'y a pas de terminal pour la demander. Définissez NEW_ENCRYPTION_PASSPHRASE, ou lancez la commande dans un terminal.",
  "store.replaceEnvKey":
    "Remplacez dès maintenant ENCRYPTION_KEY par la valeur de NEW_ENCRYPTION_KEY ; l'ancienne clé n'ouvre plus le fichier des identifiants.",
  "store.replacePassphrase":
    "Remplacez dès maintenant ENCRYPTION_PASSPHRASE par la nouvelle phrase secrète ; l'ancienne n'ouvre plus le fichier des identifiants.",
  "store.keyFileUnused":
    "Le fichier de clé « {path} » n'est plus nécessaire pour les identifiants ; gardez-le seulement si des fichiers .enc exportés l'utilisent encore.",
  "store.alreadyInBackend":
    "Les identifiants sont déjà dans le stockage {backend}. Passez un autre stockage à --to.",
  "store.nothingToMigrate":
    "Il n'y a pas d'identifiants à déplacer dans le stockage {backend} ({location}). Enregistrez-les avec « export-trakt credentials set ».",
  "store.copyMismatch":
    "La copie dans le stockage {destination} ({location}) ne se relit pas à l'identique ; les originaux du stockage {source} ont été conservés.",
  "store.setBackend":
    'Réglez keyring_backend = "{backend}" dans [security] du fichier de configuration pour que la prochaine exécution lise le nouvel emplacement.',
  "decrypt.readFailed":
    "Impossible de lire « {path} ». Vérifiez le chemin et que vous pouvez lire le fichier.",
  "decrypt.tooLarge":
    "« {path} » fait {size} octets, plus que tout export écrit par cet outil ({limit}). Vérifiez le chemin.",
  "decrypt.failed":
    "Impossible de déchiffrer « {path} » : {reason}. Le fichier n'a pas été modifié.",
  "decrypt.holdsCredentials":
    "c'est un fichier d'identifiants, pas un fichier de données exportées ; utilisez « export-trakt credentials status » pour examiner les identifiants",
  "decrypt.noEncSuffix":
    "« {path} » ne se termine pas par « .enc », il n'y a donc pas de nom de sortie par défaut. Passez --output CHEMIN, ou --output - pour la sortie standard.",
  "decrypt.outputExists":
    "« {path} » existe déjà. Passez --force pour le remplacer, ou --output pour écrire ailleurs.",
  "decrypt.writeFailed":
    "Impossible d'écrire le fichier déchiffré « {path} ». Vérifiez que le dossier existe et est accessible en écriture.",
  "decrypt.done": "« {input} » déchiffré vers « {output} » ({bytes} octets).",
};
