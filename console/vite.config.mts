/**
 * Vite build of the console. The gateway serves `dist/` on the same origin (gateway/src/console/),
 * so nothing here names a host: the app talks to `/graphql` over HTTP and WebSocket.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Writes `.br` and `.gz` beside each text asset at build time, so the gateway sends precompressed
 * bytes instead of compressing on every request (or not at all). index.html is left out: the
 * gateway fills in a meta tag per request.
 */
function precompress(): Plugin {
  return {
    name: 'zz-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|svg|json|txt)$/.test(file)) continue;
        const full = path.join(dir, file);
        const data = fs.readFileSync(full);
        if (data.length < 1024) continue;
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // Government office PCs run current Chromium-based browsers (360, QQ, Edge) at least at this level.
    target: 'es2020',
    sourcemap: false,
    // The budget that matters, under 1 MB gzipped for the first load, is checked by gateway/test/console.e2e.test.ts.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev -w console` against a running `npm start` (gateway on its default port).
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});
