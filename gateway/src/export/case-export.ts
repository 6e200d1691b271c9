/**
 * 导出 Excel: the case list of the current filter as an .xlsx file, made by the gateway and streamed
 * page by page (1,000 rows a page through the graph, as the caller), so neither the browser nor the
 * gateway ever holds the whole list.
 *
 * The console submits a same-origin form (POST /export/cases.xlsx, fields `token`, `filter` as JSON,
 * optional `reason`) — a download the browser handles itself, without the token in a URL or in a log.
 * The rows are read through the same `cases` field as the list screen, with the caller's own identity
 * and jurisdiction, so the file never holds a row the screen would not show. Each page is noted as an
 * EXPORT sensitive read of its cases in the cases subgraph's audit log (x-zz-export, set only here).
 *
 * Errors before the first byte (no or expired token, a filter the graph refuses) answer a short page
 * in Chinese; an error after the file has started aborts the download instead of ending a file that
 * looks complete but is not.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import ExcelJS from 'exceljs';
import { BodyTooLargeError, DomainError, createLogger, readBody, type Identity } from '@zz/common';
import type { GatewayContext } from '../context';
import type { EnumLabels } from './labels';

export const CASE_EXPORT_PATH = '/export/cases.xlsx';
/** Rows per page fetched through the graph (the cases subgraph allows this much for exports only). */
export const EXPORT_PAGE = 1000;
/**
 * Who may take a list out of the system as a file: the centers' own staff. Mediators, grid workers,
 * departments and partners read their cases on screen or through the graph, but carry no lists away.
 */
export const EXPORT_ROLES: readonly string[] = ['ADMIN', 'OPERATOR', 'DISPATCHER', 'SUPERVISOR', 'LEADER'];
/** More than this and the file says it stops here: narrow the filter instead. */
export const EXPORT_MAX_ROWS = 200_000;

const log = createLogger('export');

const EXPORT_QUERY = /* GraphQL */ `
  query CaseExport($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { code title type channel status level receivedAt region { name } handlingCenter { name } supervision { deadlineAt overdue } } }
    }
  }
`;

interface ExportRow {
  code: string; title: string; type: string; channel: string; status: string; level: string | null; receivedAt: string;
  region: { name: string } | null; handlingCenter: { name: string } | null; supervision: { deadlineAt: string | null; overdue: boolean } | null;
}
interface ExportPage { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ExportRow }[] }

export interface CaseExportDeps {
  apollo: ApolloServer<GatewayContext>;
  identify(authorization: string): Promise<Identity>;
  contextFor(identity: Identity, address: string | null): Promise<GatewayContext>;
  addressOf(req: IncomingMessage): string | null;
  labels: EnumLabels;
  maxBodyBytes: number;
}

class ExportRefused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: '统一编码', key: 'code', width: 26 },
  { header: '标题', key: 'title', width: 40 },
  { header: '纠纷类型', key: 'type', width: 14 },
  { header: '受理渠道', key: 'channel', width: 12 },
  { header: '状态', key: 'status', width: 10 },
  { header: '办理层级', key: 'level', width: 10 },
  { header: '所属区域', key: 'region', width: 16 },
  { header: '承办中心', key: 'center', width: 22 },
  { header: '受理时间', key: 'receivedAt', width: 18 },
  { header: '办理时限', key: 'deadline', width: 18 },
  { header: '是否超期', key: 'overdue', width: 10 },
];

/** A time as the centers read it: Beijing time, to the minute. */
export function beijingTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16).replace('T', ' ');
}

