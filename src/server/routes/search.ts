import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { searchText } from '../../analytics/index.ts';
import { anyObject, errorResponses } from '../schemas.ts';

export async function searchRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: { q: string; limit: number } }>('/search', {
    schema: {
      tags: ['search'], summary: 'full-text search over stored sentences, with their events',
      querystring: {
        type: 'object', additionalProperties: false, required: ['q'],
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 500, description: 'search words (German or English)' },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'a whole number from 1 to 500' },
        },
      },
      response: { 200: { type: 'object', required: ['q', 'results'], properties: { q: { type: 'string' }, results: { type: 'array', items: anyObject } } }, ...errorResponses },
    },
  }, async (req) => {
    const { q, limit } = req.query;
    if (!q.trim()) return { q, results: [] };
    return { q, results: await searchText(ctx.store.db, q, { limit }) };
  });
}
