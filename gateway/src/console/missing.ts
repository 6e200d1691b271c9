/** What `/` answers when console/dist has not been built: a short page saying what to do, never a stack trace. */
export const MISSING_CONSOLE_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>综治中心工作台尚未构建</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.6">
<h1>综治中心工作台尚未构建</h1>
<p>网关没有找到构建好的工作台文件（<code>console/dist</code>）。请在项目目录运行：</p>
<pre>npm run build:console</pre>
<p>然后刷新本页。<code>npm start</code> 会在工作台缺失或过期时自动构建。</p>
<p>GraphQL 接口不受影响：<a href="/explorer">/explorer</a>、<code>/graphql</code>。</p>
</body></html>
`;
