/**
 * Files of the built console (console/dist): safe lookup under the folder, content types, cache
 * lifetimes, and the precompressed twins (.br, .gz) that the build writes beside each text asset.
 */
import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
};

export const contentType = (file: string) => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Vite names what it emits into assets/ by content hash: such a file never changes, so it may be cached for a year. */
export function cacheControl(relative: string): string {
  if (relative === 'index.html') return 'no-cache';
  if (relative.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/**
 * The file a URL path names inside `root`, or null: no escaping the folder (`..`, encoded or not),
 * no dotfiles, no directories, no NUL.
 */
export function resolveFile(root: string, urlPath: string): { full: string; relative: string; size: number } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (!relative || relative.startsWith('..') || relative.split('/').some((seg) => seg.startsWith('.'))) return null;
  const full = path.join(root, relative);
  if (!full.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(full);
    return stat.isFile() ? { full, relative, size: stat.size } : null;
  } catch {
    return null;
  }
}

/** Which precompressed twin to send, given the request's Accept-Encoding (brotli first: smaller). */
export function pickEncoding(full: string, acceptEncoding: string | undefined): { file: string; encoding: 'br' | 'gzip' } | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (ok(encoding) && fs.existsSync(full + ext)) return { file: full + ext, encoding };
  }
  return null;
}
