import type {
  AuditQueryResult,
  AuditVerification,
} from "../../security/index.js";
import { AUDIT_EVENT_TYPES, AUDIT_SEVERITIES } from "../../security/index.js";
import { html, type SafeHtml } from "../html.js";
import type { RequestContext } from "../request-context.js";

export interface AuditFilters {
  type?: string | undefined;
  severity?: string | undefined;
  since?: string | undefined;
}

// The page shows the newest events; the CLI (`audit --json`) has them all.
export const AUDIT_PAGE_SIZE = 200;

function renderOptions(
  values: readonly string[],
  selected: string | undefined,
  anyLabel: string,
): SafeHtml {
  const options = values.map(
    (value) =>
      html`<option
        value="${value}"
        ${value === selected ? html` selected` : ""}
      >
        ${value}
      </option>`,
  );
  return html`<option value="">${anyLabel}</option>
    ${options}`;
}

function renderVerification(
  context: RequestContext,
  verification: AuditVerification,
): SafeHtml {
  if (verification.isIntact) {
    return html`<p class="notice">
      ${context.t("audit.intact", { lines: verification.lines, files: verification.files })}
    </p>`;
  }
  return html`<p class="notice error">
    ${context.t("audit.broken", {
      file: verification.file,
      line: verification.line,
      problem: verification.problem,
    })}
  </p>`;
}

export function renderAuditPage(
  context: RequestContext,
  filters: AuditFilters,
  result: AuditQueryResult,
  verification: AuditVerification,
): SafeHtml {
  const { t } = context;
  const newest = result.records.slice(-AUDIT_PAGE_SIZE).reverse();
  const rows = newest.map(
    (record) =>
      html`<tr>
        <td>${record.timestamp}</td>
        <td>${record.event_type}</td>
        <td>${record.severity}</td>
        <td>${record.action}</td>
        <td>${record.result}</td>
        <td>${record.message}</td>
      </tr>`,
  );
  return html`${renderVerification(context, verification)}
    <form method="get" action="/audit" class="stack">
      <label
        >${t("audit.type")}<select name="type">
          ${renderOptions(AUDIT_EVENT_TYPES, filters.type, t("audit.any"))}
        </select></label
      >
      <label
        >${t("audit.severity")}<select name="severity">
          ${renderOptions(AUDIT_SEVERITIES, filters.severity, t("audit.any"))}
        </select></label
      >
      <label
        >${t("audit.since")}<input
          type="text"
          name="since"
          value="${filters.since ?? ""}"
          maxlength="10"
      /></label>
      <p><button type="submit">${t("audit.filter")}</button></p>
    </form>
    ${result.unreadableLines > 0 ? html`<p class="notice warning">${t("audit.unreadable", { count: result.unreadableLines })}</p>` : ""}
    ${
      newest.length === 0
        ? html`<p>${t("audit.empty")}</p>`
        : html`<p class="muted">
              ${t("audit.showing", { shown: newest.length, total: result.records.length })}
            </p>
            <table>
              <thead>
                <tr>
                  <th>${t("audit.time")}</th>
                  <th>${t("audit.type")}</th>
                  <th>${t("audit.severity")}</th>
                  <th>${t("audit.action")}</th>
                  <th>${t("audit.result")}</th>
                  <th>${t("audit.message")}</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>`
    }`;
}
