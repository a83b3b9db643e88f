import type { CatalogueOf } from "../catalogue-types.js";
import type { readerEn } from "../en/reader.js";

/** Reading an export, writing the output folder, saved reports. */
export const readerFr: CatalogueOf<typeof readerEn> = {
  "reader.warning.duplicateEntry":
    "« {path} » figure deux fois dans l'archive ; seule la première copie a été lue.",
  "reader.warning.shapeMismatch":
    "« {path} » porte le nom d'un fichier de données {named} mais contient des données {holds} ; il a été lu comme {holds}.",
  "reader.warning.duplicateHistory": {
    one: "{count} entrée d'historique figurait en double (même identifiant d'historique Trakt) et n'a été comptée qu'une fois.",
    other:
      "{count} entrées d'historique figuraient en double (mêmes identifiants d'historique Trakt) et n'ont été comptées qu'une fois.",
  },
  "reader.warning.listWithoutItems":
    "La liste « {name} » figure dans lists-lists.json, mais son fichier d'éléments ({file}) est absent ; elle n'a pas été exportée.",
  "reader.warning.truncated":
    "« {path} » contient exactement {entries} entrées, une taille de page de l'API Trakt : la sauvegarde n'a peut-être enregistré que sa première page. Comparez-la avec votre profil Trakt.",
  "reader.inputSymlink":
    "« {path} » est un lien symbolique ; passez plutôt le chemin réel de l'export.",
  "reader.notFileOrFolder":
    "« {path} » n'est ni un fichier ni un dossier. Passez un export de données Trakt (.zip) ou son dossier.",
  "reader.fileTooBig":
    "« {path} » fait {size} Mio, au-delà de la limite de {limit} Mio pour un fichier ; ce ne peut pas être un fichier d'export Trakt.",
  "reader.cannotListFolder":
    "Impossible de lister le dossier « {path} » : {reason}.",
  "reader.tooManyFiles":
    "Le dossier « {path} » contient plus de {limit} fichiers ; un export Trakt en compte bien moins. Indiquez à --from l'export lui-même.",
  "reader.totalTooBig":
    "« {path} » occuperait {size} Mio une fois décompressé, au-delà de la limite de {limit} Mio ; ce n'est pas un export Trakt plausible (ou c'est une bombe ZIP). Rien n'a été écrit.",
  "reader.tooManyEntries":
    "« {path} » contient plus de {limit} entrées ; un export Trakt en compte bien moins. Rien n'a été lu.",
  "reader.zipDamaged":
    "« {path} » est endommagé ou dangereux ({reason}). Téléchargez de nouveau l'export depuis Trakt.",
  "reader.entryTooBig":
    "« {path} » fait {size} Mio, au-delà de la limite de {limit} Mio pour un fichier. Remplacez-le par le fichier de votre export Trakt ; rien n'a été écrit.",
  "reader.entryInflation":
    "« {path} » se décompresse en {ratio} fois sa taille compressée, au-delà de la limite de {limit} (une bombe ZIP). Remplacez-le par le fichier de votre export Trakt ; rien n'a été écrit.",
  "reader.entryEncrypted":
    "« {path} » est chiffré. Remplacez-le par le fichier de votre export Trakt ; rien n'a été écrit.",
  "reader.entryNotRegular":
    "« {path} » n'est pas un fichier ordinaire (les liens et les fichiers spéciaux ne sont pas suivis). Remplacez-le par le fichier de votre export Trakt ; rien n'a été écrit.",
  "reader.entryCannotOpen":
    "« {path} » ne peut pas être ouvert ({reason}). Remplacez-le par le fichier de votre export Trakt ; rien n'a été écrit.",
  "reader.entryDamaged":
    "Impossible de lire « {path} » dans « {zip} » : {reason}. L'archive semble endommagée ; téléchargez de nouveau l'export depuis Trakt.",
  "reader.entrySizeMismatch":
    "« {path} » dans « {zip} » ne se décompresse pas en {declared} octets comme l'annonce son en-tête : l'archive est endommagée ou conçue pour tromper (une bombe ZIP). Téléchargez de nouveau l'export depuis Trakt ; rien n'a été écrit.",
  "reader.entryOverCap":
    "« {path} » dans « {zip} » dépasse {limit} Mio une fois décompressé, la limite pour un fichier (une bombe ZIP). Téléchargez de nouveau l'export depuis Trakt ; rien n'a été écrit.",
  "reader.tooDense":
    "« {path} » contient {containers} objets ou tableaux JSON en {bytes} octets : bien trop de valeurs minuscules pour des données Trakt. Utilisez les fichiers de votre export Trakt ; rien n'a été écrit.",
  "reader.notArray":
    "« {path} » devrait contenir un tableau JSON d'entrées {kind}, mais sa valeur est de type {type}. Téléchargez de nouveau l'export depuis Trakt ; rien n'a été écrit.",
  "writer.cannotInspect": "Impossible d'examiner « {path} » : {reason}.",
  "writer.outputSymlink":
    "Refus d'écrire dans « {path} » : c'est un lien symbolique, et les exports ne sont jamais écrits à travers un lien. Passez à --output un vrai dossier.",
  "writer.notAFolder":
    "Impossible d'écrire l'export dans « {path} » : ce chemin existe et n'est pas un dossier. Passez à --output le chemin d'un dossier.",
  "writer.outsideOutput":
    "Refus d'écrire « {path} » : ce chemin sort du dossier de sortie.",
  "writer.cannotStage":
    "Impossible de créer un dossier à côté de « {path} » : {reason}. Vérifiez que le dossier parent est accessible en écriture.",
  "writer.folderNotCreated":
    "Impossible de créer le dossier « {path} » : {reason}. Vérifiez que son dossier parent existe et est accessible en écriture.",
  "writer.settingFolderNotCreated":
    "Impossible de créer le dossier « {path} » ({setting}) : {reason}. Rendez son dossier parent accessible en écriture, ou indiquez dans {setting} un dossier qui l'est.",
  "writer.writeFailed":
    "Impossible d'écrire l'export dans « {path} » : {reason}. Rien n'y a été modifié.",
  "writer.notConfirmed":
    "L'export a été placé dans « {path} », mais le système n'a pas pu confirmer son enregistrement sur le disque ({reason}). Vérifiez le dossier avant d'importer ses fichiers.",
  "writer.rowTooLarge":
    "La ligne {row} de {file} fait {bytes} octets, trop pour un fichier d'au plus {limit} octets. Augmentez --max-bytes.",
  "writer.tooManyFolders":
    "Trop d'exports nommés « {name} » dans « {path} ». Passez à --output un dossier de votre choix.",
  "report.jobInternalError":
    "L'export a échoué à cause d'une erreur interne ; le journal du serveur en donne le détail.",
};
