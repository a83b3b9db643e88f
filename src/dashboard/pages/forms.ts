import { EXPORT_KINDS, DEFAULT_EXPORT_KINDS } from "../../export/index.js";
import { html, type SafeHtml } from "../html.js";
import type { Translate } from "../../i18n/index.js";

/** The export options shared by the Convert and Export forms. */
export function renderExportChoices(t: Translate): SafeHtml {
  const kinds = EXPORT_KINDS.map(
    (kind) =>
      html`<label
        ><input
          type="checkbox"
          name="include"
          value="${kind}"
          ${DEFAULT_EXPORT_KINDS.includes(kind) ? html` checked` : ""}
        />
        ${t(`kind.${kind}`)}</label
      >`,
  );
  return html`<label
      >${t("options.timezone")}
      <input
        type="text"
        name="timezone"
        placeholder="Europe/Paris"
        maxlength="100"
    /></label>
    <label
      >${t("options.historyMode")}
      <select name="historyMode">
        <option value="individual">${t("options.individual")}</option>
        <option value="aggregated">${t("options.aggregated")}</option>
      </select></label
    >
    <fieldset>
      <legend>${t("options.include")}</legend>
      ${kinds}
    </fieldset>
    <label
      >${t("options.since")}
      <input type="text" name="since" placeholder="2024-01-31" maxlength="10"
    /></label>`;
}
