// @web/test-runner in Debian's Chromium, Firefox ESR and WebKitGTK, TypeScript from source through
// esbuild. Every test file runs in Chromium and Firefox; the widget test files also run in WebKit
// (Safari's engine). One browser after the other (CI has two cores). Coverage comes from Chromium
// only (V8). SHIELD_BROWSERS (comma-separated: chromium, firefox, webkit) runs a subset, e.g.
// SHIELD_BROWSERS=chromium for a quick local run; with --files, every named browser runs the named
// files. SHIELD_COVERAGE=0 turns coverage off for a run of a few files.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumFlags, findChromium, findFirefox, firefoxPrefs } from './chromium.mjs';
import { shieldCommandsPlugin } from './scripts/wtr-commands.mjs';
import { commonjsPlugin } from './scripts/wtr-commonjs.mjs';
import { generate as generateLocales } from './scripts/locales-build.mjs';

// The language modules are generated from packages/locales/translations/*.json: fresh for every run.
generateLocales();

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumFlags },
    }),
  // puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver needed.
  firefox: () => {
    const launcher = chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: firefoxPrefs,
      },
    });
    launcher.name = 'Firefox';
    return launcher;
  },
  // Loaded only when wanted: @web/test-runner-webdriver pulls in webdriverio.
  webkit: async () => (await import('./scripts/wtr-webkit.mjs')).webkitLauncher(),
};
const wanted = (process.env.SHIELD_BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim());
for (const name of wanted) {
  if (!(name in launchers)) throw new Error(`SHIELD_BROWSERS: unknown browser "${name}"`);
}
/** The files WebKit runs in a whole run: the widgets (what readers see), not the tooling. */
const webkitFiles = [
  'packages/quick-exit/test/**/*.test.ts',
  'packages/helpline-banner/test/**/*.test.ts',
  'packages/red-flag-checklist/test/**/*.test.ts',
  'packages/story-carousel/test/**/*.test.ts',
  'packages/scenario/test/**/*.test.ts',
];
const namedFiles = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));
const everywhere = wanted.filter((name) => namedFiles || name !== 'webkit');
const browsers = await Promise.all(everywhere.map((name) => launchers[name]()));
const groups =
  !namedFiles && wanted.includes('webkit')
    ? [{ name: 'webkit', files: webkitFiles, browsers: [await launchers.webkit()] }]
    : [];

// Every test file imports packages/core/test/support/safety-guard.ts first: it fails any test in
// which code wrote to storage or cookies or requested another origin.
export default {
  files: ['packages/*/test/**/*.test.ts'],
  // Inside the repo, @shieldkit/* resolve to their TypeScript sources.
  nodeResolve: { exportConditions: ['shieldkit:source', 'development'] },
  hostname: '127.0.0.1',
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      target: 'es2022',
    }),
    // React ships CommonJS only: served to the @shieldkit/react tests as ES modules.
    commonjsPlugin(['react', 'react-dom', 'react-dom/client']),
    // Media emulation (forced colours, contrast, dark, reduced motion) and accessibility-tree
    // snapshots.
    shieldCommandsPlugin(),
  ],
  browsers,
  groups,
  concurrentBrowsers: 1,
  // Lit's one-line dev-mode notice is expected under test (we run Lit's development build).
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // The strict-CSP test page is served with the policy an agency would use (see README).
  middleware: [
    async (context, next) => {
      await next();
      // The studio's preview frame is sandboxed without allow-same-origin: its module scripts are
      // requests from an opaque origin, allowed by this header (as `npx @shieldkit/studio` sends).
      if (context.path.startsWith('/packages/studio/dist/'))
        context.set('Access-Control-Allow-Origin', '*');
      if (
        /\/fixtures\/strict-csp(-twice)?\.html$/.test(context.path) ||
        context.path.startsWith('/examples/strict-csp/')
      ) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
            "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
        );
      }
    },
  ],
  // Per test. Firefox and WebKit load axe-core and run it more slowly than Chromium, and CI is a busy
  // two-core machine: 10 s, so that a first axe run is not cut off (no test waits on a clock for it).
  testFramework: { config: { timeout: 10000 } },
  coverage: process.env.SHIELD_COVERAGE !== '0' && wanted.includes('chromium'),
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['**/*.stories.ts', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
    reportDir: 'coverage',
  },
};
