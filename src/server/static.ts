import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** The web explorer's sources (web/) and its production build (web/dist). */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = join(WEB_DIR, 'dist');

/**
 * Serves the built explorer (web/dist) at `/` from the API's own app: index.html without caching,
 * the hashed assets for a year. Only the files present are routed (no wildcard), so an unknown path
 * still gets the API's JSON 404. Without a build, `/` says how to make one.
 */
export async function staticRoutes(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/plain; charset=utf-8')
      .send('The web explorer is not built yet: run `npm run build:web` (or `npm start`), then reload. The API is here: /docs, /openapi.json.\n'));
    return;
  }
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false,
    decorateReply: false,
    index: ['index.html'],
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      // The explorer loads nothing from elsewhere and never runs inline script (inline style attributes size its bars).
      if (path.endsWith('.html')) res.setHeader('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'");
    },
  });
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when web/dist is missing or older than a file under web/. */
export function webBuildStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  if (!existsSync(join(WEB_DIR, 'src'))) return false;
  return newest(WEB_DIR) > statSync(index).mtimeMs;
}

/** Builds the explorer with Vite when the build is missing or stale (a few seconds); returns whether it built. */
export async function ensureWebBuilt(o: { quiet?: boolean } = {}): Promise<boolean> {
  if (!webBuildStale()) return false;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('the web explorer is not built and Vite is not installed: run `npm install` (with dev dependencies), then `npm run build:web`');
  }
  await vite.build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: o.quiet ? 'warn' : 'info' });
  return true;
}
