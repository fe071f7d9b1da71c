// A release without publishing (`npm run release:dry-run`): on a copy of the committed repo it does
// what a release does (CONTRIBUTING.md, "Releasing") and prints what would be published.
//  1. `git clone` of HEAD into a temporary folder (your working tree is never touched);
//  2. `changeset version` there: versions bumped, CHANGELOG.md written, changesets consumed;
//     then `scripts/sync-version.mjs` (core's VERSION), and a check that every @shieldkit/*
//     package and every internal dependency has the one new version;
//  3. the build, then `npm pack` of each public package: tarball sizes, and the release note's
//     integrity section (every CDN file's sha384, the import map's sha256) in RELEASE-NOTES.md.
//     node scripts/release-dry-run.mjs [--keep]     (--keep: leave the copy and print its path)
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(new URL('..', import.meta.url).pathname);
const keep = process.argv.includes('--keep');
const copy = mkdtempSync(join(tmpdir(), 'shieldkit-release-'));
const sh = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: 'pipe', ...options });
const json = (file) => JSON.parse(readFileSync(join(copy, file), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function fail(message) {
  console.error(`✖ ${message}`);
  process.exitCode = 1;
}

try {
  console.log(`Copy of HEAD in ${copy}`);
  sh('git', ['clone', '--quiet', '--no-hardlinks', repo, copy], { cwd: repo });
  // The repo's installed tools, but @shieldkit/* linked to the copy's own packages.
  mkdirSync(join(copy, 'node_modules/@shieldkit'), { recursive: true });
  for (const entry of readdirSync(join(repo, 'node_modules')))
    if (entry !== '@shieldkit' && entry !== '.package-lock.json')
      symlinkSync(join(repo, 'node_modules', entry), join(copy, 'node_modules', entry));
  const folders = readdirSync(join(copy, 'packages')).filter((folder) =>
    existsSync(join(copy, 'packages', folder, 'package.json')),
  );
  for (const folder of folders) {
    const { name } = json(`packages/${folder}/package.json`);
    symlinkSync(join(copy, 'packages', folder), join(copy, 'node_modules', name));
  }

  const before = json('packages/core/package.json').version;
  const pending = readdirSync(join(copy, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  console.log(`\n1. changeset version (${pending.length} changesets, from ${before})`);
  sh(join(repo, 'node_modules/.bin/changeset'), ['version']);
  sh(process.execPath, ['scripts/sync-version.mjs']);
  const version = json('packages/core/package.json').version;
  console.log(`   → ${version}`);

  console.log('\n2. versions in sync');
  const manifests = folders.map((folder) => json(`packages/${folder}/package.json`));
  for (const manifest of manifests) {
    if (manifest.version !== version) fail(`${manifest.name} is ${manifest.version}`);
    for (const [dep, range] of Object.entries({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
    }))
      if (dep.startsWith('@shieldkit/') && !range.includes(version))
        fail(`${manifest.name} depends on ${dep}@${range}`);
  }
  const constant = /VERSION = '([^']*)'/.exec(
    readFileSync(join(copy, 'packages/core/src/version.ts'), 'utf8'),
  )?.[1];
  if (constant !== version) fail(`core's VERSION is ${constant}`);
  const changelogs = manifests.filter((manifest, i) =>
    readFileSync(join(copy, 'packages', folders[i], 'CHANGELOG.md'), 'utf8').includes(
      `## ${version}`,
    ),
  );
  if (changelogs.length !== manifests.length) fail('a package has no changelog entry');
  console.log(
    `   ${manifests.length} packages at ${version}, core VERSION ${constant}, ${changelogs.length} changelogs with "## ${version}"`,
  );
  const left = readdirSync(join(copy, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  if (left.length > 0) fail(`changesets left: ${left.join(', ')}`);

  console.log('\n3. build and pack');
  sh('npm', ['run', 'build', '--silent']);
  sh(process.execPath, ['scripts/analyze.mjs']);
  const packDir = join(copy, '.pack');
  mkdirSync(packDir);
  const publics = manifests.filter((manifest) => !manifest.private);
  const packed = JSON.parse(
    sh('npm', [
      'pack',
      '--ignore-scripts',
      '--json',
      '--pack-destination',
      packDir,
      ...publics.flatMap((manifest) => ['-w', manifest.name]),
    ]),
  );
  console.log('| package | tarball | unpacked | files |');
  console.log('|---|---:|---:|---:|');
  for (const tarball of packed)
    console.log(
      `| ${tarball.name}@${tarball.version} | ${kb(tarball.size)} | ${kb(tarball.unpackedSize)} | ${tarball.entryCount} |`,
    );

  // The release note's integrity section, from the files just built.
  const integrity = json('packages/shieldkit/dist/integrity.json');
  const { embedCode } = await import(join(copy, 'packages/campaign/dist/embed.js'));
  const manifest = json('packages/campaign/dist/cdn-manifest.json');
  const { importMapHash } = await embedCode(manifest);
  const notes = [
    `## Integrity (@shieldkit/shieldkit@${version})`,
    '',
    `Import map for jsDelivr (\`npx @shieldkit/campaign@${version} embed\`): \`script-src ${importMapHash}\``,
    '',
    '| file | integrity |',
    '|---|---|',
    ...Object.entries(integrity).map(([file, hash]) => `| dist/${file} | \`${hash}\` |`),
    '',
  ].join('\n');
  writeFileSync(join(copy, 'RELEASE-NOTES.md'), notes);
  console.log(`\n${notes}`);
  console.log(
    process.exitCode
      ? '✖ The dry run found problems (above).'
      : `✔ Dry run of ${version}: nothing was published.`,
  );
} catch (error) {
  fail(`${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
} finally {
  if (keep) console.log(`\nThe copy is kept: ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
