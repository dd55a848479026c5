import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { listRelations, type RelationFilter } from '../../analytics/index.ts';
import { anyObject, DATE, errorResponses } from '../schemas.ts';
import { ACTOR_CODE } from './actors.ts';

interface RelationQuery { actor?: string; dyad?: string; type?: string; status?: string; at?: string }

export async function relationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: RelationQuery }>('/relations', {
    schema: {
      tags: ['relations'], summary: 'standing relations between actors (ally, partnership, sanctions, war …) with validity and evidence',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          actor: ACTOR_CODE,
          dyad: { type: 'string', pattern: '^[A-Za-z]{3,15},[A-Za-z]{3,15}$', description: 'two actor codes separated by a comma, either direction (RUS,IRN)' },
          status: { type: 'string', enum: ['actual', 'planned', 'alleged', 'hypothetical', 'negated'], description: 'one of actual, planned, alleged, hypothetical, negated' },
          type: { type: 'string', enum: ['ally', 'partnership', 'sanctions', 'war', 'rivalry', 'diplomatic-break'], description: 'one of ally, partnership, sanctions, war, rivalry, diplomatic-break' },
          at: { type: 'string', pattern: DATE, description: 'relations valid at this date: YYYY, YYYY-MM or YYYY-MM-DD' },
        },
      },
      response: { 200: { type: 'object', required: ['relations'], properties: { relations: { type: 'array', items: anyObject } } }, ...errorResponses },
    },
  }, async (req) => {
    const q = req.query;
    const f: RelationFilter = {};
    if (q.actor) f.actor = q.actor.toUpperCase();
    if (q.dyad) { const [a, b] = q.dyad.toUpperCase().split(','); f.dyad = [a, b]; }
    if (q.type) f.type = q.type;
    if (q.status) f.status = q.status;
    if (q.at) f.at = q.at;
    return { relations: await listRelations(ctx.store.db, f) };
  });
}
