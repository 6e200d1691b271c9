/**
 * `npm start`: the whole platform with one command. Without DATABASE_URL it starts an embedded
 * PostgreSQL with its data in .data/pg (kept across restarts); then it migrates, seeds the demo county
 * once, starts the four subgraphs and the gateway, and prints the URLs and demo accounts. Meanwhile it
 * builds the web console when console/dist is missing or stale (the gateway serves it at /).
 * Ctrl-C / SIGTERM stops the servers, then PostgreSQL (a fast, clean shutdown: no orphan processes).
 */
import { EmbeddedPostgresError, createLogger, loadConfig, type EmbeddedPostgres } from '@zz/common';
import { embeddedDatabaseUnlessConfigured, migrateAll, openDataSources, seedDemo, startPlatform, type Platform } from '@zz/platform';
import { ensureConsoleBuilt } from '@zz/platform/console-build';

const log = createLogger('start');

const DEMO_ACCOUNTS: [string, string, string][] = [
  ['admin', 'ADMIN', '全县'], ['county-operator', 'OPERATOR', '全县'], ['county-dispatcher', 'DISPATCHER', '全县'],
  ['county-supervisor', 'SUPERVISOR, LEADER', '全县'], ['town-a-operator', 'OPERATOR', '镇 A'], ['town-b-operator', 'OPERATOR', '镇 B'],
  ['village-a-operator', 'OPERATOR', '镇 A 的一个村'], ['village-b-operator', 'OPERATOR', '镇 B 的一个村'], ['grid-a-worker', 'GRID_WORKER', '该村的一个网格'],
  ['mediator-gold', 'MEDIATOR', '金牌调解员（县）'], ['partner-12345', 'PARTNER', '12345 热线（县）'],
];

async function main() {
  const started = Date.now();
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  let platform: Platform | null = null;
  let stopping = false;

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    try {
      await platform?.stop();
    } finally {
      await embedded?.stop();
      log.info('stopped');
      process.exit(0);
    }
  };
  // `on`, not `once`: npm forwards the terminal's SIGINT that we also receive directly, and a second
  // signal without a listener would kill us halfway through stopping.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  // `npm start` runs us under `sh -c`, which dies on SIGTERM without passing it on: when our parent
  // goes away, stop too, so no node or postgres process is left behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop('parent exited');
  }, 500).unref();

  // Built while PostgreSQL starts and migrates; a failed build leaves the API running (/ then says what to do).
  const consoleBuild = ensureConsoleBuilt({ quiet: true, log: (line) => log.info(line) }).catch((err: Error) => {
    console.error(`web console build failed (${err.message}): the API runs, run \`npm run build:console\` to see why`);
  });

  try {
    embedded = await embeddedDatabaseUnlessConfigured(config);
    if (embedded) log.info(`embedded PostgreSQL on port ${embedded.port}, data in ${embedded.dataDir}`);
    const dataSources = await openDataSources(config);
    await migrateAll(config, dataSources);
    if (config.seedDemo) await seedDemo(config, dataSources, { withCases: true });
    platform = await startPlatform(config, { dataSources, jobs: true });
    await consoleBuild;
  } catch (err) {
    // A newcomer's machine problem (port taken, disk full, …) is one sentence saying what to do.
    if (err instanceof EmbeddedPostgresError) console.error(err.message);
    else log.error('start failed', { err });
    await platform?.stop().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }

  const base = platform.gatewayUrl.replace(/\/graphql$/, '');
  const lines = [
    '',
    `综治中心平台已就绪 — ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  Web console    ${base}/`,
    `  GraphQL        ${platform.gatewayUrl}   (subscriptions: ${platform.gatewayUrl.replace(/^http/, 'ws')})`,
    `  Explorer       ${base}/explorer`,
    `  Health / ready ${base}/health  ${base}/ready`,
    ...Object.entries(platform.services).map(([n, s]) => `  subgraph ${n.padEnd(12)} ${s.url}`),
  ];
  if (config.seedDemo) {
    lines.push('', '  Demo accounts (password: demo):');
    for (const [u, r, where] of DEMO_ACCOUNTS) lines.push(`    ${u.padEnd(20)} ${r.padEnd(20)} ${where}`);
  }
  console.log(lines.join('\n') + '\n');
}

void main();
