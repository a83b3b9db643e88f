import type { CatalogueOf } from "../catalogue-types.js";
import type { setupEn } from "../en/setup.js";

/** Schedule, logging, base URLs, config file, prompts, flags and sandbox. */
export const setupEs: CatalogueOf<typeof setupEn> = {
  "cron.unknownTimeZone":
    "La zona horaria «{zone}» no es una zona IANA conocida. Use un nombre como «Europe/Paris», «America/New_York» o «UTC».",
  "cron.notCron":
    "La programación «{expression}» no es una expresión cron que esta herramienta sepa leer. {hint}",
  "cron.invalid":
    "La programación «{expression}» no es válida: {reason}. {hint}",
  "cron.neverRuns":
    "La programación «{expression}» no designa ninguna fecha que exista (como el 30 de febrero), así que nunca se ejecutaría. {hint}",
  "cron.hint":
    "Indique cinco campos (minuto hora día-del-mes mes día-de-la-semana), como «30 2 * * *» para las 02:30 cada noche, o uno de @hourly, @daily, @weekly, @monthly, @yearly.",
  "cron.noSchedule":
    "No se indicó ninguna programación: pase una expresión cron como «30 2 * * *», o defina cron en la sección [schedule] del archivo de configuración.",
  "cron.stoppedBySignal": "Detenido por {signal}",
  "scheduleStatus.unreadable":
    "No se puede leer el estado del planificador «{path}»: {reason}.",
  "scheduleStatus.damaged":
    "El estado del planificador «{path}» está dañado. Se vuelve a escribir cuando el planificador arranca de nuevo.",
  "scheduleStatus.otherScheduler":
    "Ya hay otro planificador en marcha sobre esta carpeta de exportaciones: el proceso {pid} en {host}, iniciado el {startedAt}, guarda su estado en «{path}». Deténgalo antes de iniciar uno nuevo; si ese proceso no es un planificador, elimine el archivo de estado y vuelva a intentarlo.",
  "logSize.invalid":
    "{key} debe ser un tamaño como «10MB», «512KB» o un número de bytes, no «{value}».",
  "logFile.unwritable":
    "no se pudo escribir el archivo de registro «{path}» ({reason}); el comando continúa sin él.",
  "logFile.toolFile":
    "Se rechaza escribir el registro en «{path}»: es {role} «{file}», y las líneas de registro dañarían ese archivo. Ponga en file, en la sección [logging] del archivo de configuración, un archivo propio para el registro, como «logs/export-trakt.log».",
  "logFile.inAuditFolder":
    "Se rechaza escribir el registro en «{path}»: esa ruta está dentro de la carpeta del registro de auditoría «{folder}», cuyos archivos solo puede escribir el registro de auditoría. Ponga en file, en la sección [logging] del archivo de configuración, una ruta fuera de ella, como «logs/export-trakt.log».",
  "logFile.notALog":
    "Se rechaza escribir el registro en «{path}»: ya hay un archivo ahí y no es un registro (su primera línea no es una línea de registro JSON con «level» y «time»). Ponga en file, en la sección [logging] del archivo de configuración, otra ruta, o mueva ese archivo.",
  "logFile.role.config": "el archivo de configuración",
  "logFile.role.credentials": "el archivo de credenciales",
  "logFile.role.keyFile": "el archivo de clave del archivo de credenciales",
  "logFile.role.exportState": "el archivo de estado de las exportaciones",
  "logFile.role.scheduleStatus": "el archivo de estado del planificador",
  "logFile.role.lock": "el archivo de bloqueo de las exportaciones",
  "outputClosed.stopped":
    "Detenido: la salida se cerró antes de que terminara el comando.",
  "baseUrl.notUrl":
    "{flag} «{value}» no es una URL. Indique una como {example}.",
  "baseUrl.notHttps": "{flag} «{value}» debe ser una URL https://.",
  "baseUrl.notBare":
    "{flag} «{value}» debe ser una dirección sin más, como {example}: sin usuario, ruta, consulta ni fragmento.",
  "baseUrl.plainHttp":
    "{flag} «{value}» usa http sin cifrar hacia un host que no es de bucle local. Use https://, o una dirección de bucle local (127.0.0.1) para un servidor de pruebas local.",
  "configFile.exists":
    "Se rechaza reemplazar «{path}»: el archivo ya existe. Pase --force para reemplazarlo, o --output con otra ruta.",
  "configFile.cannotWrite":
    "No se pudo escribir «{path}»: {reason}. Compruebe que su carpeta existe y admite escritura.",
  "prompt.inputEnded":
    "La entrada estándar terminó antes de leer una respuesta a «{question}». Pase una respuesta por línea.",
  "prompt.cancelled": "Cancelado; no se ha cambiado nada.",
  "flags.invalid":
    "{problems}. Ejecute «export-trakt {command} --help» para ver el uso.",
  "dashboardTrakt.noLogin":
    "No hay ninguna sesión de Trakt guardada. Use primero «Iniciar sesión con un código de dispositivo».",
  "dashboardTrakt.internalFailure":
    "el inicio de sesión falló por un error interno; el registro del servidor tiene los detalles.",
  "sandboxData.unreadable":
    "No se pueden leer los datos del sandbox «{path}»: {reason}. Compruebe la ruta pasada a --data.",
  "sandboxData.notJson":
    "Los datos del sandbox «{path}» no son JSON: {reason}. Pase un archivo JSON con las claves de SandboxData.",
  "sandboxData.wrongShape":
    "Los datos del sandbox «{path}» no tienen la forma de SandboxData:\n{problems}",
  "sandboxHost.refused":
    "Se rechaza escuchar en «{host}»: el sandbox es una herramienta de pruebas y solo escucha en la dirección de bucle local (127.0.0.1, ::1, localhost). Pase --allow-remote para escuchar ahí de todos modos.",
  "faults.invalid":
    "--faults «{spec}» no es válido:\n{problems}\nLa sintaxis está en docs/sandbox.md.",
  "faults.inRule": "«{rule}»: {problem}",
  "faults.unknownKind":
    "fallo desconocido «{kind}»; use latency, status, html, drop, rate-limit, strip-paging o expire-token.",
  "faults.form.latency": "escríbalo como latency=MS.",
  "faults.form.status":
    "escríbalo como {kind}=CODE, con un CODE entre 100 y 599.",
  "faults.form.rateLimit": "escríbalo como rate-limit o rate-limit=SEGUNDOS.",
  "faults.form.expireToken":
    "escríbalo como expire-token=N, con N un número de peticiones.",
  "faults.pathSlash": "path debe empezar por «/».",
  "faults.unknownKey":
    "clave desconocida «{key}»; use path, page, method, from, count, nth o retry-after.",
  "faults.notWholeNumber":
    "{key} debe ser un número entero desde 1, no «{value}».",
  "faults.notPair": "«{pair}» no tiene la forma CLAVE=VALOR.",
  "faults.retryAfterSeconds":
    "retry-after debe ser un número entero de segundos, no «{value}».",
  "faults.retryAfterKind":
    "retry-after solo vale para status, html o rate-limit.",
  "logFile.inOutputFolder":
    "Se rechaza escribir el registro en «{path}»: esa ruta está dentro de la carpeta que escribe esta exportación, «{folder}», que solo debe contener la exportación. Elija otro --output, o ponga en file, en la sección [logging], una ruta fuera de ella.",
  "scheduleStatus.otherSchedulerLock":
    "Ya hay otro planificador en marcha sobre esta carpeta de exportaciones: el proceso {pid} en {host}, iniciado el {startedAt}, tiene «{path}». Deténgalo antes de iniciar uno nuevo; si ese proceso no es un planificador (un número de proceso reutilizado tras un reinicio, o un planificador desaparecido en otra máquina), elimine «{path}» y vuelva a intentarlo.",
  "scheduleStatus.unknownSchedulerLock":
    "Puede que ya haya otro planificador en marcha: «{path}» existe pero no es un bloqueo escrito por esta herramienta. Si no hay ningún planificador en esta carpeta de exportaciones, elimínelo y vuelva a intentarlo.",
};
