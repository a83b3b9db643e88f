import { html, type SafeHtml } from "../html.js";
import type { RequestContext } from "../request-context.js";

export function renderLoginPage(
  context: RequestContext,
  preLoginToken: string,
  problem: string | undefined,
): SafeHtml {
  const { t } = context;
  return html`${problem === undefined ? "" : html`<p class="notice error">${problem}</p>`}
    <p>
      ${t("login.intro", { file: context.state.deps.secretStore.location })}
    </p>
    <form class="stack" method="post" action="/login">
      <input type="hidden" name="prelogin" value="${preLoginToken}" />
      <label
        >${t("login.secret")}
        <input
          type="password"
          name="secret"
          autocomplete="current-password"
          required
      /></label>
      <p><button type="submit">${t("login.submit")}</button></p>
    </form>`;
}
