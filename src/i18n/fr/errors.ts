import type { CatalogueOf } from "../catalogue-types.js";
import type { errorsEn } from "../en/errors.js";

/** Errors raised below the CLI; every detail of the English text is kept. */
export const errorsFr: CatalogueOf<typeof errorsEn> = {
  "usage.positiveInteger":
    "{flag} doit être un nombre entier supérieur à 0, pas « {value} ».",
  "usage.unknownOption":
    "Option inconnue « {option} ». Lancez « {path} --help » pour voir l'utilisation.",
  "usage.unknownOptionTop":
    "Option inconnue « {option} ». Lancez « {path} --help » pour voir l'utilisation. Les options se placent après la commande, comme dans « export-trakt export --from FICHIER ».",
  "usage.unknownOptionSuggestion":
    "Option inconnue « {option} » (vouliez-vous dire {suggestion} ?). Lancez « {path} --help » pour voir l'utilisation.",
  "usage.unknownOptionSuggestionTop":
    "Option inconnue « {option} » (vouliez-vous dire {suggestion} ?). Lancez « {path} --help » pour voir l'utilisation. Les options se placent après la commande, comme dans « export-trakt export --from FICHIER ».",
  "usage.unknownCommand":
    "Commande inconnue « {command} ». Lancez « {path} --help » pour voir l'utilisation.",
  "usage.unknownCommandSuggestion":
    "Commande inconnue « {command} » (vouliez-vous dire {suggestion} ?). Lancez « {path} --help » pour voir l'utilisation.",
  "usage.missingArgument":
    "Argument obligatoire « {argument} » manquant. Lancez « {path} --help » pour voir l'utilisation.",
  "usage.optionMissingArgument":
    "L'option « {option} » attend une valeur. Lancez « {path} --help » pour voir l'utilisation.",
  "usage.missingMandatoryOption":
    "L'option obligatoire « {option} » n'est pas indiquée. Lancez « {path} --help » pour voir l'utilisation.",
  "usage.invalidChoice":
    "La valeur « {value} » de l'option « {option} » n'est pas valide. Valeurs possibles : {choices}. Lancez « {path} --help » pour voir l'utilisation.",
  "usage.timezone":
    "--timezone « {value} » n'est pas un fuseau horaire IANA connu. Utilisez un nom comme « Europe/Paris », « America/New_York » ou « UTC ».",
  "usage.exportUnknown":
    "--export « {value} » ne fait pas partie de ce que cet outil exporte. Donnez une liste séparée par des virgules parmi {kinds}, ou « all ».",
  "usage.exportEmpty":
    "--export demande au moins un élément parmi {kinds}, ou « all ».",
  "usage.since":
    "--since « {value} » n'est pas une date du calendrier. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2024-01-31.",
  "usage.outputEmpty":
    "--output est vide. Indiquez le dossier à écrire, par exemple --output exports/letterboxd.",
  "usage.maxBytesTooSmall":
    "--max-bytes doit valoir au moins {minimum}, pas {value}.",
  "usage.userWithFrom":
    "--user exporte depuis l'API Trakt et ne peut pas être combiné avec --from ; retirez l'une des deux options.",
  "usage.outputContainsInput":
    "--output « {output} » contient l'entrée « {input} » : y écrire pourrait détruire l'export en cours de lecture. Choisissez un autre dossier --output.",
  "input.missing":
    "Impossible d'ouvrir « {path} » : ce chemin n'existe pas. Passez à --from le chemin de votre export de données Trakt (un fichier .zip ou le dossier obtenu en le décompressant).",
  "input.cannotOpen":
    "Impossible d'ouvrir « {path} » : {reason}. Passez à --from le chemin de votre export de données Trakt (un fichier .zip ou le dossier obtenu en le décompressant).",
  "input.notZip":
    "« {path} » n'est ni une archive ZIP, ni un dossier, ni un fichier .json/.txt. Passez votre export de données Trakt (.zip) ou une sauvegarde de l'API brute.",
  "input.unreadableZip":
    "« {path} » n'est pas une archive ZIP lisible ({reason}). Téléchargez de nouveau l'export depuis Trakt.",
  "input.notJson":
    "« {path} » n'est pas du JSON valide ({reason}). Téléchargez de nouveau l'export depuis Trakt ; rien n'a été écrit.",
  "input.noFilmData":
    "Aucune donnée de film Trakt trouvée dans « {path} » (fichiers examinés : {files}). Passez le ZIP de la page « Export your data » de Trakt, ou un dossier contenant des fichiers comme watched-history.json et ratings-movies.json.",
  "output.notEmpty":
    "Le dossier de sortie « {path} » contient déjà des fichiers. Choisissez un autre --output, ou passez --force pour remplacer son contenu.",
  "output.notAnExport":
    "Refus de remplacer « {path} » : --force ne remplace qu'un export précédent (un dossier contenant le report.json de cet outil), et ce dossier contient d'autres fichiers. Choisissez un dossier --output vide ou nouveau.",
  "credentials.noClientId":
    "Aucun identifiant client Trakt n'est défini. Placez les valeurs de votre application, disponibles sur https://app.trakt.tv/settings/apps, dans le stockage des identifiants (« export-trakt credentials set »), dans le fichier de configuration ([trakt] client_id), ou dans {idVariable} et {secretVariable} ; ou utilisez plutôt --from avec un export de données Trakt.",
  "credentials.noClientSecret":
    "La connexion à Trakt a besoin du secret client de l'application. Mettez dans {secretVariable} le secret affiché sur https://app.trakt.tv/settings/apps.",
  "credentials.noLogin":
    "Aucune connexion Trakt n'est enregistrée. Lancez « export-trakt auth » pour vous connecter, ou passez --user NOM pour exporter un profil public.",
  "credentials.noClientForTokens":
    "Impossible d'enregistrer les jetons Trakt sans l'identifiant et le secret client de l'application. Lancez d'abord « export-trakt credentials set ».",
  "credentials.unknownDeviceCode":
    "Trakt ne connaît pas ce code d'appareil. Relancez « export-trakt auth ».",
  "credentials.deviceCodeUsed":
    "Ce code d'appareil a déjà servi. Relancez « export-trakt auth » pour en obtenir un nouveau.",
  "credentials.loginDenied":
    "La connexion a été refusée sur Trakt. Relancez « export-trakt auth » et approuvez-la pour continuer.",
  "credentials.deviceCodeExpired":
    "Le code d'appareil a expiré avant d'être approuvé. Relancez « export-trakt auth » et saisissez le code dans le délai indiqué.",
  "trakt.status401":
    "{method} {path} a échoué avec HTTP {status}{detail}. Trakt n'a pas accepté la connexion. Lancez « export-trakt auth » pour vous reconnecter.",
  "trakt.status423":
    "{method} {path} a échoué avec HTTP {status}{detail}. Le compte Trakt est verrouillé ou désactivé ; connectez-vous sur trakt.tv pour régler cela, puis réessayez.",
  "trakt.status426":
    "{method} {path} a échoué avec HTTP {status}{detail}. Cela nécessite Trakt VIP ; passez le compte en VIP sur trakt.tv, ou exportez plutôt depuis votre export de données avec --from.",
  "record.symlink": "c'est un lien symbolique",
  "record.notRegular": "ce n'est pas un fichier ordinaire",
  "record.tooLarge": "il dépasse {limit} octets",
};
