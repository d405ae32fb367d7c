import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** Vite names these by content hash: a changed file gets a new name, so they may be kept a year. */
const HASHED = '/assets/';

// antd writes its styles at run time (CSS-in-JS), hence inline styles; scripts only from here.
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, path: string) => boolean;

/**
 * Serves the built admin UI from `dir` on the gateway's own port: hashed assets with a long
 * cache, other files as they are, and `index.html` for every other GET of a page (the UI's
 * history routing), so a deep link like `/cadres/…` opens the app. Answers false when the
 * request is not its to answer.
 */
export function staticFiles(dir: string): StaticHandler {
  const root = normalize(dir + sep);
  const gzipped = new Map<string, Buffer>();
  const index = join(root, 'index.html');

  function send(req: IncomingMessage, res: ServerResponse, file: string, cache: string): void {
    const ext = extname(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(ext === '.html' ? PAGE_HEADERS : {}),
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 });
        // Built files do not change while the process runs, except index.html after a rebuild.
        if (ext !== '.html') gzipped.set(file, body);
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'content-length': statSync(file).size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  return (req, res, path) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (!existsSync(index)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return false;
    }
    const file = normalize(join(root, decoded));
    const inside = file.startsWith(root);
    if (inside && file !== root && existsSync(file) && statSync(file).isFile()) {
      send(
        req,
        res,
        file,
        path.startsWith(HASHED) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return true;
    }
    // A missing asset is a 404, not the app; so is anything that asks for other than a page.
    if (path.startsWith(HASHED) || extname(decoded) !== '') return false;
    if (!/text\/html|\*\/\*/.test(req.headers.accept ?? '*/*')) return false;
    send(req, res, index, 'no-cache');
    return true;
  };
}
