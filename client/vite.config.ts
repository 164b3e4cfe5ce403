import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The one CSV writer (shared/src/csv.ts) uses csv-stringify; its Node build needs Node's Buffer,
    // so the browser gets the package's own browser build of the same API.
    alias: [{ find: /^csv-stringify\/sync$/, replacement: 'csv-stringify/browser/esm/sync' }],
  },
  server: { proxy: { '/trpc': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
