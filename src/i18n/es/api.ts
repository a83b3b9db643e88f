import type { CatalogueOf } from "../catalogue-types.js";
import type { apiEn } from "../en/api.js";

/** Errors of the Trakt client, the network, the export lock and its state. */
export const apiEs: CatalogueOf<typeof apiEn> = {
  "api.status403":
    "{method} {path} falló con HTTP {status}{detail}. Trakt rechazó el id de cliente: compruebe el id de cliente en el almacén de credenciales, en la configuración ([trakt] client_id) o en TRAKT_CLIENT_ID. Desde 2026 solo siguen funcionando las aplicaciones de miembros de Trakt VIP.",
  "api.status404":
    "{method} {path} falló con HTTP {status}{detail}. Trakt no conoce esta dirección; compruebe --api-base-url.",
  "api.status404User":
    "{method} {path} falló con HTTP {status}{detail}. No existe ningún usuario de Trakt «{user}», o su perfil es privado. Compruebe --user, o inicie sesión con «export-trakt auth» para exportar su propio perfil privado.",
  "api.status405":
    "{method} {path} falló con HTTP {status}{detail}. El servidor no acepta este método en esta dirección; compruebe que --api-base-url apunta a la API de Trakt y, si es así, informe del problema.",
  "api.status409":
    "{method} {path} falló con HTTP {status}{detail}. Trakt indica un conflicto: lo que crea esta solicitud ya existe. Vuelva a intentarlo; si persiste, informe del problema.",
  "api.status412":
    "{method} {path} falló con HTTP {status}{detail}. Trakt rechazó la forma de la solicitud (su tipo de contenido o su versión de la API); es un error de export-trakt, informe de él, por favor.",
  "api.status420":
    "{method} {path} falló con HTTP {status}{detail}. La cuenta de Trakt supera uno de sus límites; elimine algunos elementos en trakt.tv y vuelva a intentarlo.",
  "api.status5xx":
    "{method} {path} falló con HTTP {status}{detail}. Trakt tiene problemas; vuelva a intentarlo más tarde.",
  "api.statusOther":
    "{method} {path} falló con HTTP {status}{detail}. Esto no es lo esperado; informe del problema, por favor.",
  "api.htmlBlock":
    "{method} {path} respondió HTTP {status} con una página de bloqueo HTML en lugar de JSON (el cortafuegos de Trakt, Cloudflare, detuvo la solicitud). Compruebe que el id de cliente es correcto y que nada elimina el User-Agent; si envió muchas solicitudes, espere unos minutos y vuelva a intentarlo.",
  "api.htmlInsteadOfJson":
    "{method} {path} respondió HTTP {status} con una página HTML donde se esperaba JSON. Puede que haya un proxy o un cortafuegos en medio; vuelva a intentarlo más tarde e informe del problema si persiste.",
  "api.notJson":
    "{method} {path} respondió HTTP {status} con un contenido que no es JSON donde se esperaba JSON. Puede que haya un proxy o un cortafuegos en medio; vuelva a intentarlo más tarde e informe del problema si persiste.",
  "api.schema":
    "{method} {path} respondió con un JSON que este programa no entiende:\n{problems}\nQuizá Trakt haya cambiado su formato; informe del problema, por favor.",
  "api.rateLimited": {
    one: "Trakt sigue limitando {method} {path} (HTTP {status}) tras {count} intento. No se escribió nada; vuelva a intentarlo después de {retryAt}.",
    other:
      "Trakt sigue limitando {method} {path} (HTTP {status}) tras {count} intentos. No se escribió nada; vuelva a intentarlo después de {retryAt}.",
  },
  "api.rateLimitedTooLong":
    "Trakt limita {method} {path} (HTTP {status}) hasta {retryAt}, más de los {maxWaitSeconds} s que este programa espera. No se escribió nada; vuelva a intentarlo después de {retryAt}.",
  "api.tooManyPages":
    "{method} {path} anunció {pageCount} páginas, más de las que tiene cualquier cuenta de Trakt (como mucho {maxPages} páginas de {pageLimit}). El servidor no responde como Trakt; compruebe --api-base-url o [trakt] api_base_url.",
  "api.itemsMissing":
    "{method} {path} anunció {announced} elementos, pero llegaron {received} en {pageCount} páginas; Trakt omite los elementos ocultos (como títulos que reclasificó). La exportación continúa con lo que llegó.",
  "api.refreshWithoutLogin":
    "Trakt necesita aquí un inicio de sesión y no hay ninguno guardado. Ejecute «export-trakt auth» para iniciar sesión.",
  "api.refreshWithoutSecret":
    "El inicio de sesión en Trakt caducó y no se puede renovar sin el secreto de cliente. Defina TRAKT_CLIENT_SECRET, o ejecute «export-trakt auth» para volver a iniciar sesión.",
  "api.refreshRefused":
    "Trakt se negó a renovar el inicio de sesión (invalid_grant): el token de renovación ya se usó, se revocó o caducó. Ejecute «export-trakt auth» para volver a iniciar sesión.",
  "network.refused":
    "{method} {url} falló: {host} rechazó la conexión. Compruebe que el servidor está en marcha y que --api-base-url y --auth-base-url apuntan a él.",
  "network.dns":
    "{method} {url} falló: no se pudo resolver el nombre {host}. Compruebe la conexión de red, la configuración de DNS y cómo está escrita la dirección.",
  "network.timeout":
    "{method} {url} no respondió en {timeoutMs} ms. Compruebe la conexión, o aumente security.https.timeout.",
  "network.dropped":
    "{method} {url} falló: la conexión con {host} se cerró antes de completar la respuesta. Compruebe la conexión de red y cualquier proxy intermedio, y vuelva a intentarlo.",
  "network.failed":
    "{method} {url} falló: {reason}. Compruebe la conexión de red y que el servidor es accesible.",
  "network.untrustedCertificate":
    "{method} {url}: el certificado del servidor no es de confianza ({problem}). Para un sandbox iniciado con --tls, pase --ca-file con el archivo de la autoridad de certificación que mostró; si no, compruebe el reloj del sistema y cualquier proxy que intercepte HTTPS.",
  "lock.heldManual":
    "Hay otra exportación en curso: el archivo de bloqueo «{path}» lo tiene el proceso {pid} en {host} (exportación manual iniciada el {startedAt}). Espere a que termine; si ese proceso ya no existe, borre el archivo de bloqueo y vuelva a intentarlo.",
  "lock.heldScheduled":
    "Hay otra exportación en curso: el archivo de bloqueo «{path}» lo tiene el proceso {pid} en {host} (exportación programada iniciada el {startedAt}). Espere a que termine; si ese proceso ya no existe, borre el archivo de bloqueo y vuelva a intentarlo.",
  "lock.held":
    "Hay otra exportación en curso: el archivo de bloqueo «{path}» lo tiene el proceso {pid} en {host} (exportación «{purpose}» iniciada el {startedAt}). Espere a que termine; si ese proceso ya no existe, borre el archivo de bloqueo y vuelva a intentarlo.",
  "lock.unknownFile":
    "Puede que haya otra exportación en curso: el archivo de bloqueo «{path}» existe, pero no lo escribió esta herramienta. Si no hay ninguna exportación en curso, bórrelo y vuelva a intentarlo.",
  "lock.cannotCreate":
    "No se pudo crear el bloqueo de exportación «{path}»: {reason}. Compruebe que se puede escribir en la carpeta de exportaciones.",
  "lock.keepsReappearing":
    "No se pudo tomar el bloqueo de exportación «{path}»: vuelve a aparecer una y otra vez. Busque otro proceso de export-trakt y vuelva a intentarlo.",
  "lock.staleManual":
    "Se sustituyó el bloqueo de exportación abandonado «{path}»: el proceso {pid} en {host} (exportación manual iniciada el {startedAt}) ya no está en marcha.",
  "lock.staleScheduled":
    "Se sustituyó el bloqueo de exportación abandonado «{path}»: el proceso {pid} en {host} (exportación programada iniciada el {startedAt}) ya no está en marcha.",
  "lock.stale":
    "Se sustituyó el bloqueo de exportación abandonado «{path}»: el proceso {pid} en {host} (exportación «{purpose}» iniciada el {startedAt}) ya no está en marcha.",
  "state.unreadable":
    "No se puede leer el estado de exportación «{path}»: {reason}. Compruebe sus permisos, o bórrelo para que la próxima exportación sea completa.",
  "state.damaged":
    "El estado de exportación «{path}» está dañado. Bórrelo para que la próxima exportación sea completa.",
  "state.notRecorded":
    "La exportación se escribió, pero no se pudo registrar en «{path}»: {reason}. La próxima ejecución con --since last volverá a exportarlo todo.",
};
