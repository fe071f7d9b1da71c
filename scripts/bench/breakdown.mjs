// What takes the space in a minified bundle: its bytes attributed to the source files (and
// packages) its source map names. `node scripts/bench/breakdown.mjs [file.js]`
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

/** The package a source path belongs to: `lit-html`, `i18next`, `@shieldkit/core` … */
function packageOf(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const local = /packages\/([^/]+)\//.exec(source);
  return local ? `@shieldkit/${local[1]}` : source;
}

/** Bytes of `file` per source and per package (minified bytes, and the gzip bytes the
 * bundle would lose without them: marginal, so the rows do not add up exactly). */
export function breakdown(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const perSource = new Map();
  const ranges = []; // [line, start, end, source]
  decode(map.mappings).forEach((segments, line) => {
    const text = lines[line] ?? '';
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      const source =
        segment.length > 1 ? resolve(dirname(file), map.sources[segment[1]]) : '(unmapped)';
      const bytes = Buffer.byteLength(text.slice(segment[0], end));
      perSource.set(source, (perSource.get(source) ?? 0) + bytes);
      ranges.push([line, segment[0], end, source]);
    });
  });
  const total = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const perPackage = new Map();
  for (const [source, bytes] of perSource)
    perPackage.set(packageOf(source), (perPackage.get(packageOf(source)) ?? 0) + bytes);
  /** gzip bytes saved by leaving out every range for which `drop(source)` is true. */
  const keep = (drop) => {
    const kept = lines.map((text, line) =>
      ranges
        .filter((r) => r[0] === line && !drop(r[3]))
        .map((r) => text.slice(r[1], r[2]))
        .join(''),
    );
    return gzipSync(kept.join('\n'), { level: 9 }).length;
  };
  const everything = keep(() => false);
  const saved = (drop) => everything - keep(drop);
  const rows = (entries, key) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => ({ name, bytes, gzip: saved((source) => key(source) === name) }));
  return {
    total,
    gzip,
    packages: rows(perPackage, packageOf),
    sources: rows([...perSource].sort((a, b) => b[1] - a[1]).slice(0, 25), (s) => s),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'packages/shieldkit/dist/shieldkit.js';
  const { total, gzip, packages, sources } = breakdown(file);
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  console.log(
    `${file}: ${kb(total)} min, ${kb(gzip)} gzip (gzip per row: what leaving it out saves)`,
  );
  console.log('\n| package | min | gzip saved without it |\n|---|---:|---:|');
  for (const r of packages) console.log(`| ${r.name} | ${kb(r.bytes)} | ${kb(r.gzip)} |`);
  console.log('\n| source (top 25) | min | gzip saved without it |\n|---|---:|---:|');
  for (const r of sources.slice(0, 25))
    console.log(`| ${r.name.replace(`${process.cwd()}/`, '')} | ${kb(r.bytes)} | ${kb(r.gzip)} |`);
}
