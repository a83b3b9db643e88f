import type {
  DeviceLogin,
  ScheduledExport,
  SchedulerHealth,
  TraktTokenStatus,
} from "../dependencies.js";
import { translateText } from "../../i18n/index.js";
import { toPrintable } from "../../shared/index.js";
import {
  describeProblem,
  describeStatus,
  formatInTimeZone,
} from "../../schedule/index.js";
import { html, type SafeHtml } from "../html.js";
import { csrfField } from "../layout.js";
import type { RequestContext } from "../request-context.js";

import { renderExportChoices } from "./forms.js";

export function renderExportPage(context: RequestContext): SafeHtml {
  const { t } = context;
  if (context.state.deps.startLiveExport === undefined) {
    return html`<p class="notice warning">${t("export.notConfigured")}</p>`;
  }
  return html`<form class="stack" method="post" action="/export">
    ${csrfField(context)} ${renderExportChoices(t)}
    <p><button type="submit">${t("export.submit")}</button></p>
  </form>`;
}

export function renderTraktPage(
  context: RequestContext,
  status: TraktTokenStatus | undefined,
  login: DeviceLogin | undefined,
  notice: string | undefined,
): SafeHtml {
  const { t } = context;
  if (status === undefined) {
    return html`<p class="notice warning">${t("trakt.notConfigured")}</p>`;
  }
  const expires = status.expiresAt?.toISOString() ?? "?";
  const loggedInText =
    status.username === undefined
      ? t("trakt.loggedIn", { expires })
      : t("trakt.connected", { user: status.username, expires });
  const statusText = status.isLoggedIn ? loggedInText : t("trakt.disconnected");
  const problems = html`${
    status.problem === undefined
      ? ""
      : html`<p class="notice error">
          ${toPrintable(translateText(status.problem, t))}
        </p>`
  }${
    status.lastLoginError === undefined
      ? ""
      : html`<p class="notice error">
          ${toPrintable(t("trakt.loginFailed", { reason: status.lastLoginError }))}
        </p>`
  }`;
  const deviceCode =
    login === undefined
      ? ""
      : html`<p class="notice">
            ${t("trakt.deviceCode", {
              url: login.verificationUrl,
              code: login.userCode,
              expires: login.expiresAt.toISOString(),
            })}
          </p>
          <p>
            <a href="${login.verificationUrl}" rel="noreferrer" target="_blank"
              >${login.verificationUrl}</a
            >
          </p>
          <p>${t("trakt.waiting")}</p>`;
  return html`${notice === undefined ? "" : html`<p class="notice">${notice}</p>`}
    ${problems}
    <p>${statusText}</p>
    ${deviceCode}
    <form class="inline" method="post" action="/trakt/device-login">
      ${csrfField(context)}
      <button type="submit">${t("trakt.startLogin")}</button>
    </form>
    ${
      status.isLoggedIn
        ? html` <form class="inline" method="post" action="/trakt/revoke">
            ${csrfField(context)}
            <button type="submit" class="danger">${t("trakt.revoke")}</button>
          </form>`
        : ""
    }`;
}

/** Whether a scheduler runs, its last and next run, or what is wrong. */
function renderSchedulerHealth(
  context: RequestContext,
  health: SchedulerHealth,
): SafeHtml {
  const { t } = context;
  if (health.kind === "unreadable") {
    return html`<p class="notice error">
      ${t("schedule.statusUnreadable", { reason: health.message })}
    </p>`;
  }
  const { status, problem } = health.verdict;
  const lines = status === undefined ? [] : describeStatus(status, t, problem);
  const verdict =
    problem === undefined
      ? undefined
      : describeProblem(problem, health.path, status?.timeZone ?? "UTC");
  return html`<section class="scheduler">
    <h2>${t("schedule.scheduler")}</h2>
    ${
      verdict === undefined
        ? html``
        : html`<p class="notice warning">${t(verdict.key, verdict.params)}</p>`
    }
    ${lines.map((line) => html`<p>${line}</p>`)}
  </section>`;
}

export function renderSchedulePage(
  context: RequestContext,
  schedules: readonly ScheduledExport[] | undefined,
  health: SchedulerHealth | undefined,
): SafeHtml {
  const { t } = context;
  if (schedules === undefined || health === undefined) {
    return html`<p class="notice warning">${t("schedule.notConfigured")}</p>`;
  }
  const scheduler = renderSchedulerHealth(context, health);
  if (schedules.length === 0) {
    // A scheduler started with a cron on its command line needs no
    // [schedule] in the config: how to set one up would only confuse.
    const hasScheduler =
      health.kind === "read" && health.verdict.status !== undefined;
    return hasScheduler
      ? scheduler
      : html`${scheduler}
          <p>${t("schedule.howTo")}</p>`;
  }
  const rows = schedules.map(
    (entry) =>
      html`<tr>
        <td>${entry.name}</td>
        <td>${entry.description}</td>
        <td>
          ${entry.nextRuns.map(
            (run) => html`${formatInTimeZone(run, entry.timeZone)}<br />`,
          )}
        </td>
      </tr>`,
  );
  return html`${scheduler}
    <table>
      <thead>
        <tr>
          <th>${t("schedule.name")}</th>
          <th>${t("schedule.when")}</th>
          <th>${t("schedule.nextRuns")}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}
