// One build for the whole repo (`npm run build`):
//  1. every package under packages/ → unbundled ESM + .d.ts in its dist/, dependencies external,
//     in dependency order (a package's types are read from the dist/ of the packages it imports);
//  2. the CDN files of packages/shieldkit: dist/shieldkit.js, one minified self-contained module
//     that defines every element (Lit and i18next inlined; see src/cdn.ts for what loads on first
//     use), with each language in dist/locales/ and the larger widgets in dist/widgets/.
//     dist/ holds only files a page can load: @shieldkit/shieldkit's own npm build (which imports
//     bare package names) goes to its lib/ (its package.json "main" names the folder), and
//     scripts/cdn-manifest.mjs lists every CDN file with its integrity hash;
//  3. the studio's static site, packages/studio/dist/: index.html, studio.js (the app, self-contained),
//     cdn-manifest.json (for "Copy embed code"), preview/ with a copy of the CDN files (kit/) and
//     print/ (the Print view's frame).
// A new package needs no edit here: its package.json and src/ are found.
import { cpSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cdnManifest } from './scripts/cdn-manifest.mjs';

const packagesDir = 'packages';
const isSource = (file) =>
  file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.(test|stories)\.ts$/.test(file);

/** Every package with a src/, sorted so that a package comes after the @shieldkit/* it depends on. */
function packagesInBuildOrder() {
  const all = readdirSync(packagesDir)
    .filter((name) => existsSync(join(packagesDir, name, 'src')))
    .map((name) => {
      const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
      const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
      const out = dirname(manifest.main ?? './dist/index.js'); // dist, or lib for @shieldkit/shieldkit
      return {
        name,
        id: manifest.name,
        out,
        deps: deps.filter((d) => d.startsWith('@shieldkit/')),
      };
    });
  const ordered = [];
  const visit = (pkg, trail = []) => {
    if (ordered.includes(pkg)) return;
    if (trail.includes(pkg))
      throw new Error(`dependency cycle: ${[...trail, pkg].map((p) => p.id).join(' → ')}`);
    for (const dep of pkg.deps) {
      const target = all.find((p) => p.id === dep);
      if (target) visit(target, [...trail, pkg]);
    }
    ordered.push(pkg);
  };
  all.forEach((pkg) => visit(pkg));
  return ordered;
}

function libraryBuild({ name, out }) {
  const root = join(packagesDir, name);
  const input = readdirSync(join(root, 'src'), { recursive: true })
    .filter(isSource)
    .map((file) => join(root, 'src', file));
  return {
    input,
    // Every bare import (lit, i18next, @shieldkit/*) stays an import: consumers dedupe them.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    output: {
      dir: join(root, out),
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: join(root, 'src'),
    },
    plugins: [
      typescript({
        tsconfig: 'tsconfig.json',
        include: [`${root}/src/**/*.ts`],
        exclude: ['**/*.test.ts', '**/*.stories.ts'],
        compilerOptions: {
          noEmit: false,
          rootDir: join(root, 'src'),
          outDir: join(root, out),
          declarationDir: join(root, out),
          // Published types must not point at sources: read other packages from their dist/.
          customConditions: [],
          types: [],
        },
        filterRoot: process.cwd(),
        noEmitOnError: true,
      }),
    ],
    onwarn(warning, warn) {
      // types-only modules (e.g. locales/src/types.ts) produce an empty chunk: expected.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'EMPTY_BUNDLE') return;
      warn(warning);
    },
  };
}

const cdnBuild = {
  input: 'packages/shieldkit/lib/cdn.js',
  output: {
    dir: 'packages/shieldkit/dist',
    entryFileNames: 'shieldkit.js',
    // Stable names where agencies may want to `modulepreload` a file; hashes for shared code.
    chunkFileNames: (chunk) => {
      const facade = chunk.facadeModuleId ?? '';
      if (facade.includes('/locales/dist/languages/')) return 'locales/[name].js';
      if (facade.includes('/locales/dist/checklists/')) return 'locales/checklist-[name].js';
      if (facade.includes('/locales/dist/scenarios/')) return 'locales/scenario-[name].js';
      const widget = /packages\/([^/]+)\/dist\/define\.js$/.exec(facade);
      if (widget) return `widgets/${widget[1]}.js`;
      return 'chunks/[name]-[hash].js';
    },
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    {
      // Chunk names carry hashes: remove the previous build's, so only this build's files remain.
      name: 'clean-cdn-folder',
      buildStart() {
        rmSync('packages/shieldkit/dist', { recursive: true, force: true });
      },
    },
    // "browser" + "production": Lit's production build, never its development one.
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3, pure_getters: true },
      format: { comments: false },
    }),
    cdnManifest(),
  ],
};

const studio = 'packages/studio';
const studioBuild = {
  input: `${studio}/lib/app.js`,
  output: {
    dir: `${studio}/dist`,
    entryFileNames: 'studio.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    {
      name: 'studio-site',
      buildStart() {
        rmSync(`${studio}/dist`, { recursive: true, force: true });
      },
      writeBundle() {
        // The page, the preview frame (its script, and the CDN files it loads), the print frame and
        // the manifest.
        cpSync(`${studio}/index.html`, `${studio}/dist/index.html`);
        cpSync(`${studio}/studio.css`, `${studio}/dist/studio.css`);
        cpSync(`${studio}/preview`, `${studio}/dist/preview`, { recursive: true });
        cpSync(`${studio}/lib/preview-page.js`, `${studio}/dist/preview/preview.js`);
        cpSync(`${studio}/print`, `${studio}/dist/print`, { recursive: true });
        cpSync(`${studio}/lib/print-page.js`, `${studio}/dist/print/print.js`);
        cpSync('packages/shieldkit/dist', `${studio}/dist/preview/kit`, { recursive: true });
        cpSync('packages/campaign/dist/cdn-manifest.json', `${studio}/dist/cdn-manifest.json`);
      },
    },
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};

export default [...packagesInBuildOrder().map(libraryBuild), cdnBuild, studioBuild];
