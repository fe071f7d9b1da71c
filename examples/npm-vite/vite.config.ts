import { defineConfig } from 'vite';

// Nothing Shieldkit-specific is needed: Vite resolves `@shieldkit/*` like any npm package (inside
// this repo, from the root node_modules, i.e. the built packages/*/dist).
export default defineConfig({
  // Relative asset URLs: the built page works from any folder (e.g. /examples/npm-vite/dist/).
  base: './',
  build: { target: 'es2022' },
});
