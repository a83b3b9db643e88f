import type { CatalogueOf } from "../catalogue-types.js";
import type { cliEn } from "../en/cli.js";

/** What the commands print: frames, progress, summaries, success lines. */
export const cliEs: CatalogueOf<typeof cliEn> = {
  "cli.error": "Error: {message}",
  "cli.warning": "Aviso: {message}",
  "cli.internalError":
    "Error interno inesperado; por favor, notifíquelo con el texto de abajo.",
  "count.rows": { one: "{count} fila", other: "{count} filas" },
  "count.files": { one: "{count} archivo", other: "{count} archivos" },
  "count.lines": { one: "{count} línea", other: "{count} líneas" },
  "count.endpoints": {
    one: "{count} punto de acceso",
    other: "{count} puntos de acceso",
  },
  "count.films": { one: "{count} película", other: "{count} películas" },
  "count.viewings": {
    one: "{count} visionado",
    other: "{count} visionados",
  },
  "progress.reading": "Leyendo {bar} {done}/{total} archivos",
  "progress.fetching": {
    one: "Descargando de Trakt: {count} página",
    other: "Descargando de Trakt: {count} páginas",
  },
  "progress.rateLimit": "Trakt pidió ir más despacio: esperando {seconds} s",
  "progress.retrying":
    "Reintentando {path} dentro de {seconds} s (intento {attempt})",
  "progress.converting": "Convirtiendo en filas de Letterboxd…",
  "progress.writing": "Escribiendo {files} archivos…",
  "summary.zone.option": "indicada con --timezone o en la configuración",
  "summary.zone.account": "la de la cuenta de Trakt",
  "summary.zone.system": "la de este equipo; use --timezone para elegir otra",
  "summary.read":
    "Archivos leídos de {source}: {files} (zona horaria {zone}, {zoneSource}).",
  "summary.fetched":
    "Puntos de acceso consultados en {source}: {endpoints} (zona horaria {zone}, {zoneSource}).",
  "summary.watchlistOnly":
    "{where} (solo ahí: la importación del perfil marcaría todas las películas como vistas)",
  "summary.asList": "{where} con el nombre «{list}»",
  "summary.parts":
    "Las partes numeradas van a la misma página, cada una en una subida distinta y dentro de los límites de tamaño de Letterboxd.",
  "summary.filmsFromViewings": "{films} de {viewings}",
  "summary.sameDayMerged": {
    one: "{count} visionado del mismo día unido en una sola entrada del diario (Letterboxd guarda una por película y día)",
    other:
      "{count} visionados del mismo día unidos en una sola entrada del diario (Letterboxd guarda una por película y día)",
  },
  "summary.undated": {
    one: "{count} visionado sin fecha utilizable",
    other: "{count} visionados sin fecha utilizable",
  },
  "summary.beforeSince": {
    one: "{count} fila anterior a --since omitida",
    other: "{count} filas anteriores a --since omitidas",
  },
  "summary.skipped": "Sin exportar en {source}: {items}",
  "source.history": "el historial",
  "source.ratings": "las puntuaciones",
  "source.comments": "los comentarios",
  "source.watchlist": "la lista de pendientes",
  "source.collection": "la colección",
  "source.favorites": "los favoritos",
  "source.television": "los archivos de televisión",
  "source.list": "la lista «{name}»",
  "summary.ignored": {
    one: "{count} archivo de entrada ignorado (indicado en report.json)",
    other: "{count} archivos de entrada ignorados (indicados en report.json)",
  },
  "summary.withoutIds": {
    one: "{count} fila sin id de IMDb ni de TMDB: Letterboxd la emparejará por el título, así que revísela",
    other:
      "{count} filas sin id de IMDb ni de TMDB: Letterboxd las emparejará por el título, así que revíselas",
  },
  "note.spoilerReviews": {
    one: "{count} de sus reseñas está marcada como spoiler en Trakt; la importación no tiene indicador de spoiler, así que marque «contains spoilers» en Letterboxd después de importar.",
    other:
      "{count} de sus reseñas están marcadas como spoiler en Trakt; la importación no tiene indicador de spoiler, así que marque «contains spoilers» en Letterboxd después de importar.",
  },
  "note.watchlistNotes": {
    one: "{count} nota de la lista de pendientes no se ha trasladado: la importación de la lista de pendientes de Letterboxd no admite notas.",
    other:
      "{count} notas de la lista de pendientes no se han trasladado: la importación de la lista de pendientes de Letterboxd no admite notas.",
  },
  "note.undatedFilms": {
    one: "{count} película no tiene ningún visionado con fecha (puntuada, reseñada o registrada sin fecha): recibe una fila sin fecha, que la marca como vista sin entrada en el diario.",
    other:
      "{count} películas no tienen ningún visionado con fecha (puntuadas, reseñadas o registradas sin fecha): reciben filas sin fecha, que las marcan como vistas sin entrada en el diario.",
  },
  "summary.undoWarning":
    "Las importaciones de Letterboxd no se pueden deshacer: revise las coincidencias en cada página antes de confirmar.",
  "summary.dryRun":
    "Simulación: {rows} en {files} por escribir; no se ha escrito nada.",
  "summary.wrote": "Exportación terminada: {rows} en {files} en {folder}",
  "skip.episode": {
    one: "{count} episodio de serie",
    other: "{count} episodios de series",
  },
  "skip.show": { one: "{count} serie", other: "{count} series" },
  "skip.season": { one: "{count} temporada", other: "{count} temporadas" },
  "skip.person": { one: "{count} persona", other: "{count} personas" },
  "skip.noFilm": {
    one: "{count} entrada sin película",
    other: "{count} entradas sin película",
  },
  "skip.invalid": {
    one: "{count} entrada mal formada",
    other: "{count} entradas mal formadas",
  },
  "skip.ratingRange": {
    one: "{count} puntuación fuera de 1-10",
    other: "{count} puntuaciones fuera de 1-10",
  },
  "skip.reply": {
    one: "{count} respuesta a un comentario",
    other: "{count} respuestas a comentarios",
  },
  "skip.emptyComment": {
    one: "{count} comentario vacío",
    other: "{count} comentarios vacíos",
  },
  "skip.television": {
    one: "{count} elemento de televisión",
    other: "{count} elementos de televisión",
  },
  "cli.export.noEarlierExport":
    "--since last no encontró ninguna exportación anterior registrada en {path}; esta ejecución lo exporta todo.",
  "cli.export.maxRowsAboveLimit":
    "--max-rows {value} supera el límite de Letterboxd de {limit} filas por archivo; el importador puede rechazar los archivos más grandes.",
  "cli.export.maxBytesAboveLimit":
    "--max-bytes {value} supera el límite de Letterboxd de {limit} bytes por archivo; el importador puede rechazar los archivos más grandes.",
  "cli.auth.openCode":
    "Abra {url} e introduzca el código {code} (válido durante {minutes} minutos). Esperando la aprobación…",
  "cli.auth.done": "Sesión iniciada en Trakt; los tokens están guardados.",
  "cli.token.none":
    "No hay ningún inicio de sesión de Trakt guardado. Ejecute «export-trakt auth».",
  "cli.token.expires":
    "Hay un inicio de sesión de Trakt guardado; caduca el {time}.",
  "cli.token.expired":
    "Hay un inicio de sesión de Trakt guardado; caducó el {time}.",
  "cli.token.unknownTime": "una fecha desconocida",
  "cli.token.refreshed":
    "Inicio de sesión de Trakt renovado; los tokens nuevos están guardados.",
  "cli.token.revoked": "Inicio de sesión de Trakt revocado y tokens olvidados.",
  "cli.token.cleared": "Tokens de Trakt guardados olvidados.",
  "cli.config.written":
    "Archivo de configuración «{path}» escrito (modo 0600).",
  "cli.config.migrated":
    "«{path}» escrito (modo 0600) con los {changes} cambios indicados arriba. Revíselo y páselo después con --config.",
  "cli.credentials.stored":
    "Id y secreto de cliente guardados en el almacén {backend} ({location}).",
  "cli.credentials.storedKeptTokens":
    "Id y secreto de cliente guardados en el almacén {backend} ({location}). Se han conservado los tokens existentes.",
  "cli.credentials.rotated":
    "«{location}» cifrado de nuevo con una clave nueva (de {from} a {to}).",
  "cli.credentials.moved":
    "Credenciales trasladadas del almacén {from} al almacén {to}.",
  "cli.credentials.movedAndRemoved":
    "Credenciales trasladadas del almacén {from} al almacén {to} y eliminadas del origen.",
  "cli.credentials.deleted": "Credenciales borradas de {location}.",
  "cli.credentials.nothingToDelete": "No hay nada que borrar en {location}.",
  "cli.audit.nothingToVerify":
    "No hay archivos de auditoría en «{folder}»; nada que comprobar.",
  "cli.audit.intact":
    "Registro de auditoría intacto: {lines} en {files} en «{folder}».",
  "cli.audit.unreadable": {
    one: "No se pudo leer {count} línea de auditoría. Ejecute «export-trakt audit verify» para encontrarla.",
    other:
      "No se pudieron leer {count} líneas de auditoría. Ejecute «export-trakt audit verify» para encontrarlas.",
  },
  "cli.schedule.zone.option": "indicada con --timezone o [export] timezone",
  "cli.schedule.zone.account": "la de la cuenta, según la exportación",
  "cli.schedule.zone.system":
    "la de este equipo; use --timezone para elegir otra",
  "cli.schedule.start":
    "Programación «{expression}» en {zone} ({zoneSource}). Próximas ejecuciones:",
  "cli.schedule.howItRuns":
    "Cada ejecución escribe una carpeta nueva en {folder} y mantiene el bloqueo de exportación. Deténgalo con Ctrl+C o SIGTERM.",
  "cli.schedule.stopped":
    "Planificador detenido: {runs}; correctas: {succeeded}, fallidas: {failed}, omitidas: {skipped}, interrumpidas: {stopped}.",
  "count.runs": { one: "{count} ejecución", other: "{count} ejecuciones" },
  "warning.unchanged":
    "Sin cambios en Trakt desde la última exportación, así que no se vuelve a escribir: {kinds}.",
  "warning.accountTimeZone":
    "La zona horaria de la cuenta «{zone}» en la exportación no es una zona IANA conocida; se usó la del sistema. Indique una con --timezone.",
  "warning.noWatchlist":
    "La exportación no tiene archivo de watchlist; no se escribió ningún watchlist.csv.",
  "warning.noCollection":
    "La exportación no tiene archivo de colección; no se escribió ningún lists/collection.csv.",
  "warning.summaryOnly":
    "La exportación no tiene historial de visionados, solo el último visionado de cada película: los anteriores se desconocen, así que cada película recibe una sola fila de diario.",
  "warning.filmsOnlyInSummary": {
    one: "{count} película está en watched-movies pero no en el historial; recibió una fila para su último visionado.",
    other:
      "{count} películas están en watched-movies pero no en el historial; cada una recibió una fila para su último visionado.",
  },
  "health.state.waiting":
    "El planificador espera su próxima ejecución: proceso {pid} en {host}, iniciado el {since}, programación «{expression}» ({zone}).",
  "health.state.running":
    "El planificador está exportando (ejecución n.º {number}, desde el {time}): proceso {pid} en {host}, iniciado el {since}, programación «{expression}» ({zone}).",
  "health.state.stopped":
    "El planificador se detuvo el {time}: proceso {pid} en {host}, iniciado el {since}, programación «{expression}» ({zone}).",
  "health.state.gone":
    "El planificador ya no está en marcha: el proceso {pid} en {host} ya no existe (último aviso el {time}); se había iniciado el {since}, programación «{expression}» ({zone}).",
  "health.noRunYet": "Todavía no ha terminado ninguna ejecución.",
  "health.lastRun":
    "Última ejecución: n.º {number}, {result}, {time}: {message}",
  "health.result.success": "correcta",
  "health.result.failure": "fallida",
  "health.result.skipped": "omitida",
  "health.result.stopped": "detenida",
  "health.nextRun": "Próxima ejecución: {time}.",
  "health.noNextRun": "La programación no prevé más ejecuciones.",
  "health.neverStarted":
    "Ningún planificador ha escrito su estado «{path}». Inicie uno con «export-trakt schedule», con el mismo archivo de configuración (el estado está en su [export] output_dir).",
  "health.stopped":
    "El planificador se detuvo el {time}. Vuelva a iniciarlo con «export-trakt schedule».",
  "health.processGone":
    "El planificador (proceso {pid}) terminó sin detenerse correctamente. Sus últimas líneas de registro (en stderr, o en el archivo de registro si hay uno) indican el motivo; vuelva a iniciarlo con «export-trakt schedule».",
  "health.stuckTooLong": {
    one: "La ejecución n.º {number} está en marcha desde el {time}, hace más de {count} hora: está bloqueada. Detenga el planificador y vuelva a iniciarlo; su registro muestra el paso al que llegó la ejecución.",
    other:
      "La ejecución n.º {number} está en marcha desde el {time}, hace más de {count} horas: está bloqueada. Detenga el planificador y vuelva a iniciarlo; su registro muestra el paso al que llegó la ejecución.",
  },
  "health.stuckSkipping": {
    one: "La ejecución n.º {number}, en marcha desde el {time}, ha hecho que el planificador omita {count} ejecución prevista: está bloqueada, o la programación le deja muy poco tiempo. El registro muestra el paso al que llegó; reinicie el planificador o espacie la programación.",
    other:
      "La ejecución n.º {number}, en marcha desde el {time}, ha hecho que el planificador omita {count} ejecuciones previstas seguidas: está bloqueada, o la programación le deja muy poco tiempo. El registro muestra el paso al que llegó; reinicie el planificador o espacie la programación.",
  },
  "health.overdue":
    "La ejecución prevista para {time} no ha empezado: el planificador está bloqueado o su equipo estaba en reposo. Reinicie el planificador.",
  "health.failing":
    "Ejecuciones fallidas seguidas: {count}. La más reciente: {message}. Corrija la causa, o lea el registro y «export-trakt audit --type data_export».",
  "cli.config.migratedInPlace":
    "«{path}» escrito (modo 0600) con los {changes} cambios indicados arriba, en lugar de la configuración de la herramienta Go, conservada como «{backup}». A partir de ahora se lee sin --config.",
};
