/**
 * The translatable texts of a campaign: every value the schema marks `localized` (stories,
 * own checklist items, image descriptions …) and every wording override in `strings`, each with a
 * stable key a translator's spreadsheet keeps (`stories[example-olena].heading`: list items by
 * their `id`, not their position, so reordering stories does not move a translation).
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { Schema } from '@shieldkit/core/schema.js';
import { getAt, isObject, own, setAt, type Json, type Path } from './model.js';

export interface TextRow {
  key: string;
  /** The localized value's path, or for `strings` the key (`['strings', '*', 'quickExit.label']`). */
  path: Path;
  /** `strings` rows: one key across languages. */
  override?: string;
}

/** Every translatable text of `campaign`, in schema order. */
export function textRows(campaign: unknown, schema: Schema): TextRow[] {
  const rows: TextRow[] = [];
  const walk = (value: unknown, node: Schema, path: Path, key: string): void => {
    if (node.type === 'localized') {
      if (value !== undefined) rows.push({ key, path });
      return;
    }
    if (node.type === 'object' && isObject(value)) {
      for (const [name, child] of Object.entries(node.properties)) {
        if (path.length === 0 && name === 'strings') continue;
        walk(own(value, name), child, [...path, name], key ? `${key}.${name}` : name);
      }
    } else if (node.type === 'array' && Array.isArray(value)) {
      // Each id counted once (an indexOf per item was quadratic: ~100 ms a keystroke at 1,000 stories).
      const ids = value.map((item) => own(item, 'id'));
      const counts = new Map<unknown, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      value.forEach((item, index) => {
        const id = ids[index];
        const stable = typeof id === 'string' && id !== '' && counts.get(id) === 1;
        walk(item, node.items, [...path, index], `${key}[${stable ? id : index}]`);
      });
    }
  };
  walk(campaign, schema, [], '');
  const strings = own(campaign, 'strings');
  if (isObject(strings)) {
    const keys = new Set<string>();
    for (const language of Object.keys(strings)) {
      const table = strings[language];
      if (isObject(table)) Object.keys(table).forEach((k) => keys.add(k));
    }
    for (const k of keys) rows.push({ key: `strings[${k}]`, path: ['strings'], override: k });
  }
  return rows;
}

/** The text of `row` in `language` ('' when missing). A plain-text value is the default language's. */
export function textOf(
  campaign: unknown,
  row: TextRow,
  language: string,
  fallback: string,
): string {
  if (row.override !== undefined) {
    const text = getAt(campaign, ['strings', language, row.override]);
    return typeof text === 'string' ? text : '';
  }
  const value = getAt(campaign, row.path);
  if (typeof value === 'string') return language === fallback ? value : '';
  const text = own(value, language);
  return typeof text === 'string' ? text : '';
}

/** `campaign` with the text of `row` in `language` set ('' removes it). */
export function withText(
  campaign: unknown,
  row: TextRow,
  language: string,
  text: string,
  fallback: string,
): Json {
  if (row.override !== undefined)
    return setAt(campaign, ['strings', language, row.override], text === '' ? undefined : text);
  const value = getAt(campaign, row.path);
  const current: Record<string, Json> = {};
  if (typeof value === 'string') current[fallback] = value;
  else if (isObject(value)) for (const k of Object.keys(value)) current[k] = value[k]!;
  let next = setAt(current, [language], text === '' ? undefined : text);
  if (!isObject(next)) next = {};
  return setAt(campaign, row.path, next);
}

/**
 * The texts as CSV (RFC 4180 quoting by d3-dsv): a `key` column, then one column per language;
 * UTF-8 with a byte-order mark, so spreadsheets read the letters right.
 */
export function textsToCsv(
  campaign: unknown,
  schema: Schema,
  languages: readonly string[],
  fallback: string,
): string {
  const rows = textRows(campaign, schema).map((row) => [
    row.key,
    ...languages.map((language) => textOf(campaign, row, language, fallback)),
  ]);
  return `\uFEFF${csvFormatRows([['key', ...languages], ...rows])}\n`;
}

/** What a CSV import did: the campaign with the texts, and every row or column it could not place. */
export interface CsvImport {
  campaign: Json;
  placed: number;
  /** Row numbers as a spreadsheet shows them (the header is row 1), with why. */
  unplaced: { row: number; key: string; reason: 'unknown-key' | 'no-key' }[];
  /** Columns that are not one of the campaign's languages. */
  unknownColumns: string[];
  /** The file is not a CSV of texts (no `key` column, or unreadable). */
  error?: 'no-key-column';
}

export function csvToTexts(
  csv: string,
  campaign: unknown,
  schema: Schema,
  languages: readonly string[],
  fallback: string,
): CsvImport {
  // Line breaks inside a cell as the studio writes them (a spreadsheet may save CRLF).
  const parsed = csvParseRows(csv.replace(/^\uFEFF/, '')).map((row) =>
    row.map((cell) => cell.replace(/\r\n?/g, '\n')),
  );
  const [header = [], ...data] = parsed;
  const keyColumn = header.findIndex((name) => name.trim().toLowerCase() === 'key');
  if (keyColumn === -1)
    return {
      campaign: campaign as Json,
      placed: 0,
      unplaced: [],
      unknownColumns: [],
      error: 'no-key-column',
    };
  const columns = header
    .map((name, index) => ({ language: name.trim(), index }))
    .filter(({ index }) => index !== keyColumn);
  const unknownColumns = columns
    .filter(({ language }) => !languages.includes(language))
    .map(({ language }) => language);
  const usable = columns.filter(({ language }) => languages.includes(language));
  const byKey = new Map(textRows(campaign, schema).map((row) => [row.key, row]));
  let next = campaign as Json;
  let placed = 0;
  const unplaced: CsvImport['unplaced'] = [];
  data.forEach((cells, index) => {
    const key = (cells[keyColumn] ?? '').trim();
    const rowNumber = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (!key) return void unplaced.push({ row: rowNumber, key, reason: 'no-key' });
    const row = byKey.get(key);
    if (!row) return void unplaced.push({ row: rowNumber, key, reason: 'unknown-key' });
    for (const { language, index: column } of usable) {
      const text = cells[column] ?? '';
      if (text !== textOf(next, row, language, fallback))
        next = withText(next, row, language, text, fallback);
    }
    placed++;
  });
  return { campaign: next, placed, unplaced, unknownColumns };
}
