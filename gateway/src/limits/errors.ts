/**
 * The one shape of a refused operation, whichever limit refused it and whichever transport carried it:
 * `extensions.code` BAD_USER_INPUT (FORBIDDEN for introspection), `extensions.limit` naming the limit,
 * `max` its configured value and `found` what the operation had, so a client (or the person reading the
 * explorer) knows what to change without asking us. Messages are Chinese with English in parentheses.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost' | 'introspection';

export interface LimitExtensions {
  code: 'BAD_USER_INPUT' | 'FORBIDDEN';
  limit: LimitName;
  max?: number;
  found?: number;
}

function message(limit: LimitName, max: number | undefined, found: number | undefined, detail?: { zh: string; en: string }): string {
  switch (limit) {
    case 'depth': return `查询嵌套过深：${found} 层，上限 ${max} (query too deep: ${found} > ${max})`;
    case 'aliases': return `查询别名过多：${found} 个，上限 ${max} (too many aliases: ${found} > ${max})`;
    case 'directives': return `查询指令过多：${found} 个，上限 ${max} (too many directives: ${found} > ${max})`;
    // The parser stops at the first token over the limit (that is the point of the limit), so the total is unknown.
    case 'tokens': return `查询过长：词法单元超过上限 ${max} 个 (too many tokens: more than ${max})`;
    case 'cost':
      if (detail) return `查询代价过高：${detail.zh}，上限 ${max} (query cost over ${max}: ${detail.en})`;
      return `查询代价过高：${found}，上限 ${max} (query cost: ${found} > ${max})`;
    case 'introspection': return '本环境未开放内省 (introspection is disabled here)';
  }
}

export class LimitError extends GraphQLError {
  constructor(
    readonly limit: LimitName,
    readonly max?: number,
    readonly found?: number,
    private readonly options: { httpStatus?: number; detail?: { zh: string; en: string } } = {},
  ) {
    const publicExtensions = LimitError.extensionsOf(limit, max, found);
    super(message(limit, max, found, options.detail), {
      // `http` is read (and removed from the response) by Apollo Server; over the websocket there is no status.
      extensions: options.httpStatus ? { ...publicExtensions, http: { status: options.httpStatus } } : { ...publicExtensions },
    });
    this.name = 'LimitError';
  }

  private static extensionsOf(limit: LimitName, max: number | undefined, found: number | undefined): LimitExtensions {
    const e: LimitExtensions = { code: limit === 'introspection' ? 'FORBIDDEN' : 'BAD_USER_INPUT', limit };
    if (max !== undefined) e.max = max;
    if (found !== undefined) e.found = found;
    return e;
  }

  /** What clients see: no `http`, whatever wrapper Apollo put around the error. */
  get publicExtensions(): LimitExtensions {
    return LimitError.extensionsOf(this.limit, this.max, this.found);
  }

  /** The same refusal carrying its HTTP status (errors thrown from Apollo plugin hooks default to 500). */
  withHttpStatus(): LimitError {
    return new LimitError(this.limit, this.max, this.found, { ...this.options, httpStatus: this.limit === 'introspection' ? 403 : 400 });
  }
}

/**
 * graphql-js's own `maxTokens` parse option aborts with this message (graphql 16.15 writes "more that",
 * sic; pinned by a unit test); Apollo Server wraps it as GRAPHQL_PARSE_FAILED, which we turn into the
 * typed tokens refusal.
 */
const TOKENS_ABORT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

export function tokenLimitError(error: unknown): LimitError | null {
  const m = error instanceof Error ? TOKENS_ABORT.exec(error.message) : null;
  return m ? new LimitError('tokens', Number(m[1])) : null;
}

/** The limit refusal inside whatever Apollo wrapped it in (ValidationError, SyntaxError), or null. */
export function findLimitError(error: unknown): LimitError | null {
  for (let e: unknown = error, hops = 0; e && hops < 4; e = (e as GraphQLError).originalError, hops++) {
    if (e instanceof LimitError) return e;
    const tokens = tokenLimitError(e);
    if (tokens) return tokens;
  }
  return null;
}

/**
 * Apollo Server re-labels every validation error GRAPHQL_VALIDATION_FAILED and every parse error
 * GRAPHQL_PARSE_FAILED (its ValidationError / SyntaxError set `code` last), so the typed code and
 * extensions are restored here, in front of the gateway's usual formatError. The HTTP status (400) Apollo
 * already took from those wrappers.
 */
export function formatLimitErrors(next: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = findLimitError(error);
    if (!limit) return next(formatted, error);
    return { message: limit.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { ...limit.publicExtensions } };
  };
}
