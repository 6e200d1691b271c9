/**
 * Command line of `npm run bench`. Every flag is optional; the defaults give a run that finishes in a
 * few minutes on the 2-core machine (scale 10 = 100,000 cases, 5 s per step).
 */
export interface BenchOptions {
  /** Counties to load (each CASES_PER_COUNTY cases unless --cases is given). */
  scale: number;
  /** Total cases to load; default scale × casesPerCounty. */
  cases: number | null;
  casesPerCounty: number;
  /** Seconds of measured load per step (after the warm-up). */
  duration: number;
  warmup: number;
  connections: number;
  /** Only these operation names (comma list); null = all. */
  only: string[] | null;
  skipHive: boolean;
  skipDirect: boolean;
  skipSubBenches: boolean;
  /** Only these sub-benches (grid-at, stats, dispatch, console); null = all. */
  subBenches: string[] | null;
  /** Variants of our gateway to run: default both its dedup settings. */
  oursDedup: ('on' | 'off')[];
  /** Fewer variants (dedup on only), 2 s steps, no sub-benches' long parts. */
  quick: boolean;
  /** Reload the data even if the database already holds it. */
  reseed: boolean;
  /** Collect EXPLAIN (ANALYZE, BUFFERS) plans into bench/plans/ (null: only when 1,000,000+ cases are loaded). */
  explain: boolean | null;
  /** Keep the stack running at the end (prints the URLs) until Ctrl-C. */
  keep: boolean;
  /** Name of the bench database (on DATABASE_URL's server, or the embedded one). */
  database: string;
  /** A label stored in the JSON (e.g. "after keep-alive agent"). */
  label: string | null;
  /** Write V8 CPU profiles of our gateway to .data/bench-profiles (for tuning). */
  profile: boolean;
  /** Data directory of the embedded bench PostgreSQL (default .data/bench-pg). */
  pgDir: string | null;
  /** Measure every (operation, target) this many times, interleaved; the report keeps the median. */
  rounds: number;
  /** Extra node flags for every gateway under test (ours and Hive alike), e.g. "--max-semi-space-size=64". */
  gatewayNodeFlags: string[];
  /** Run our gateway and the subgraphs under tsx (TypeScript transpiled at load) instead of compiled JavaScript (A/B). */
  tsx: boolean;
  /** NODE_ENV of every process the bench starts (ours, Hive, subgraphs); null: inherited (A/B). */
  nodeEnv: string | null;
}

export const CASES_PER_COUNTY = 10_000;

const HELP = `npm run bench -- [options]
  --scale N           counties to load (default 10; each ${CASES_PER_COUNTY.toLocaleString('en')} cases → 100 = 1,000,000 cases)
  --cases N           total cases instead of scale × ${CASES_PER_COUNTY}
  --duration S        measured seconds per step (default 5; --quick 2)
  --warmup S          warm-up seconds per step, not measured (default 1)
  --connections N     concurrent clients (default 50)
  --rounds N          measure each operation × target N times, interleaved; report the median (default 1)
  --only a,b          only these operations (see bench/operations.ts)
  --skip-hive         do not run Hive Gateway
  --skip-direct       do not run the straight-to-subgraph baselines
  --skip-sub          do not run the other bench files (grid-at, stats, dispatch, console)
  --sub a,b           only these of them (e.g. --sub console: the web console in Chromium)
  --ours-dedup on|off|both   our gateway's subgraph-fetch dedup setting(s) (default both; --quick on)
  --quick             dedup-on variants only, 2 s steps
  --reseed            load the data again even if present
  --explain / --no-explain  refresh bench/plans/ (default: only when 1,000,000+ cases are loaded)
  --keep              leave the stack running at the end
  --db NAME           bench database name (default zz_bench)
  --label TEXT        stored in the result JSON
  --profile           write CPU profiles of our gateway and the subgraphs to .data/bench-profiles/<process>/
  --pg-dir DIR        data directory of the embedded bench PostgreSQL (default .data/bench-pg)
  --gateway-node-flags "F"  extra node flags for every gateway under test (ours and Hive alike)
  --tsx               run our gateway and the subgraphs under tsx instead of the compiled JavaScript (dist/server, as npm start)
  --node-env V        NODE_ENV of every process started (default: inherited), for A/B`;

export function parseBenchArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = {
    scale: 10, cases: null, casesPerCounty: CASES_PER_COUNTY, duration: 5, warmup: 1, connections: 50, only: null,
    skipHive: false, skipDirect: false, skipSubBenches: false, subBenches: null, oursDedup: ['on', 'off'], quick: false, reseed: false,
    explain: null, keep: false, database: 'zz_bench', label: null, profile: false, pgDir: null, gatewayNodeFlags: [], tsx: false, nodeEnv: null, rounds: 1,
  };
  let durationSet = false;
  let dedupSet = false;
  const num = (flag: string, v: string | undefined, min = 0): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < min) throw new Error(`${flag} needs a number ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--scale': o.scale = Math.round(num(flag, value(), 1)); break;
      case '--cases': o.cases = Math.round(num(flag, value(), 0)); break;
      case '--duration': o.duration = num(flag, value(), 1); durationSet = true; break;
      case '--warmup': o.warmup = num(flag, value(), 0); break;
      case '--connections': o.connections = Math.round(num(flag, value(), 1)); break;
      case '--only': o.only = String(value()).split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--skip-hive': o.skipHive = true; break;
      case '--skip-direct': o.skipDirect = true; break;
      case '--skip-sub': o.skipSubBenches = true; break;
      case '--sub': o.subBenches = String(value()).split(',').map((x) => x.trim()).filter(Boolean); break;
      case '--ours-dedup': {
        const v = String(value());
        o.oursDedup = v === 'both' ? ['on', 'off'] : v === 'on' || v === 'off' ? [v] : (() => { throw new Error('--ours-dedup on|off|both'); })();
        dedupSet = true;
        break;
      }
      case '--quick': o.quick = true; break;
      case '--reseed': o.reseed = true; break;
      case '--no-explain': o.explain = false; break;
      case '--explain': o.explain = true; break;
      case '--keep': o.keep = true; break;
      case '--db': o.database = String(value()); break;
      case '--label': o.label = String(value()); break;
      case '--profile': o.profile = true; break;
      case '--pg-dir': o.pgDir = String(value()); break;
      case '--rounds': o.rounds = Math.round(num(flag, value(), 1)); break;
      case '--gateway-node-flags': o.gatewayNodeFlags = String(value()).split(/\s+/).filter(Boolean); break;
      case '--tsx': o.tsx = true; break;
      case '--node-env': o.nodeEnv = String(value()); break;
      case '-h': case '--help': console.log(HELP); process.exit(0); break;
      default: throw new Error(`unknown option ${a}\n${HELP}`);
    }
  }
  if (o.quick) {
    if (!durationSet) o.duration = 2;
    if (!dedupSet) o.oursDedup = ['on'];
  }
  if (!/^[a-z_][a-z0-9_]*$/.test(o.database)) throw new Error('--db must be a plain lower-case identifier');
  return o;
}

/** Total cases a run wants loaded. */
export function targetCases(o: Pick<BenchOptions, 'scale' | 'cases' | 'casesPerCounty'>): number {
  return o.cases ?? o.scale * o.casesPerCounty;
}
