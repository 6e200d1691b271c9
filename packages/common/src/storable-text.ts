/**
 * Text PostgreSQL cannot store. A NUL (U+0000) is refused by text columns ("invalid byte sequence
 * for encoding UTF8: 0x00") and by json/jsonb, and an unpaired UTF-16 surrogate (what a client gets
 * by cutting an emoji in half) is refused by json ("invalid input syntax for type json") and silently
 * turned into U+FFFD by the driver in text columns. Both reached the database from mutation inputs
 * and came back as INTERNAL_SERVER_ERROR (found by the mutation fuzzer). Every subgraph checks every
 * string it is sent, before any resolver runs (see storableTextPlugin in server.ts), so no service
 * has to remember it field by field.
 */
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(s: string): boolean {
  return !UNSTORABLE.test(s);
}

/** The path (`input.parties.0.name`) of the first string in `value` PostgreSQL cannot store, or null. */
export function findUnstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnstorableText(value[i], `${path}.${i}`);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findUnstorableText(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}

const refusal = (field: string) => new GraphQLError(
  `${field}: 文本包含无法保存的字符（空字符 NUL 或不完整的 Unicode 代理字符）(text contains a NUL or an unpaired surrogate)`,
  { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } },
);

/** Throws BAD_USER_INPUT naming the first variable or inline string literal that cannot be stored. */
export function assertStorableRequest(variables: Record<string, unknown> | undefined, document: DocumentNode): void {
  const bad = findUnstorableText(variables ?? {}, '');
  if (bad) throw refusal(bad);
  let literal: string | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!literal && !isStorableText(node.value)) literal = 'query';
    },
  });
  if (literal) throw refusal(literal);
}
