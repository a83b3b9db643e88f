/**
 * A message that depends on a number: one text per plural category of the
 * language (Intl.PluralRules), chosen by the `count` parameter. `other` is
 * required because every language has it and it is the fallback.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralForms;

/** What the English parts are checked against. */
export type MessageTable = Readonly<Record<string, Message>>;

/**
 * The shape a translation of an English part must have: the same keys, and a
 * plural message wherever English has one.
 */
export type CatalogueOf<English extends MessageTable> = {
  readonly [Key in keyof English]: English[Key] extends string
    ? string
    : PluralForms;
};
