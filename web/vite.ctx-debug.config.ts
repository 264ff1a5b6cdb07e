import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({
  plugins: [react()],
  server: { port: 5391, strictPort: true, proxy: { '/api': { target: 'http://127.0.0.1:4999', changeOrigin: true, headers: { origin: 'http://127.0.0.1:4999' } } } },
});
