/** One line of JSON per event (machine-readable in production), or short text on a terminal. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(name: string): Logger;
}

let threshold: Level = (process.env.LOG_LEVEL as Level) in ORDER ? (process.env.LOG_LEVEL as Level) : process.env.NODE_ENV === 'test' ? 'warn' : 'info';
const pretty = process.stdout.isTTY;

export function setLogLevel(level: Level): void {
  threshold = level;
}

/**
 * Where a test captures what the processes log (the PII test greps it for ID numbers and phones):
 * every line at every level, as the JSON line production would write, whatever LOG_LEVEL says.
 */
export type LogSink = (line: string) => void;
let sink: LogSink | null = null;

export function setLogSink(next: LogSink | null): void {
  sink = next;
}

export function createLogger(name: string): Logger {
  const write = (level: Level, msg: string, fields?: Record<string, unknown>) => {
    const err = fields?.err instanceof Error ? { err: { message: fields.err.message, stack: fields.err.stack } } : {};
    if (sink) sink(JSON.stringify({ t: new Date().toISOString(), level, name, msg, ...fields, ...err }));
    if (ORDER[level] < ORDER[threshold]) return;
    if (pretty) {
      const extra = fields ? ' ' + JSON.stringify({ ...fields, ...err }) : '';
      (level === 'error' ? console.error : console.log)(`${new Date().toISOString().slice(11, 23)} ${level.padEnd(5)} [${name}] ${msg}${extra}`);
    } else {
      const line = JSON.stringify({ t: new Date().toISOString(), level, name, msg, ...fields, ...err });
      (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
    }
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (n) => createLogger(`${name}:${n}`),
  };
}

/**
 * Apollo's Logger interface (ApolloServer, ApolloGateway) on top of ours, so their messages are
 * structured lines like every other, and an object they log (a subgraph's error body, say) is shown
 * as JSON instead of "[object Object]".
 */
export function apolloLogger(log: Logger): Record<Level, (message?: unknown) => void> {
  const text = (m: unknown): { msg: string; fields?: Record<string, unknown> } => {
    if (typeof m === 'string') return { msg: m };
    if (m instanceof Error) return { msg: m.message, fields: { err: m } };
    try {
      return { msg: JSON.stringify(m) ?? String(m) };
    } catch {
      return { msg: String(m) };
    }
  };
  const at = (level: Level) => (m?: unknown) => { const t = text(m); log[level](t.msg, t.fields); };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
