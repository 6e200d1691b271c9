/**
 * One set of operation limits for both transports: HTTP (Apollo Server) and the subscription websocket
 * (graphql-ws onSubscribe). Both parse with the same options, validate with the same rules and run the
 * same per-request checks, so an operation refused over one is refused over the other with the same error.
 *
 * Who does what:
 * - graphql-armor: max depth, max aliases, max directives (validation rules), and masking field
 *   suggestions ("Did you mean …") where introspection is closed — suggestions reveal the schema a field
 *   at a time. Its rules report through our onReject handler, which turns them into typed LimitErrors.
 * - graphql-js's own `maxTokens` parse option: the token limit. graphql-armor's Apollo max-tokens plugin
 *   throws from `parsingDidStart`, outside Apollo's parse try/catch, so every refusal — and every syntax
 *   error, as it re-parses every document — came back as HTTP 500 (graphql-armor issues #571, #751; seen
 *   here too). Its parser only counts tokens the way graphql-js ≥16 does natively, so we use that directly.
 * - graphql-query-complexity: the pagination-aware cost (cost.ts says why not armor's cost-limit).
 * - ours: who may introspect (depends on the caller, so it cannot be a cached validation rule).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate,
  type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationContext, type ValidationRule,
} from 'graphql';
import { pageSize, type Config, type Identity } from '@zz/common';
import type { GatewayContext } from '../context';
import { CostMeter } from './cost';
import { LimitError, tokenLimitError, type LimitName } from './errors';

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/** graphql-armor's rejection messages end "…exceeded, found N." (with exposeLimits, its default). */
const FOUND = /found (\d+(?:\.\d+)?)/;

export interface OperationCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  identity: Identity;
}

export class OperationLimits {
  /** graphql-js parse options for every operation the gateway accepts (Apollo `parseOptions`, graphql-ws). */
  readonly parseOptions: ParseOptions;
  /** Rules run after the specification's: depth, aliases, directives (graphql-armor). */
  readonly validationRules: readonly ValidationRule[];
  /** Whether "Did you mean …" is masked in validation errors (where introspection is closed). */
  readonly blockSuggestions: boolean;
  private readonly armorPlugins: ApolloServerPlugin[];
  private readonly introspects = new WeakMap<DocumentNode, boolean>();
  private readonly cost: CostMeter;

  constructor(private readonly config: Pick<Config, 'limits' | 'introspectionEnabled'>) {
    const { limits } = config;
    this.parseOptions = { maxTokens: limits.maxTokens };
    this.blockSuggestions = !config.introspectionEnabled;
    // Report instead of throwing (propagateOnRejection: false): a rule that throws aborts graphql's validate
    // and Apollo answers 500; a reported error is a normal validation error (400), typed by us.
    const reject = (limit: LimitName, max: number) => ({
      n: max,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [(ctx: ValidationContext | null, err: GraphQLError) => {
        const found = FOUND.exec(err.message);
        ctx?.reportError(new LimitError(limit, max, found ? Number(found[1]) : undefined));
      }],
    });
    const armorConfig: ArmorConfig = {
      // flattenFragments: a fragment is not a level of nesting (the console colocates fragments per component).
      // Introspection depth is governed by INTROSPECTION (and bounded by the token limit), not by this limit.
      maxDepth: { ...reject('depth', limits.maxDepth), flattenFragments: true, ignoreIntrospection: true },
      maxAliases: reject('aliases', limits.maxAliases),
      maxDirectives: reject('directives', limits.maxDirectives),
      costLimit: { enabled: false },
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: this.blockSuggestions },
    };
    const protection = new ApolloArmor(armorConfig).protect();
    this.cost = new CostMeter({ maxCost: limits.maxCost, defaultPageSize: pageSize(null, limits.maxFirst) });
    this.validationRules = protection.validationRules;
    this.armorPlugins = protection.plugins;
  }

  /** Parses with the token limit; throws a typed GraphQLError (LimitError or GRAPHQL_PARSE_FAILED). */
  parse(source: string): DocumentNode {
    try {
      return parse(source, this.parseOptions);
    } catch (err) {
      const tokens = tokenLimitError(err);
      if (tokens) throw tokens;
      const e = err instanceof GraphQLError ? err : new GraphQLError(String(err));
      throw new GraphQLError(e.message, { source: e.source, positions: e.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    }
  }

  /** The specification's rules plus the limits, as Apollo Server runs them for HTTP. */
  validate(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
    return validate(schema, document, [...specifiedRules, ...this.validationRules]).map((e) => {
      if (e instanceof LimitError) return e;
      const message = this.blockSuggestions ? maskSuggestions(e.message) : e.message;
      return new GraphQLError(message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    });
  }

  /** Per-request checks after validation (they need the caller and the variables): introspection, cost. */
  check({ schema, document, operationName, variables, identity }: OperationCheck): LimitError | null {
    if (!this.config.introspectionEnabled && !identity.roles.includes('ADMIN') && this.introspection(schema, document)) {
      return new LimitError('introspection');
    }
    return this.cost.check(schema, document, operationName, variables);
  }

  /** Apollo Server plugins: graphql-armor's suggestion mask and the per-request checks. */
  apolloPlugins(): ApolloServerPlugin<GatewayContext>[] {
    const checks: ApolloServerPlugin<GatewayContext> = {
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, operationName, request, contextValue }) => {
          const refused = this.check({ schema, document, operationName, variables: request.variables, identity: contextValue.identity });
          if (refused) throw refused.withHttpStatus();
        },
      }),
    };
    return [...(this.armorPlugins as ApolloServerPlugin<GatewayContext>[]), checks];
  }

  /**
   * Whether the operation reads __schema or __type (graphql's NoSchemaIntrospectionCustomRule: by field
   * type, not by searching the text, so a string argument or comment saying "__schema" is no introspection).
   * Apollo hands the same DocumentNode for a repeated query (its document store), hence the cache.
   */
  private introspection(schema: GraphQLSchema, document: DocumentNode): boolean {
    let hit = this.introspects.get(document);
    if (hit === undefined) {
      hit = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
      this.introspects.set(document, hit);
    }
    return hit;
  }
}

/** The same substitution graphql-armor's Apollo plugin makes, for errors that do not pass through Apollo. */
export function maskSuggestions(message: string): string {
  return message.replace(/Did you mean ".+"/g, '[Suggestion hidden]');
}
