// Custom Elements Manifests (`npm run analyze`, also run before Storybook):
//  1. custom-elements.json at the repo root: every package's src/ analysed together (so a widget
//     inherits the documented members of ShieldElement), module paths relative to the repo
//     (`packages/quick-exit/src/quick-exit.ts`). Storybook reads this one for docs and controls.
//  2. packages/<pkg>/custom-elements.json for each package whose package.json names one
//     (`"customElements": "custom-elements.json"`): only that package's modules, with paths of the
//     published files (`dist/quick-exit.js`) and other @shieldkit packages referenced by name.
// In both, an attribute typed with an alias carries the union it stands for, and a default written
// as a constant carries its value (analyze-types.mjs, from TypeScript's checker). `analyzeRepo()`
// gives the root manifest in memory, for tests.
//
// The analyzer is called through its API, not its CLI: the CLI also writes a `customElements`
// field into the package.json of the working directory, and reads a config file we don't need.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { addResolvedTypes } from './analyze-types.mjs';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = 'packages';

/** What the manifest describes: sources, not tests, stories or declaration files. */
const isSource = (file) =>
  file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.(test|stories|spec)\.ts$/.test(file);

/** Every package with a src/: its folder name, its package.json and its source files (posix, repo-relative). */
function readPackages() {
  return readdirSync(join(root, packagesDir))
    .filter((name) => existsSync(join(root, packagesDir, name, 'src')))
    .sort()
    .map((name) => {
      const manifest = JSON.parse(
        readFileSync(join(root, packagesDir, name, 'package.json'), 'utf8'),
      );
      const files = readdirSync(join(root, packagesDir, name, 'src'), { recursive: true })
        .map((file) => String(file).split(/[\\/]/).join('/'))
        .filter(isSource)
        .sort()
        .map((file) => posix.join(packagesDir, name, 'src', file));
      return { name, manifest, files };
    });
}

/**
 * Our elements register through `ShieldElement.define()` (`ShieldQuickExit.define('shield-quick-exit')`),
 * which the analyzer does not know: record those calls as custom-element definitions, exactly as it
 * does for `customElements.define('shield-quick-exit', ShieldQuickExit)`.
 */
function shieldDefinePlugin() {
  return {
    name: 'shieldkit: Class.define(tag)',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'define') return;
      if (!ts.isIdentifier(callee.expression) || callee.expression.text === 'customElements')
        return;
      const [tag] = node.arguments;
      if (
        node.arguments.length !== 1 ||
        !tag ||
        !ts.isStringLiteralLike(tag) ||
        !tag.text.includes('-')
      )
        return;
      const className = callee.expression.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: {
            name: className,
            ...resolveModuleOrPackageSpecifier(moduleDoc, context, className),
          },
        },
      ];
    },
  };
}

function analyze(packages) {
  const modules = packages.flatMap(({ files }) =>
    files.map((file) =>
      ts.createSourceFile(
        file,
        readFileSync(join(root, file), 'utf8'),
        ts.ScriptTarget.ES2022,
        true,
      ),
    ),
  );
  return create({
    modules,
    plugins: [...litPlugin(), shieldDefinePlugin()],
    context: { dev: false },
  });
}

/** `/packages/core/src/x.js` or `packages/core/src/x.ts` → `{ pkg: 'core', file: 'x' }` (no extension). */
function splitRepoPath(path) {
  const match = /^\/?packages\/([^/]+)\/src\/(.+?)(\.d)?\.(ts|js)$/.exec(path);
  return match ? { pkg: match[1], file: match[2] } : undefined;
}

/**
 * Every reference the analyzer wrote, as a repo path to the source: it writes some with a leading
 * slash and `.js` (`/packages/quick-exit/src/quick-exit.js`), and re-exports relative to their
 * module (`./quick-exit.js`).
 */
function normalizeReferences(manifest) {
  for (const module of manifest.modules) {
    const visit = (value) => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      if (typeof value.module === 'string') {
        const path = value.module.startsWith('.')
          ? posix.join(posix.dirname(module.path), value.module)
          : value.module;
        const where = splitRepoPath(path);
        if (where) value.module = `${packagesDir}/${where.pkg}/src/${where.file}.ts`;
      }
      Object.values(value).forEach(visit);
    };
    visit(module.declarations);
    visit(module.exports);
  }
}

/**
 * The manifest one package publishes: its own modules, paths of its dist/ files, and references
 * into other packages of this repo turned into `{ package: '@shieldkit/…', module: 'dist/….js' }`.
 */
function manifestOf(pkg, full, packagesByFolder) {
  const own = structuredClone(
    full.modules.filter((module) => splitRepoPath(module.path)?.pkg === pkg.name),
  );
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const key of ['path', 'module']) {
      const where = typeof value[key] === 'string' ? splitRepoPath(value[key]) : undefined;
      if (!where) continue;
      value[key] = `dist/${where.file}.js`;
      if (key === 'module' && where.pkg !== pkg.name) {
        value.package = packagesByFolder.get(where.pkg)?.manifest.name ?? value.package;
      }
    }
    Object.values(value).forEach(rewrite);
  };
  rewrite(own);
  return { schemaVersion: full.schemaVersion, readme: '', modules: own };
}

/**
 * The root manifest, in memory: every package's sources analysed together, references normalised,
 * alias types and constant defaults resolved (analyze-types.mjs). Tests read it without writing.
 */
export function analyzeRepo(packages = readPackages()) {
  const full = analyze(packages);
  normalizeReferences(full);
  addResolvedTypes(
    full,
    root,
    packages.flatMap(({ files }) => files),
  );
  return full;
}

const write = (file, manifest) =>
  writeFileSync(join(root, file), `${JSON.stringify(manifest, null, 2)}\n`);

function main() {
  const started = performance.now();
  const packages = readPackages();
  const full = analyzeRepo(packages);
  write('custom-elements.json', full);

  const packagesByFolder = new Map(packages.map((pkg) => [pkg.name, pkg]));
  const written = ['custom-elements.json'];
  for (const pkg of packages) {
    const target = pkg.manifest.customElements;
    if (typeof target !== 'string') continue;
    const file = posix.join(packagesDir, pkg.name, target);
    write(file, manifestOf(pkg, full, packagesByFolder));
    written.push(file);
  }

  const elements = full.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => `<${declaration.tagName}>`);
  const files = packages.reduce((sum, pkg) => sum + pkg.files.length, 0);
  console.log(
    `analyze: ${files} modules, ${elements.length} elements (${elements.join(', ') || 'none'}) → ` +
      `${written.join(', ')} in ${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
