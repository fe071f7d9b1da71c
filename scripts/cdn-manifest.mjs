// The list of CDN files, written by the CDN build (rollup.config.mjs) once its files are on disk:
//  - packages/shieldkit/dist/integrity.json: every file a page can load → its `sha384-…` hash
//    (what a release note publishes, and what an import map's `integrity` section holds);
//  - packages/campaign/dist/cdn-manifest.json: the same files with what each one imports, which
//    widget and which language needs which file, and the version: what `embedCode()` of
//    @shieldkit/campaign (the `embed` command, the studio) needs to print a page's <head> code.
//    It ships with @shieldkit/campaign because that package cannot depend on @shieldkit/shieldkit
//    (which depends on it); all @shieldkit/* packages are released together with one version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const packagesDir = 'packages';

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Packages of custom elements (a `customElements` manifest), by folder name: quick-exit, … */
function widgetPackages() {
  return readdirSync(packagesDir)
    .filter((name) => {
      const file = join(packagesDir, name, 'package.json');
      return existsSync(file) && 'customElements' in JSON.parse(readFileSync(file, 'utf8'));
    })
    .sort();
}

/** The manifest of one CDN build, from rollup's bundle description and the files on disk. */
export function describeBuild(dir, bundle, version) {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const files = {};
  for (const chunk of [...chunks].sort((a, b) => a.fileName.localeCompare(b.fileName)))
    files[chunk.fileName] = {
      integrity: sri(readFileSync(join(dir, chunk.fileName))),
      imports: [...chunk.imports].sort(),
    };
  const widgets = {};
  for (const name of widgetPackages()) {
    const own = `widgets/${name}.js`;
    if (files[own]) widgets[name] = own;
    else if (entry.moduleIds.some((id) => id.includes(`/${packagesDir}/${name}/`)))
      widgets[name] = entry.fileName;
  }
  const languages = {};
  let checklistEnglish;
  const scenarioTexts = {};
  for (const file of Object.keys(files)) {
    const language = /^locales\/([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.js$/.exec(file);
    if (language) languages[language[1]] = file;
    if (file === 'locales/checklist-en.js') checklistEnglish = file;
    const scenario = /^locales\/scenario-([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.js$/.exec(file);
    if (scenario) scenarioTexts[scenario[1]] = file;
  }
  const merge = chunks.find((chunk) => chunk.facadeModuleId?.includes('/helplines/dist/merge.js'));
  return {
    package: '@shieldkit/shieldkit',
    version,
    entry: entry.fileName,
    files,
    widgets,
    languages,
    // Loaded by every checklist (its English item texts), and by a banner with agency records.
    checklistEnglish,
    // Loaded by every scenario: its English texts (the fallback), and those of the page's language.
    scenarioTexts,
    helplineRecords: merge?.fileName,
  };
}

/** A rollup plugin for the CDN build: writes both files after the bundle is written. */
export function cdnManifest({
  integrityFile = 'packages/shieldkit/dist/integrity.json',
  manifestFile = 'packages/campaign/dist/cdn-manifest.json',
} = {}) {
  return {
    name: 'cdn-manifest',
    writeBundle(options, bundle) {
      const { version } = JSON.parse(
        readFileSync(join(packagesDir, 'shieldkit/package.json'), 'utf8'),
      );
      const manifest = describeBuild(options.dir, bundle, version);
      const integrity = Object.fromEntries(
        Object.entries(manifest.files).map(([file, { integrity }]) => [file, integrity]),
      );
      writeFileSync(integrityFile, `${JSON.stringify(integrity, null, 2)}\n`);
      mkdirSync(relative('.', join(manifestFile, '..')), { recursive: true });
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
