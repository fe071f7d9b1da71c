import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, UserConfig } from 'vite';

const MANIFEST_ID = 'virtual:shieldkit/custom-elements.json';

/**
 * `import manifest from 'virtual:shieldkit/custom-elements.json'` in preview.ts → the root
 * custom-elements.json that `npm run analyze` writes, with only the modules that declare an element
 * (the rest, such as helpline data, is of no use to the docs and would only weigh on the preview).
 * A missing file is a clear error instead of an empty docs table.
 */
function shieldkitManifest(): Plugin {
  const file = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
  return {
    name: 'shieldkit-manifest',
    resolveId(id) {
      if (id !== MANIFEST_ID) return null;
      if (!existsSync(file)) this.error(`${file} is missing: run \`npm run analyze\` first.`);
      return file;
    },
    load(id) {
      if (id !== file) return null;
      this.addWatchFile(file);
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
      };
      manifest.modules = manifest.modules.filter((module) =>
        module.declarations?.some(
          (declaration) => declaration.customElement && declaration.tagName,
        ),
      );
      return JSON.stringify(manifest);
    },
  };
}

/**
 * Storybook for Shieldkit (`npm run storybook`, `npm run build-storybook`). Set up by hand (never
 * `storybook init` here: TOOLCHAIN.md G12, G14). Everything it serves is local: no telemetry, no
 * "what's new" feed, no web fonts (the manager's font ships with Storybook).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The preview has no favicon of its own: say so, rather than request /favicon.ico (a 404).
  previewHead: (head) => `${head}\n<link rel="icon" href="data:," />`,
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    const merged: UserConfig = mergeConfig(viteConfig, {
      plugins: [shieldkitManifest()],
      // Storybook's own preview runtime is one ~880 kB chunk; Vite's 500 kB warning is noise (G21).
      build: { chunkSizeWarningLimit: 1200 },
      // Build and test output is not source: without this, a test run writing coverage/ reloads
      // the open stories (`npm run storybook`).
      server: {
        watch: {
          ignored: [
            '**/coverage/**',
            '**/storybook-static/**',
            '**/dist/**',
            '**/.pack/**',
            '**/bench-results/**',
          ],
        },
      },
    } satisfies UserConfig);
    // `@shieldkit/*` resolve to their TypeScript sources inside the repo (each package.json
    // "exports" has a `shieldkit:source` condition), so stories need no build first. Lit's legacy
    // decorators need no plugin: Vite 8 (Oxc) reads experimentalDecorators from tsconfig.json.
    const conditions = merged.resolve?.conditions ?? [...defaultClientConditions];
    merged.resolve = {
      ...merged.resolve,
      conditions: [
        'shieldkit:source',
        ...conditions.filter((condition) => condition !== 'shieldkit:source'),
      ],
    };
    return merged;
  },
};

export default config;
