// The explorer page's own script (served as a file: the page's CSP allows no inline script).
// It runs before the GraphiQL bundle: it tells monaco where its workers are, wires the login bar,
// and once the bundle has run (both scripts are deferred) renders GraphiQL with the saved tabs.
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('zz-explorer-config').textContent);
  var SESSION_KEY = 'zz-explorer:session';
  var TABS_KEY = 'graphiql:tabState'; // GraphiQL's own storage: the tabs, with their headers
  // Set by a login or logout, applied by the next page before GraphiQL starts: patching the tabs
  // before the reload lost the race with the old page's GraphiQL, which saves its tabs (with the old
  // token) on its own schedule until the page is gone.
  var PENDING_KEY = 'zz-explorer:pending';
  var ROLE_NAMES = { ADMIN: '管理员', OPERATOR: '受理员', DISPATCHER: '调度员', MEDIATOR: '调解员', GRID_WORKER: '网格员',
    DEPARTMENT: '部门', SUPERVISOR: '督办员', LEADER: '领导', PARTNER: '合作系统' };

  // Same-origin worker files (the CSP's worker-src 'self'); monaco asks for them by label.
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return settings.workers[label] || settings.workers.editorWorkerService; },
  };

  function readJson(key) {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; }
  }

  // Logged out: no header at all (anonymous requests may still introspect and log in). A placeholder
  // token would be sent as is, and fetch refuses header values that are not ISO-8859-1 (Chinese).
  function headersFor(session) {
    return JSON.stringify(session ? { Authorization: 'Bearer ' + session.token } : {}, null, 2);
  }

  // Examples that say "my region" get the logged-in user's region id (and a previous user's id is
  // replaced when someone else logs in), so they run for whoever is logged in.
  function fillRegion(variables, session, previous) {
    if (!variables || !session) return variables;
    var out = variables.split(JSON.stringify(settings.regionPlaceholder)).join(JSON.stringify(session.regionId));
    if (previous && previous.regionId && previous.regionId !== session.regionId) {
      out = out.split(JSON.stringify(previous.regionId)).join(JSON.stringify(session.regionId));
    }
    return out;
  }

  function defaultTabs(session) {
    return settings.examples.map(function (e) {
      return { query: '# ' + e.title + '\n' + e.query, variables: fillRegion(e.variables, session, null), headers: headersFor(session) };
    });
  }

  // At start GraphiQL looks for a stored tab equal to its stored query/variables/headers (the active
  // tab's, which it writes only once edited) and appends an "<untitled>" tab when none matches, so
  // those three must always be the active tab's own.
  function syncActiveTab(state) {
    var tab = state.tabs[state.activeTabIndex] || state.tabs[0];
    ['query', 'variables', 'headers'].forEach(function (k) {
      if (tab && typeof tab[k] === 'string') localStorage.setItem('graphiql:' + k, tab[k]);
      else localStorage.removeItem('graphiql:' + k);
    });
  }

  function storedTabs() {
    var state = readJson(TABS_KEY);
    return state && Array.isArray(state.tabs) && state.tabs.length > 0 ? state : null;
  }

  // A tab's headers with the session's Authorization (or none), keeping any other header the user
  // added (e.g. x-zz-access-reason for audited reads).
  function withToken(headersJson, session) {
    var h;
    try { h = JSON.parse(headersJson || '{}'); } catch (e) { h = null; }
    if (!h || typeof h !== 'object' || Array.isArray(h)) h = {};
    delete h.authorization;
    delete h.Authorization;
    if (session) h.Authorization = 'Bearer ' + session.token;
    return JSON.stringify(h, null, 2);
  }

  // Tabs the user already has (GraphiQL keeps them across reloads) get the new token and region too.
  function patchStoredTabs(session, previous) {
    var state = storedTabs();
    if (!state) return;
    state.tabs.forEach(function (t) {
      t.headers = withToken(t.headers, session);
      if (typeof t.variables === 'string') t.variables = fillRegion(t.variables, session, previous);
    });
    localStorage.setItem(TABS_KEY, JSON.stringify(state));
    syncActiveTab(state);
  }

  // The websocket's connection_init payload (the gateway reads { authorization }): GraphiQL sends the
  // headers editor only with HTTP requests, so take the active tab's Authorization from its storage.
  function connectionParams() {
    var state = readJson(TABS_KEY);
    var tab = state && Array.isArray(state.tabs) ? state.tabs[state.activeTabIndex || 0] : null;
    try {
      var headers = JSON.parse((tab && tab.headers) || '{}');
      var value = headers.Authorization || headers.authorization;
      if (typeof value === 'string') return { authorization: value };
    } catch (e) { /* an unfinished headers editor: fall back to the logged-in token */ }
    var session = readJson(SESSION_KEY);
    return session ? { authorization: 'Bearer ' + session.token } : {};
  }

  function say(text, isError) {
    var msg = document.getElementById('zz-msg');
    msg.textContent = text;
    msg.className = isError ? 'zz-error' : '';
  }

  function describe(session) {
    var roles = (session.roles || []).map(function (r) { return ROLE_NAMES[r] || r; }).join('、');
    return '已登录：' + session.displayName + '（' + roles + ' · ' + session.regionName + '），令牌已写入 Headers';
  }

  function post(body, token) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(settings.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (r) { return r.json(); });
  }

  function firstError(body, fallback) {
    return (body && body.errors && body.errors[0] && body.errors[0].message) || fallback;
  }

  function login(event) {
    event.preventDefault();
    var username = document.getElementById('zz-user').value.trim();
    var password = document.getElementById('zz-pass').value;
    if (!username) { say('请填写用户名', true); return; }
    var button = document.getElementById('zz-go');
    button.disabled = true;
    say('正在登录…');
    // The region is read with the new token (`me`): an anonymous caller may not read regions.
    var token = null;
    post({ query: 'mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}', variables: { u: username, p: password } })
      .then(function (body) {
        token = body && body.data && body.data.login && body.data.login.token;
        if (!token) throw new Error(firstError(body, '登录失败，请检查用户名和密码'));
        return post({ query: '{me{username displayName roles region{id name}}}' }, token);
      })
      .then(function (body) {
        var u = body && body.data && body.data.me;
        if (!u) throw new Error(firstError(body, '登录成功，但读取本人信息失败'));
        var session = { token: token, username: u.username, displayName: u.displayName, roles: u.roles, regionId: u.region.id, regionName: u.region.name };
        localStorage.setItem(PENDING_KEY, JSON.stringify({ previous: readJson(SESSION_KEY) }));
        localStorage.setItem(SESSION_KEY, JSON.stringify(session));
        say(describe(session) + '，正在刷新…');
        reload();
      })
      .catch(function (err) {
        button.disabled = false;
        say(err instanceof TypeError ? '无法连接服务器，请稍后再试' : err.message, true);
      });
  }

  // GraphiQL reads tabs and headers from storage when it starts, so a reload shows them everywhere.
  // Without `?query=`: GraphiQL would open that query as one more tab (it no longer matches a tab
  // once the variables or headers changed).
  function reload() {
    location.replace(location.pathname);
  }

  function logout() {
    localStorage.setItem(PENDING_KEY, JSON.stringify({ previous: readJson(SESSION_KEY) }));
    localStorage.removeItem(SESSION_KEY);
    reload();
  }

  function setUpBar(session) {
    var user = document.getElementById('zz-user');
    if (user.tagName === 'SELECT') {
      settings.accounts.forEach(function (a) {
        var option = document.createElement('option');
        option.value = a.username;
        option.textContent = a.username + '（' + a.label + '）';
        user.appendChild(option);
      });
      if (session) user.value = session.username;
    } else if (session) {
      user.value = session.username;
    }
    document.getElementById('zz-form').addEventListener('submit', login);
    var out = document.getElementById('zz-logout');
    out.addEventListener('click', logout);
    out.hidden = !session;
    if (session) say(describe(session));
    else say('未登录：选择账号后点击"登录并使用令牌"');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var session = readJson(SESSION_KEY);
    setUpBar(session);
    if (!window.YogaGraphiQL) { say('GraphiQL 未能加载，请刷新页面', true); return; }
    var pending = readJson(PENDING_KEY);
    if (pending) {
      patchStoredTabs(session, pending.previous);
      localStorage.removeItem(PENDING_KEY);
    }
    var state = storedTabs();
    if (state) syncActiveTab(state);
    window.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), {
      endpoint: settings.endpoint,
      title: settings.title,
      subscriptionsProtocol: 'WS', // graphql-ws on the same path as HTTP
      connectionParams: connectionParams,
      shouldPersistHeaders: true,
      headers: headersFor(session),
      defaultTabs: defaultTabs(session),
    });
  });
})();
