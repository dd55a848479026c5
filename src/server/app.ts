import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Store } from '../store/database.ts';
import type { Coder } from '../pipeline/processor.ts';
import { installErrorHandling } from './errors.ts';
import { ErrorSchema, EventSchema } from './schemas.ts';
import { documentRoutes } from './routes/documents.ts';
import { eventRoutes } from './routes/events.ts';
import { actorRoutes } from './routes/actors.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { relationRoutes } from './routes/relations.ts';
import { graphRoutes } from './routes/graph.ts';
import { searchRoutes } from './routes/search.ts';
import { statsRoutes } from './routes/stats.ts';
import { exportRoutes } from './routes/export.ts';
import { codeRoutes } from './routes/code.ts';
import { staticRoutes } from './static.ts';

export interface ServerOptions {
  store: Store;
  /** the coder for POST /documents; created on first use (about 2 s) when not given */
  coder?: Coder | Promise<Coder> | (() => Promise<Coder>);
  logger?: FastifyServerOptions['logger'];
  /** largest request body in bytes (default 10 MiB) */
  bodyLimit?: number;
}

/** What every route gets: the store and the coder, nothing global. */
export interface AppContext { store: Store; coder(): Promise<Coder> }

export const API_VERSION = '0.1.0';

/**
 * The HTTP API, used by `lagebild serve` and by the tests (through `inject` or a real port).
 * Request and response schemas are validated; every error is `{error: {code, message}}`.
 */
export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 10 * 1024 * 1024,
    // Long path parameters reach the schemas, which answer with a JSON error naming the limit.
    routerOptions: { maxParamLength: 2000 },
    ajv: {
      // Unknown parameters are reported instead of silently dropped; verbose keeps each
      // schema's description for the error message.
      customOptions: { allowUnionTypes: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true, verbose: true },
    },
  });
  let coder: Promise<Coder> | null = null;
  const ctx: AppContext = {
    store: opts.store,
    coder: () => {
      if (!coder) {
        const c = opts.coder;
        coder = typeof c === 'function' ? c() : c ? Promise.resolve(c) : import('../pipeline/processor.ts').then((m) => m.createCoder());
        coder.catch(() => { coder = null; });
      }
      return coder;
    },
  };

  installErrorHandling(app);
  app.addSchema(EventSchema);
  app.addSchema(ErrorSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lagebild API', version: API_VERSION,
        description: 'German and English news coded into CAMEO events with evidence spans; actors, dyads, relations, search and exports. Errors are JSON `{error: {code, message}}` with a stable code.',
      },
      tags: [
        { name: 'documents', description: 'code and store news' }, { name: 'events', description: 'coded events' },
        { name: 'actors' }, { name: 'dyads' }, { name: 'relations' }, { name: 'search' }, { name: 'export' }, { name: 'meta' },
      ],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  // Served from the package's own files; the validator badge would call validator.swagger.io, so it is off.
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null, deepLinking: true } });

  app.get('/openapi.json', { schema: { tags: ['meta'], summary: 'this OpenAPI document', hide: true } }, async () => app.swagger());

  for (const routes of [documentRoutes, eventRoutes, actorRoutes, dyadRoutes, relationRoutes, graphRoutes, searchRoutes, statsRoutes, exportRoutes, codeRoutes]) {
    await app.register(async (scope) => routes(scope, ctx));
  }
  // The web explorer (web/dist) at /, beside the API.
  await app.register(async (scope) => staticRoutes(scope));
  await app.ready();
  return app;
}
