import type { CatalogueOf } from "../catalogue-types.js";
import type { securityEn } from "../en/security.js";

/** Refusals and errors of the security layer and the credential store. */
export const securityEs: CatalogueOf<typeof securityEn> = {
  "guard.access.read": "lee",
  "guard.access.write": "escribe",
  "guard.access.create": "crea",
  "guard.emptyPath":
    "No se {access} «{path}»: la ruta está vacía. Indique un nombre de archivo o de carpeta.",
  "guard.nul":
    "No se {access} «{path}»: contiene un carácter NUL. Indique la ruta como texto normal.",
  "guard.encoded":
    "No se {access} «{path}»: contiene caracteres de ruta codificados para URL (%2e, %2f, %5c). Indique la ruta como texto normal.",
  "guard.outside":
    "No se {access} «{path}»: está fuera de las carpetas permitidas ({folders}). Muévalo a una de ellas o añada su carpeta a security.filesystem.allowed_base_paths.",
  "guard.restricted":
    "No se {access} «{path}»: está dentro de la carpeta restringida «{folder}». Elija una ruta fuera de ella.",
  "guard.symlink":
    "No se {access} «{path}»: «{link}» es un enlace simbólico. Use la carpeta real, o ponga security.filesystem.check_symlinks = false.",
  "guard.tooLarge":
    "No se lee «{path}»: ocupa {size} bytes, más que el límite de {limit} bytes (security.filesystem.max_file_size). Use un archivo más pequeño o suba el límite.",
  "guard.cannotOpen":
    "No se pudo abrir «{path}»: {reason}. Compruebe que el archivo existe, se puede leer y no es un enlace simbólico.",
  "guard.notFile":
    "No se lee «{path}»: no es un archivo normal. Indique la ruta de un archivo.",
  "guard.notFolder":
    "No se crea «{path}»: «{prefix}» existe y no es una carpeta. Elimínelo o elija otra ruta.",
  "guard.existsNotFile":
    "No se escribe «{path}»: existe y no es un archivo normal. Elimínelo o elija otro nombre.",
  "guard.writeFailed":
    "No se pudo escribir «{path}»: {reason}. Compruebe que se puede escribir en la carpeta y que queda espacio libre.",
  "guard.checkNotFile":
    "No se comprueba «{path}»: no es un archivo normal. Sustitúyalo por el propio archivo.",
  "guard.checkNotFolder":
    "No se comprueba «{path}»: no es una carpeta. Sustitúyalo por una carpeta real.",
  "guard.modeTooOpen":
    "No se usa «{path}»: su modo {mode} permite que otros usuarios lo lean. Ejecute «export-trakt validate --security --fix» o «chmod {wanted} {path}» y vuelva a intentarlo.",
  "guard.modeWarning":
    "«{path}» tiene el modo {mode}, así que otros usuarios pueden leerlo. Ejecute «export-trakt validate --security --fix» para ponerlo en {wanted}.",
  "guard.chmodFileLink":
    "No se cambia el modo de «{path}»: no se pudo abrir como archivo sin seguir enlaces. Compruebe que no es un enlace simbólico.",
  "guard.chmodFolderLink":
    "No se cambia el modo de «{path}»: no se pudo abrir como carpeta sin seguir enlaces. Compruebe que no es un enlace simbólico.",
  "guard.chmodNotFile":
    "No se cambia el modo de «{path}»: ya no es un archivo.",
  "guard.chmodNotFolder":
    "No se cambia el modo de «{path}»: ya no es una carpeta.",
  "https.invalidUrl":
    "No se conecta con «{url}»: no es una URL absoluta válida. Indique una URL como https://api.trakt.tv/.",
  "https.scheme":
    "No se conecta con «{url}»: solo se admiten URL https, no «{scheme}». Use una URL https://.",
  "https.credentialsInUrl":
    "No se conecta con «{url}»: la URL lleva un nombre de usuario o una contraseña. Quítelos de la URL; las credenciales se envían en las cabeceras.",
  "https.blockedHost":
    "No se conecta con «{url}»: el host «{host}» está en security.https.blocked_hosts.",
  "https.hostNotAllowed":
    "No se conecta con «{url}»: el host «{host}» no está en security.https.allowed_hosts. Añada allí ese nombre de host exacto si es de confianza.",
  "https.plainHttp":
    "No se conecta con «{url}»: no se permite http sin cifrar. Use https://, o ponga security.https.require_https = false para un servidor de desarrollo.",
  "https.tooLarge":
    "Se rechaza la respuesta de «{url}»: ocupa más de {limit} bytes.",
  "https.tooManyRedirects":
    "No se siguen más de {limit} redirecciones desde «{url}» (security.https.max_redirects). Puede que el servidor esté mal configurado.",
  "https.timeout":
    "{request}: se agotó el tiempo tras {timeout} ms. Compruebe la conexión, o suba security.https.timeout.",
  "https.failed":
    "{request} falló: {reason}. Compruebe la conexión de red y que el servidor está accesible.",
  "https.untrustedCertificate":
    "{request} falló: el certificado del servidor no es de confianza ({reason}). Compruebe el reloj del sistema y cualquier proxy que intercepte HTTPS; para un servidor con su propia autoridad de certificación, pase --ca-file con el archivo de esa autoridad.",
  "https.tlsVersion":
    "{request} falló: el servidor y esta herramienta no comparten ninguna versión de TLS desde {version}. Use un servidor que ofrezca {version} o posterior, o baje security.https.tls_min_version si confía en este.",
  "https.readFailed":
    "La lectura de la respuesta de «{url}» falló o tardó demasiado. Compruebe la conexión y vuelva a intentarlo.",
  "limit.reached":
    "Se alcanzó el límite de peticiones de «{service}»: la siguiente petición no podría salir hasta dentro de {wait} ms, más allá de los {timeout} ms de espera permitidos. Vuelva a intentarlo más tarde o suba security.rate_limit.limits.{service}.",
  "store.decryptFailed":
    "No se pudo descifrar el archivo de credenciales «{path}»: {reason}. El archivo no se ha tocado. Restáurelo desde una copia de seguridad, o elimínelo con «export-trakt credentials delete» y vuelva a guardar las credenciales con «export-trakt credentials set».",
  "store.reason.notEncrypted": "no es un archivo cifrado por export-trakt",
  "store.reason.truncated":
    "está cortado ({size} bytes, cuando incluso un archivo cifrado vacío tiene {minimum})",
  "store.reason.version":
    "usa la versión {version} del formato, y esta versión de export-trakt solo lee el formato {supported}; use la versión de export-trakt que lo escribió",
  "store.reason.headerDamaged":
    "su cabecera está dañada o se modificó (valores de campo desconocidos)",
  "store.reason.keyMismatch": "la clave no coincide",
  "store.reason.wrongEnvKey":
    "se cifró con una clave distinta de la de ENCRYPTION_KEY",
  "store.reason.wrongPassphrase":
    "se cifró con una clave distinta de la de la frase de contraseña (scrypt)",
  "store.reason.wrongKeyFile":
    "se cifró con una clave distinta de la del archivo de clave «{keyFile}»",
  "store.reason.damaged":
    "está dañado, cortado o se modificó (falló la comprobación de integridad)",
  "store.reason.tooLarge":
    "ocupa {size} bytes, mucho más que un archivo de credenciales",
  "store.reason.holdsData": "contiene datos exportados, no credenciales",
  "store.reason.invalidRecord":
    "se descifra, pero el registro que contiene no es válido ({fields})",
  "store.reason.notJsonRecord":
    "se descifra, pero el registro que contiene no es válido (no es un objeto JSON)",
  "store.readFailed":
    "No se pudo leer el archivo de credenciales «{path}». Compruebe que es un archivo que usted puede leer.",
  "store.writeFailed":
    "No se pudo escribir el archivo de credenciales «{path}»; el archivo anterior, si lo había, no ha cambiado. Compruebe que se puede escribir en la carpeta y que el disco no está lleno.",
  "store.deleteFailed":
    "No se pudo borrar el archivo de credenciales «{path}». Compruebe sus permisos y bórrelo a mano.",
  "store.keyNotBase64":
    "{variable} no es base64 válido. Debe ser la codificación base64 de exactamente {length} bytes aleatorios; cree una con «openssl rand -base64 32».",
  "store.keyWrongLength":
    "{variable} da {bytes} bytes al decodificarla, pero debe ser la codificación base64 de exactamente {length} bytes; cree una con «openssl rand -base64 32».",
  "store.keyFileNotBase64":
    "El archivo de clave «{path}» no es base64 válido. Debe contener la codificación base64 de exactamente {length} bytes aleatorios; cree una con «openssl rand -base64 32».",
  "store.keyFileWrongLength":
    "El archivo de clave «{path}» da {bytes} bytes al decodificarlo, pero debe contener la codificación base64 de exactamente {length} bytes; cree una con «openssl rand -base64 32».",
  "store.emptyPassphrase":
    "La frase de contraseña está vacía. Escriba una frase de contraseña, o defina ENCRYPTION_KEY en su lugar.",
  "store.noPassphrase":
    "Hace falta una frase de contraseña, pero {variable} no está definida y no hay un terminal donde preguntarla. Defina {variable}, o ejecute el comando en un terminal.",
  "store.keyFileLink":
    "El archivo de clave «{path}» es un enlace simbólico, y los archivos de clave nunca se leen a través de enlaces. Sustitúyalo por el propio archivo de clave.",
  "store.keyFileUnreadable":
    "No se pudo leer el archivo de clave «{path}». Compruebe que es un archivo normal que usted puede leer.",
  "store.keyFileEmpty":
    "El archivo de clave «{path}» no contiene ninguna clave. Restáurelo desde una copia de seguridad; sin él no se puede abrir el archivo de credenciales.",
  "store.keyFileMissing":
    "Este archivo se cifró con el archivo de clave «{path}», que falta. Restaure el archivo de clave desde una copia de seguridad.",
  "store.keyFileCreateFailed":
    "No se pudo crear el archivo de clave «{path}». Compruebe que se puede escribir en la carpeta.",
  "store.envKeyMissing":
    "Este archivo se cifró con ENCRYPTION_KEY, que no está definida. Ponga en ENCRYPTION_KEY la clave que se usó al escribirlo.",
  "store.noSalt":
    "A la cabecera de la frase de contraseña le falta su sal. Restaure el archivo desde una copia de seguridad.",
  "store.passphrasesDiffer":
    "Las dos frases de contraseña no coinciden; no se ha cambiado nada. Vuelva a ejecutar el comando.",
  "store.prompt.passphrase": "Frase de contraseña: ",
  "store.prompt.newPassphrase": "Nueva frase de contraseña: ",
  "store.prompt.newPassphraseAgain": "Repita la nueva frase de contraseña: ",
  "store.prompt.clientId": "Client ID de Trakt: ",
  "store.prompt.clientSecret": "Client secret de Trakt: ",
  "store.envMissingOne":
    "Algunas variables de Trakt están definidas, pero {variable} no. Defínala también, o use otro keyring_backend.",
  "store.envMissingBoth":
    "Algunas variables de Trakt están definidas, pero TRAKT_CLIENT_ID y TRAKT_CLIENT_SECRET no. Defínalas también, o use otro keyring_backend.",
  "store.envCannotPersist":
    'El almacén env no puede guardar credenciales: un token de acceso renovado se pierde al terminar esta ejecución, y el anterior, en TRAKT_ACCESS_TOKEN, dejará de funcionar. Ponga keyring_backend = "file" o "system" en [security] para conservarlo.',
  "store.envNothingToDelete":
    "El almacén env no guarda nada que borrar: quite en su lugar TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN y TRAKT_REFRESH_TOKEN de su shell o de la definición del servicio.",
  "store.envCannotSet":
    'El almacén env no puede guardar credenciales. Exporte usted mismo TRAKT_CLIENT_ID y TRAKT_CLIENT_SECRET, o ponga keyring_backend = "file" o "system" en [security] del archivo de configuración.',
  "store.envCannotMigrate":
    'El almacén env no puede guardar credenciales. Para usarlo, exporte usted mismo TRAKT_CLIENT_ID, TRAKT_CLIENT_SECRET, TRAKT_ACCESS_TOKEN y TRAKT_REFRESH_TOKEN, y después ponga keyring_backend = "env".',
  "store.keyringInvalid":
    "La entrada del llavero del sistema (servicio «{service}», usuario «{user}») no es un registro válido de export-trakt. Elimínela con «export-trakt credentials delete» y vuelva a guardar las credenciales con «export-trakt credentials set».",
  "store.keyringReadFailed":
    'No se pudo acceder al llavero del sistema para leer las credenciales ({reason}). En una máquina sin servicio de llavero, como un servidor, un contenedor o WSL, ponga keyring_backend = "file" en [security] del archivo de configuración y vuelva a guardar las credenciales con «export-trakt credentials set».',
  "store.keyringStoreFailed":
    'No se pudo acceder al llavero del sistema para guardar las credenciales ({reason}). En una máquina sin servicio de llavero, como un servidor, un contenedor o WSL, ponga keyring_backend = "file" en [security] del archivo de configuración y vuelva a guardar las credenciales con «export-trakt credentials set».',
  "store.keyringDeleteFailed":
    'No se pudo acceder al llavero del sistema para borrar las credenciales ({reason}). En una máquina sin servicio de llavero, como un servidor, un contenedor o WSL, ponga keyring_backend = "file" en [security] del archivo de configuración y vuelva a guardar las credenciales con «export-trakt credentials set».',
  "store.emptyClient":
    "El id de cliente y el secreto de cliente no pueden estar vacíos; no se ha guardado nada. Cópielos de la página de su aplicación en trakt.tv.",
  "store.fileModeOpen":
    "El archivo de credenciales «{path}» tiene el modo {mode}, así que otros usuarios pueden acceder a él; ejecute «chmod 600» sobre él.",
  "store.nothingToRotate":
    "No hay credenciales en «{path}» que volver a cifrar. Guárdelas primero con «export-trakt credentials set».",
  "store.rotateNeedsFile":
    "rotate-key vuelve a cifrar el archivo de credenciales, pero keyring_backend es «{backend}». El llavero del sistema cifra con su sesión, y el almacén env no guarda nada; para cambiar los propios secretos de Trakt, ejecute «export-trakt credentials set».",
  "store.newKeyMissing":
    "Ponga en NEW_ENCRYPTION_KEY la clave nueva (cree una con «openssl rand -base64 32»), vuelva a ejecutar la rotación y después sustituya ENCRYPTION_KEY por ella.",
  "store.passphraseTooShort": {
    one: "La nueva frase de contraseña tiene {count} carácter; use al menos {minimum}, porque una corta se puede adivinar incluso a través de scrypt. No se ha cambiado nada.",
    other:
      "La nueva frase de contraseña tiene {count} caracteres; use al menos {minimum}, porque una corta se puede adivinar incluso a través de scrypt. No se ha cambiado nada.",
  },
  "store.noNewPassphrase":
    "Hace falta una nueva frase de contraseña, pero NEW_ENCRYPTION_PASSPHRASE no está definida y no hay un terminal donde preguntarla. Defina NEW_ENCRYPTION_PASSPHRASE, o ejecute el comando en un terminal.",
  "store.replaceEnvKey":
    "Sustituya ahora ENCRYPTION_KEY por el valor de NEW_ENCRYPTION_KEY; la clave anterior ya no abre el archivo de credenciales.",
  "store.replacePassphrase":
    "Sustituya ahora ENCRYPTION_PASSPHRASE por la nueva frase de contraseña; la anterior ya no abre el archivo de credenciales.",
  "store.keyFileUnused":
    "El archivo de clave «{path}» ya no hace falta para las credenciales; consérvelo solo si algún archivo .enc exportado todavía lo usa.",
  "store.alreadyInBackend":
    "Las credenciales ya están en el almacén {backend}. Pase otro almacén a --to.",
  "store.nothingToMigrate":
    "No hay credenciales que trasladar en el almacén {backend} ({location}). Guárdelas con «export-trakt credentials set».",
  "store.copyMismatch":
    "La copia en el almacén {destination} ({location}) no se lee igual; se han conservado los originales del almacén {source}.",
  "store.setBackend":
    'Ponga keyring_backend = "{backend}" en [security] del archivo de configuración para que la próxima ejecución lea la nueva ubicación.',
  "decrypt.readFailed":
    "No se pudo leer «{path}». Compruebe la ruta y que usted puede leer el archivo.",
  "decrypt.tooLarge":
    "«{path}» ocupa {size} bytes, más que cualquier exportación que escriba esta herramienta ({limit}). Compruebe la ruta.",
  "decrypt.failed":
    "No se pudo descifrar «{path}»: {reason}. El archivo no se ha tocado.",
  "decrypt.holdsCredentials":
    "es un archivo de credenciales, no un archivo de datos exportados; use «export-trakt credentials status» para revisar las credenciales",
  "decrypt.noEncSuffix":
    "«{path}» no termina en «.enc», así que no hay un nombre de salida por defecto. Pase --output RUTA, o --output - para la salida estándar.",
  "decrypt.outputExists":
    "«{path}» ya existe. Pase --force para sustituirlo, o --output para escribir en otro sitio.",
  "decrypt.writeFailed":
    "No se pudo escribir el archivo descifrado «{path}». Compruebe que la carpeta existe y que se puede escribir en ella.",
  "decrypt.done": "«{input}» descifrado en «{output}» ({bytes} bytes).",
};
