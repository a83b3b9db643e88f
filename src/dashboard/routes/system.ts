import { constants } from "node:fs";
import { access } from "node:fs/promises";

import type { DashboardDependencies } from "../dependencies.js";
import { HttpError } from "../http-errors.js";
import { redirect, sendText } from "../respond.js";
import type { Route } from "../router.js";
import { STATIC_ASSETS } from "../static-assets.js";

/** The readiness checks; each answers true when its part works. */
async function checkReadiness(
  deps: DashboardDependencies,
): Promise<Record<string, boolean>> {
  const exportsWritable = await access(deps.exportsRoot, constants.W_OK).then(
    () => true,
    () => false,
  );
  const credentialStore = await deps.secretStore.load().then(
    (secret) => secret !== undefined,
    () => false,
  );
  return { exportsWritable, credentialStore };
}

export const SYSTEM_ROUTES: readonly Route[] = [
  {
    method: "GET",
    pattern: "/",
    access: "session",
    handle: (context) => {
      redirect(context.response, "/convert");
      return Promise.resolve();
    },
  },
  {
    method: "GET",
    pattern: "/health",
    access: "public",
    handle: (context) => {
      sendText(context.response, 200, "application/json", '{"status":"ok"}');
      return Promise.resolve();
    },
  },
  {
    method: "GET",
    pattern: "/health/ready",
    access: "public",
    handle: async (context) => {
      const checks = await checkReadiness(context.state.deps);
      const isReady = Object.values(checks).every(Boolean);
      const body = { status: isReady ? "ready" : "not_ready", checks };
      sendText(
        context.response,
        isReady ? 200 : 503,
        "application/json",
        JSON.stringify(body),
      );
    },
  },
  {
    method: "GET",
    pattern: "/metrics",
    access: "bearer",
    handle: async (context) => {
      const { contentType, body } = await context.state.deps.metrics.render();
      sendText(context.response, 200, contentType, body);
    },
  },
  {
    // Browsers ask for it on every page; there is none, and that is no error.
    method: "GET",
    pattern: "/favicon.ico",
    access: "public",
    handle: (context) => {
      context.response.writeHead(204);
      context.response.end();
      return Promise.resolve();
    },
  },
  {
    method: "GET",
    pattern: "/static/:name",
    access: "public",
    handle: (context, params) => {
      const name = params.name ?? "";
      const asset = Object.hasOwn(STATIC_ASSETS, name)
        ? STATIC_ASSETS[name]
        : undefined;
      if (asset === undefined) throw new HttpError(404, "No such file.");
      sendText(context.response, 200, asset.contentType, asset.body);
      return Promise.resolve();
    },
  },
];
