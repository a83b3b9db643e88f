import type { CatalogueOf } from "../catalogue-types.js";
import type { apiEn } from "../en/api.js";

/** Errors of the Trakt client, the network, the export lock and its state. */
export const apiFr: CatalogueOf<typeof apiEn> = {
  "api.status403":
    "{method} {path} a échoué avec HTTP {status}{detail}. Trakt a refusé l'identifiant client : vérifiez l'identifiant client dans le stockage des identifiants, dans la configuration ([trakt] client_id) ou dans TRAKT_CLIENT_ID. Depuis 2026, seules les applications des membres Trakt VIP fonctionnent encore.",
  "api.status404":
    "{method} {path} a échoué avec HTTP {status}{detail}. Trakt ne connaît pas cette adresse ; vérifiez --api-base-url.",
  "api.status404User":
    "{method} {path} a échoué avec HTTP {status}{detail}. Il n'existe pas d'utilisateur Trakt « {user} », ou son profil est privé. Vérifiez --user, ou connectez-vous avec « export-trakt auth » pour exporter votre propre profil privé.",
  "api.status405":
    "{method} {path} a échoué avec HTTP {status}{detail}. Le serveur n'accepte pas cette méthode à cette adresse ; vérifiez que --api-base-url désigne bien l'API Trakt, et signalez le problème si c'est le cas.",
  "api.status409":
    "{method} {path} a échoué avec HTTP {status}{detail}. Trakt signale un conflit : ce que cette requête crée existe déjà. Réessayez ; si le problème persiste, merci de le signaler.",
  "api.status412":
    "{method} {path} a échoué avec HTTP {status}{detail}. Trakt a refusé la forme de la requête (son type de contenu ou sa version d'API) ; c'est un bogue d'export-trakt, merci de le signaler.",
  "api.status420":
    "{method} {path} a échoué avec HTTP {status}{detail}. Le compte Trakt dépasse l'une de ses limites ; supprimez des éléments sur trakt.tv, puis réessayez.",
  "api.status5xx":
    "{method} {path} a échoué avec HTTP {status}{detail}. Trakt rencontre des difficultés ; réessayez plus tard.",
  "api.statusOther":
    "{method} {path} a échoué avec HTTP {status}{detail}. Ce n'est pas prévu ; merci de le signaler.",
  "api.htmlBlock":
    "{method} {path} a répondu HTTP {status} avec une page de blocage HTML au lieu de JSON (le pare-feu de Trakt, Cloudflare, a arrêté la requête). Vérifiez que l'identifiant client est correct et que rien ne supprime l'en-tête User-Agent ; si vous avez envoyé beaucoup de requêtes, attendez quelques minutes, puis réessayez.",
  "api.htmlInsteadOfJson":
    "{method} {path} a répondu HTTP {status} avec une page HTML là où du JSON était attendu. Un proxy ou un pare-feu fait peut-être obstacle ; réessayez plus tard, et signalez le problème s'il persiste.",
  "api.notJson":
    "{method} {path} a répondu HTTP {status} avec un contenu qui n'est pas du JSON, là où du JSON était attendu. Un proxy ou un pare-feu fait peut-être obstacle ; réessayez plus tard, et signalez le problème s'il persiste.",
  "api.schema":
    "{method} {path} a répondu avec du JSON que ce programme ne comprend pas :\n{problems}\nTrakt a peut-être changé son format ; merci de le signaler.",
  "api.rateLimited": {
    one: "Trakt limite toujours le débit de {method} {path} (HTTP {status}) après {count} tentative. Rien n'a été écrit ; réessayez après {retryAt}.",
    other:
      "Trakt limite toujours le débit de {method} {path} (HTTP {status}) après {count} tentatives. Rien n'a été écrit ; réessayez après {retryAt}.",
  },
  "api.rateLimitedTooLong":
    "Trakt limite le débit de {method} {path} (HTTP {status}) jusqu'à {retryAt}, soit plus que les {maxWaitSeconds} s que ce programme accepte d'attendre. Rien n'a été écrit ; réessayez après {retryAt}.",
  "api.tooManyPages":
    "{method} {path} a annoncé {pageCount} pages, plus que n'en compte aucun compte Trakt (au plus {maxPages} pages de {pageLimit}). Le serveur ne répond pas comme Trakt ; vérifiez --api-base-url ou [trakt] api_base_url.",
  "api.itemsMissing":
    "{method} {path} a annoncé {announced} éléments, mais {received} sont arrivés en {pageCount} pages ; Trakt omet les éléments masqués (comme les titres qu'il a reclassés). L'export continue avec ce qui est arrivé.",
  "api.refreshWithoutLogin":
    "Trakt demande une connexion ici et aucune n'est enregistrée. Lancez « export-trakt auth » pour vous connecter.",
  "api.refreshWithoutSecret":
    "La connexion à Trakt a expiré et ne peut pas être renouvelée sans le secret client. Définissez TRAKT_CLIENT_SECRET, ou lancez « export-trakt auth » pour vous reconnecter.",
  "api.refreshRefused":
    "Trakt a refusé de renouveler la connexion (invalid_grant) : le jeton de renouvellement a déjà servi, a été révoqué ou a expiré. Lancez « export-trakt auth » pour vous reconnecter.",
  "network.refused":
    "{method} {url} a échoué : {host} a refusé la connexion. Vérifiez que le serveur fonctionne et que --api-base-url et --auth-base-url le désignent.",
  "network.dns":
    "{method} {url} a échoué : le nom {host} n'a pas pu être résolu. Vérifiez la connexion réseau, les réglages DNS et l'orthographe de l'adresse.",
  "network.timeout":
    "{method} {url} n'a pas répondu dans le délai de {timeoutMs} ms. Vérifiez la connexion, ou augmentez security.https.timeout.",
  "network.dropped":
    "{method} {url} a échoué : la connexion à {host} s'est fermée avant la fin de la réponse. Vérifiez la connexion réseau et tout proxy intermédiaire, puis réessayez.",
  "network.failed":
    "{method} {url} a échoué : {reason}. Vérifiez la connexion réseau et que le serveur est joignable.",
  "network.untrustedCertificate":
    "{method} {url} : le certificat du serveur n'est pas reconnu comme fiable ({problem}). Pour un sandbox lancé avec --tls, passez --ca-file avec le fichier d'autorité de certification qu'il a affiché ; sinon, vérifiez l'horloge du système et tout proxy qui intercepte le HTTPS.",
  "lock.heldManual":
    "Un autre export est en cours : le fichier de verrou « {path} » est détenu par le processus {pid} sur {host} (export manuel lancé le {startedAt}). Attendez qu'il se termine ; si ce processus n'existe plus, supprimez le fichier de verrou et réessayez.",
  "lock.heldScheduled":
    "Un autre export est en cours : le fichier de verrou « {path} » est détenu par le processus {pid} sur {host} (export planifié lancé le {startedAt}). Attendez qu'il se termine ; si ce processus n'existe plus, supprimez le fichier de verrou et réessayez.",
  "lock.held":
    "Un autre export est en cours : le fichier de verrou « {path} » est détenu par le processus {pid} sur {host} (export « {purpose} » lancé le {startedAt}). Attendez qu'il se termine ; si ce processus n'existe plus, supprimez le fichier de verrou et réessayez.",
  "lock.unknownFile":
    "Un autre export est peut-être en cours : le fichier de verrou « {path} » existe, mais ce n'est pas un verrou écrit par cet outil. Si aucun export n'est en cours, supprimez-le et réessayez.",
  "lock.cannotCreate":
    "Impossible de créer le verrou d'export « {path} » : {reason}. Vérifiez que le dossier des exports est accessible en écriture.",
  "lock.keepsReappearing":
    "Impossible de prendre le verrou d'export « {path} » : il réapparaît sans cesse. Cherchez un autre processus export-trakt, puis réessayez.",
  "lock.staleManual":
    "Le verrou d'export périmé « {path} » a été remplacé : le processus {pid} sur {host} (export manuel lancé le {startedAt}) ne tourne plus.",
  "lock.staleScheduled":
    "Le verrou d'export périmé « {path} » a été remplacé : le processus {pid} sur {host} (export planifié lancé le {startedAt}) ne tourne plus.",
  "lock.stale":
    "Le verrou d'export périmé « {path} » a été remplacé : le processus {pid} sur {host} (export « {purpose} » lancé le {startedAt}) ne tourne plus.",
  "state.unreadable":
    "Impossible de lire l'état d'export « {path} » : {reason}. Vérifiez ses droits d'accès, ou supprimez-le pour que le prochain export soit complet.",
  "state.damaged":
    "L'état d'export « {path} » est endommagé. Supprimez-le pour que le prochain export soit complet.",
  "state.notRecorded":
    "L'export a été écrit, mais son enregistrement dans « {path} » a échoué : {reason}. La prochaine exécution avec --since last exportera de nouveau tout.",
};
