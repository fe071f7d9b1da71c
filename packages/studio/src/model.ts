/**
 * The studio's pure logic over a campaign file and its schema: no DOM, no Lit. The form, the
 * translation grid, the export and the tests all read the schema through these functions, so a
 * field the schema gains shows up everywhere without editing the studio.
 */
import type { Schema, ObjectSchema } from '@shieldkit/core/schema.js';

export type Path = (string | number)[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A plain object (not an array, not null). */
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property (never one inherited: a `__proto__` key is read as a plain key). */
export const own = (value: unknown, key: string | number): unknown => {
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined;
  if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  return value[key];
};

/** The value at `path`, or undefined. */
export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    value = own(value, key);
    if (value === undefined) return undefined;
  }
  return value;
}

/** Defines a key as data (never through a setter: `__proto__` stays a plain key). */
function put(target: JsonObject | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A copy of an object or array, keeping every own key as data. */
function copy(value: unknown, nextKey: string | number): JsonObject | Json[] {
  if (Array.isArray(value)) return [...(value as Json[])];
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) put(out, key, value[key]!);
    return out;
  }
  return typeof nextKey === 'number' ? [] : {};
}

/**
 * A new root with `value` at `path` (the parts on the way copied, the rest shared). `undefined`
 * removes the key (or the list item).
 */
export function setAt(root: unknown, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? {} : value;
  const [key, ...rest] = path as [string | number, ...Path];
  const out = copy(root, key);
  const next = rest.length === 0 ? value : setAt(own(out, key), rest, value);
  if (next === undefined) {
    if (Array.isArray(out) && typeof key === 'number') out.splice(key, 1);
    else delete (out as JsonObject)[key];
  } else put(out, key, next);
  return out;
}

/** A list with the item at `from` moved to `to`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** One field the schema describes, with its place written `stories[].image.alt`. */
export interface SchemaField {
  /** `stories[].image.alt`; `[]` stands for any list item, `*` for any key of a map. */
  path: string;
  schema: Schema;
}

/**
 * Every field of a schema, depth first in schema order (objects, list items and map values too, the
 * fields of a record's shape, and of each shape an `either` may take). Each path once.
 */
export function schemaFields(schema: Schema, prefix = ''): SchemaField[] {
  const out: SchemaField[] = [];
  const seen = new Set<string>();
  const visit = (node: Schema, path: string): void => {
    if (path && !seen.has(path)) {
      seen.add(path);
      out.push({ path, schema: node });
    }
    inside(node, path);
  };
  // What is inside a value at `path` (a record's or either's shapes sit at the same path).
  const inside = (node: Schema, path: string): void => {
    if (node.type === 'object') {
      for (const [key, child] of Object.entries(node.properties))
        visit(child, path ? `${path}.${key}` : key);
    } else if (node.type === 'array') visit(node.items, `${path}[]`);
    else if (node.type === 'map') visit(node.values, `${path}.*`);
    else if (node.type === 'record' && node.shape) inside(node.shape, path);
    else if (node.type === 'either') for (const shape of node.of) inside(shape, path);
  };
  visit(schema, prefix);
  return out;
}

/** The schema path (`stories[].image.alt`) of a value path (`['stories', 2, 'image', 'alt']`). */
export function schemaPath(path: Path, schema: Schema): string {
  let out = '';
  let node: Schema | undefined = schema;
  for (const key of path) {
    if (node?.type === 'array') {
      out += '[]';
      node = node.items;
    } else if (node?.type === 'map') {
      out += '.*';
      node = node.values;
    } else if (node?.type === 'object') {
      out += out ? `.${key}` : String(key);
      node = node.properties[key as string];
    } else {
      out += typeof key === 'number' ? '[]' : `.${key}`;
      node = undefined;
    }
  }
  return out;
}

/** The schema of the value at `path`, if the schema knows it. */
export function schemaAt(schema: Schema, path: Path): Schema | undefined {
  let node: Schema | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.items;
    else if (node.type === 'map') node = node.values;
    else if (node.type === 'object')
      node = Object.prototype.hasOwnProperty.call(node.properties, key)
        ? node.properties[key as string]
        : undefined;
    else return undefined;
  }
  return node;
}

/**
 * A copy of a campaign with every object's keys in schema order (unknown keys after them, as they
 * were), so a downloaded file diffs small against the last one.
 */
export function inSchemaOrder(value: unknown, schema: Schema | undefined): Json {
  if (Array.isArray(value))
    return value.map((item) =>
      inSchemaOrder(item, schema?.type === 'array' ? schema.items : undefined),
    );
  if (!isObject(value)) return value as Json;
  const out: JsonObject = {};
  const known = schema?.type === 'object' ? Object.keys(schema.properties) : [];
  const keys = [
    ...known.filter((key) => Object.prototype.hasOwnProperty.call(value, key)),
    ...Object.keys(value).filter((key) => !known.includes(key)),
  ];
  for (const key of keys) {
    const child =
      schema?.type === 'object'
        ? schema.properties[key]
        : schema?.type === 'map'
          ? schema.values
          : undefined;
    put(out, key, inSchemaOrder(value[key], child));
  }
  return out;
}

/** The campaign file as the studio downloads it: pretty, two spaces, keys in schema order. */
export const serialize = (campaign: unknown, schema: ObjectSchema): string =>
  `${JSON.stringify(inSchemaOrder(campaign, schema), null, 2)}\n`;

/** Days from `today` (YYYY-MM-DD) to `date` (YYYY-MM-DD); negative when past. */
export function daysUntil(date: string, today: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

/** Today as YYYY-MM-DD in the device's time zone. */
export const todayString = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/**
 * What the studio warns about a story's consent: it ends within 30 days or has ended
 * (`expires`), or it is dated after today (`given`: the carousel shows the story only from that day).
 */
export interface ConsentWarning {
  index: number;
  /** The consent date the warning is about. */
  field: 'given' | 'expires';
  /** Days from today to that date (negative: it has passed). */
  days: number;
}

const isCalendarDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The consent warnings of one story (a date the validator calls malformed gets none). */
export function storyConsentWarnings(
  story: unknown,
  index: number,
  today: string,
): ConsentWarning[] {
  const out: ConsentWarning[] = [];
  const given = getAt(story, ['consent', 'given']);
  if (isCalendarDate(given) && daysUntil(given, today) > 0)
    out.push({ index, field: 'given', days: daysUntil(given, today) });
  const expires = getAt(story, ['consent', 'expires']);
  if (isCalendarDate(expires) && daysUntil(expires, today) <= 30)
    out.push({ index, field: 'expires', days: daysUntil(expires, today) });
  return out;
}

export function consentWarnings(campaign: unknown, today: string): ConsentWarning[] {
  const stories = own(campaign, 'stories');
  if (!Array.isArray(stories)) return [];
  return stories.flatMap((story, index) => storyConsentWarnings(story, index, today));
}

/** A consent warning in the studio's words (`t` is the studio's own). */
export function consentWarningText(
  t: (key: string, options?: Record<string, unknown>) => string,
  { field, days }: ConsentWarning,
): string {
  if (field === 'given') return t('consent.notYet', { days });
  if (days < 0) return t('consent.expired', { days: -days });
  return days === 0 ? t('consent.today') : t('consent.expiring', { days });
}
