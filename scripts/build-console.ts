/**
 * `npm run build:console`: builds the web console into console/dist (always, stale or not) and
 * prints what a first visit downloads. `npm start` builds it by itself when missing or stale.
 */
import { buildConsole, firstLoadGzipBytes } from '@zz/platform/console-build';

buildConsole()
  .then(() => {
    const first = firstLoadGzipBytes();
    console.log(`web console built in console/dist — first load ${(first.bytes / 1024).toFixed(0)} kB gzipped (${first.files.join(', ')})`);
  })
  .catch((err: Error) => {
    console.error(`web console build failed: ${err.message}`);
    process.exit(1);
  });
