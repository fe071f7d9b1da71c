/**
 * A tiny schema language for the JSON that agencies write (the campaign file, helpline records): one
 * definition gives the browser validator with plain-language messages (`validate.ts`), the
 * published JSON Schema (`json-schema.ts`) and the TypeScript type (`Infer<>`), so the three never
 * drift. Written here rather than pulled in (ajv is ~35 KB gzip, zod ~13 KB): the validator is ~2 KB
 * gzip and loads only on pages that need it. No DOM: it runs in Node too (the campaign CLI).
 *
 * Build definitions with the functions below (`object`, `list`, `text` …): they keep the literal
 * types that `Infer<>` reads.
 */

/** Text in one language, or by language: `"Hello"` or `{ "en": "Hello", "uk": "Привіт" }`. */
export type Localized = string | Record<string, string>;

export type Format =
  | 'date'
  | 'https-url'
  | 'color'
  | 'language'
  | 'country'
  | 'id'
  | 'key'
  | 'css-length'
  | 'font'
  | 'time';

/** How each format is written, as a pattern and as advice for a person. */
export const FORMATS: Readonly<Record<Format, { pattern: string; advice: string }>> = {
  date: { pattern: '^\\d{4}-\\d{2}-\\d{2}$', advice: 'a date written YYYY-MM-DD, like 2026-01-31' },
  'https-url': { pattern: '^https://[^\\s]+$', advice: 'a web address starting with https://' },
  color: { pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', advice: 'a colour written like #0b5394' },
  language: {
    pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
    advice: 'a language code like uk, ar or pt-BR',
  },
  country: { pattern: '^[A-Z]{2}$', advice: 'a two-letter country code in capitals, like PL' },
  id: { pattern: '^[a-z0-9][a-z0-9-]*$', advice: 'lower-case letters, digits and dashes only' },
  key: { pattern: '^[A-Za-z][A-Za-z0-9_.-]*$', advice: 'a string key like quickExit.label' },
  'css-length': {
    pattern: '^(0|\\d+(\\.\\d+)?(px|rem|em))$',
    advice: 'a length like 4px, 0.5rem or 0',
  },
  font: { pattern: '^[^;{}<>]+$', advice: 'a list of font names without ; { } < >' },
  time: {
    pattern: '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$',
    advice: 'a time on the 24-hour clock written HH:MM, like 09:00',
  },
};

interface Described {
  description: string;
}
export interface StringSchema<T extends string = string> extends Described {
  type: 'string';
  format?: Format;
  /** The only values allowed. With a `format`, a value outside them gets the format's advice. */
  enum?: readonly T[];
}
export interface IntegerSchema extends Described {
  type: 'integer';
  minimum?: number;
  maximum?: number;
  const?: number;
}
export interface BooleanSchema extends Described {
  type: 'boolean';
}
export interface LocalizedSchema extends Described {
  type: 'localized';
}
export interface ArraySchema<I extends Schema = Schema> extends Described {
  type: 'array';
  items: I;
  /** No value twice (strings). */
  unique?: boolean;
  /**
   * An item with a problem is left out and the others are used (stories, own helpline records);
   * without it, a problem anywhere in the list leaves out the part it belongs to.
   */
  itemized?: boolean;
  /**
   * At most this many items are read (a number of `LIMITS`); the rest is left out, with one problem
   * at the first item left out that says which.
   */
  max?: number;
}
export interface ObjectSchema<
  P extends Record<string, Schema> = Record<string, Schema>,
  R extends string = string,
> extends Described {
  type: 'object';
  properties: P;
  /** The required fields, each with why it matters (said when it is missing). */
  why: Readonly<Record<R, string>>;
}
export interface MapSchema<V extends Schema = Schema> extends Described {
  type: 'map';
  keys: Format;
  values: V;
}

/** One problem a record's own validator found: where from the record, and what (no place in it). */
export interface RecordProblem {
  path: readonly (string | number)[];
  message: string;
}

/**
 * An object checked by a validator of its own (helpline records, whose rules reach across fields):
 * `shape` describes it for the JSON Schema and the type, `check` finds its problems.
 */
export interface RecordSchema<S extends Schema | undefined = Schema | undefined> extends Described {
  type: 'record';
  shape?: S;
  check?: (value: Record<string, unknown>) => readonly RecordProblem[];
}

/** A value that is one of several shapes (`true` or a number; opening hours of two kinds). */
export interface EitherSchema<O extends readonly Schema[] = readonly Schema[]> extends Described {
  type: 'either';
  of: O;
}

export type Schema =
  | RecordSchema
  | EitherSchema
  | StringSchema
  | IntegerSchema
  | BooleanSchema
  | LocalizedSchema
  | ArraySchema
  | ObjectSchema
  | MapSchema;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type of the values a schema accepts. */
export type Infer<S> =
  S extends StringSchema<infer T>
    ? T
    : S extends IntegerSchema
      ? number
      : S extends BooleanSchema
        ? boolean
        : S extends LocalizedSchema
          ? Localized
          : S extends ArraySchema<infer I>
            ? Infer<I>[]
            : S extends MapSchema<infer V>
              ? Record<string, Infer<V>>
              : S extends ObjectSchema<infer P, infer R>
                ? Simplify<
                    { [K in R & keyof P]: Infer<P[K]> } & {
                      [K in Exclude<keyof P, R>]?: Infer<P[K]>;
                    }
                  >
                : S extends RecordSchema<infer R>
                  ? [R] extends [Schema]
                    ? Infer<R>
                    : Record<string, unknown>
                  : S extends EitherSchema<infer O>
                    ? Infer<O[number]>
                    : unknown;

/** Text (optionally in a `format`). */
export const text = (description: string, format?: Format): StringSchema => ({
  type: 'string',
  description,
  ...(format ? { format } : {}),
});

/** One of `values` (optionally also in a `format`, whose advice a wrong value gets). */
export const oneOf = <const T extends string>(
  values: readonly T[],
  description: string,
  format?: Format,
): StringSchema<T> => ({
  type: 'string',
  description,
  enum: values,
  ...(format ? { format } : {}),
});

export const integer = (
  description: string,
  limits: Pick<IntegerSchema, 'minimum' | 'maximum' | 'const'> = {},
): IntegerSchema => ({ type: 'integer', description, ...limits });

export const boolean = (description: string): BooleanSchema => ({ type: 'boolean', description });

/** Text, or texts by language. */
export const localized = (description: string): LocalizedSchema => ({
  type: 'localized',
  description,
});

export const list = <I extends Schema>(
  items: I,
  description: string,
  options: Pick<ArraySchema, 'unique' | 'itemized' | 'max'> = {},
): ArraySchema<I> => ({ type: 'array', description, items, ...options });

/** An object of `properties`; `why` names the required ones and says why each matters. */
export const object = <P extends Record<string, Schema>, const R extends keyof P & string = never>(
  description: string,
  properties: P,
  why: Readonly<Record<R, string>> = {} as Record<R, string>,
): ObjectSchema<P, R> => ({ type: 'object', description, properties, why });

/** An object that a validator of its own checks (`helplines.custom`), described by `shape`. */
export const record = <S extends Schema | undefined = undefined>(
  description: string,
  shape?: S,
  check?: RecordSchema['check'],
): RecordSchema<S> => ({
  type: 'record',
  description,
  ...(shape ? { shape } : {}),
  ...(check ? { check } : {}),
});

/** One of the shapes in `of`. */
export const either = <const O extends readonly Schema[]>(
  of: O,
  description: string,
): EitherSchema<O> => ({ type: 'either', description, of });

/** An object whose keys are written in `keys` format, each holding a `values`. */
export const map = <V extends Schema>(
  keys: Format,
  values: V,
  description: string,
): MapSchema<V> => ({ type: 'map', description, keys, values });
