import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { actorProfile, listActors } from '../../analytics/index.ts';
import { ApiError } from '../errors.ts';
import { anyObject, errorResponses } from '../schemas.ts';

export const ACTOR_CODE = { type: 'string', pattern: '^[A-Za-z]{3,15}$', description: 'a CAMEO actor code, letters only (IRN, RUSGOV)' } as const;

export async function actorRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/actors', {
    schema: {
      tags: ['actors'], summary: 'every actor with its event counts',
      querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 10000, default: 1000, description: 'a whole number from 1 to 10000' } } },
      response: { 200: { type: 'object', required: ['actors'], properties: { actors: { type: 'array', items: anyObject } } }, ...errorResponses },
    },
  }, async (req) => ({ actors: await listActors(ctx.store.db, { limit: (req.query as { limit: number }).limit }) }));

  app.get<{ Params: { code: string } }>('/actors/:code', {
    schema: {
      tags: ['actors'], summary: 'one actor: counts, partners, time series',
      params: { type: 'object', required: ['code'], properties: { code: ACTOR_CODE } },
      response: { 200: anyObject, ...errorResponses },
    },
  }, async (req) => {
    const code = req.params.code.toUpperCase();
    const profile = await actorProfile(ctx.store.db, code);
    if (!profile.events && !profile.relations.length) throw new ApiError(404, 'not_found', `no events with actor "${code}"; see GET /actors for the codes present`);
    return profile;
  });
}
