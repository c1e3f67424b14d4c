import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The demo EHR is a plain multi-page site; it is not part of the extension.
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  build: {
    outDir: resolve(process.env.COCREATE_DEMO_DIR ?? resolve(import.meta.dirname, 'dist')),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        frame: resolve(import.meta.dirname, 'frame.html'),
        editors: resolve(import.meta.dirname, 'editors.html'),
        components: resolve(import.meta.dirname, 'components.html'),
      },
    },
  },
});
