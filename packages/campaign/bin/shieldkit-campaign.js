#!/usr/bin/env node
// npx @shieldkit/campaign validate campaign.json
import { readFileSync } from 'node:fs';
import { runCli } from '../dist/cli.js';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
