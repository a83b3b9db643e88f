import type { CatalogueOf } from "../catalogue-types.js";
import type { configEn } from "../en/config.js";

/** Configuration errors and warnings; each problem starts with its key. */
export const configEs: CatalogueOf<typeof configEn> = {
  "config.unreadableFlag":
    "No se pudo leer el archivo de configuración «{path}» indicado con --config: {reason}. Compruebe la ruta, o ejecute «export-trakt config init» para crear uno.",
  "config.unreadableEnvironment":
    "No se pudo leer el archivo de configuración «{path}» indicado en EXPORT_TRAKT_CONFIG: {reason}. Compruebe la ruta, o ejecute «export-trakt config init» para crear uno.",
  "config.unreadableFound":
    "No se pudo leer el archivo de configuración encontrado «{path}»: {reason}. Compruebe la ruta, o ejecute «export-trakt config init» para crear uno.",
  "config.reason.missing": "el archivo no existe",
  "config.reason.denied": "permiso denegado",
  "config.reason.folder": "es una carpeta",
  "config.reason.loop": "sus enlaces simbólicos forman un bucle",
  "config.reason.unknown": "error desconocido",
  "config.tooLarge":
    "El archivo de configuración «{path}» ocupa {size} bytes; un archivo de configuración ocupa como mucho {limit} bytes. Compruebe que --config apunta al archivo correcto.",
  "config.tomlSyntaxFile":
    "No se pudo leer «{path}» como TOML: {reason} (línea {line}, columna {column}). {advice}",
  "config.tomlSyntax":
    "No se pudo leer la configuración como TOML: {reason} (línea {line}, columna {column}). {advice}",
  "config.tomlFixSyntax":
    "Corrija la sintaxis en ese punto y vuelva a ejecutar el comando.",
  "config.tomlLeadingZero":
    'Un número con un cero delante, como un modo de archivo escrito 0600, no es TOML válido: escríbalo entre comillas ("0600") o en octal de TOML (0o600).',
  "config.fileProblems": {
    one: "El archivo de configuración «{path}» tiene {count} problema:\n{problems}\nCorríjalo y vuelva a ejecutar el comando.",
    other:
      "El archivo de configuración «{path}» tiene {count} problemas:\n{problems}\nCorríjalos y vuelva a ejecutar el comando.",
  },
  "config.problems": {
    one: "La configuración tiene {count} problema:\n{problems}\nCorríjalo y vuelva a ejecutar el comando.",
    other:
      "La configuración tiene {count} problemas:\n{problems}\nCorríjalos y vuelva a ejecutar el comando.",
  },
  "config.unknownKey":
    "{path}: clave desconocida; las claves admitidas aquí son {allowed}.",
  "config.literalSecret":
    "trakt.client_secret: está escrito en el propio archivo; cualquiera que pueda leer el archivo puede usarlo. Guárdelo con «export-trakt credentials set», o escriba «{reference}» y defina esa variable.",
  "config.badReference":
    "{path}: «{reference}» no es una referencia de variable válida; use {example} con letras, dígitos y «_».",
  "config.secretVariable":
    "{path}: {reference} contiene un secreto y no se puede usar aquí, donde aparecería en los mensajes; escriba el valor directamente.",
  "config.missingVariable":
    "{path}: la variable de entorno {name} no está definida; defínala o sustituya {reference} por un valor.",
  "config.notSection": "{path}: debe ser una tabla (una [sección]).",
  "config.notServiceTable":
    "{path}: debe ser una tabla ([security.rate_limit.limits.NOMBRE]).",
  "config.wrongType": "{path}: tipo incorrecto; se esperaba {expected}.",
  "config.notString":
    "{path}: debe ser un texto entre comillas; se recibió {value}.",
  "config.notBoolean":
    "{path}: debe ser true o false (sin comillas); se recibió {value}.",
  "config.notOneOf":
    "{path}: debe ser uno de los valores {choices}; se recibió {value}.",
  "config.notWholeNumber":
    "{path}: debe ser un número entero de {min} a {max}; se recibió {value}.",
  "config.notAllowedValue": "{path}: debe ser uno de los valores {choices}.",
  "config.tooBig": "{path}: debe ser como mucho {max}.",
  "config.tooSmall": "{path}: debe ser al menos {min}.",
  "config.notList":
    '{path}: debe ser una lista de textos entre comillas, como ["a", "b"]; se recibió {value}.',
  "config.notFileMode":
    '{path}: debe ser un modo de archivo escrito como texto entre comillas ("0600") o en octal de TOML (0o600); se recibió {value}.',
  "config.notTlsVersion":
    '{path}: debe ser 771, 772, "1.2" o "1.3" (TLS 1.2 o 1.3); se recibió {value}.',
  "config.notDuration":
    '{path}: debe ser una duración entre comillas como "30s", "5m" o "1m30s" (unidades ms, s, m, h), de {min} a {max}; se recibió {value}.',
  "config.notByteSize":
    '{path}: debe ser un número de bytes (104857600) o un tamaño entre comillas como "100MB" (unidades B, KB, MB, GB), de {min} a {max} bytes; se recibió {value}.',
  "config.notUrl":
    '{path}: debe ser una URL http(s) sin usuario, consulta ni fragmento, como "https://api.trakt.tv"; se recibió {value}.',
  "config.notTimezone":
    '{path}: debe ser una zona horaria IANA como "UTC" o "Europe/Paris"; se recibió {value}.',
  "config.notLanguage":
    '{path}: debe ser un código de idioma como "en", "fr" o "pt-BR"; se recibió {value}.',
  "config.emptyPath": "{path}: debe ser una ruta no vacía.",
  "config.notHost":
    '{path}: debe ser un nombre de host sin más, como "api.trakt.tv" (sin esquema, puerto ni ruta); se recibió {value}.',
  "config.badServiceName":
    '{path}: los nombres de servicio usan minúsculas, dígitos y «_», como "trakt_api".',
  "config.unknownKeys":
    "{path}: claves desconocidas {keys}; elimínelas o revise cómo están escritas.",
  "config.value.string": "un texto",
  "config.value.number": "un número",
  "config.value.boolean": "un booleano",
  "config.value.list": "una lista",
  "config.value.date": "una fecha",
  "config.value.table": "una tabla",
  "config.value.other": "un valor de otro tipo",
  "config.encryptionRequired":
    'security.encryption_enabled: debe ser true cuando security.keyring_backend es "file", porque el archivo de credenciales nunca se escribe sin cifrar; ponga keyring_backend en "system" o "env" en su lugar.',
  "config.switchConflict":
    "{outerKey}: vale {outer} pero {innerKey} vale {inner}; deles el mismo valor o quite una de las dos.",
  "config.allowInsecure":
    "security.https.allow_insecure: vale true, así que se permiten peticiones http:// sin cifrar a los hosts no bloqueados; úselo solo para desarrollo local.",
  "config.looseConfigMode":
    'security.filesystem.config_file_mode: "{mode}" permite a otros usuarios leer archivos que contienen secretos; se recomienda "0600".',
  "config.exists":
    "El archivo de configuración «{path}» ya existe. Pase --force para sustituirlo, o --path para escribir en otro sitio.",
  "config.writeFailed":
    "No se pudo escribir el archivo de configuración «{path}». Compruebe que se puede escribir en su carpeta.",
  "config.notCron": "{path}: {reason}",
};
