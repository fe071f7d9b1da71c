import { COUNTRY_CODES, helplines as ourHelplines, validateHelpline } from '@shieldkit/helplines';
import { FORMATS, campaignSchema, type Format, type Schema } from './schema.js';

/** One thing wrong in a campaign: where (`stories[2].image.alt`) and what, in plain language. */
export interface CampaignProblem {
  path: string;
  message: string;
  /** `error`: that part is not used. `warning`: used, but worth a look. */
  level: 'error' | 'warning';
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a message shows it: strings quoted and cut short, others by kind. */
function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const EXPECTED: Record<Schema['type'], string> = {
  string: 'text',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  map: 'an object { … }',
  localized: 'text, or an object of texts by language like { "en": "…" }',
  record: 'an object { … }',
};

/** True when `value` is written in `format` (dates must also exist; countries must be ISO codes). */
export function matchesFormat(value: string, format: Format): boolean {
  if (!new RegExp(FORMATS[format].pattern).test(value)) return false;
  if (format === 'date') {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }
  if (format === 'country') return COUNTRY_CODES.has(value);
  return true;
}

function check(schema: Schema, value: unknown, path: string, out: CampaignProblem[]): void {
  const error = (message: string): void => {
    out.push({ path, message: `${path} ${message}`, level: 'error' });
  };
  const wrongType = () => error(`should be ${EXPECTED[schema.type]}, but is ${show(value)}`);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return wrongType();
      if (schema.enum && !schema.enum.includes(value)) {
        return error(`is ${show(value)}, which is not one of: ${schema.enum.join(', ')}`);
      }
      if (schema.format && !matchesFormat(value, schema.format)) {
        return error(`is ${show(value)}: it should be ${FORMATS[schema.format].advice}`);
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
      if (!isObject(value)) wrongType();
      return;
    case 'localized':
      if (typeof value === 'string') {
        if (value.trim() === '') error('is empty');
        return;
      }
      if (!isObject(value) || Object.keys(value).length === 0) return wrongType();
      for (const [language, text] of Object.entries(value)) {
        const at = join(path, language);
        if (!matchesFormat(language, 'language')) {
          out.push({
            path: at,
            level: 'error',
            message: `${at}: "${language}" should be ${FORMATS.language.advice}`,
          });
        } else if (typeof text !== 'string' || text.trim() === '') {
          out.push({
            path: at,
            level: 'error',
            message: `${at} should be text, but is ${show(text)}`,
          });
        }
      }
      return;
    case 'array': {
      if (!Array.isArray(value)) return wrongType();
      const seen = new Set<string>();
      value.forEach((item, index) => {
        check(schema.items, item, join(path, index), out);
        if (schema.unique && typeof item === 'string') {
          if (seen.has(item))
            out.push({
              path: join(path, index),
              level: 'error',
              message: `${join(path, index)} repeats ${show(item)}`,
            });
          seen.add(item);
        }
      });
      return;
    }
    case 'map':
      if (!isObject(value)) return wrongType();
      for (const [key, item] of Object.entries(value)) {
        const at = join(path, key);
        if (!matchesFormat(key, schema.keys)) {
          out.push({
            path: at,
            level: 'error',
            message: `${at}: "${key}" should be ${FORMATS[schema.keys].advice}`,
          });
        } else check(schema.values, item, at, out);
      }
      return;
    case 'object':
      if (!isObject(value)) return wrongType();
      for (const key of schema.required ?? []) {
        if (value[key] === undefined) {
          const at = join(path, key);
          const why = schema.why?.[key] ?? 'it is required';
          out.push({ path: at, level: 'error', message: `${at} is missing: ${why}` });
        }
      }
      for (const [key, item] of Object.entries(value)) {
        const at = join(path, key);
        const property = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
        if (!property) {
          out.push({
            path: at,
            level: 'error',
            message: `${at} is not a campaign field (check the spelling)`,
          });
        } else if (item !== undefined) check(property, item, at, out);
      }
      return;
  }
}

/** Rules across fields, which a JSON Schema cannot say. */
function crossCheck(campaign: Fields, out: CampaignProblem[]): void {
  const languages = campaign['languages'];
  if (
    isObject(languages) &&
    Array.isArray(languages['offered']) &&
    typeof languages['default'] === 'string'
  ) {
    if (!languages['offered'].includes(languages['default'])) {
      out.push({
        path: 'languages.default',
        level: 'error',
        message: `languages.default "${languages['default']}" should also be in languages.offered`,
      });
    }
  }
  const helplines = campaign['helplines'];
  if (isObject(helplines)) {
    const custom = Array.isArray(helplines['custom']) ? helplines['custom'] : [];
    custom.forEach((record, index) => {
      if (!isObject(record)) return;
      for (const problem of validateHelpline(record)) {
        const at = `helplines.custom[${index}].${problem.path}`;
        out.push({ path: at, level: 'error', message: `${at}: ${problem.message}` });
      }
    });
    const known = new Set([
      ...ourHelplines.map((h) => h.id),
      ...custom.map((r) => (isObject(r) ? r['id'] : undefined)),
    ]);
    (Array.isArray(helplines['include']) ? helplines['include'] : []).forEach((id, index) => {
      if (typeof id === 'string' && !known.has(id)) {
        const at = `helplines.include[${index}]`;
        out.push({
          path: at,
          level: 'error',
          message: `${at}: there is no helpline "${id}" (check the id)`,
        });
      }
    });
  }
  const stories = Array.isArray(campaign['stories']) ? campaign['stories'] : [];
  const ids = new Set<unknown>();
  stories.forEach((story, index) => {
    if (!isObject(story)) return;
    if (ids.has(story['id'])) {
      out.push({
        path: `stories[${index}].id`,
        level: 'error',
        message: `stories[${index}].id repeats "${String(story['id'])}"`,
      });
    }
    ids.add(story['id']);
    const consent = story['consent'];
    if (
      isObject(consent) &&
      typeof consent['given'] === 'string' &&
      typeof consent['expires'] === 'string'
    ) {
      if (consent['expires'] <= consent['given']) {
        out.push({
          path: `stories[${index}].consent.expires`,
          level: 'error',
          message: `stories[${index}].consent.expires should be after consent.given`,
        });
      }
    }
  });
}

/**
 * Every problem in a campaign, each with its JSON path and a plain-language message. An empty list
 * means the campaign is valid. Warnings (level `warning`) do not stop a part from being used.
 */
export function validateCampaign(campaign: unknown): CampaignProblem[] {
  const out: CampaignProblem[] = [];
  check(campaignSchema, campaign, '', out);
  for (const problem of out) {
    // The root object has no name: say "the campaign" instead of an empty path.
    if (problem.path === '') problem.message = `The campaign${problem.message}`;
  }
  if (isObject(campaign)) crossCheck(campaign, out);
  return out;
}
