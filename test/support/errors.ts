import assert from "node:assert/strict";

import { AppError } from "../../src/shared/index.js";

/** The error a promise rejects with, checked to be one of ours. */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  assert.ok(
    error instanceof AppError,
    `expected an AppError: ${String(error)}`,
  );
  return error;
}
