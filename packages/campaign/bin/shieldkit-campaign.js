#!/usr/bin/env node
// npx @shieldkit/campaign validate campaign.json
// npx @shieldkit/campaign embed [campaign.json] [--widgets …] [--lang …] [--base URL]
// npx @shieldkit/campaign print campaign.json --format poster-a4 [--lang uk,pl] [--out poster.pdf]
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../dist/cli.js';
import { runEmbed } from '../dist/embed-cli.js';

const io = {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};
const [command, ...rest] = process.argv.slice(2);

if (command === 'embed') {
  // Written by the build: the CDN files of this very version, with their integrity hashes.
  const manifest = JSON.parse(
    readFileSync(new URL('../dist/cdn-manifest.json', import.meta.url), 'utf8'),
  );
  process.exitCode = await runEmbed(rest, io, manifest);
} else if (command === 'print') {
  // @shieldkit/print is not a dependency (it keeps this package small): loaded only here.
  const { runPrint } = await import('../dist/print-cli.js');
  const printPackage = '@shieldkit/print';
  process.exitCode = await runPrint(rest, {
    ...io,
    writeFile: (path, data) => writeFileSync(path, data),
    loadPrint: () => import(printPackage),
    loadPdf: () => import(`${printPackage}/pdf.js`),
  });
} else {
  process.exitCode = runCli(process.argv.slice(2), io);
}
