import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Built into the jar's classes (served by the app at /); assets under /portal-assets/ so
// they never meet the app's own paths. The dev server proxies the API to a local run.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/conduct-portal',
    emptyOutDir: true,
    assetsDir: 'portal-assets',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:8080',
      '/portal/config': 'http://localhost:8080',
      '/oversight': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
