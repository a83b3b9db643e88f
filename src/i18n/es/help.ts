import type { CatalogueOf } from "../catalogue-types.js";
import type { helpEn } from "../en/help.js";

/** `--help`: command descriptions, option and argument help, headings. */
export const helpEs: CatalogueOf<typeof helpEn> = {
  "help.program":
    "Convierte su historial de películas de Trakt.tv en archivos que Letterboxd puede importar.",
  "help.version": "muestra la versión y sale",
  "help.help": "muestra la ayuda de un comando",
  "help.helpCommand": "muestra la ayuda de un comando",
  "help.title.usage": "Uso:",
  "help.title.arguments": "Argumentos:",
  "help.title.options": "Opciones:",
  "help.title.commands": "Comandos:",
  "help.title.globalOptions": "Opciones globales:",
  "help.extra.default": "por defecto: {value}",
  "help.extra.choices": "valores posibles: {choices}",
  "help.common.config": "archivo de configuración (TOML)",
  "help.common.quiet": "muestra solo advertencias y errores",
  "help.common.verbose": "muestra más detalles en stderr",
  "help.trakt.apiBaseUrl":
    "dirección de la API de Trakt (por defecto {url}); una URL http:// de bucle local apunta a un entorno de pruebas local",
  "help.trakt.authBaseUrl":
    "dirección OAuth de Trakt (por defecto {url}, o la de la API cuando es de bucle local)",
  "help.trakt.caFile":
    "autoridad de certificación (PEM) adicional en la que confiar, por ejemplo la de un entorno de pruebas iniciado con --tls",
  "help.export":
    "Convierte sus datos de Trakt en archivos de importación de Letterboxd.",
  "help.export.from":
    "exportación de datos de Trakt: el .zip, su carpeta descomprimida o una copia de seguridad de la API sin procesar",
  "help.export.user":
    "sin --from: exporta este perfil público de Trakt (solo necesita el id de cliente)",
  "help.export.timezone":
    "zona horaria de las fechas de visionado (por defecto: la de la cuenta, si no la de este equipo)",
  "help.export.historyMode":
    "una fila por visionado (individual, por defecto) o por película (aggregated)",
  "help.export.export": "qué escribir: {kinds} o all (por defecto: {defaults})",
  "help.export.since":
    "solo los visionados desde esta fecha local (AAAA-MM-DD), o «last»: solo lo que la última exportación no incluyó",
  "help.export.maxRows": "máximo de filas por archivo",
  "help.export.maxBytes": "máximo de bytes por archivo",
  "help.export.spreadsheetSafe":
    "antepone un prefijo a las celdas que empiezan por = + - @ (cambia los títulos)",
  "help.export.output":
    "carpeta de destino (por defecto: exports/export_<fecha>_<hora>)",
  "help.export.force":
    "sustituye una exportación anterior en una carpeta --output que no está vacía",
  "help.export.encrypt":
    "escribe archivos cifrados .csv.enc (y report.json.enc); se restauran con decrypt",
  "help.export.dryRun": "hace todo salvo escribir archivos",
  "help.export.json": "muestra el informe en JSON por stdout",
  "help.schedule":
    "Vuelve a exportar en cada momento que indica una programación cron.",
  "help.schedule.cron":
    "cinco campos cron como «30 2 * * *», o @daily (por defecto: [schedule] cron de la configuración)",
  "help.auth":
    "inicia sesión en Trakt con un código de dispositivo y guarda los tokens",
  "help.token":
    "muestra, renueva, revoca u olvida el inicio de sesión de Trakt guardado",
  "help.token.status":
    "indica si hay un inicio de sesión guardado y cuándo caduca",
  "help.token.refresh": "obtiene ahora un nuevo par de tokens",
  "help.token.revoke":
    "cierra la sesión en Trakt y olvida los tokens en este equipo",
  "help.token.clear": "olvida los tokens en este equipo sin avisar a Trakt",
  "help.statusJson": "muestra el estado en JSON por stdout",
  "help.serve": "Inicia el panel web local.",
  "help.serve.host": "dirección en la que escuchar",
  "help.serve.port": "puerto en el que escuchar",
  "help.serve.allowRemote":
    "permite un --host distinto de la dirección de bucle local",
  "help.serve.tlsCert": "sirve HTTPS con este certificado PEM",
  "help.serve.tlsKey": "clave privada (PEM) de --tls-cert",
  "help.serve.exports":
    "carpeta de las exportaciones (por defecto: [export] output_dir de la configuración)",
  "help.serve.maxUploadMb": "tamaño máximo de una subida, en MB",
  "help.credentials": "consulta y gestiona las credenciales de Trakt guardadas",
  "help.credentials.status":
    "muestra el almacén, qué hay guardado y cuándo caduca",
  "help.credentials.set":
    "guarda el id y el secreto de cliente de Trakt, leídos de una pregunta o de stdin (nunca de los argumentos)",
  "help.credentials.rotateKey":
    "vuelve a cifrar el archivo de credenciales con una clave nueva",
  "help.credentials.rotateKey.to": "de dónde sale la clave nueva",
  "help.credentials.migrate": "traslada las credenciales a otro almacén",
  "help.credentials.migrate.to": "el almacén de destino",
  "help.credentials.delete": "borra las credenciales guardadas",
  "help.config":
    "crea el archivo de configuración, o convierte el de la herramienta en Go",
  "help.config.init":
    "escribe un archivo de configuración comentado con los valores seguros por defecto",
  "help.config.init.path":
    "dónde escribirlo (por defecto: su carpeta de configuración)",
  "help.config.init.force": "sustituye un archivo existente",
  "help.config.migrate":
    "convierte el config.toml de la herramienta en Go al formato de esta herramienta",
  "help.config.migrate.oldConfig": "el config.toml de la herramienta en Go",
  "help.config.migrate.output":
    "dónde escribir (por defecto: export-trakt.toml junto a él)",
  "help.config.migrate.force": "sustituye un archivo existente en --output",
  "help.security": "muestra cómo está configurada la capa de seguridad",
  "help.security.status":
    "cifrado, almacén, cifras de auditoría, límites de frecuencia, control de permisos",
  "help.security.json": "imprime el estado en JSON por la salida estándar",
  "help.validate":
    "comprueba la configuración; con --security, califica la instalación",
  "help.validate.security":
    "califica la seguridad de la instalación: alta, media o baja",
  "help.validate.fix":
    "con --security: corrige los permisos de los archivos secretos",
  "help.validate.json": "imprime el resultado en JSON por la salida estándar",
  "help.audit": "muestra el registro de auditoría de seguridad",
  "help.audit.since": "solo los eventos desde esta fecha",
  "help.audit.type": "solo estos tipos de evento (separados por comas)",
  "help.audit.severity":
    "solo los eventos de esta gravedad o de una gravedad mayor",
  "help.audit.json": "muestra los eventos en JSON",
  "help.audit.verify":
    "comprueba que ninguna línea de auditoría se ha modificado, insertado o eliminado",
  "help.decrypt": "descifra un archivo .enc exportado",
  "help.decrypt.file": "el archivo cifrado",
  "help.decrypt.output":
    "dónde escribirlo («-» para stdout; por defecto: el nombre sin .enc)",
  "help.decrypt.force": "sustituye un archivo de salida existente",
  "help.sandbox":
    "inicia un servidor local compatible con Trakt para pruebas y demostraciones (no es Trakt)",
  "help.sandbox.data":
    "datos de Trakt que servir: una exportación de datos (.zip o carpeta) o un archivo JSON de tipo SandboxData",
  "help.sandbox.host": "dirección de bucle local en la que escuchar",
  "help.sandbox.port": "puerto en el que escuchar; 0 elige uno libre",
  "help.sandbox.allowRemote":
    "permite un --host que no es una dirección de bucle local",
  "help.sandbox.latency": "retrasa cada respuesta MS milisegundos",
  "help.sandbox.faults": "inyecta fallos (sintaxis: docs/sandbox.md)",
  "help.sandbox.tls": "sirve HTTPS con un certificado creado al iniciar",
  "help.sandbox.autoApprove":
    "aprueba los códigos de dispositivo pasado un momento",
  "help.health":
    "Comprueba que el planificador está en marcha y que sus ejecuciones salen bien; termina con 1 si no (para las comprobaciones de salud de contenedores).",
  "help.health.json": "muestra el estado y el veredicto en JSON",
  "help.health.maxFailures":
    "número de ejecuciones fallidas seguidas a partir del cual el estado se considera malo",
  "help.config.migrate.replace":
    "escribe la nueva configuración en lugar de la antigua y conserva el archivo antiguo como <config-antigua>.go-backup",
};
