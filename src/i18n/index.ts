/**
 * The message catalogue of the whole tool (command line and dashboard) in
 * English, French, German and Spanish, and the translator that renders it.
 * It depends on no other domain, so every domain can use it.
 */
export {
  CATALOGUES,
  LANGUAGES,
  LANGUAGE_NAMES,
  isLanguage,
  type Catalogue,
  type Language,
  type MessageKey,
} from "./catalogue.js";
export type { Message, PluralForms } from "./catalogue-types.js";
export {
  languageOfLocale,
  negotiateLanguage,
  selectLanguage,
  type LanguageSources,
} from "./select-language.js";
export {
  createTranslator,
  englishOf,
  formatMessage,
  listPlaceholders,
  listTexts,
  localize,
  translateText,
  type LocalizedText,
  type MessageParam,
  type MessageParams,
  type Translate,
  type Translator,
  type UserText,
} from "./translator.js";
