import type { CatalogueOf } from "../catalogue-types.js";
import type { readerEn } from "../en/reader.js";

/** Reading an export, writing the output folder, saved reports. */
export const readerEs: CatalogueOf<typeof readerEn> = {
  "reader.warning.duplicateEntry":
    "«{path}» aparece dos veces en el archivo comprimido; solo se leyó la primera copia.",
  "reader.warning.shapeMismatch":
    "«{path}» tiene nombre de archivo de datos {named}, pero contiene datos {holds}; se leyó como {holds}.",
  "reader.warning.duplicateHistory": {
    one: "{count} entrada del historial aparecía dos veces (mismo id de historial de Trakt) y se contó una sola vez.",
    other:
      "{count} entradas del historial aparecían dos veces (mismos ids de historial de Trakt) y se contaron una sola vez.",
  },
  "reader.warning.listWithoutItems":
    "La lista «{name}» figura en lists-lists.json, pero falta su archivo de elementos ({file}); no se exportó.",
  "reader.warning.truncated":
    "«{path}» contiene exactamente {entries} entradas, un tamaño de página de la API de Trakt: puede que la copia de seguridad solo guardara su primera página. Compárela con su perfil de Trakt.",
  "reader.inputSymlink":
    "«{path}» es un enlace simbólico; pase en su lugar la ruta real de la exportación.",
  "reader.notFileOrFolder":
    "«{path}» no es ni un archivo ni una carpeta. Pase una exportación de datos de Trakt (.zip) o su carpeta.",
  "reader.fileTooBig":
    "«{path}» ocupa {size} MiB, por encima del límite de {limit} MiB por archivo; no puede ser un archivo de exportación de Trakt.",
  "reader.cannotListFolder":
    "No se puede listar la carpeta «{path}»: {reason}.",
  "reader.tooManyFiles":
    "La carpeta «{path}» contiene más de {limit} archivos; una exportación de Trakt tiene muchos menos. Indique en --from la exportación misma.",
  "reader.totalTooBig":
    "«{path}» ocuparía {size} MiB al descomprimirse, por encima del límite de {limit} MiB; no es una exportación de Trakt plausible (o es una bomba ZIP). No se ha escrito nada.",
  "reader.tooManyEntries":
    "«{path}» contiene más de {limit} entradas; una exportación de Trakt tiene muchas menos. No se ha leído nada.",
  "reader.zipDamaged":
    "«{path}» está dañado o no es seguro ({reason}). Vuelva a descargar la exportación desde Trakt.",
  "reader.entryTooBig":
    "«{path}» ocupa {size} MiB, por encima del límite de {limit} MiB por archivo. Sustitúyalo por el archivo de su exportación de Trakt; no se ha escrito nada.",
  "reader.entryInflation":
    "«{path}» se descomprime a {ratio} veces su tamaño comprimido, por encima del límite de {limit} (una bomba ZIP). Sustitúyalo por el archivo de su exportación de Trakt; no se ha escrito nada.",
  "reader.entryEncrypted":
    "«{path}» está cifrado. Sustitúyalo por el archivo de su exportación de Trakt; no se ha escrito nada.",
  "reader.entryNotRegular":
    "«{path}» no es un archivo normal (no se siguen enlaces ni archivos especiales). Sustitúyalo por el archivo de su exportación de Trakt; no se ha escrito nada.",
  "reader.entryCannotOpen":
    "«{path}» no se puede abrir ({reason}). Sustitúyalo por el archivo de su exportación de Trakt; no se ha escrito nada.",
  "reader.entryDamaged":
    "No se puede leer «{path}» de «{zip}»: {reason}. El archivo comprimido parece dañado; vuelva a descargar la exportación desde Trakt.",
  "reader.entrySizeMismatch":
    "«{path}» en «{zip}» no se descomprime a los {declared} bytes que declara su cabecera: el archivo comprimido está dañado o hecho para engañar (una bomba ZIP). Vuelva a descargar la exportación desde Trakt; no se ha escrito nada.",
  "reader.entryOverCap":
    "«{path}» en «{zip}» supera los {limit} MiB al descomprimirse, el límite por archivo (una bomba ZIP). Vuelva a descargar la exportación desde Trakt; no se ha escrito nada.",
  "reader.tooDense":
    "«{path}» contiene {containers} objetos o arrays JSON en {bytes} bytes, demasiados valores diminutos para ser datos de Trakt. Use los archivos de su exportación de Trakt; no se ha escrito nada.",
  "reader.notArray":
    "«{path}» debería contener un array JSON de entradas {kind}, pero contiene un valor de tipo {type}. Vuelva a descargar la exportación desde Trakt; no se ha escrito nada.",
  "writer.cannotInspect": "No se puede examinar «{path}»: {reason}.",
  "writer.outputSymlink":
    "No se escribe en «{path}»: es un enlace simbólico, y las exportaciones nunca se escriben a través de enlaces. Pase con --output una carpeta real.",
  "writer.notAFolder":
    "No se puede escribir la exportación en «{path}»: existe y no es una carpeta. Pase con --output la ruta de una carpeta.",
  "writer.outsideOutput":
    "No se escribe «{path}»: queda fuera de la carpeta de salida.",
  "writer.cannotStage":
    "No se puede crear una carpeta junto a «{path}»: {reason}. Compruebe que se puede escribir en la carpeta superior.",
  "writer.folderNotCreated":
    "No se pudo crear la carpeta «{path}»: {reason}. Compruebe que su carpeta superior existe y que se puede escribir en ella.",
  "writer.settingFolderNotCreated":
    "No se pudo crear la carpeta «{path}» ({setting}): {reason}. Permita escribir en su carpeta superior o indique en {setting} una carpeta en la que se pueda escribir.",
  "writer.writeFailed":
    "No se pudo escribir la exportación en «{path}»: {reason}. No se ha cambiado nada allí.",
  "writer.notConfirmed":
    "La exportación se movió a «{path}», pero el sistema no pudo confirmar que llegara al disco ({reason}). Revise la carpeta antes de subir sus archivos.",
  "writer.rowTooLarge":
    "La fila {row} de {file} ocupa {bytes} bytes, demasiado para un archivo de {limit} bytes como máximo. Aumente --max-bytes.",
  "writer.tooManyFolders":
    "Demasiadas exportaciones llamadas «{name}» en «{path}». Pase con --output una carpeta de su elección.",
  "report.jobInternalError":
    "La exportación falló por un error interno; el registro del servidor tiene los detalles.",
};
