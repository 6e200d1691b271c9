/**
 * `npm start` (and the benchmarks): compiles the servers (scripts/build-server.mjs, a few seconds, so the
 * JavaScript always matches the sources) and runs one of them as plain Node: `node scripts/run-compiled.mjs start`
 * runs the whole platform, `… gateway` or `… cases` one process. Arguments after the name are passed on.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildServers, ENTRIES, OUT_DIR } from './build-server.mjs';

const [name, ...rest] = process.argv.slice(2);
if (!name || !(name in ENTRIES)) {
  console.error(`usage: node scripts/run-compiled.mjs <${Object.keys(ENTRIES).join('|')}> [args…]`);
  process.exit(2);
}
await buildServers({ only: [name] });
process.argv = [process.argv[0], path.join(OUT_DIR, `${name}.js`), ...rest];
createRequire(import.meta.url)(path.join(OUT_DIR, `${name}.js`));
