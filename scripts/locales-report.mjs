// The translation status of every shipped language, from the BUILT files (run `npm run build` first)
// and the translators' metadata (packages/locales/translations/<code>.meta.json): how each was made
// (`status`, and who reviewed it), its variety and register, how many of English's strings it has,
// which ones fall back to English, and the gzip size of its CDN file.
//   npm run locales:report            prints the table (and every missing key)
//   npm run locales:report -- --write also writes it into packages/locales/README.md (between the
//                                     status markers) and stories/translation-status.json (read by
//                                     stories/translating.mdx)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { dist, sizes } from './size.mjs';

const built = 'packages/locales/dist';
const readme = 'packages/locales/README.md';
const json = 'stories/translation-status.json';
const START = '<!-- status:start -->';
const END = '<!-- status:end -->';
/** Test-only languages: built from English, never published to readers. */
const PSEUDO = new Set(['en-XA']);

if (!existsSync(join(built, 'index.js')) || !existsSync(join(built, 'pseudo.js'))) {
  console.error(`${built} is not built: run \`npm run build\` first.`);
  process.exit(1);
}
const { languages, loadLocale } = await import(pathToFileURL(join(built, 'index.js')).href);
const { englishTree } = await import(pathToFileURL(join(built, 'pseudo.js')).href);

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/** `a.b.c` → text for every leaf of a tree. */
function flatten(tree, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

const english = flatten(englishTree);

/** The keys `code` must have: English's, with each plural written for the language's categories. */
function expectedKeys(code) {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const keys = [];
  for (const key of english.keys()) {
    const plural = PLURAL.exec(key);
    if (!plural) keys.push(key);
    else if (plural[2] === 'other') keys.push(...categories.map((c) => `${plural[1]}_${c}`));
  }
  return keys;
}

/** Gzip bytes of the CDN file of a language, or undefined when it has none. */
function gzipOf(code) {
  const file = join(dist, 'locales', `${code}.js`);
  return existsSync(file) ? sizes(readFileSync(file)).gzip : undefined;
}

/** The translators' metadata of a language (variety, register, reviewer). */
const metaOf = (code) =>
  JSON.parse(readFileSync(join('packages/locales/translations', `${code}.meta.json`), 'utf8'));

const rows = [];
for (const code of languages.filter((code) => !PSEUDO.has(code))) {
  const file = await loadLocale(code);
  const meta = metaOf(code);
  const expected = expectedKeys(code);
  // English's own file holds only the main strings; its widgets' strings travel with them.
  const have = code === 'en' ? english : flatten(file.strings);
  const missing = expected.filter((key) => !have.has(key));
  rows.push({
    code,
    name: file.meta.name,
    englishName: file.meta.englishName,
    dir: file.meta.dir,
    status: file.meta.status,
    reviewer: meta.reviewer ?? null,
    reviewedOn: meta.reviewedOn ?? null,
    variety: meta.variety,
    register: meta.register,
    translated: expected.length - missing.length,
    total: expected.length,
    missing,
    gzip: code === 'en' ? null : (gzipOf(code) ?? null),
  });
}

// English first, then by English name: how an agency looks a language up.
rows.sort((a, b) =>
  a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.englishName.localeCompare(b.englishName, 'en'),
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const shortList = (keys) =>
  keys.length === 0
    ? '—'
    : keys
        .slice(0, 3)
        .map((key) => `\`${key}\``)
        .join(', ') + (keys.length > 3 ? ` and ${keys.length - 3} more` : '');

const reviewedBy = (r) =>
  r.status === 'machine' ? '—' : r.reviewer ? `${r.reviewer}, ${r.reviewedOn}` : 'the project';

/** The markdown tables: status, then variety and register. */
function table(list = rows) {
  const lines = [
    '| language | code | direction | status | reviewed by | translated | falls back to English | gzip |',
    '| --- | --- | --- | --- | --- | ---: | --- | ---: |',
  ];
  for (const r of list) {
    const language = r.name === r.englishName ? r.name : `${r.name} (${r.englishName})`;
    const size = r.code === 'en' ? 'in shieldkit.js' : r.gzip === null ? 'not built' : kb(r.gzip);
    lines.push(
      `| ${language} | \`${r.code}\` | ${r.dir} | ${r.status} | ${reviewedBy(r)} | ${r.translated} / ${r.total} | ${shortList(r.missing)} | ${size} |`,
    );
  }
  lines.push('', '| code | variety | register |', '| --- | --- | --- |');
  for (const r of list) lines.push(`| \`${r.code}\` | ${r.variety} | ${r.register} |`);
  return lines.join('\n');
}

console.log(table());
for (const r of rows.filter((row) => row.missing.length))
  console.log(
    `\n${r.code}: ${r.missing.length} missing, shown in English:\n  ${r.missing.join('\n  ')}`,
  );

if (process.argv.includes('--write')) {
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) {
    console.error(`${readme} has no ${START} … ${END} markers: nothing written.`);
    process.exit(1);
  }
  // Written as Prettier would write them, so `npm run lint` stays clean.
  const pretty = async (path, source) =>
    format(source, { ...(await resolveConfig(path)), filepath: path });
  const updated = `${text.slice(0, start + START.length)}\n\n${table()}\n\n${text.slice(end)}`;
  writeFileSync(readme, await pretty(readme, updated));
  writeFileSync(json, await pretty(json, JSON.stringify({ languages: rows })));
  console.log(`\nwrote ${readme} and ${json}`);
}
