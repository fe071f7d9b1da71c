import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Nothing Shieldkit-specific is needed. Inside this repo `@shieldkit/*`, React and the plugin
// resolve from the root node_modules (the packages' built dist/).
export default defineConfig({
  // Relative asset URLs: the built page works from any folder (e.g. /examples/react/dist/).
  base: './',
  plugins: [react()],
  build: { target: 'es2022' },
});
