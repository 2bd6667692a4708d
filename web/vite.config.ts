import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development (npm run dev on :5173) the API is proxied to the gateway, so the app always calls its own origin.
const gateway = process.env.ORDO_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
      '/.well-known': { target: gateway },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node', // the page tests (*.test.tsx) ask for jsdom in their first line
    setupFiles: ['src/test/setup.ts'],
  },
});
