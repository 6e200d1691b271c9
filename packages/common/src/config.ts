/**
 * The one place that reads process.env. Every variable is parsed and checked at once; a bad
 * configuration reports all its problems together and the process stops (see loadConfig).
 */
import path from 'node:path';

export type AppEnv = 'demo' | 'production' | 'test';
export type ServiceName = 'cases' | 'personnel' | 'grid' | 'supervision';
export const SERVICE_NAMES: ServiceName[] = ['cases', 'personnel', 'grid', 'supervision'];

export interface Config {
  env: AppEnv;
  /** Root of the repository (for .data and schema files). */
  rootDir: string;
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is not set. */
  dataDir: string;
  /** Server for every service unless a per-service URL is given; null → embedded PostgreSQL. */
  databaseUrl: string | null;
  serviceDatabaseUrls: Partial<Record<ServiceName, string>>;
  /** Where the durable dispatch event log lives for readers (gateway, supervision). */
  eventsDatabaseUrl: string | null;
  embeddedPgPort: number;
  /**
   * Run as root, the embedded server runs as the `postgres` user. When that user cannot reach the
   * binaries (a checkout under /root or a 0700 folder), root copies them once to this directory
   * (EMBEDDED_PG_CACHE_DIR; null → /var/cache/zongzhi-platform, else the temp dir).
   */
  embeddedPgCacheDir: string | null;
  /** Likewise for a data directory it cannot reach (EMBEDDED_PG_DATA_ROOT; null → /var/lib/zongzhi-platform, else the temp dir). */
  embeddedPgDataRoot: string | null;
  host: string;
  gatewayPort: number;
  servicePorts: Record<ServiceName, number>;
  /** Base URL of each subgraph as the gateway and other services reach it. */
  serviceUrls: Record<ServiceName, string>;
  jwtSecret: string;
  /** Signs the identity the gateway (or a trusted service) forwards to subgraphs. */
  internalSecret: string;
  tokenTtlSeconds: number;
  /** How long the gateway trusts a token-status answer from personnel. */
  tokenStatusCacheMs: number;
  /** How long cases keeps regions and centers it asked grid and personnel for (REFERENCE_CACHE_MS; 0 = ask every time). */
  referenceCacheMs: number;
  explorerEnabled: boolean;
  introspectionEnabled: boolean;
  /**
   * Operation limits, the same over HTTP and the subscription websocket (gateway/src/limits). Depth counts
   * the leaf (`{ me { id } }` is 2) and not fragments; cost is 1 per field, times `first` under a paginated
   * field; tokens are the parser's (names, punctuation, values).
   */
  limits: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxBodyBytes: number;
    rateLimitPerMinute: number;
    maxFirst: number;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  eventRetentionDays: number;
  /** Seed the demo county on start (only ever in demo mode). */
  seedDemo: boolean;
  /** Per-county deadline / ladder / calendar configuration as JSON (optional). */
  countyPolicyJson: string | null;
  subscription: { maxBufferedEvents: number; pollIntervalMs: number };
  supervision: { schedulerIntervalMs: number; consumerIntervalMs: number };
  /** How often the grid's watches look for key persons whose visit went overdue, and for new risk warnings about key persons. */
  grid: { visitWatchIntervalMs: number; riskWatchIntervalMs: number };
  countSql: boolean;
  /**
   * Gateway tuning (issue 8). `dedup` (GATEWAY_DEDUP): identical in-flight queries of one caller share
   * one execution, and identical in-flight subgraph fetches of one identity share one HTTP exchange.
   * `subgraphSockets` (GATEWAY_SUBGRAPH_SOCKETS): keep-alive sockets per subgraph.
   */
  gatewayTuning: { dedup: boolean; subgraphSockets: number };
  /**
   * Resident self-service (issue 16; services/cases resident-service): one-time codes, the resident's
   * session, the rating link and the limits of the public endpoint. Counted per phone and per client
   * address in PostgreSQL, so every cases instance shares them.
   */
  resident: {
    codeTtlSeconds: number;
    codeMaxAttempts: number;
    codesPerPhonePerHour: number;
    /** Code requests, verifications, filings, look-ups and ratings from one address per hour (a mobile carrier's NAT shares one). */
    requestsPerAddressPerHour: number;
    filingsPerPhonePerDay: number;
    sessionTtlSeconds: number;
    ratingLinkTtlDays: number;
    /** Proof of work asked before a code is sent (leading zero bits of a SHA-256; 0 = none). */
    powBits: number;
    /** Where links in messages point (the console's origin as residents reach it). */
    linkBaseUrl: string;
  };
  /**
   * TRUST_PROXY: how many proxies of ours stand in front of the gateway (0 = none: the client address
   * is the TCP peer and X-Forwarded-For is ignored; `true` = 1).
   */
  trustProxyHops: number;
  /**
   * Failed-login backoff (personnel, state in PostgreSQL). Per account (the username as typed,
   * normalised, whether or not it exists) after `maxFailures` failures, per client address after
   * `maxFailuresPerAddress` (higher: a whole town office shares one address), the next attempt is refused
   * for `lockoutSeconds`, doubling with every further lockout up to `lockoutMaxSeconds`. A counter
   * that sees no failure for `failureWindowSeconds` starts over.
   */
  login: { maxFailures: number; maxFailuresPerAddress: number; lockoutSeconds: number; lockoutMaxSeconds: number; failureWindowSeconds: number };
}

