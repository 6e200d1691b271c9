/**
 * Compiles the servers to JavaScript once, so that `npm start` and the benchmarks run plain Node instead of
 * transpiling TypeScript on every start (`tsx` stays for development and tests). One bundle per process in
 * dist/server/ — start (the whole platform in one process), gateway, cases, personnel, grid, supervision —
 * with the workspace's code bundled and node_modules left external (resolved from the repository at run time).
 *
 * A source file that reads files beside itself (`__dirname`: the subgraph schemas, the shared SDL, the console's
 * dist) keeps reading them from the source tree: `__dirname` is replaced by the file's own directory.
 *
 * Usage: `node scripts/build-server.mjs [--out DIR]` (also imported by scripts/run-compiled.mjs). Takes a second or two.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(ROOT, 'dist', 'server');

/** The processes, by the name `node dist/server/<name>.js` runs them under. */
export const ENTRIES = {
  start: 'scripts/start.ts',
  seed: 'scripts/seed.ts',
  gateway: 'gateway/src/index.ts',
  cases: 'services/cases/src/index.ts',
  personnel: 'services/personnel/src/index.ts',
  grid: 'services/grid/src/index.ts',
  supervision: 'services/supervision/src/index.ts',
};

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Workspace packages (@zz/*) are bundled from their TypeScript; every other package stays a require() at run time. */
const workspaceOnly = {
  name: 'workspace-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@zz/')) return undefined;
      return { path: args.path, external: true, sideEffects: !builtins.has(args.path) };
    });
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const contents = source.includes('__dirname') ? source.replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path))) : source;
      return { contents, loader: 'ts', resolveDir: path.dirname(args.path) };
    });
  },
};

/** Builds every entry (or those named) into `outDir`; resolves with the output files. */
export async function buildServers({ outDir = OUT_DIR, only = null } = {}) {
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).filter(([name]) => !only || only.includes(name)).map(([name, file]) => [name, path.join(ROOT, file)]));
  const result = await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    // Keep class and function names: TypeORM names entities and error classes by them, and stack traces read better.
    keepNames: true,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    plugins: [workspaceOnly],
    logLevel: 'warning',
    metafile: true,
  });
  return Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  const out = process.argv[2] === '--out' && process.argv[3] ? path.resolve(process.argv[3]) : OUT_DIR;
  const files = await buildServers({ outDir: out });
  console.log(`servers compiled to ${path.relative(ROOT, out) || out} in ${Date.now() - started} ms: ${files.map((f) => path.basename(f)).join(', ')}`);
}
