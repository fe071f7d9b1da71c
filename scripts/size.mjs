// Prints min / gzip / brotli sizes of every CDN file, and the Subresource Integrity hash of each,
// so a release note can publish them. Run by `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';

export const dist = 'packages/shieldkit/dist';

/** The CDN files as they are on disk now: dist/shieldkit.js, dist/locales/*.js, dist/chunks/*.js. */
export function cdnFiles() {
  const files = [join(dist, 'shieldkit.js')];
  for (const sub of ['locales', 'widgets', 'chunks']) {
    try {
      for (const file of readdirSync(join(dist, sub)).sort())
        if (file.endsWith('.js')) files.push(join(dist, sub, file));
    } catch {
      // no such folder: nothing to list
    }
  }
  return files;
}

/** Sizes of one file's bytes: raw, gzip -9, brotli -11. */
export function sizes(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }).length,
  };
}

/** Every CDN file with its sizes and its Subresource Integrity hash. */
export function cdnRows() {
  return cdnFiles().map((file) => {
    const bytes = readFileSync(file);
    const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    return { file: relative(dist, file), ...sizes(bytes), integrity };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\nCDN files (packages/shieldkit/dist):');
  console.log('| file | min | gzip | brotli | integrity |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of cdnRows())
    console.log(`| ${r.file} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.integrity} |`);
  // The import map that covers every file above at jsDelivr (what `npx @shieldkit/campaign embed`
  // prints by default): one hash per release, for the script-src of pages under a CSP.
  const { embedCode } = await import('../packages/campaign/dist/embed.js');
  const manifest = JSON.parse(readFileSync('packages/campaign/dist/cdn-manifest.json', 'utf8'));
  const { importMapHash } = await embedCode(manifest);
  console.log(`\nIntegrity of every file: ${join(dist, 'integrity.json')}`);
  console.log(
    `Import map at jsDelivr (npx @shieldkit/campaign embed): script-src ${importMapHash}`,
  );
}
