import type { ExportListing } from "../exports-store.js";
import { html, type SafeHtml } from "../html.js";
import { csrfField } from "../layout.js";
import type { RequestContext } from "../request-context.js";
import { translateStoredWarnings } from "../stored-warnings.js";
import { limitWarnings } from "../warning-list.js";

import { renderFileLinks } from "./job-page.js";

export function renderExportsPage(
  context: RequestContext,
  listing: ExportListing,
  notice: string | undefined,
): SafeHtml {
  const { t } = context;
  const rows = listing.exports.map(({ folder, report }) => {
    const { shown, hidden } = limitWarnings(report.warnings);
    const warnings = translateStoredWarnings(
      { warnings: shown, warningMessages: report.warningMessages },
      t,
    ).map((warning) => html`<li>${warning}</li>`);
    const more =
      hidden === 0
        ? ""
        : html`<li class="muted">
            ${t("exports.moreWarnings", { count: hidden })}
          </li>`;
    return html`<tr>
      <td>
        <strong>${folder}</strong><br /><span class="muted"
          >${report.generatedAt}</span
        >
      </td>
      <td>
        ${report.source.kind}<br /><span class="muted"
          >${report.source.location}</span
        >
      </td>
      <td>${renderFileLinks(folder, report.files)}</td>
      <td>${report.totals.rows}</td>
      <td>
        ${
          report.warnings.length === 0
            ? "0"
            : html`<details>
                <summary>${report.warnings.length}</summary>
                <ul>
                  ${warnings}${more}
                </ul>
              </details>`
        }
      </td>
      <td>
        <form
          method="post"
          action="/exports/${encodeURIComponent(folder)}/delete"
          data-confirm="${t("exports.delete")}: ${folder}?"
        >
          ${csrfField(context)}<button type="submit" class="danger">
            ${t("exports.delete")}
          </button>
        </form>
      </td>
    </tr>`;
  });
  const table =
    listing.exports.length === 0
      ? html`<p>
          ${t("exports.empty", { folder: context.state.deps.exportsRoot })}
        </p>`
      : html`<table>
          <thead>
            <tr>
              <th>${t("exports.date")}</th>
              <th>${t("exports.source")}</th>
              <th>${t("exports.files")}</th>
              <th>${t("exports.rows")}</th>
              <th>${t("exports.warnings")}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>`;
  return html`${notice === undefined ? "" : html`<p class="notice">${notice}</p>`}
  ${table}
  ${listing.unreadable > 0 ? html`<p class="muted">${t("exports.unreadable", { count: listing.unreadable })}</p>` : ""}`;
}
