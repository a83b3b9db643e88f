import * as assert from "node:assert/strict";
import { PassThrough, Readable } from "node:stream";
import { describe, it } from "node:test";

import { createPrompter } from "./prompt.js";

describe("createPrompter without a terminal", () => {
  it("reads one answer per line and drops a trailing carriage return", async () => {
    const prompter = createPrompter(
      Readable.from(["first\r\nsec", "ond\n"]),
      new PassThrough(),
      false,
    );

    const answers = [
      await prompter.ask("A: "),
      await prompter.askSecret("B: "),
    ];
    prompter.close();

    assert.deepEqual(answers, ["first", "second"]);
  });

  it("says which question was left unanswered when input ends", async () => {
    const prompter = createPrompter(
      Readable.from(["only\n"]),
      new PassThrough(),
      false,
    );

    await prompter.ask("Trakt client ID: ");
    await assert.rejects(prompter.askSecret("Trakt client secret: "), {
      name: "UsageError",
      message:
        'Standard input ended before an answer to "Trakt client secret:" was read. Pass one answer per line.',
    });
    prompter.close();
  });

  it("never writes the question or the answer to the output", async () => {
    const output = new PassThrough();
    const written: string[] = [];
    output.on("data", (chunk: Buffer) => written.push(chunk.toString()));
    const prompter = createPrompter(
      Readable.from(["hunter2-secret\n"]),
      output,
      false,
    );

    await prompter.askSecret("Secret: ");
    prompter.close();

    assert.deepEqual(written, []);
  });
});
