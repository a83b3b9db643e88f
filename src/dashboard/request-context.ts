import type { IncomingMessage, ServerResponse } from "node:http";

import { InternalError, toPrintable } from "../shared/index.js";

import type { DashboardDependencies } from "./dependencies.js";
import type { FormFields } from "./form-body.js";
import type { JobRegistry } from "./jobs.js";
import { translateText, type Language, type Translate } from "../i18n/index.js";
import type { LoginTokens, Session, SessionStore } from "./sessions.js";

/** Server-wide state the routes share. */
export interface DashboardState {
  deps: DashboardDependencies;
  sessions: SessionStore;
  loginTokens: LoginTokens;
  jobs: JobRegistry;
  /** The dashboard secret (login form and `/metrics` bearer). */
  secret: string;
  isTls: boolean;
}

/** Everything a route needs about one request. */
export interface RequestContext {
  request: IncomingMessage;
  response: ServerResponse;
  state: DashboardState;
  segments: readonly string[];
  query: URLSearchParams;
  /** The URL-encoded form of a POST, already CSRF-checked; empty otherwise. */
  form: FormFields;
  clientAddress: string;
  session: Session | undefined;
  language: Language;
  t: Translate;
}

/** The session of a route that requires one; the server checked it. */
export function requireSession(context: RequestContext): Session {
  if (context.session === undefined) {
    throw new InternalError("A session route ran without a session.");
  }
  return context.session;
}

/** The session's pending notice, in the page's language, removed as read. */
export function takeNotice(context: RequestContext): string | undefined {
  const notice = context.session?.notice;
  if (context.session !== undefined) context.session.notice = undefined;
  // Notices quote errors, which may quote outside text: one printable line.
  return notice === undefined
    ? undefined
    : toPrintable(translateText(notice, context.t));
}