const DEV_JWT_SECRET = 'demo-jwt-secret-change-me-0123456789abcdef';
const DEV_INTERNAL_SECRET = 'demo-internal-secret-change-me-0123456789';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

export function parseConfig(env: NodeJS.ProcessEnv, rootDir = path.resolve(__dirname, '../../..')): Config {
  const problems: string[] = [];
  const str = (name: string, fallback: string) => (env[name] ?? '').trim() || fallback;
  const optional = (name: string) => (env[name] ?? '').trim() || null;
  const int = (name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const optionalPath = (name: string) => {
    const v = optional(name);
    return v && path.resolve(rootDir, v);
  };
  const url = (name: string) => {
    const v = optional(name);
    if (v && !/^postgres(ql)?:\/\//.test(v)) problems.push(`${name} must be a postgres:// URL`);
    return v;
  };

  const proxyHops = () => {
    const raw = (env.TRUST_PROXY ?? '').trim();
    if (/^(|0|false|no|off)$/i.test(raw)) return 0;
    if (/^(true|yes|on)$/i.test(raw)) return 1;
    return int('TRUST_PROXY', 0, 1, 10);
  };

  const envName = str('APP_ENV', env.NODE_ENV === 'test' ? 'test' : 'demo');
  if (!['demo', 'production', 'test'].includes(envName)) problems.push(`APP_ENV must be demo, production or test (got "${envName}")`);
  const appEnv = envName as AppEnv;
  const production = appEnv === 'production';

  const jwtSecret = str('JWT_SECRET', production ? '' : DEV_JWT_SECRET);
  const internalSecret = str('INTERNAL_SECRET', production ? '' : DEV_INTERNAL_SECRET);
  if (jwtSecret.length < 32) problems.push('JWT_SECRET must be set to at least 32 characters' + (production ? ' in production' : ''));
  if (internalSecret.length < 32) problems.push('INTERNAL_SECRET must be set to at least 32 characters' + (production ? ' in production' : ''));
  if (production && (jwtSecret === DEV_JWT_SECRET || internalSecret === DEV_INTERNAL_SECRET)) problems.push('production must not use the demo secrets');

  const host = str('HOST', '127.0.0.1');
  const servicePorts: Record<ServiceName, number> = {
    cases: int('CASES_PORT', 4001, 0, 65535),
    personnel: int('PERSONNEL_PORT', 4002, 0, 65535),
    grid: int('GRID_PORT', 4003, 0, 65535),
    supervision: int('SUPERVISION_PORT', 4004, 0, 65535),
  };
  const serviceUrls = Object.fromEntries(
    SERVICE_NAMES.map((s) => [s, str(`${s.toUpperCase()}_URL`, `http://${host}:${servicePorts[s]}/graphql`)]),
  ) as Record<ServiceName, string>;
  const serviceDatabaseUrls: Partial<Record<ServiceName, string>> = {};
  for (const s of SERVICE_NAMES) {
    const v = url(`${s.toUpperCase()}_DATABASE_URL`);
    if (v) serviceDatabaseUrls[s] = v;
  }
  const logLevel = str('LOG_LEVEL', appEnv === 'test' ? 'warn' : 'info');
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) problems.push(`LOG_LEVEL must be debug, info, warn or error`);

  const config: Config = {
    env: appEnv,
    rootDir,
    dataDir: path.resolve(rootDir, str('DATA_DIR', '.data')),
    databaseUrl: url('DATABASE_URL'),
    serviceDatabaseUrls,
    eventsDatabaseUrl: url('EVENTS_DATABASE_URL'),
    embeddedPgPort: int('EMBEDDED_PG_PORT', 54329, 1, 65535),
    embeddedPgCacheDir: optionalPath('EMBEDDED_PG_CACHE_DIR'),
    embeddedPgDataRoot: optionalPath('EMBEDDED_PG_DATA_ROOT'),
    host,
    gatewayPort: int('PORT', 4000, 0, 65535),
    servicePorts,
    serviceUrls,
    jwtSecret,
    internalSecret,
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', 12 * 3600, 60),
    // At most 45 s: with the websocket re-check every 15 s, a disabled account or revoked token is refused within a minute everywhere.
    tokenStatusCacheMs: int('TOKEN_STATUS_CACHE_MS', 5000, 0, 45_000),
    referenceCacheMs: int('REFERENCE_CACHE_MS', 60_000, 0),
    explorerEnabled: bool('EXPLORER', !production),
    introspectionEnabled: bool('INTROSPECTION', !production),
    limits: {
      maxDepth: int('MAX_QUERY_DEPTH', 12, 2, 100),
      maxCost: int('MAX_QUERY_COST', 50000, 10),
      maxAliases: int('MAX_ALIASES', 15, 0, 10_000),
      maxDirectives: int('MAX_DIRECTIVES', 30, 0, 10_000),
      maxTokens: int('MAX_TOKENS', 1000, 50, 1_000_000),
      maxBodyBytes: int('MAX_BODY_BYTES', 1_000_000, 1000),
      rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 6000, 1),
      maxFirst: int('MAX_PAGE_SIZE', 100, 1, 1000),
    },
    logLevel: logLevel as Config['logLevel'],
    eventRetentionDays: int('EVENT_RETENTION_DAYS', 400, 1),
    seedDemo: bool('SEED_DEMO', appEnv === 'demo'),
    countyPolicyJson: optional('COUNTY_POLICY_JSON'),
    subscription: { maxBufferedEvents: int('SUBSCRIPTION_MAX_BUFFER', 1000, 1), pollIntervalMs: int('SUBSCRIPTION_POLL_MS', 1000, 10) },
    supervision: { schedulerIntervalMs: int('SUPERVISION_SCHEDULER_MS', 30_000, 10), consumerIntervalMs: int('SUPERVISION_CONSUMER_MS', 1000, 10) },
    grid: { visitWatchIntervalMs: int('GRID_VISIT_WATCH_MS', 300_000, 10), riskWatchIntervalMs: int('GRID_RISK_WATCH_MS', 2000, 10) },
    countSql: bool('COUNT_SQL', appEnv === 'test'),
    gatewayTuning: { dedup: bool('GATEWAY_DEDUP', true), subgraphSockets: int('GATEWAY_SUBGRAPH_SOCKETS', 128, 1, 10_000) },
    trustProxyHops: proxyHops(),
    resident: {
      codeTtlSeconds: int('RESIDENT_CODE_TTL_SECONDS', 300, 60, 3600),
      codeMaxAttempts: int('RESIDENT_CODE_MAX_ATTEMPTS', 5, 1, 20),
      codesPerPhonePerHour: int('RESIDENT_CODES_PER_PHONE_PER_HOUR', 5, 1, 100),
      requestsPerAddressPerHour: int('RESIDENT_REQUESTS_PER_ADDRESS_PER_HOUR', 300, 1, 1_000_000),
      filingsPerPhonePerDay: int('RESIDENT_FILINGS_PER_PHONE_PER_DAY', 5, 1, 1000),
      sessionTtlSeconds: int('RESIDENT_SESSION_TTL_SECONDS', 1800, 60, 86_400),
      ratingLinkTtlDays: int('RESIDENT_RATING_LINK_TTL_DAYS', 15, 1, 365),
      powBits: int('RESIDENT_POW_BITS', 12, 0, 24),
      linkBaseUrl: str('RESIDENT_LINK_BASE_URL', `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${int('PORT', 4000, 0, 65535)}`).replace(/\/+$/, ''),
    },
    login: {
      maxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 1000),
      maxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 100_000),
      lockoutSeconds: int('LOGIN_LOCKOUT_SECONDS', 60, 1, 86_400),
      lockoutMaxSeconds: int('LOGIN_LOCKOUT_MAX_SECONDS', 3600, 1, 7 * 86_400),
      failureWindowSeconds: int('LOGIN_FAILURE_WINDOW_SECONDS', 86_400, 60, 30 * 86_400),
    },
  };
  if (config.login.lockoutMaxSeconds < config.login.lockoutSeconds) problems.push('LOGIN_LOCKOUT_MAX_SECONDS must be at least LOGIN_LOCKOUT_SECONDS');
  if (config.seedDemo && production) problems.push('SEED_DEMO cannot be on in production: demo accounts are never created outside demo mode');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

let cached: Config | null = null;
/** The process's configuration; exits the process on an invalid one (services cannot run half-configured). */
export function loadConfig(): Config {
  if (cached) return cached;
  try {
    cached = parseConfig(process.env);
    return cached;
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

/** Database URL of one service (its own, or the shared one). */
export function serviceDatabaseUrl(config: Config, service: ServiceName): string {
  const url = config.serviceDatabaseUrls[service] ?? config.databaseUrl;
  if (!url) throw new Error(`No database URL for ${service}: start the embedded PostgreSQL first or set DATABASE_URL`);
  return url;
}

export function eventsDatabaseUrl(config: Config): string {
  const url = config.eventsDatabaseUrl ?? config.databaseUrl;
  if (!url) throw new Error('No events database URL: set DATABASE_URL or EVENTS_DATABASE_URL');
  return url;
}
