import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Vite config: builds the single-page app into web/dist, which the server serves; in dev, /api goes to the server. */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Report gzip sizes so the log-in page budget (≤ 150 KB gzip of JS) stays visible.
    reportCompressedSize: true,
    // The one large chunk is ECharts (≈ 600 kB, 175 kB gzip), loaded only with the first chart.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Everything the first page statically needs (React, the router, i18next with Vietnamese, Mantine's core) in
        // one chunk: every page loads all of it anyway, and one file compresses better than four.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
