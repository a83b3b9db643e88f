import { html, type SafeHtml } from "../html.js";
import type { Job, JobEvent } from "../jobs.js";
import { limitWarnings } from "../warning-list.js";
import { translateText, type Translate } from "../../i18n/index.js";
import { toPrintable } from "../../shared/index.js";

/** Links to each written file, with its row count. */
export function renderFileLinks(
  folder: string,
  files: readonly { path: string; rows: number }[],
): SafeHtml {
  const items = files.map((file) => {
    const href = `/exports/${encodeURIComponent(folder)}/files/${file.path.split("/").map(encodeURIComponent).join("/")}`;
    return html`<li><a href="${href}">${file.path}</a> (${file.rows})</li>`;
  });
  return html`<ul>
    ${items}
  </ul>`;
}

function renderEnding(event: JobEvent | undefined, t: Translate): SafeHtml {
  if (event?.kind === "summary") {
    const text = t("job.summary", {
      rows: event.rows,
      files: event.files.length,
      folder: event.folder,
    });
    const { shown, hidden } = limitWarnings(event.warnings);
    const warnings = shown.map(
      (warning) =>
        html`<p class="notice warning">
          ${toPrintable(translateText(warning, t))}
        </p>`,
    );
    const more =
      hidden === 0
        ? ""
        : html`<p class="notice warning">
            ${t("exports.moreWarnings", { count: hidden })}
          </p>`;
    return html`<p>${text}</p>
      ${renderFileLinks(event.folder, event.files)}${warnings}${more}`;
  }
  if (event?.kind === "failed") {
    const message = toPrintable(translateText(event.message, t));
    return html`<p class="notice error">${message}</p>`;
  }
  return html``;
}

export function renderJobPage(job: Job, t: Translate): SafeHtml {
  const statusText = {
    running: t("job.running"),
    succeeded: t("job.succeeded"),
    failed: t("job.failed"),
  }[job.status];
  return html`<section
    id="job"
    data-state="${job.status}"
    data-events-url="/jobs/${job.id}/events"
    data-msg-reading="${t("job.reading")}"
    data-msg-converting="${t("job.converting")}"
    data-msg-writing="${t("job.writing")}"
    data-msg-summary="${t("job.summary")}"
    data-msg-succeeded="${t("job.succeeded")}"
    data-msg-failed="${t("job.failed")}"
  >
    <p id="status">${statusText}</p>
    <progress
      id="bar"
      max="1"
      value="${job.status === "running" ? 0 : 1}"
    ></progress>
    <ul id="log"></ul>
    <div id="summary">${renderEnding(job.events.at(-1), t)}</div>
    ${job.status === "running" ? html`<noscript><p>${t("job.noScript")}</p></noscript>` : ""}
    <p><a href="/exports">${t("job.openExports")}</a></p>
  </section>`;
}
