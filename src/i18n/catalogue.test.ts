import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { CATALOGUES, LANGUAGES, type Language } from "./catalogue.js";
import type { Message } from "./catalogue-types.js";
import { listPlaceholders, listTexts } from "./translator.js";

const reference: Readonly<Record<string, Message>> = CATALOGUES.en;
const referenceKeys = Object.keys(reference).sort();

/**
 * Messages that are spelled the same in English and in the language: every
 * other message that equals its English text is an untranslated copy.
 */
const SAME_AS_ENGLISH: Readonly<Record<Language, readonly string[]>> = {
  en: [],
  fr: [
    "nav.exports",
    "nav.audit",
    "kind.collection",
    "exports.title",
    "exports.date",
    "exports.source",
    "audit.type",
    "audit.action",
    "audit.message",
    "count.films",
    "validate.level.ok",
    "validate.area.audit",
    "auditList.type",
    "auditList.action",
    "auditList.message",
    "usage.term.options",
    "usage.term.mode",
    "usage.term.date",
    "usage.term.port",
    "usage.term.types",
    "usage.term.source",
  ],
  de: [
    "nav.audit",
    "schedule.name",
    "serve.url",
    "sandbox.field",
    "status.field",
    "validate.level.ok",
    "validate.finding",
    "config.notCron",
  ],
  es: [
    "cli.error",
    "sandbox.field",
    "status.field",
    "validate.level.error",
    "validate.finding",
    "usage.term.host",
    "config.notCron",
  ],
};

/**
 * Words for "scheduler" other than the one each language uses throughout
 * (planificateur, Planer, planificador): two names would read as two things.
 */
const OTHER_SCHEDULER_WORDS: Readonly<Record<Language, RegExp>> = {
  en: /\bplanner\b/i,
  fr: /ordonnanceur|programmateur/i,
  de: /zeitplaner|scheduler/i,
  es: /programador/i,
};

describe("message catalogue", () => {
  for (const language of LANGUAGES) {
    const catalogue: Readonly<Record<string, Message>> = CATALOGUES[language];

    it(`has exactly the English keys in "${language}"`, () => {
      assert.deepEqual(Object.keys(catalogue).sort(), referenceKeys);
    });

    it(`uses the English placeholders in every "${language}" message`, () => {
      for (const [key, message] of Object.entries(reference)) {
        const translated = catalogue[key] ?? "";
        assert.deepEqual(
          listPlaceholders(translated),
          listPlaceholders(message),
          `${language} ${key}`,
        );
      }
    });

    it(`has a plural message in "${language}" wherever English has one`, () => {
      for (const [key, message] of Object.entries(reference)) {
        const translated = catalogue[key] ?? "";
        assert.equal(
          typeof translated,
          typeof message,
          `${language} ${key}: plural and plain messages differ`,
        );
      }
    });

    if (language !== "en") {
      it(`has no English text left in "${language}"`, () => {
        const copies = Object.keys(reference).filter(
          (key) =>
            JSON.stringify(catalogue[key]) === JSON.stringify(reference[key]),
        );
        assert.deepEqual(copies, SAME_AS_ENGLISH[language]);
      });
    }

    it(`has no empty message in "${language}"`, () => {
      for (const [key, message] of Object.entries(catalogue)) {
        for (const text of listTexts(message)) {
          assert.notEqual(text.trim(), "", `${language} ${key}`);
        }
      }
    });

    it(`writes counts as plural messages, never as "file(s)", in "${language}"`, () => {
      // "http(s)" names two schemes; any other letters in brackets glued to
      // a word are a plural written out of laziness ("Datei(en)").
      const pseudoPlural = /\p{L}\((?:s|n|en|es|e|x|nen)\)/u;
      for (const [key, message] of Object.entries(catalogue)) {
        for (const text of listTexts(message)) {
          const words = text.replaceAll("http(s)", "http");
          assert.doesNotMatch(words, pseudoPlural, `${language} ${key}`);
        }
      }
    });

    it(`names the scheduler with one word in "${language}"`, () => {
      const otherWords = OTHER_SCHEDULER_WORDS[language];
      for (const [key, message] of Object.entries(catalogue)) {
        for (const text of listTexts(message)) {
          assert.doesNotMatch(text, otherWords, `${language} ${key}`);
        }
      }
    });

    it(`uses every placeholder in each plural form in "${language}"`, () => {
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === "string") continue;
        const names = listPlaceholders(message);
        for (const text of listTexts(message)) {
          assert.deepEqual(listPlaceholders(text), names, `${language} ${key}`);
        }
      }
    });
  }
});
