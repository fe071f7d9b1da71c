import { FORMATS, type Format, type Schema } from './language.js';
import { LIMITS } from './limits.js';
import { formatPath, isCalendarDate, isObject, show, type Path } from './values.js';

/** One thing wrong in JSON input: where (`['stories', 2, 'image', 'alt']`) and what, in plain language. */
export interface Problem {
  path: (string | number)[];
  /** A whole sentence that names the place (`stories[2].image.alt is missing: …`). */
  message: string;
  /** `error`: that part is not used. `warning`: used, but worth a look. */
  level: 'error' | 'warning';
}

const EXPECTED: Record<Schema['type'], string> = {
  string: 'text',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  map: 'an object { … }',
  localized: 'text, or an object of texts by language like { "en": "…" }',
  record: 'an object { … }',
  either: 'one of several shapes',
};

/** True when `value` is written in `format` (a date must also exist in the calendar). */
export function matchesFormat(value: string, format: Format): boolean {
  if (!new RegExp(FORMATS[format].pattern).test(value)) return false;
  return format !== 'date' || isCalendarDate(value);
}

/** What the checked value is, for messages: `{ name: 'The campaign', kind: 'campaign' }`. */
export interface Root {
  /** Says the root in a sentence: "The campaign should be an object …". */
  name: string;
  /** Says what an unknown field is not: "colour is not a campaign field". */
  kind: string;
}

/** Where a problem is, for a person (the root by its name). */
const place = (path: Path, root: Root) => (path.length ? formatPath(path) : root.name);

/** Says what a problem at `path` leaves out (`stories[3] is left out`), by the rules of `itemOf`. */
type LeftOut = (path: Path) => string;

/** `12345` → `12,345`. */
const count = (n: number) => n.toLocaleString('en-US');

