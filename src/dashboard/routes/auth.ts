import { randomBytes } from "node:crypto";

import { sessionCookieName } from "../access.js";
import { readCookie, serializeCookie } from "../cookies.js";
import { recordAction } from "../dashboard-audit.js";
import { readField } from "../form-body.js";
import { renderPage } from "../layout.js";
import { renderLoginPage } from "../pages/login-page.js";
import type { RequestContext } from "../request-context.js";
import { redirect, sendHtml } from "../respond.js";
import type { Route } from "../router.js";
import { isSameSecret } from "../sessions.js";

// The login form has no session yet, so it is protected by a double-submit
// token: a SameSite=Strict cookie that the form must repeat.
const PRE_LOGIN_COOKIE = "et_prelogin";

function startSession(context: RequestContext, how: string): void {
  const { state, response } = context;
  if (context.session !== undefined) state.sessions.delete(context.session.id);
  const session = state.sessions.create();
  response.setHeader(
    "Set-Cookie",
    serializeCookie(sessionCookieName(state.isTls), session.id, {
      isTls: state.isTls,
      httpOnly: true,
    }),
  );
  recordAction(context, {
    eventType: "auth_success",
    action: "login",
    result: "success",
    message: `Dashboard login with the ${how}.`,
  });
  redirect(response, "/convert");
}

function showLoginForm(
  context: RequestContext,
  status: number,
  problem: string | undefined,
): void {
  const token = randomBytes(24).toString("base64url");
  context.response.setHeader(
    "Set-Cookie",
    serializeCookie(PRE_LOGIN_COOKIE, token, {
      isTls: context.state.isTls,
      httpOnly: true,
    }),
  );
  const body = renderLoginPage(context, token, problem);
  sendHtml(
    context.response,
    status,
    renderPage(context, context.t("login.title"), body),
  );
}

function refuseLogin(context: RequestContext, reason: string): void {
  recordAction(context, {
    eventType: "auth_failure",
    action: "login",
    result: "refused",
    message: `Dashboard login refused: ${reason}.`,
  });
}

export const AUTH_ROUTES: readonly Route[] = [
  {
    method: "GET",
    pattern: "/login",
    access: "public",
    handle: (context) => {
      const linkCode = context.query.get("token") ?? "";
      if (!context.query.has("token")) {
        showLoginForm(context, 200, undefined);
      } else if (context.state.loginTokens.redeem(linkCode)) {
        startSession(context, "one-time link");
      } else {
        refuseLogin(context, "the link was used before, expired or unknown");
        showLoginForm(context, 401, context.t("login.linkUsed"));
      }
      return Promise.resolve();
    },
  },
  {
    method: "POST",
    pattern: "/login",
    access: "public",
    body: "form",
    handle: (context) => {
      const expected = readCookie(context.request, PRE_LOGIN_COOKIE);
      const sent = readField(context.form, "prelogin");
      const secret = readField(context.form, "secret") ?? "";
      if (
        expected === undefined ||
        sent === undefined ||
        !isSameSecret(expected, sent)
      ) {
        refuseLogin(context, "the form token is missing or wrong");
        showLoginForm(context, 403, context.t("error.403"));
      } else if (isSameSecret(context.state.secret, secret)) {
        startSession(context, "dashboard secret");
      } else {
        refuseLogin(context, "wrong dashboard secret");
        showLoginForm(context, 401, context.t("login.failed"));
      }
      return Promise.resolve();
    },
  },
  {
    method: "POST",
    pattern: "/logout",
    access: "session",
    body: "form",
    handle: (context) => {
      if (context.session !== undefined) {
        context.state.sessions.delete(context.session.id);
      }
      recordAction(context, {
        eventType: "auth_success",
        action: "logout",
        result: "success",
        message: "Dashboard logout.",
      });
      redirect(context.response, "/login");
      return Promise.resolve();
    },
  },
];
