import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The server serves the build from its wwwroot; /api and /hubs are proxied during `npm run dev`.
const server = process.env.CODRAFT_SERVER ?? 'http://localhost:5080';

export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL('../src/CoDraft.Server/wwwroot', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The editor chunk is CodeMirror with Markdown, which embeds HTML, CSS and JavaScript highlighting: ~200 kB gzipped.
    chunkSizeWarningLimit: 700,
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