function check(
  schema: Schema,
  value: unknown,
  path: (string | number)[],
  root: Root,
  out: Problem[],
  leftOut: LeftOut,
): void {
  const at = (key: string | number) => [...path, key];
  const error = (message: string, where = path, separator = ' '): void => {
    out.push({
      path: where,
      message: `${place(where, root)}${separator}${message}`,
      level: 'error',
    });
  };
  const wrongType = () => error(`should be ${EXPECTED[schema.type]}, but is ${show(value)}`);
  /** Reports a text over `LIMITS.textLength` (true when it is one). */
  const tooLong = (text: string, where = path): boolean => {
    if (text.length <= LIMITS.textLength) return false;
    error(
      `has ${count(text.length)} characters, more than the ${count(LIMITS.textLength)} a text may have: ${leftOut(where)}`,
      where,
    );
    return true;
  };
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return wrongType();
      if (tooLong(value)) return;
      if (
        schema.format &&
        !(matchesFormat(value, schema.format) && (schema.enum ?? [value]).includes(value))
      ) {
        return error(`is ${show(value)}: it should be ${FORMATS[schema.format].advice}`);
      }
      if (schema.enum && !schema.enum.includes(value)) {
        return error(`is ${show(value)}, which is not one of: ${schema.enum.join(', ')}`);
      }
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType();
      if (schema.const !== undefined && value !== schema.const)
        return error(`must be ${schema.const}`);
      if (schema.minimum !== undefined && value < schema.minimum)
        return error(`must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum)
        return error(`must be at most ${schema.maximum}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') wrongType();
      return;
    case 'record':
      if (!isObject(value)) return wrongType();
      for (const problem of schema.check?.(value) ?? []) {
        const where = [...path, ...problem.path];
        out.push({
          path: where,
          message: `${place(where, root)}: ${problem.message}`,
          level: 'error',
        });
      }
      return;
    case 'either': {
      const fits = schema.of.some((shape) => {
        const problems: Problem[] = [];
        check(shape, value, path, root, problems, leftOut);
        return problems.length === 0;
      });
      if (!fits) {
        const kinds = [...new Set(schema.of.map((shape) => EXPECTED[shape.type]))];
        error(`should be ${kinds.join(' or ')}, but is ${show(value)}`);
      }
      return;
    }
    case 'localized':
      if (typeof value === 'string') {
        if (!tooLong(value) && value.trim() === '') error('is empty');
        return;
      }
      if (!isObject(value) || Object.keys(value).length === 0) return wrongType();
      for (const [language, text] of Object.entries(value)) {
        if (!matchesFormat(language, 'language')) {
          error(`${show(language)} should be ${FORMATS.language.advice}`, at(language), ': ');
        } else if (typeof text !== 'string' || text.trim() === '') {
          error(`should be text, but is ${show(text)}`, at(language));
        } else tooLong(text, at(language));
      }
      return;
    case 'array': {
      if (!Array.isArray(value)) return wrongType();
      const seen = new Set<string>();
      const { max = Infinity } = schema;
      if (value.length > max) {
        const last = value.length > max + 1 ? ` to ${formatPath(at(value.length - 1))} are` : ' is';
        // At the first item left out (so `itemOf` knows the rest goes), said of the whole list.
        out.push({
          path: at(max),
          message: `${place(path, root)} has ${count(value.length)} items, more than the ${count(max)} read: ${formatPath(at(max))}${last} left out`,
          level: 'error',
        });
      }
      value.slice(0, max).forEach((item, index) => {
        check(schema.items, item, at(index), root, out, leftOut);
        if (schema.unique && typeof item === 'string') {
          if (seen.has(item)) error(`repeats ${show(item)}`, at(index));
          seen.add(item);
        }
      });
      return;
    }
    case 'map':
      if (!isObject(value)) return wrongType();
      for (const [key, item] of Object.entries(value)) {
        if (!matchesFormat(key, schema.keys)) {
          error(`${show(key)} should be ${FORMATS[schema.keys].advice}`, at(key), ': ');
        } else check(schema.values, item, at(key), root, out, leftOut);
      }
      return;
    case 'object':
      if (!isObject(value)) return wrongType();
      for (const [key, why] of Object.entries<string>(schema.why)) {
        if (value[key] === undefined) error(`is missing: ${why}`, at(key));
      }
      for (const [key, item] of Object.entries(value)) {
        const property = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
        if (!property) error(`is not a ${root.kind} field (check the spelling)`, at(key));
        else if (item !== undefined) check(property, item, at(key), root, out, leftOut);
      }
      return;
  }
}

/**
 * Every problem of `value` against `schema`, in order, each with its path and a message that names
 * it. An empty list means valid.
 */
export function validate(schema: Schema, value: unknown, root: Root): Problem[] {
  const out: Problem[] = [];
  check(schema, value, [], root, out, (path) => {
    const item = itemOf(schema, path);
    const part = item ? [...item.list, item.index] : path.slice(0, 1);
    return part.length ? `${formatPath(part)} is left out` : 'it is not used';
  });
  return out;
}

/**
 * The list item a problem at `path` belongs to when that list is `itemized` (its items are used or
 * left out one by one): the path of the list and the item's index. `rest` when the problem is the
 * list's `max`: that item and every one after it are left out. `undefined` otherwise.
 */
export function itemOf(
  schema: Schema,
  path: Path,
): { list: (string | number)[]; index: number; rest?: true } | undefined {
  let node: Schema | undefined = schema;
  for (let i = 0; i < path.length && node; i++) {
    const key = path[i]!;
    if (node.type === 'array') {
      if (typeof key === 'number' && node.max !== undefined && key >= node.max)
        return { list: path.slice(0, i), index: key, rest: true };
      if (node.itemized && typeof key === 'number') return { list: path.slice(0, i), index: key };
      node = node.items;
    } else if (node.type === 'object') {
      node =
        typeof key === 'string' && Object.hasOwn(node.properties, key)
          ? node.properties[key]
          : undefined;
    } else if (node.type === 'map') node = node.values;
    else return undefined;
  }
  return undefined;
}
