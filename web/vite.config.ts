import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Two pages: the explorer at / and GraphiQL at /graphiql/. Everything, fonts included, is bundled
// and served by the API itself.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.INNOGRAPH_WEB_OUT ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    // Fonts and images as files, never data: URLs, which the Content-Security-Policy refuses.
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React compiler markers; harmless in a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql/index.html'),
      },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:5000', '/export': 'http://127.0.0.1:5000' } },
  test: { environment: 'node', include: ['test/**/*.test.ts'] },
});
