import type { CatalogueOf } from "../catalogue-types.js";
import type { helpEn } from "../en/help.js";

/** `--help`: command descriptions, option and argument help, headings. */
export const helpFr: CatalogueOf<typeof helpEn> = {
  "help.program":
    "Transforme votre historique de films Trakt.tv en fichiers que Letterboxd sait importer.",
  "help.version": "affiche la version et quitte",
  "help.help": "affiche l'aide d'une commande",
  "help.helpCommand": "affiche l'aide d'une commande",
  "help.title.usage": "Utilisation :",
  "help.title.arguments": "Arguments :",
  "help.title.options": "Options :",
  "help.title.commands": "Commandes :",
  "help.title.globalOptions": "Options globales :",
  "help.extra.default": "par défaut : {value}",
  "help.extra.choices": "valeurs possibles : {choices}",
  "help.common.config": "fichier de configuration (TOML)",
  "help.common.quiet": "n'affiche que les avertissements et les erreurs",
  "help.common.verbose": "affiche plus de détails sur stderr",
  "help.trakt.apiBaseUrl":
    "adresse de l'API Trakt (par défaut {url}) ; une URL http:// en boucle locale vise un bac à sable local",
  "help.trakt.authBaseUrl":
    "adresse OAuth de Trakt (par défaut {url}, ou l'adresse de l'API si elle est en boucle locale)",
  "help.trakt.caFile":
    "autorité de certification (PEM) supplémentaire à accepter, par exemple celle d'un bac à sable lancé avec --tls",
  "help.export": "Convertit vos données Trakt en fichiers d'import Letterboxd.",
  "help.export.from":
    "export de données Trakt : le .zip, son dossier décompressé ou une sauvegarde de l'API brute",
  "help.export.user":
    "sans --from : exporte ce profil Trakt public (seul l'identifiant client est nécessaire)",
  "help.export.timezone":
    "fuseau horaire des dates de visionnage (par défaut : celui du compte, sinon celui de cet ordinateur)",
  "help.export.historyMode":
    "une ligne par visionnage (individual, par défaut) ou par film (aggregated)",
  "help.export.export":
    "ce qu'il faut écrire : {kinds} ou all (par défaut : {defaults})",
  "help.export.since":
    "seulement les visionnages à partir de cette date locale (AAAA-MM-JJ), ou « last » : seulement ce que le dernier export ne contenait pas",
  "help.export.maxRows": "nombre maximal de lignes par fichier",
  "help.export.maxBytes": "taille maximale d'un fichier, en octets",
  "help.export.spreadsheetSafe":
    "préfixe les cellules commençant par = + - @ (modifie les titres)",
  "help.export.output":
    "dossier à écrire (par défaut : exports/export_<date>_<heure>)",
  "help.export.force":
    "remplace un export précédent dans un dossier --output non vide",
  "help.export.encrypt":
    "écrit des fichiers chiffrés .csv.enc (et report.json.enc) ; decrypt les restaure",
  "help.export.dryRun": "fait tout sauf écrire les fichiers",
  "help.export.json": "affiche le rapport en JSON sur stdout",
  "help.schedule":
    "Relance l'export à chaque moment que désigne une planification cron.",
  "help.schedule.cron":
    "cinq champs cron comme « 30 2 * * * », ou @daily (par défaut : [schedule] cron de la configuration)",
  "help.auth":
    "se connecte à Trakt avec un code d'appareil et enregistre les jetons",
  "help.token":
    "affiche, renouvelle, révoque ou oublie la connexion Trakt enregistrée",
  "help.token.status":
    "indique si une connexion est enregistrée et quand elle expire",
  "help.token.refresh": "obtient tout de suite une nouvelle paire de jetons",
  "help.token.revoke":
    "se déconnecte de Trakt et oublie les jetons sur cette machine",
  "help.token.clear": "oublie les jetons sur cette machine sans prévenir Trakt",
  "help.statusJson": "affiche l'état en JSON sur stdout",
  "help.serve": "Lance le tableau de bord web local.",
  "help.serve.host": "adresse d'écoute",
  "help.serve.port": "port d'écoute",
  "help.serve.allowRemote":
    "autorise un --host autre que l'adresse de boucle locale",
  "help.serve.tlsCert": "sert en HTTPS avec ce certificat PEM",
  "help.serve.tlsKey": "clé privée (PEM) de --tls-cert",
  "help.serve.exports":
    "dossier des exports (par défaut : [export] output_dir de la configuration)",
  "help.serve.maxUploadMb": "taille maximale d'un envoi, en Mo",
  "help.credentials": "examine et gère les identifiants Trakt enregistrés",
  "help.credentials.status":
    "affiche le stockage utilisé, ce qui est enregistré et la date d'expiration",
  "help.credentials.set":
    "enregistre l'identifiant et le secret client Trakt, lus depuis une invite ou stdin (jamais depuis les arguments)",
  "help.credentials.rotateKey":
    "chiffre de nouveau le fichier d'identifiants avec une nouvelle clé",
  "help.credentials.rotateKey.to": "d'où vient la nouvelle clé",
  "help.credentials.migrate": "déplace les identifiants vers un autre stockage",
  "help.credentials.migrate.to": "le stockage de destination",
  "help.credentials.delete": "supprime les identifiants enregistrés",
  "help.config":
    "crée le fichier de configuration, ou convertit celui de l'outil Go",
  "help.config.init":
    "écrit un fichier de configuration commenté avec les réglages sûrs par défaut",
  "help.config.init.path":
    "où l'écrire (par défaut : votre dossier de configuration)",
  "help.config.init.force": "remplace un fichier existant",
  "help.config.migrate":
    "convertit le config.toml de l'outil Go au format de cet outil",
  "help.config.migrate.oldConfig": "le config.toml de l'outil Go",
  "help.config.migrate.output":
    "où écrire (par défaut : export-trakt.toml à côté)",
  "help.config.migrate.force": "remplace un fichier existant à --output",
  "help.security": "montre comment la couche de sécurité est configurée",
  "help.security.status":
    "chiffrement, stockage, chiffres de l'audit, limites de débit, contrôle des droits",
  "help.security.json": "affiche l'état en JSON sur la sortie standard",
  "help.validate":
    "vérifie la configuration ; avec --security, note l'installation",
  "help.validate.security":
    "note la sécurité de l'installation : haute, moyenne ou basse",
  "help.validate.fix":
    "avec --security : corrige les droits des fichiers secrets",
  "help.validate.json": "affiche le résultat en JSON sur la sortie standard",
  "help.audit": "affiche le journal d'audit de sécurité",
  "help.audit.since": "seulement les événements à partir de cette date",
  "help.audit.type":
    "seulement ces types d'événements (séparés par des virgules)",
  "help.audit.severity":
    "seulement les événements de cette gravité ou d'une gravité supérieure",
  "help.audit.json": "affiche les événements en JSON",
  "help.audit.verify":
    "vérifie qu'aucune ligne d'audit n'a été modifiée, insérée ou supprimée",
  "help.decrypt": "déchiffre un fichier .enc exporté",
  "help.decrypt.file": "le fichier chiffré",
  "help.decrypt.output":
    "où l'écrire (« - » pour stdout ; par défaut : le nom sans .enc)",
  "help.decrypt.force": "remplace un fichier de sortie existant",
  "help.sandbox":
    "lance un serveur local compatible avec Trakt pour les tests et les démonstrations (ce n'est pas Trakt)",
  "help.sandbox.data":
    "données Trakt à servir : un export de données (.zip ou dossier) ou un fichier JSON de type SandboxData",
  "help.sandbox.host": "adresse de boucle locale d'écoute",
  "help.sandbox.port": "port d'écoute ; 0 en choisit un libre",
  "help.sandbox.allowRemote":
    "autorise un --host qui n'est pas une adresse de boucle locale",
  "help.sandbox.latency": "retarde chaque réponse de MS millisecondes",
  "help.sandbox.faults": "injecte des pannes (syntaxe : docs/sandbox.md)",
  "help.sandbox.tls": "sert en HTTPS avec un certificat créé au démarrage",
  "help.sandbox.autoApprove":
    "approuve les codes d'appareil au bout d'un instant",
  "help.health":
    "Vérifie que le planificateur tourne et que ses exécutions réussissent ; sort avec le code 1 sinon (pour les contrôles de santé des conteneurs).",
  "help.health.json": "affiche l'état et le verdict en JSON",
  "help.health.maxFailures":
    "nombre d'échecs consécutifs à partir duquel l'état est jugé mauvais",
  "help.config.migrate.replace":
    "écrit la nouvelle configuration à la place de l'ancienne et conserve l'ancien fichier sous <ancienne-config>.go-backup",
};
