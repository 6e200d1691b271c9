import { GraphQLError } from 'graphql';

/** The error codes of the public contract (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An error the domain layer raises. It knows nothing of GraphQL; the subgraph server turns it
 * into a GraphQLError with `extensions.code` (and `extensions.field` when a field is to blame).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Path of the offending input field, e.g. `input.parties.2.idNumber`. */
    readonly field?: string,
    /** More for the client in `extensions`, e.g. `retryAfterSeconds` of RATE_LIMITED. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, field?: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);
export const rateLimited = (message: string, retryAfterSeconds?: number) =>
  new DomainError('RATE_LIMITED', message, undefined, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds });

/**
 * Collects every problem in an input before anything is written, so a user fixes a form in one go.
 * `throwIfAny()` raises one BAD_USER_INPUT whose `field` is the first bad field and whose
 * `extensions.fields` (see toGraphQLError) lists them all.
 */
export class ValidationErrors {
  readonly problems: { field: string; message: string }[] = [];
  add(field: string, message: string): this {
    this.problems.push({ field, message });
    return this;
  }
  get any(): boolean {
    return this.problems.length > 0;
  }
  throwIfAny(): void {
    if (!this.any) return;
    const first = this.problems[0];
    const err = new DomainError('BAD_USER_INPUT', this.problems.map((p) => `${p.field}: ${p.message}`).join('; '), first.field);
    (err as DomainError & { fields?: unknown }).fields = this.problems;
    throw err;
  }
}

export function toGraphQLError(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof DomainError) {
    const fields = (err as DomainError & { fields?: unknown }).fields;
    return new GraphQLError(err.message, {
      extensions: { ...err.extensions, code: err.code, ...(err.field ? { field: err.field } : {}), ...(fields ? { fields } : {}) },
    });
  }
  return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
