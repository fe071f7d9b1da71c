// @web/test-runner in Debian's Chromium, TypeScript from source through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumFlags, findChromium } from './chromium.mjs';
import { commonjsPlugin } from './scripts/wtr-commonjs.mjs';
import { generate as generateLocales } from './scripts/locales-build.mjs';

// The language modules are generated from packages/locales/translations/*.json: fresh for every run.
generateLocales();

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
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumFlags },
    }),
  ],
  // Lit's one-line dev-mode notice is expected under test (we run Lit's development build).
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // The strict-CSP test page is served with the policy an agency would use (see README).
  middleware: [
    async (context, next) => {
      await next();
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
  testFramework: { config: { timeout: 5000 } },
  coverage: true,
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['**/*.stories.ts', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
    reportDir: 'coverage',
  },
};
