import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";

import { localize } from "../i18n/index.js";
import { UsageError } from "../shared/index.js";

/** Asks the person questions; secrets are read without echo on a terminal. */
export interface Prompter {
  ask(question: string): Promise<string>;
  askSecret(question: string): Promise<string>;
  /** Releases stdin so the process can end. */
  close(): void;
}

type RawModeInput = Readable & { setRawMode(mode: boolean): unknown };

/**
 * On a terminal, questions go to stderr (stdout stays data) and secrets are
 * typed without echo. Otherwise answers are read one per line from stdin,
 * which is how scripts pass a secret without putting it in argv.
 */
export function createPrompter(
  input: Readable,
  output: Writable,
  isTerminal: boolean,
): Prompter {
  return isTerminal && hasRawMode(input)
    ? terminalPrompter(input, output)
    : linePrompter(input);
}

function hasRawMode(input: Readable): input is RawModeInput {
  return "setRawMode" in input && typeof input.setRawMode === "function";
}

function linePrompter(input: Readable): Prompter {
  let lines: Interface | undefined;
  let iterator: AsyncIterator<string> | undefined;
  const next = async (question: string): Promise<string> => {
    lines ??= createInterface({ input, terminal: false });
    iterator ??= lines[Symbol.asyncIterator]();
    const line = await iterator.next();
    if (line.done === true) {
      throw new UsageError(
        localize("prompt.inputEnded", { question: question.trim() }),
      );
    }
    return line.value.replace(/\r$/, "");
  };
  return {
    ask: next,
    askSecret: next,
    close: () => lines?.close(),
  };
}

function terminalPrompter(input: RawModeInput, output: Writable): Prompter {
  return {
    ask: async (question) => {
      const lines = createInterface({ input, output, terminal: true });
      try {
        return await new Promise<string>((resolve) => {
          lines.question(question, resolve);
        });
      } finally {
        lines.close();
      }
    },
    askSecret: (question) => readHidden(input, output, question),
    close: () => input.pause(),
  };
}

function readHidden(
  input: RawModeInput,
  output: Writable,
  question: string,
): Promise<string> {
  output.write(question);
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (): void => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      output.write("\n");
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of chunk.toString()) {
        if (char === "\r" || char === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (char === "\u0003") {
          finish();
          reject(new UsageError(localize("prompt.cancelled")));
          return;
        }
        // Backspace and delete remove the last character typed.
        value =
          char === "\u007f" || char === "\b"
            ? value.slice(0, -1)
            : value + char;
      }
    };
    input.setRawMode(true);
    input.on("data", onData);
    input.resume();
  });
}
