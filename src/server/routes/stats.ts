import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { dbStats } from '../../analytics/index.ts';
import { anyObject, errorResponses } from '../schemas.ts';

export async function statsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/stats', {
    schema: {
      tags: ['meta'], summary: 'counts of documents, events, actors, relations; date range',
      querystring: { type: 'object', additionalProperties: false, properties: {} },
      response: { 200: anyObject, ...errorResponses },
    },
  }, async () => dbStats(ctx.store.db));
}
