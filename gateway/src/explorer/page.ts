/**
 * The explorer page: a small HTML document that only refers to same-origin files (assets.ts). No
 * script runs inline — the settings travel as a JSON data block that explorer.js reads — so the
 * Content-Security-Policy can forbid inline scripts and every other host, and a browser would refuse
 * (and report) anything the bundle tried to load from elsewhere.
 */
import { EXAMPLES, MY_REGION_ID } from './examples';
import { explorerAssets } from './assets';

export const EXPLORER_TITLE = '综治中心 GraphQL 浏览器';

/** The demo accounts offered in the login bar (demo mode only), with who they are. */
export const DEMO_ACCOUNTS: { username: string; label: string }[] = [
  { username: 'admin', label: '管理员 · 大埔县' },
  { username: 'county-operator', label: '受理员 · 县' },
  { username: 'county-dispatcher', label: '调度员 · 县' },
  { username: 'county-supervisor', label: '督办员、领导 · 县' },
  { username: 'town-a-operator', label: '受理员 · 湖寮镇' },
  { username: 'town-b-operator', label: '受理员 · 大麻镇' },
  { username: 'village-a-operator', label: '受理员 · 湖寮镇某村' },
  { username: 'village-b-operator', label: '受理员 · 大麻镇某村' },
  { username: 'grid-a-worker', label: '网格员 · 湖寮镇某网格' },
  { username: 'mediator-gold', label: '金牌调解员 · 县中心' },
  { username: 'partner-12345', label: '合作系统 · 12345 热线' },
];

export interface ExplorerSettings {
  endpoint: string;
  title: string;
  demo: boolean;
  accounts: { username: string; label: string }[];
  regionPlaceholder: string;
  examples: { title: string; account: string; query: string; variables: string | null }[];
  workers: Record<'editorWorkerService' | 'json' | 'graphql', string>;
}

/** Script-safe JSON: `<` escaped so no `</script` or `<!--` can end or confuse the data block. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function explorerSettings(options: { endpoint: string; demo: boolean }): ExplorerSettings {
  const a = explorerAssets().byName;
  return {
    endpoint: options.endpoint,
    title: EXPLORER_TITLE,
    demo: options.demo,
    accounts: options.demo ? DEMO_ACCOUNTS : [],
    regionPlaceholder: MY_REGION_ID,
    examples: EXAMPLES.map((e) => ({ title: e.title, account: e.account, query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : null })),
    workers: { editorWorkerService: a['editor.worker.js'].url, json: a['json.worker.js'].url, graphql: a['graphql.worker.js'].url },
  };
}

const pages = new Map<string, string>();

export function explorerPage(options: { endpoint: string; demo: boolean }): string {
  const key = JSON.stringify(options);
  const hit = pages.get(key);
  if (hit) return hit;
  const a = explorerAssets().byName;
  // explorer.js runs first (it tells monaco where its workers are); both are deferred, so they run
  // in order once the document is parsed.
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${EXPLORER_TITLE}</title>
<link rel="icon" href="${a['favicon.ico'].url}">
<link rel="stylesheet" href="${a['graphiql.css'].url}">
<link rel="stylesheet" href="${a['explorer.css'].url}">
<script defer src="${a['explorer.js'].url}"></script>
<script defer src="${a['graphiql.js'].url}"></script>
</head>
<body class="no-focus-outline">
<noscript>请启用 JavaScript 后使用本页面 (JavaScript is required)</noscript>
<header id="zz-login" role="banner">
  <strong>${EXPLORER_TITLE}</strong>
  <form id="zz-form" autocomplete="off">
    <label for="zz-user">${options.demo ? '演示账号' : '用户名'}</label>
    ${options.demo ? '<select id="zz-user"></select>' : '<input id="zz-user" placeholder="用户名" required>'}
    <label for="zz-pass">密码</label>
    <input id="zz-pass" type="password" placeholder="密码" value="${options.demo ? 'demo' : ''}">
    <button id="zz-go" type="submit">登录并使用令牌</button>
    <button id="zz-logout" type="button" hidden>退出登录</button>
  </form>
  <span id="zz-msg" role="status" aria-live="polite"></span>
</header>
<div id="root"></div>
<script type="application/json" id="zz-explorer-config">${jsonForScript(explorerSettings(options))}</script>
</body>
</html>
`;
  pages.set(key, html);
  return html;
}

/**
 * Only this origin: scripts, styles, workers and fetches from the gateway itself, the websocket to
 * the same host. `style-src 'unsafe-inline'` because monaco and GraphiQL's UI library set styles
 * from script at run time (inline styles load nothing from anywhere); `data:` for the fonts and
 * icons that the CSS embeds. `host` is the request's Host header, checked before it is used here.
 */
export function explorerCsp(host: string | undefined): string {
  const ws = host && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${ws}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
