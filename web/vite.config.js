import { defineConfig } from 'vite';

// base './' -> relative asset URLs, so `rasad serve` can serve dist/ from `/` (or any prefix).
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev` + `npm run mock` (or `rasad serve` on 8080): proxy the API.
    proxy: { '/api': process.env.RASAD_API ?? 'http://127.0.0.1:8765' },
  },
});
