import { html, type HtmlValue, type SafeHtml } from "./html.js";
import { LANGUAGES, LANGUAGE_NAMES } from "../i18n/index.js";
import type { MessageKey } from "../i18n/index.js";
import type { RequestContext } from "./request-context.js";

const NAVIGATION: readonly { path: string; key: MessageKey }[] = [
  { path: "/convert", key: "nav.convert" },
  { path: "/export", key: "nav.export" },
  { path: "/exports", key: "nav.exports" },
  { path: "/trakt", key: "nav.trakt" },
  { path: "/schedule", key: "nav.schedule" },
  { path: "/audit", key: "nav.audit" },
];

/** The hidden field that carries the session's CSRF token in a form. */
export function csrfField(context: RequestContext): SafeHtml {
  return html`<input
    type="hidden"
    name="csrf"
    value="${context.session?.csrfToken ?? ""}"
  />`;
}

function renderNavigation(context: RequestContext): SafeHtml {
  if (context.session === undefined) return html``;
  const current = `/${context.segments[0] ?? ""}`;
  const links = NAVIGATION.map(
    (item) =>
      html`<a
        href="${item.path}"
        ${item.path === current ? html` aria-current="page"` : ""}
        >${context.t(item.key)}</a
      >`,
  );
  return html`<nav>
    ${links}
    <form method="post" action="/logout" class="inline">
      ${csrfField(context)}
      <button type="submit" class="link">${context.t("nav.logout")}</button>
    </form>
  </nav>`;
}

function renderLanguageSwitch(context: RequestContext): SafeHtml {
  const path = `/${context.segments.map(encodeURIComponent).join("/")}`;
  const links = LANGUAGES.map((language) =>
    language === context.language
      ? html`<strong lang="${language}">${LANGUAGE_NAMES[language]}</strong>`
      : html`<a lang="${language}" href="${path}?lang=${language}"
          >${LANGUAGE_NAMES[language]}</a
        >`,
  );
  return html`<p class="languages" aria-label="${context.t("nav.language")}">
    ${links}
  </p>`;
}

/** A whole page: header, navigation, language switch, then `body`. */
export function renderPage(
  context: RequestContext,
  title: string,
  body: HtmlValue,
): SafeHtml {
  return html`<!doctype html>
    <html lang="${context.language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${context.t("app.title")}</title>
        <link rel="stylesheet" href="/static/dashboard.css" />
        <script src="/static/dashboard.js" defer></script>
      </head>
      <body>
        <header>
          <p class="brand">${context.t("app.title")}</p>
          ${renderNavigation(context)}${renderLanguageSwitch(context)}
        </header>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html> `;
}
