import type { CatalogueOf } from "../catalogue-types.js";
import type { errorsEn } from "../en/errors.js";

/** Errors raised below the CLI; every detail of the English text is kept. */
export const errorsEs: CatalogueOf<typeof errorsEn> = {
  "usage.positiveInteger":
    "{flag} debe ser un número entero mayor que 0, no «{value}».",
  "usage.unknownOption":
    "Opción desconocida «{option}». Ejecute «{path} --help» para ver el uso.",
  "usage.unknownOptionTop":
    "Opción desconocida «{option}». Ejecute «{path} --help» para ver el uso. Las opciones van después del comando, como en «export-trakt export --from ARCHIVO».",
  "usage.unknownOptionSuggestion":
    "Opción desconocida «{option}» (¿quiso decir {suggestion}?). Ejecute «{path} --help» para ver el uso.",
  "usage.unknownOptionSuggestionTop":
    "Opción desconocida «{option}» (¿quiso decir {suggestion}?). Ejecute «{path} --help» para ver el uso. Las opciones van después del comando, como en «export-trakt export --from ARCHIVO».",
  "usage.unknownCommand":
    "Comando desconocido «{command}». Ejecute «{path} --help» para ver el uso.",
  "usage.unknownCommandSuggestion":
    "Comando desconocido «{command}» (¿quiso decir {suggestion}?). Ejecute «{path} --help» para ver el uso.",
  "usage.missingArgument":
    "Falta el argumento obligatorio «{argument}». Ejecute «{path} --help» para ver el uso.",
  "usage.optionMissingArgument":
    "Falta el valor de la opción «{option}». Ejecute «{path} --help» para ver el uso.",
  "usage.missingMandatoryOption":
    "No se indicó la opción obligatoria «{option}». Ejecute «{path} --help» para ver el uso.",
  "usage.invalidChoice":
    "El valor «{value}» de la opción «{option}» no es válido. Valores posibles: {choices}. Ejecute «{path} --help» para ver el uso.",
  "usage.timezone":
    "--timezone «{value}» no es una zona horaria IANA conocida. Use un nombre como «Europe/Paris», «America/New_York» o «UTC».",
  "usage.exportUnknown":
    "--export «{value}» no es algo que esta herramienta exporte. Use una lista separada por comas de {kinds}, o «all».",
  "usage.exportEmpty": "--export necesita al menos uno de {kinds}, o «all».",
  "usage.since":
    "--since «{value}» no es una fecha del calendario. Escríbala como AAAA-MM-DD, por ejemplo 2024-01-31.",
  "usage.outputEmpty":
    "--output está vacío. Indique la carpeta de destino, por ejemplo --output exports/letterboxd.",
  "usage.maxBytesTooSmall":
    "--max-bytes debe ser al menos {minimum}, no {value}.",
  "usage.userWithFrom":
    "--user exporta desde la API de Trakt y no se puede combinar con --from; quite una de las dos opciones.",
  "usage.outputContainsInput":
    "--output «{output}» contiene la entrada «{input}»: escribir ahí podría destruir la exportación que se está leyendo. Elija otra carpeta --output.",
  "input.missing":
    "No se puede abrir «{path}»: no existe. Pase con --from la ruta de su exportación de datos de Trakt (un archivo .zip o la carpeta que resulta al descomprimirlo).",
  "input.cannotOpen":
    "No se puede abrir «{path}»: {reason}. Pase con --from la ruta de su exportación de datos de Trakt (un archivo .zip o la carpeta que resulta al descomprimirlo).",
  "input.notZip":
    "«{path}» no es un archivo ZIP, ni una carpeta, ni un archivo .json/.txt. Pase su exportación de datos de Trakt (.zip) o una copia de seguridad de la API sin procesar.",
  "input.unreadableZip":
    "«{path}» no es un archivo ZIP legible ({reason}). Vuelva a descargar la exportación desde Trakt.",
  "input.notJson":
    "«{path}» no es JSON válido ({reason}). Vuelva a descargar la exportación desde Trakt; no se ha escrito nada.",
  "input.noFilmData":
    "No se encontraron datos de películas de Trakt en «{path}» (archivos examinados: {files}). Pase el ZIP de la página «Export your data» de Trakt, o una carpeta con archivos como watched-history.json y ratings-movies.json.",
  "output.notEmpty":
    "La carpeta de salida «{path}» ya contiene archivos. Elija otro --output, o pase --force para sustituir su contenido.",
  "output.notAnExport":
    "No se sustituye «{path}»: --force solo sustituye una exportación anterior (una carpeta con el report.json de esta herramienta), y esta carpeta contiene otros archivos. Elija una carpeta --output vacía o nueva.",
  "credentials.noClientId":
    "No hay ningún id de cliente de Trakt configurado. Ponga los valores de su aplicación, que están en https://app.trakt.tv/settings/apps, en el almacén de credenciales («export-trakt credentials set»), en el archivo de configuración ([trakt] client_id) o en {idVariable} y {secretVariable}; o use en su lugar --from con una exportación de datos de Trakt.",
  "credentials.noClientSecret":
    "El inicio de sesión en Trakt necesita el secreto de cliente de la aplicación. Ponga en {secretVariable} el secreto que aparece en https://app.trakt.tv/settings/apps.",
  "credentials.noLogin":
    "No hay ningún inicio de sesión de Trakt guardado. Ejecute «export-trakt auth» para iniciar sesión, o pase --user NOMBRE para exportar un perfil público.",
  "credentials.noClientForTokens":
    "No se pueden guardar los tokens de Trakt sin el id y el secreto de cliente de la aplicación. Ejecute primero «export-trakt credentials set».",
  "credentials.unknownDeviceCode":
    "Trakt no reconoce este código de dispositivo. Vuelva a ejecutar «export-trakt auth».",
  "credentials.deviceCodeUsed":
    "Este código de dispositivo ya se usó. Vuelva a ejecutar «export-trakt auth» para obtener uno nuevo.",
  "credentials.loginDenied":
    "El inicio de sesión se rechazó en Trakt. Vuelva a ejecutar «export-trakt auth» y apruébelo para continuar.",
  "credentials.deviceCodeExpired":
    "El código de dispositivo caducó antes de ser aprobado. Vuelva a ejecutar «export-trakt auth» e introduzca el código dentro del plazo indicado.",
  "trakt.status401":
    "{method} {path} falló con HTTP {status}{detail}. Trakt no aceptó el inicio de sesión. Ejecute «export-trakt auth» para volver a iniciar sesión.",
  "trakt.status423":
    "{method} {path} falló con HTTP {status}{detail}. La cuenta de Trakt está bloqueada o desactivada; inicie sesión en trakt.tv para resolverlo y vuelva a intentarlo.",
  "trakt.status426":
    "{method} {path} falló con HTTP {status}{detail}. Esto requiere Trakt VIP; mejore la cuenta en trakt.tv, o exporte desde su exportación de datos con --from.",
  "record.symlink": "es un enlace simbólico",
  "record.notRegular": "no es un archivo normal",
  "record.tooLarge": "supera los {limit} bytes",
};
