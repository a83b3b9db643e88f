import { html, type SafeHtml } from "../html.js";
import { csrfField } from "../layout.js";
import type { RequestContext } from "../request-context.js";

import { renderExportChoices } from "./forms.js";

export function renderConvertPage(context: RequestContext): SafeHtml {
  const { t } = context;
  const limit = Math.round(context.state.deps.maxUploadBytes / (1024 * 1024));
  // The CSRF field comes first: the server checks it before it accepts
  // a single byte of the file.
  return html`<p>${t("convert.intro", { limit })}</p>
    <form
      class="stack"
      method="post"
      action="/convert"
      enctype="multipart/form-data"
    >
      ${csrfField(context)} ${renderExportChoices(t)}
      <label
        >${t("convert.file")}
        <input type="file" name="export" accept=".zip,application/zip" required
      /></label>
      <p><button type="submit">${t("convert.submit")}</button></p>
    </form>`;
}
