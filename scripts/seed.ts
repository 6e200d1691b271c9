/**
 * `npm run seed -- --scale N [--cases M] [--reset]`: loads N counties of the deterministic world and
 * M cases (default N × 10,000) into the database of DATABASE_URL, or of the embedded PostgreSQL in
 * .data/pg when it is not set. Progress on stderr. See platform/src/scale-seed.
 */
import { EmbeddedPostgresError, createLogger, loadConfig, type EmbeddedPostgres } from '@zz/common';
import { embeddedDatabaseUnlessConfigured } from '@zz/platform';
import { seedAtScale } from '@zz/platform/scale-seed';

const log = createLogger('seed');
const CASES_PER_COUNTY = 10_000;

function parse(argv: string[]) {
  const o = { scale: 1, cases: null as number | null, reset: false, batch: 5000 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split('=', 2) : [argv[i], undefined];
    const value = () => Number(inline ?? argv[++i]);
    if (flag === '--scale') o.scale = value();
    else if (flag === '--cases') o.cases = value();
    else if (flag === '--batch') o.batch = value();
    else if (flag === '--reset') o.reset = true;
    else if (flag === '-h' || flag === '--help') {
      console.log(`npm run seed -- --scale N [--cases M] [--reset] [--batch B]\n  N counties (1..500), M cases (default N × ${CASES_PER_COUNTY}); DATABASE_URL or the embedded PostgreSQL in .data/pg`);
      process.exit(0);
    } else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(o.scale) || o.scale < 1 || o.scale > 500) throw new Error('--scale must be an integer in 1..500');
  if (o.cases !== null && (!Number.isInteger(o.cases) || o.cases < 0)) throw new Error('--cases must be a non-negative integer');
  if (!Number.isInteger(o.batch) || o.batch < 100) throw new Error('--batch must be an integer ≥ 100');
  return { ...o, cases: o.cases ?? o.scale * CASES_PER_COUNTY };
}

async function main() {
  const args = parse(process.argv.slice(2));
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  try {
    embedded = await embeddedDatabaseUnlessConfigured(config, { quiet: true });
    const r = await seedAtScale({ config, scale: args.scale, cases: args.cases, reset: args.reset, batchSize: args.batch });
    console.log(JSON.stringify({ loaded: r.loaded, ...r.state }, null, 2));
  } finally {
    await embedded?.stop();
  }
}

main().catch((err) => {
  if (err instanceof EmbeddedPostgresError) console.error(err.message);
  else log.error('seed failed', { err });
  process.exit(1);
});
