// `npm run build-examples` (after `npm run build`): builds the Vite examples with the root's Vite,
// prints the gzip size of every JavaScript file they ship, and what each widget adds to a Vite app
// on its own (issue #9: "the build of the example reports each widget's own bytes").
//
// A widget's own bytes: one tiny entry per widget (the baseline + `import '@shieldkit/<widget>/define.js'`)
// is built like an app would build it, and the baseline entry (Lit + @shieldkit/core + English
// strings: what every widget shares) is subtracted. Gzip sizes of two files do not subtract exactly;
// the figure is what a page pays to add that widget, within a few dozen bytes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve('.');
const examples = ['npm-vite', 'react'];

/**
 * The widgets whose own bytes are reported. `with`: the widgets a widget registers itself (their
 * bytes are counted for them, not for it).
 */
const widgets = [
  { name: 'quick-exit' },
  { name: 'helpline-banner', with: ['quick-exit'] },
  { name: 'red-flag-checklist' },
  { name: 'story-carousel' },
  { name: 'campaign' },
];
const define = (name) => `import '@shieldkit/${name}/define.js';`;

/** Lit + core (element base, localization, English strings, tokens): shared by every widget. */
const baseline = `import { ShieldElement } from '@shieldkit/core';
class Baseline extends ShieldElement {}
Baseline.define('shield-size-baseline');`;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const signed = (n) => `${n < 0 ? '−' : '+'}${kb(Math.abs(n))}`;

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}

async function buildExample(name) {
  const dir = join(root, 'examples', name);
  await build({ root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'warn' });
  const js = filesUnder(join(dir, 'dist')).filter((file) => file.endsWith('.js'));
  console.log(`\nexamples/${name}/dist:`);
  console.log('| file | min | gzip |');
  console.log('|---|---:|---:|');
  let total = 0;
  for (const file of js.sort()) {
    const bytes = readFileSync(file);
    total += gzip(bytes);
    console.log(`| ${relative(dir, file)} | ${kb(bytes.length)} | ${kb(gzip(bytes))} |`);
  }
  console.log(`| all JavaScript | | ${kb(total)} |`);
}

/**
 * Builds `code` as the only entry of a Vite app (production, minified) without writing anything, and
 * returns the bytes an English page loads: every chunk reachable from the entry (static and dynamic
 * imports, e.g. the campaign's validator), except the files of other languages (loaded on demand).
 */
const OTHER_LANGUAGE = /\/locales\/dist\/(languages|checklists)\/(?!en\.js)/;

async function initialBytes(code) {
  const id = '\0shieldkit-size-entry';
  const result = await build({
    root: join(root, 'examples', 'npm-vite'),
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'shieldkit-size-entry',
        resolveId: (source) => (source === 'shieldkit-size-entry' ? id : undefined),
        load: (source) => (source === id ? code : undefined),
      },
    ],
    build: {
      write: false,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: 'shieldkit-size-entry' },
    },
  });
  const output = Array.isArray(result) ? result[0] : result;
  const chunks = new Map(
    output.output.filter((o) => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk.fileName)) return;
    if (OTHER_LANGUAGE.test(chunk.facadeModuleId ?? '')) return;
    seen.add(chunk.fileName);
    [...chunk.imports, ...chunk.dynamicImports].forEach((file) => visit(chunks.get(file)));
  };
  visit(entry);
  const loaded = [...seen].map((file) => chunks.get(file).code).join('\n');
  return { min: Buffer.byteLength(loaded), gzip: gzip(Buffer.from(loaded)) };
}

for (const name of examples) await buildExample(name);

console.log(
  "\nEach widget's own bytes in a Vite app (production build, JavaScript an English page loads):",
);
const base = await initialBytes(baseline);
console.log('| entry | min | gzip | own bytes (gzip) |');
console.log('|---|---:|---:|---:|');
console.log(`| baseline: Lit + @shieldkit/core + English | ${kb(base.min)} | ${kb(base.gzip)} | |`);
const built = widgets.filter((widget) =>
  existsSync(join(root, 'packages', widget.name, 'dist', 'define.js')),
);
for (const widget of widgets.filter((w) => !built.includes(w)))
  console.log(`| ${widget.name}: not built (run \`npm run build\`) | | | |`);
for (const widget of built) {
  const others = (widget.with ?? []).map(define);
  const reference = others.length ? await initialBytes([baseline, ...others].join('\n')) : base;
  const size = await initialBytes([baseline, ...others, define(widget.name)].join('\n'));
  const note = widget.with ? ` (registers ${widget.with.join(', ')} too)` : '';
  console.log(
    `| ${widget.name}${note} | ${kb(size.min)} | ${kb(size.gzip)} | ${signed(size.gzip - reference.gzip)} |`,
  );
}
const every = await initialBytes(built.map((widget) => define(widget.name)).join('\n'));
console.log(
  `| every widget together | ${kb(every.min)} | ${kb(every.gzip)} | ${signed(every.gzip - base.gzip)} |`,
);
