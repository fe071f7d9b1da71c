// After `changeset version`: writes the shared release number into core's VERSION constant
// (named in the "loaded twice" warning), so code and package.json never disagree.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('packages/core/package.json', 'utf8'));
const file = 'packages/core/src/version.ts';
const source = readFileSync(file, 'utf8');
writeFileSync(file, source.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
console.log(`core VERSION = ${version}`);
