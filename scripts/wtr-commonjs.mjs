// web-test-runner serves ES modules as they are, but React and ReactDOM ship CommonJS only. This
// dev-server plugin serves them to tests as ES modules: esbuild (already a devDependency) bundles
// them once into one shared copy (one React on the page), and each specifier gets a small facade
// re-exporting its names. Used by web-test-runner.config.mjs for the @shieldkit/react tests.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
const PREFIX = '/__commonjs__/';
const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

/**
 * The names a CommonJS module exports. Read in a child process: loading React's development build
 * here would patch the test runner's own console.
 */
const exportNames = (specifier) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`],
      { encoding: 'utf8' },
    ),
  ).filter(isIdentifier);

/** Serves the CommonJS packages `specifiers` as ES modules (development builds). */
export function commonjsPlugin(specifiers = ['react', 'react-dom', 'react-dom/client']) {
  const slug = (specifier) => specifier.replace(/[^\w]/g, '_');
  let bundle;
  const names = new Map();
  const bundled = () =>
    (bundle ??= build({
      stdin: {
        contents: specifiers
          .map((specifier) => `export * as ${slug(specifier)} from '${specifier}';`)
          .join('\n'),
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text));

  return {
    name: 'commonjs-as-esm',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `${PREFIX}${slug(source)}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length, -'.js'.length);
      if (name === 'bundle') return { body: await bundled(), type: 'js' };
      const specifier = specifiers.find((s) => slug(s) === name);
      if (!specifier) return undefined;
      if (!names.has(specifier)) names.set(specifier, exportNames(specifier));
      return {
        body:
          `import { ${name} as m } from './bundle.js';\n` +
          `export const { ${names.get(specifier).join(', ')} } = m;\n` +
          `export default m.default;\n`,
        type: 'js',
      };
    },
  };
}