function page(res: ServerResponse, status: number, message: string): void {
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>导出失败</title>` +
    `<body style="font-family:sans-serif;padding:48px"><h2>导出失败</h2><p>${message.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>` +
    `<p><a href="/cases">返回案件列表</a></p></body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
  res.end(html);
}

async function fetchPage(deps: CaseExportDeps, ctx: GatewayContext, filter: unknown, after: string | null): Promise<ExportPage> {
  const result = await deps.apollo.executeOperation({ query: EXPORT_QUERY, variables: { filter, first: EXPORT_PAGE, after } }, { contextValue: ctx });
  if (result.body.kind !== 'single') throw new ExportRefused(500, '导出服务返回了无法识别的结果，请稍后重试');
  const { data, errors } = result.body.singleResult;
  if (errors?.length) {
    const e = errors[0];
    const code = String(e.extensions?.code ?? '');
    const field = e.extensions?.field ? `（${String(e.extensions.field)}）` : '';
    const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' ? 400 : 502;
    throw new ExportRefused(status, status === 502 ? '导出时读取案件失败，请稍后重试' : `${e.message}${field}`);
  }
  const cases = (data as { cases?: ExportPage } | null | undefined)?.cases;
  if (!cases) throw new ExportRefused(502, '导出时读取案件失败，请稍后重试');
  return cases;
}

async function parseForm(req: IncomingMessage, maxBytes: number): Promise<{ token: string; filter: unknown; reason: string }> {
  let raw: string;
  try {
    raw = await readBody(req, maxBytes);
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw new ExportRefused(413, '导出请求过大');
    throw err;
  }
  const form = new URLSearchParams(raw);
  const token = (form.get('token') ?? '').trim();
  if (!token) throw new ExportRefused(401, '登录已失效，请重新登录后再导出');
  let filter: unknown = null;
  const text = form.get('filter');
  if (text) {
    try {
      filter = JSON.parse(text);
    } catch {
      throw new ExportRefused(400, '筛选条件格式无效（filter）');
    }
    if (filter !== null && (typeof filter !== 'object' || Array.isArray(filter))) throw new ExportRefused(400, '筛选条件格式无效（filter）');
  }
  // The reason goes into the audit entry: one line, bounded.
  const reason = [...(form.get('reason') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim()].slice(0, 200).join('');
  return { token, filter, reason: reason || '导出案件列表（Excel）' };
}

/** Answers POST /export/cases.xlsx (anything else on the path: 405). */
export async function handleCaseExport(req: IncomingMessage, res: ServerResponse, deps: CaseExportDeps): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return page(res, 405, '请从案件列表页面点击“导出 Excel”');
  }
  let first: ExportPage;
  let ctx: GatewayContext;
  let filter: unknown;
  try {
    const form = await parseForm(req, deps.maxBodyBytes);
    filter = form.filter;
    let identity: Identity;
    try {
      identity = await deps.identify(`Bearer ${form.token}`);
    } catch (err) {
      if (err instanceof DomainError) throw new ExportRefused(401, '登录已失效，请重新登录后再导出');
      throw err;
    }
    if (identity.kind !== 'user') throw new ExportRefused(401, '登录已失效，请重新登录后再导出');
    if (!identity.roles.some((r) => EXPORT_ROLES.includes(r))) throw new ExportRefused(403, '当前账号的角色不能导出案件列表');
    ctx = { ...(await deps.contextFor(identity, deps.addressOf(req))), accessReason: form.reason, exporting: 'cases' };
    first = await fetchPage(deps, ctx, filter, null);
  } catch (err) {
    if (err instanceof ExportRefused) return page(res, err.status, err.message);
    throw err;
  }

  const day = beijingTime(new Date().toISOString()).slice(0, 10).replace(/-/g, '');
  res.writeHead(200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="cases-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`案件列表-${day}.xlsx`)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('案件列表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const L = deps.labels;
  let written = 0;
  let current: ExportPage | null = first;
  try {
    while (current) {
      for (const { node: c } of current.edges) {
        if (written >= EXPORT_MAX_ROWS) break;
        sheet.addRow({
          code: c.code, title: c.title, type: L('DisputeType', c.type), channel: L('Channel', c.channel), status: L('CaseStatus', c.status),
          level: L('RegionLevel', c.level), region: c.region?.name ?? '', center: c.handlingCenter?.name ?? '', receivedAt: beijingTime(c.receivedAt),
          deadline: beijingTime(c.supervision?.deadlineAt), overdue: c.supervision ? (c.supervision.overdue ? '是' : '否') : '',
        }).commit();
        written++;
      }
      const more: boolean = current.pageInfo.hasNextPage && !!current.pageInfo.endCursor && written < EXPORT_MAX_ROWS;
      current = more ? await fetchPage(deps, ctx, filter, current.pageInfo.endCursor) : null;
    }
    if (first.totalCount > written) {
      sheet.addRow({ code: `仅导出前 ${written} 条（共 ${first.totalCount} 条），请缩小筛选范围后分批导出` }).commit();
    }
    sheet.commit();
    await book.commit();
  } catch (err) {
    // Half a file must not look like a whole one: cut the download.
    log.warn('export aborted', { err: err instanceof Error ? err.message : String(err), rows: written });
    res.destroy();
  }
}
