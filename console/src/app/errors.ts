/**
 * What the graph's errors mean to a user. The graph answers with `extensions.code` (CONTRACT.md)
 * and, for BAD_USER_INPUT, the input path it blames: `extensions.field` (the first) and
 * `extensions.fields[]` (all of them, `{ field, message }`), e.g. `input.parties.2.idNumber`.
 * `fieldErrors` turns those into antd Form field names so the field the server names turns red;
 * `errorMessage` gives the Chinese sentence for everything else. No antd import here: pure, tested.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

export interface GraphErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** antd's NamePath for a nested field: `['parties', 2, 'idNumber']`. */
export type FieldName = (string | number)[];

export interface FieldError {
  name: FieldName;
  errors: string[];
}

/** The GraphQL errors inside whatever Apollo Client reports (GraphQL errors, or an HTTP error whose body carries them). */
export function graphErrors(error: unknown): GraphErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return [...error.errors] as GraphErrorLike[];
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphErrorLike[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      /* not a GraphQL body */
    }
  }
  if (Array.isArray((error as { errors?: unknown })?.errors)) return (error as { errors: GraphErrorLike[] }).errors;
  return [];
}

export function errorCodes(error: unknown): string[] {
  const codes = graphErrors(error).map((e) => String(e.extensions?.code ?? ''));
  if (ServerError.is(error) && error.statusCode === 401 && !codes.includes('UNAUTHENTICATED')) codes.push('UNAUTHENTICATED');
  return codes.filter(Boolean);
}

export const hasCode = (error: unknown, code: ErrorCode) => errorCodes(error).includes(code);

/** `extensions.retryAfterSeconds` of a RATE_LIMITED answer, if any. */
export function retryAfterSeconds(error: unknown): number | null {
  const e = graphErrors(error).find((x) => x.extensions?.code === 'RATE_LIMITED');
  const v = Number(e?.extensions?.retryAfterSeconds);
  return Number.isFinite(v) && v > 0 ? Math.ceil(v) : null;
}

/**
 * The server's path → the form's field name. `prefix` is the argument the form edits (`input` for
 * `intakeCase(input:)`): it is dropped, numeric segments become list indexes, and `rename` maps a
 * server name the form calls differently (`{ regionId: 'region' }`). A path outside the prefix gives null.
 */
export function toFieldName(path: string, options: { prefix?: string; rename?: Record<string, string> } = {}): FieldName | null {
  let parts = path.split('.').filter(Boolean);
  if (options.prefix) {
    const prefix = options.prefix.split('.');
    if (prefix.some((p, i) => parts[i] !== p)) return null;
    parts = parts.slice(prefix.length);
  }
  if (!parts.length) return null;
  const joined = parts.join('.');
  const renamed = options.rename?.[joined];
  if (renamed) return renamed.split('.').map(segment);
  return parts.map((p) => (options.rename?.[p] ?? p)).map(segment);
}

const segment = (p: string): string | number => (/^\d+$/.test(p) ? Number(p) : p);

/** The server sentence without its English gloss: "身份证号校验位错误 (bad check digit)" → "身份证号校验位错误". */
export function chinesePart(message: string): string {
  const stripped = message.replace(/\s*\([^()]*[A-Za-z][^()]*\)\s*$/, '').trim();
  return stripped || message;
}

/**
 * Field errors for antd `form.setFields(...)`, from every BAD_USER_INPUT (and FORBIDDEN naming an
 * input, e.g. a mediator of another town) in the error. Several messages for one field are kept.
 */
export function fieldErrors(error: unknown, options: { prefix?: string; rename?: Record<string, string> } = {}): FieldError[] {
  const byField = new Map<string, FieldError>();
  const add = (path: unknown, message: unknown) => {
    if (typeof path !== 'string') return;
    const name = toFieldName(path, options);
    if (!name) return;
    const key = JSON.stringify(name);
    const text = chinesePart(typeof message === 'string' ? message : '');
    const entry = byField.get(key) ?? { name, errors: [] };
    if (text && !entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key, entry);
  };
  for (const e of graphErrors(error)) {
    const code = e.extensions?.code;
    if (code !== 'BAD_USER_INPUT' && code !== 'FORBIDDEN') continue;
    const fields = e.extensions?.fields;
    if (Array.isArray(fields) && fields.length) {
      for (const f of fields as { field?: unknown; message?: unknown }[]) add(f?.field, f?.message);
    } else if (e.extensions?.field) {
      // One field: the message is the whole sentence, sometimes prefixed with the path.
      add(e.extensions.field, e.message.replace(`${String(e.extensions.field)}: `, ''));
    }
  }
  return [...byField.values()].map((f) => (f.errors.length ? f : { ...f, errors: ['输入有误'] }));
}

const BY_CODE: Record<ErrorCode, string> = {
  BAD_USER_INPUT: '输入有误，请检查标红的项目',
  UNAUTHENTICATED: '登录已失效，请重新登录',
  FORBIDDEN: '无权执行该操作',
  NOT_FOUND: '记录不存在，或不在本辖区',
  CONFLICT: '该记录已被他人修改，请刷新后重试',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  INTERNAL_SERVER_ERROR: '服务器出错，请稍后再试；如持续出现请联系管理员',
};

/** One Chinese sentence for a notice: the server's own words when it gave some, else by code. */
export function errorMessage(error: unknown): string {
  const first = graphErrors(error)[0];
  const code = first?.extensions?.code as ErrorCode | undefined;
  if (first && code && code !== 'INTERNAL_SERVER_ERROR' && /[\u4e00-\u9fff]/.test(first.message)) return chinesePart(first.message);
  if (code && BY_CODE[code]) return BY_CODE[code];
  if (ServerError.is(error)) return error.statusCode >= 500 ? BY_CODE.INTERNAL_SERVER_ERROR : `请求失败（${error.statusCode}）`;
  return '无法连接服务器，请检查网络后重试';
}
