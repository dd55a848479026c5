import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { relationGraph } from '../../analytics/index.ts';
import { anyObject, DATE, errorResponses } from '../schemas.ts';

export async function graphRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: { from?: string; to?: string; at?: string } }>('/graph', {
    schema: {
      tags: ['relations'], summary: 'the actor network: nodes, edges and communities (GEXF/GraphML via /export)',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          from: { type: 'string', pattern: DATE, description: 'a date YYYY, YYYY-MM or YYYY-MM-DD' },
          to: { type: 'string', pattern: DATE, description: 'a date YYYY, YYYY-MM or YYYY-MM-DD' },
          at: { type: 'string', pattern: DATE, description: 'relations valid at this date: YYYY, YYYY-MM or YYYY-MM-DD' },
        },
      },
      response: {
        200: { type: 'object', required: ['nodes', 'edges'], additionalProperties: true, properties: { nodes: { type: 'array', items: anyObject }, edges: { type: 'array', items: anyObject }, communities: {} } },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const { from, to, at } = req.query;
    return relationGraph(ctx.store.db, { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(at ? { at } : {}) });
  });
}
