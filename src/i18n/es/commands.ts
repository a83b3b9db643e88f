import type { CatalogueOf } from "../catalogue-types.js";
import type { commandsEn } from "../en/commands.js";

/** `serve`, `sandbox`, the status commands, `validate`, `audit`, migration. */
export const commandsEs: CatalogueOf<typeof commandsEn> = {
  "serve.port": "--port debe ser un número entero de 0 a 65535, no «{value}».",
  "serve.tlsPair":
    "--tls-cert y --tls-key van juntos: pase los dos archivos PEM, o ninguno para servir HTTP simple en la dirección de bucle local.",
  "serve.remoteHost":
    "--host «{host}» expondría el panel más allá de esta máquina. Añada --allow-remote si es lo que quiere (mejor con --tls-cert y --tls-key), o use 127.0.0.1.",
  "serve.remoteTls":
    "el panel escucha en {host}, así que otras máquinas pueden llegar a él.",
  "serve.remotePlain":
    "el panel escucha en {host}, así que otras máquinas pueden llegar a él. El tráfico, incluido el enlace de acceso, no está cifrado; use --tls-cert y --tls-key.",
  "serve.secretCreatedInFile": "Secreto del panel creado en {path}.",
  "serve.secretCreatedInStore":
    "Secreto del panel creado en el almacén de credenciales ({location}).",
  "serve.url": "Panel: {url}",
  "serve.loginLink":
    "Inicie sesión en los próximos {minutes} minutos con este enlace de un solo uso: {link}",
  "serve.stopping": "Deteniendo el panel ({signal}).",
  "serve.secretMoved":
    "Secreto del panel trasladado de {path} al almacén de credenciales ({location}); el archivo se ha borrado.",
  "serve.secretStoreUnreadable":
    "No se puede leer el almacén de credenciales, así que el secreto del panel se guarda en {path} (modo 0600) en su lugar: {reason}",
  "serve.secretStoreUnwritable":
    "No se puede escribir en el almacén de credenciales, así que el secreto del panel se guarda en {path} (modo 0600) en su lugar: {reason}",
  "serve.secretNeedsApp":
    "El almacén de credenciales guarda el secreto del panel junto con el id y el secreto de cliente de la aplicación de Trakt, y aún no están definidos, así que por ahora el secreto se guarda en {path} (modo 0600). Ejecute «export-trakt credentials set» (o defina client_id y client_secret en [trakt]) y reinicie el panel para trasladarlo al almacén.",
  "serve.secretNotPersisted":
    "El almacén de credenciales «{backend}» no puede guardar el secreto del panel, así que se guarda en {path} (modo 0600).",

  "sandbox.remoteHost":
    "Se rechaza --host «{host}»: el sandbox solo escucha en la dirección de bucle local (127.0.0.1, ::1, localhost). Añada --allow-remote para escuchar ahí de todos modos.",
  "sandbox.port":
    "--port debe ser un número entero de 0 a 65535, no «{value}». Use 0 para cualquier puerto libre.",
  "sandbox.latency":
    "--latency debe ser un número entero de milisegundos, no «{value}».",
  "sandbox.banner":
    "Sandbox de Trakt en marcha: un servidor de pruebas y demostración, no Trakt.",
  "sandbox.apiBaseUrl": "URL base de la API",
  "sandbox.authBaseUrl": "URL base de OAuth",
  "sandbox.clientId": "Id de cliente",
  "sandbox.clientSecret": "Secreto de cliente",
  "sandbox.user": "Usuario",
  "sandbox.caCertificate": "Certificado de la CA",
  "sandbox.faults": "Fallos simulados",
  "sandbox.field": "{label}: {value}",
  "sandbox.autoApprove":
    "Los códigos de dispositivo se aprueban solos al cabo de {seconds} s.",
  "sandbox.approveAt": "Apruebe los códigos de dispositivo en {url}",
  "sandbox.howTo":
    "Apunte export-trakt a él con --api-base-url {url}, con TRAKT_CLIENT_ID y TRAKT_CLIENT_SECRET iguales al id y al secreto de cliente de arriba.",
  "sandbox.howToTls":
    "Apunte export-trakt a él con --api-base-url {url} --ca-file {ca}, con TRAKT_CLIENT_ID y TRAKT_CLIENT_SECRET iguales al id y al secreto de cliente de arriba.",
  "sandbox.stopHint": "Deténgalo con Ctrl+C.",
  "sandbox.stopped": {
    one: "Sandbox detenido tras {count} petición ({rateLimited} respondidas con 429).",
    other:
      "Sandbox detenido tras {count} peticiones ({rateLimited} respondidas con 429).",
  },

  "status.field": "{label}: {value}",
  "status.none": "ninguno",
  "status.noConfig": "ninguno (valores predeterminados integrados)",
  "status.backend": "Almacén",
  "status.location": "Ubicación",
  "status.configFile": "Archivo de configuración",
  "status.key": "Clave",
  "status.fileMode": "Modo del archivo",
  "status.clientId": "Id de cliente",
  "status.clientSecret": "Secreto de cliente",
  "status.accessToken": "Token de acceso",
  "status.refreshToken": "Token de renovación",
  "status.dashboardSecret": "Secreto del panel",
  "status.scope": "Ámbito",
  "status.expiresAt": "Caduca el",
  "status.status": "Estado",
  "status.next": "Siguiente paso: {advice}",
  "status.location.env":
    "variables de entorno (TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN, TRAKT_REFRESH_TOKEN)",
  "status.location.system":
    "llavero del sistema, servicio «{service}», usuario «{user}»",
  "status.keySource.passphrase": "una frase de contraseña (scrypt)",
  "status.keySource.keyFile": "el archivo de clave «{path}»",
  "status.health.nothingStored": "no hay nada guardado",
  "status.health.missingToken": "cliente guardado, sin sesión iniciada",
  "status.health.valid": "utilizable",
  "status.health.expired": "token de acceso caducado",
  "status.advice.nothingStored":
    "Guarde el id y el secreto de cliente de Trakt con «export-trakt credentials set».",
  "status.advice.missingToken":
    "Aún no hay token de acceso: inicie sesión en Trakt para obtener uno.",
  "status.advice.expiredNoRefresh":
    "El token de acceso ha caducado y no hay token de renovación: vuelva a iniciar sesión en Trakt.",
  "status.advice.expiredRefresh":
    "El token de acceso ha caducado; se renovará en la próxima petición.",
  "status.token.noLogin":
    "No hay ningún inicio de sesión de Trakt guardado. Ejecute «export-trakt auth» para iniciar sesión.",
  "status.security.encryptionOn":
    "Cifrado: activado, origen de la clave: {source}",
  "status.security.encryptionOff":
    "Cifrado: desactivado, origen de la clave: {source}",
  "status.security.backend": "Almacén de credenciales: {backend}",
  "status.security.auditOn": "Registro de auditoría: activado, {folder}",
  "status.security.auditOff": "Registro de auditoría: desactivado, {folder}",
  "status.security.eventsByType":
    "Eventos de auditoría desde {since}: {counts}",
  "status.security.eventsBySeverity":
    "Eventos de auditoría por gravedad: {counts}",
  "status.security.writeFailures":
    "Fallos de escritura de auditoría (esta ejecución): {failures}",
  "status.security.chainIntact":
    "Cadena de auditoría: intacta ({lines} en {files})",
  "status.security.chainBroken":
    "Cadena de auditoría: ROTA en «{file}», línea {line}: {problem}",
  "status.security.lines": { one: "{count} línea", other: "{count} líneas" },
  "status.security.rateLimitOn": {
    one: "Limitación de frecuencia: activada, {count} límite del servidor alcanzado en el periodo de auditoría",
    other:
      "Limitación de frecuencia: activada, {count} límites del servidor alcanzados en el periodo de auditoría",
  },
  "status.security.rateLimitOff": {
    one: "Limitación de frecuencia: desactivada, {count} límite del servidor alcanzado en el periodo de auditoría",
    other:
      "Limitación de frecuencia: desactivada, {count} límites del servidor alcanzados en el periodo de auditoría",
  },
  "status.security.counters":
    "Contadores de limitación (esta ejecución): {counters}",
  "status.security.counter":
    "{name}: {allowed} permitidas, {delayed} demoradas, {refused} rechazadas",
  "status.security.permissionsOk":
    "Comprobación de permisos de {time}: ningún problema",
  "status.security.permissionsProblems": {
    one: "Comprobación de permisos de {time}: {count} problema",
    other: "Comprobación de permisos de {time}: {count} problemas",
  },

  "validate.fixNeedsSecurity":
    "--fix corrige lo que encuentra la comprobación de seguridad; use «export-trakt validate --security --fix».",
  "validate.valid": "La configuración es válida ({path}).",
  "validate.validDefaults":
    "La configuración es válida (sin archivo de configuración, valores predeterminados integrados).",
  "validate.level.ok": "bien",
  "validate.level.info": "nota",
  "validate.level.warning": "aviso",
  "validate.level.error": "error",
  "validate.area.config": "configuración",
  "validate.area.keyring": "llavero",
  "validate.area.keySource": "origen de la clave",
  "validate.area.fileModes": "permisos de archivos",
  "validate.area.https": "HTTPS",
  "validate.area.audit": "auditoría",
  "validate.area.rateLimit": "limitación de frecuencia",
  "validate.finding": "{level} {area}: {message}",
  "validate.rating.high": "alta",
  "validate.rating.medium": "media",
  "validate.rating.low": "baja",
  "validate.rating":
    "Calificación de seguridad: {rating} ({errors}, {warnings}).",
  "validate.errors": { one: "{count} error", other: "{count} errores" },
  "validate.warnings": { one: "{count} aviso", other: "{count} avisos" },
  "validate.failed": {
    one: "La comprobación de seguridad encontró {count} error, indicado arriba. Corríjalo (los permisos de archivos con --fix) y vuelva a ejecutar «export-trakt validate --security».",
    other:
      "La comprobación de seguridad encontró {count} errores, indicados arriba. Corríjalos (los permisos de archivos con --fix) y vuelva a ejecutar «export-trakt validate --security».",
  },
  "validate.config.defaults":
    "Sin archivo de configuración: se aplican los valores predeterminados integrados, con todas las protecciones activas.",
  "validate.config.valid": "El archivo de configuración «{path}» es válido.",
  "validate.config.permissionsNotEnforced":
    "enforce_permissions = false: los archivos secretos que otros pueden leer solo generan un aviso, no se rechazan.",
  "validate.config.encryptionOff":
    "encryption_enabled = false: esta herramienta no cifra nada de lo que guarda. Ponga security.encryption_enabled = true.",
  "validate.keyring.file":
    "Las credenciales se guardan en el archivo cifrado «{path}» (AES-256-GCM).",
  "validate.keyring.env":
    'Las credenciales vienen de variables de entorno TRAKT_*: esta herramienta no las cifra, y un token renovado se pierde al terminar la ejecución. Es preferible keyring_backend = "system" o "file".',
  "validate.keyring.systemReachable":
    "Las credenciales se guardan en el llavero del sistema operativo, que responde.",
  "validate.keyring.systemUnreachable":
    'El llavero del sistema operativo no responde ({reason}), así que aún no hay nada guardado en él. Inicie un Secret Service, o ponga keyring_backend = "file" para guardar las credenciales en un archivo cifrado.',
  "validate.keyring.systemSilent":
    'El llavero del sistema operativo no responde (sin respuesta en {ms} ms), así que aún no hay nada guardado en él. Inicie un Secret Service, o ponga keyring_backend = "file" para guardar las credenciales en un archivo cifrado.',
  "validate.key.envKey": "La clave viene de ENCRYPTION_KEY (32 bytes).",
  "validate.key.shortPassphrase":
    "ENCRYPTION_PASSPHRASE tiene menos de {minimum} caracteres, y un ataque por tanteo puede romperla a pesar de scrypt. Elija una más larga.",
  "validate.key.passphrase":
    "La clave se deriva de ENCRYPTION_PASSPHRASE con scrypt.",
  "validate.key.unused":
    "Ni ENCRYPTION_KEY ni ENCRYPTION_PASSPHRASE: «export --encrypt» usaría el archivo de clave «{path}».",
  "validate.key.keyFile":
    "La clave viene del archivo de clave «{path}», junto al archivo de credenciales: solo protege frente a quien consiga el archivo de credenciales por separado. Defina ENCRYPTION_KEY y ejecute «export-trakt credentials rotate-key --to env-key», o use una frase de contraseña con --to passphrase.",
  "validate.mode.configOk":
    "El archivo de configuración «{path}» tiene el modo {mode}.",
  "validate.mode.credentialsOk":
    "El archivo de credenciales «{path}» tiene el modo {mode}.",
  "validate.mode.keyOk": "El archivo de clave «{path}» tiene el modo {mode}.",
  "validate.mode.auditOk":
    "La carpeta de auditoría «{path}» tiene el modo {mode}.",
  "validate.mode.configFixed":
    "El archivo de configuración «{path}» tenía el modo {mode}; corregido a {fixed}.",
  "validate.mode.credentialsFixed":
    "El archivo de credenciales «{path}» tenía el modo {mode}; corregido a {fixed}.",
  "validate.mode.keyFixed":
    "El archivo de clave «{path}» tenía el modo {mode}; corregido a {fixed}.",
  "validate.mode.auditFixed":
    "La carpeta de auditoría «{path}» tenía el modo {mode}; corregido a {fixed}.",
  "validate.mode.configOpen":
    "El archivo de configuración «{path}» tiene el modo {mode}, más abierto que {wanted}. Ejecute «export-trakt validate --security --fix».",
  "validate.mode.credentialsOpen":
    "El archivo de credenciales «{path}» tiene el modo {mode}, más abierto que {wanted}. Ejecute «export-trakt validate --security --fix».",
  "validate.mode.keyOpen":
    "El archivo de clave «{path}» tiene el modo {mode}, más abierto que {wanted}. Ejecute «export-trakt validate --security --fix».",
  "validate.mode.auditOpen":
    "La carpeta de auditoría «{path}» tiene el modo {mode}, más abierto que {wanted}. Ejecute «export-trakt validate --security --fix».",
  "validate.https.plainAllowed":
    "require_https = false: las peticiones pueden usar HTTP simple, donde los tokens se pueden leer en la red. Ponga security.require_https = true.",
  "validate.https.insecure":
    "allow_insecure = true: se permite HTTP simple hacia hosts fuera de blocked_hosts. Manténgalo solo para un servidor de desarrollo.",
  "validate.https.only": "Solo se permiten peticiones HTTPS.",
  "validate.https.tls": "Se exige TLS {version} o posterior.",
  "validate.https.hosts": "Las peticiones solo van a {hosts}.",
  "validate.https.extraHosts": "allowed_hosts también incluye {hosts}.",
  "validate.https.unblocked":
    "blocked_hosts ya no incluye {hosts}: se podría llegar a direcciones de bucle local o de metadatos de la nube si allowed_hosts las nombra. Vuelva a añadirlas a security.https.blocked_hosts.",
  "validate.https.loopback":
    "{key} es {url}: las peticiones van a un servidor de esta máquina (como el sandbox), diga lo que diga allowed_hosts.",
  "validate.https.loopbackPlain":
    "{key} es {url}: las peticiones van a un servidor de esta máquina (como el sandbox), por HTTP simple, diga lo que diga allowed_hosts.",
  "validate.https.notAllowed":
    "{key} es {url}, pero {host} no está en security.https.allowed_hosts: se rechazará cada petición hacia él. Añada el host ahí o corrija la URL.",
  "validate.https.noHsts":
    "enable_hsts = false: no se avisa de la falta de la cabecera HSTS.",
  "validate.audit.off":
    "El registro de auditoría está desactivado: el uso de las credenciales y las exportaciones no dejan rastro. Ponga security.audit_logging = true.",
  "validate.audit.on":
    "El registro de auditoría está activado en «{folder}»; los archivos se conservan {days} días.",
  "validate.audit.sensitive":
    "include_sensitive = true: los nombres de usuario, rutas y direcciones se escriben en el registro de auditoría (los secretos nunca). Vuelva a ponerlo en false fuera de la depuración.",
  "validate.audit.level":
    'log_level = "{level}": los eventos rutinarios, como el acceso a las credenciales, no se registran.',
  "validate.audit.chainNote":
    "La cadena de hashes revela las líneas editadas, insertadas o eliminadas a mano, pero no tiene clave secreta: quien pueda escribir en la carpeta de auditoría puede reescribir toda la cadena.",
  "validate.rateLimit.off":
    "La limitación de frecuencia está desactivada: un bucle o una avalancha de reintentos puede agotar la cuota de la API de Trakt. Ponga security.rate_limit_enabled = true.",
  "validate.rateLimit.on":
    "La limitación de frecuencia está activada: {limits}.",

  "auditList.time": "Hora",
  "auditList.severity": "Gravedad",
  "auditList.type": "Tipo",
  "auditList.action": "Origen/acción",
  "auditList.result": "Resultado",
  "auditList.message": "Mensaje",
  "auditList.none": "No hay eventos de auditoría en «{folder}».",
  "auditList.noneMatching":
    "Ningún evento de auditoría de «{folder}» coincide con los filtros.",
  "auditList.since":
    "--since debe ser una fecha como 2026-03-01 o 2026-03-01T10:00:00Z, no «{value}».",
  "auditList.type.invalid": "--type debe ser uno de {types}, no «{value}».",
  "auditList.severity.invalid":
    "--severity debe ser uno de {severities}, no «{value}».",
  "auditList.broken":
    "El registro de auditoría está roto en «{file}», línea {line}: {problem}. No se puede confiar en las entradas desde esa línea; guarde una copia de la carpeta para investigarlo.",

  "migrate.moved": "- trasladada {key}: ahora {to}",
  "migrate.movedWithNote": "- trasladada {key}: ahora {to}; {note}",
  "migrate.changed": "- cambiada {key}: {detail}",
  "migrate.dropped": "- descartada {key}: {detail}",
  "migrate.added": "- añadida {key}: {detail}",
  "migrate.sameFile":
    "No se sobrescribe la propia configuración de la herramienta Go «{path}». Pase --output con otra ruta.",
  "migrate.unreadable":
    "No se pudo leer la configuración de la herramienta Go «{path}»: {reason}. Compruebe la ruta.",
  "migrate.invalidToml":
    '«{file}» no es TOML válido: {reason}. Corrija el archivo (un modo como 0600 debe escribirse "0600" o 0o600) y vuelva a ejecutar la migración.',
  "migrate.unknownKey": "ninguna versión de la herramienta Go leía esta clave",
  "migrate.alreadySet":
    "una clave anterior ya definió {to}; se conservó ese valor",
  "migrate.historyMode":
    'puesta en "aggregated", el valor predeterminado de la herramienta Go (el de esta herramienta es "individual", una fila por visionado)',
  "migrate.types":
    'puesta en ["watched"], lo que la herramienta Go exportaba sin --export; añada "watchlist", "lists" o "collection" para exportar más (las puntuaciones y reseñas forman parte de "watched")',
  "migrate.logRotation":
    'puesta en "10MB" con logging.max_files = 5: el archivo de registro ahora rota en vez de crecer sin fin',
  "migrate.notLogLevel": '{value} no es un nivel de registro; se usa "info"',
  "migrate.writtenAs": '{value} se escribe como "{written}"',
  "migrate.writtenAsText": '{value} se escribe como "text" (líneas legibles)',
  "migrate.megabytes": '{value} (megabytes) se escribe como "{written}"',
  "migrate.notOneOf":
    "{value} no es uno de {allowed}; se usa el valor predeterminado",
  "migrate.localTimeZone":
    "sin zona horaria configurada se usa la de la cuenta de Trakt y después la del sistema; defina [export] timezone para fijar una",
  "migrate.notTimeZone": "{value} no es una zona horaria IANA",
  "migrate.extendedLetterboxd":
    '"letterboxd" hacía que la herramienta Go escribiera letterboxd_import.csv (y enviara a Trakt un extended=letterboxd no válido); aquí watched.csv ya está en el formato de importación de Letterboxd',
  "migrate.extendedInfo":
    "esta herramienta pide a Trakt en cada llamada los campos que necesita",
  "migrate.dateFormat":
    "el formato de fecha de Go {value} no hace falta: Letterboxd solo lee AAAA-MM-DD, que esta herramienta escribe siempre",
  "migrate.notSize": '{value} no es un tamaño como "10MB"',
  "migrate.notFileMode": '{value} no es un modo de archivo como "0600"',
  "migrate.accessToken":
    "aquí los tokens no se guardan en la configuración; vuelva a iniciar sesión y el almacén de credenciales los guardará",
  "migrate.fixedFileNames":
    "aquí los nombres de archivo son fijos (watched.csv, watchlist.csv, lists/<name>.csv) para que cada uno corresponda a su página de importación de Letterboxd",
  "migrate.showsFileName":
    "aquí los nombres de archivo son fijos (watched.csv, watchlist.csv, lists/<name>.csv) para que cada uno corresponda a su página de importación de Letterboxd; las series no se pueden importar en Letterboxd",
  "migrate.ratingsFileName":
    "aquí los nombres de archivo son fijos (watched.csv, watchlist.csv, lists/<name>.csv) para que cada uno corresponda a su página de importación de Letterboxd; las puntuaciones forman parte de watched.csv",
  "migrate.ignoredByGo": "la herramienta Go nunca la usó",
  "migrate.exportFormat":
    "la herramienta Go nunca la usó; la salida siempre es CSV",
  "migrate.defaultLanguage":
    "los mensajes siguen el idioma del entorno y, si no, el inglés",
  "migrate.localesDir": "el catálogo de mensajes está integrado",
  "migrate.httpsSection":
    "la herramienta Go nunca aplicó [security.https]; en su lugar se escriben los valores obligatorios de esta herramienta (solo HTTPS, TLS 1.2 o posterior, api.trakt.tv y auth.trakt.tv)",
  "migrate.authSection":
    "la herramienta Go sobrescribía estos valores por su cuenta; aquí el inicio de sesión no necesita ninguno",
  "migrate.webserverSection":
    "la herramienta Go nunca la leyó; el panel tiene sus propios ajustes",

  "legacy.note":
    "Nota: esta es la forma de la herramienta Go; a partir de ahora escriba: {command}",

  "usage.tooManyArguments": {
    one: "Demasiados argumentos: «{path}» admite {count} argumento pero recibió {received}. Ejecute «{path} --help» para ver el uso.",
    other:
      "Demasiados argumentos: «{path}» admite {count} argumentos pero recibió {received}. Ejecute «{path} --help» para ver el uso.",
  },
  "usage.noArguments":
    "Demasiados argumentos: «{path}» no admite ninguno pero recibió {received}. Ejecute «{path} --help» para ver el uso.",
  "usage.conflictingOptions":
    "La opción «{option}» no se puede usar con la opción «{other}». Ejecute «{path} --help» para ver el uso.",
  "usage.term.options": "opciones",
  "usage.term.command": "comando",
  "usage.term.file": "archivo",
  "usage.term.path": "ruta",
  "usage.term.name": "nombre",
  "usage.term.mode": "modo",
  "usage.term.list": "lista",
  "usage.term.date": "fecha",
  "usage.term.dir": "carpeta",
  "usage.term.host": "host",
  "usage.term.port": "puerto",
  "usage.term.types": "tipos",
  "usage.term.level": "nivel",
  "usage.term.source": "origen",
  "usage.term.backend": "almacén",
  "usage.term.oldConfig": "config-antigua",
  "migrate.secretInFile":
    "se conserva, pero un secreto escrito en el archivo de configuración provoca una advertencia en cada ejecución: guárdelo con «export-trakt credentials set» y después borre la línea",
  "migrate.replaceWithOutput":
    "--replace escribe la nueva configuración en lugar de la antigua; quite --output o quite --replace.",
  "migrate.backupFailed":
    "No se pudo conservar la configuración de la herramienta Go como «{path}» ({reason}); no se ha cambiado nada. Si ya hay una copia anterior, muévala y vuelva a ejecutar el comando.",
  "migrate.alreadyMigrated":
    "«{file}» ya es un archivo de configuración de esta herramienta (tiene claves que la herramienta Go nunca tuvo, como [export] output_dir); migrarlo de nuevo restablecería sus ajustes. No se ha escrito nada.",
};
