/**
 * The explorer is GraphiQL bundled from npm (@graphql-yoga/render-graphiql): no CDN, so it works on the
 * centers' closed networks. A small bar on top logs in with a demo account (or any account) and puts
 * the token into the headers editor.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EXAMPLES } from './examples';

const DEMO_ACCOUNTS = ['admin', 'county-operator', 'county-dispatcher', 'county-supervisor', 'town-a-operator', 'town-b-operator',
  'village-a-operator', 'village-b-operator', 'grid-a-worker', 'mediator-gold', 'partner-12345'];

function loginBar(demo: boolean): string {
  const options = DEMO_ACCOUNTS.map((u) => `<option value="${u}">${u}</option>`).join('');
  return `
<div id="zz-login" style="position:fixed;top:0;left:0;right:0;z-index:1000;background:#0b3d91;color:#fff;font:13px sans-serif;padding:6px 12px;display:flex;gap:8px;align-items:center">
  <strong>综治中心 GraphQL 浏览器</strong>
  <span style="opacity:.8">登录：</span>
  ${demo ? `<select id="zz-user">${options}</select>` : '<input id="zz-user" placeholder="用户名" />'}
  <input id="zz-pass" type="password" placeholder="密码" value="${demo ? 'demo' : ''}" style="width:90px" />
  <button id="zz-go">登录并使用令牌</button>
  <span id="zz-msg" style="opacity:.9"></span>
</div>
<script>
(function () {
  document.body.style.paddingTop = '34px';
  var go = document.getElementById('zz-go');
  go.onclick = function () {
    var u = document.getElementById('zz-user').value, p = document.getElementById('zz-pass').value;
    fetch(location.pathname.replace(/\\/explorer$/, '') + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token user{displayName}}}', variables: { u: u, p: p } }) })
      .then(function (r) { return r.json(); })
      .then(function (b) {
        var msg = document.getElementById('zz-msg');
        if (!b.data || !b.data.login) { msg.textContent = (b.errors && b.errors[0] && b.errors[0].message) || '登录失败'; return; }
        var headers = JSON.stringify({ Authorization: 'Bearer ' + b.data.login.token }, null, 2);
        localStorage.setItem('graphiql:headers', headers);
        try {
          var tabs = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
          if (tabs && tabs.tabs) { tabs.tabs.forEach(function (t) { t.headers = headers; }); localStorage.setItem('graphiql:tabState', JSON.stringify(tabs)); }
        } catch (e) {}
        msg.textContent = '已登录：' + b.data.login.user.displayName + '（令牌已写入 Headers，正在刷新）';
        setTimeout(function () { location.reload(); }, 600);
      });
  };
})();
</script>`;
}

let cached: string | null = null;

export function explorerPage(options: { endpoint: string; demo: boolean }): string {
  if (cached) return cached;
  const html = renderGraphiQL({
    endpoint: options.endpoint,
    title: '综治中心 GraphQL 浏览器',
    subscriptionsProtocol: 'WS',
    shouldPersistHeaders: true,
    headers: JSON.stringify({ Authorization: 'Bearer <先在上方登录>' }, null, 2),
    defaultTabs: EXAMPLES.map((e) => ({ query: `# ${e.title}\n${e.query}`, variables: e.variables ? JSON.stringify(e.variables, null, 2) : null })),
  });
  cached = html.replace('</body>', `${loginBar(options.demo)}</body>`);
  return cached;
}
