#!/usr/bin/env node
// npx @shieldkit/campaign validate campaign.json
// npx @shieldkit/campaign embed [campaign.json] [--widgets …] [--lang …] [--base URL]
import { readFileSync } from 'node:fs';
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
} else {
  process.exitCode = runCli(process.argv.slice(2), io);
}
