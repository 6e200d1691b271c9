/**
 * The console's Content-Security-Policy: everything from this origin, nothing from anywhere else
 * (the centers work on closed government networks, and a page that cannot load a foreign script
 * cannot be made to). The subscription socket is named explicitly (ws:/wss: to this very host), as
 * not every browser counts a websocket to the same host as 'self'.
 *
 * style-src allows inline styles: antd 6 writes its component styles into <style> elements at run
 * time (CSS-in-JS). Scripts stay strictly 'self' — no inline script, no eval — which is what an
 * injected payload would need.
 */

/** A Host header fit to be echoed into a header: a name or address and an optional port, nothing else. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

export function contentSecurityPolicy(host: string | undefined): string {
  const h = (host ?? '').trim().toLowerCase();
  const sockets = HOST.test(h) ? ` ws://${h} wss://${h}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every console response. */
export function securityHeaders(host: string | undefined): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(host),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
}
