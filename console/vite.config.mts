/**
 * Vite build of the console. The gateway serves `dist/` on the same origin (gateway/src/console/),
 * so nothing here names a host: the app talks to `/graphql` over HTTP and WebSocket.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';

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

/**
 * client-preset's own optimizer: each `graphql(\`query X …\`)` call becomes an import of `XDocument`
 * from src/gql/graphql.ts. Without it every screen reaches its documents through gql.ts's one map of
 * all documents, which puts every screen's queries into the first-load chunk.
 */
const typedDocuments = babel({
  include: /[\\/]src[\\/].*\.tsx?$/,
  exclude: [/[\\/]node_modules[\\/]/, /[\\/]src[\\/]gql[\\/]/],
  sourceMap: false,
  plugins: [[babelOptimizerPlugin, { artifactDirectory: path.resolve(__dirname, 'src/gql'), gqlTagName: 'graphql' }]],
});

export default defineConfig({
  plugins: [typedDocuments, react(), precompress()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // Government office PCs run current Chromium-based browsers (360, QQ, Edge) at least at this level.
    target: 'es2020',
    sourcemap: false,
    // The budget that matters, under 1 MB gzipped for the first load, is checked by gateway/test/console.e2e.test.ts
    // and measured by `npm run bench -- … --sub console`. The shell chunk (React, antd's shared parts, Apollo,
    // the typed documents) is about 1.7 MB minified / 450 kB gzipped; Vite's warning is set just above it.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npm run dev -w console` against a running `npm start` (gateway on its default port).
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});
