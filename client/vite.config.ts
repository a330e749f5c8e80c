import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The server serves the build from its wwwroot; /api and /hubs are proxied during `npm run dev`.
const server = process.env.CODRAFT_SERVER ?? 'http://localhost:5080';

export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('../src/CoDraft.Server/wwwroot', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': server,
      '/hubs': { target: server, ws: true },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
