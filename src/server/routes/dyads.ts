import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { dyadHistory, dyadSeries } from '../../analytics/index.ts';
import { anyObject, errorResponses } from '../schemas.ts';
import { ACTOR_CODE } from './actors.ts';

export const INTERVALS = ['month', 'week'] as const;

export async function dyadRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Params: { a: string; b: string }; Querystring: { interval: (typeof INTERVALS)[number]; key_events: number } }>('/dyads/:a/:b', {
    schema: {
      tags: ['dyads'], summary: 'how two actors relate: time series, relations, key events',
      params: { type: 'object', required: ['a', 'b'], properties: { a: ACTOR_CODE, b: ACTOR_CODE } },
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          interval: { type: 'string', enum: [...INTERVALS], default: 'month', description: 'month or week' },
          key_events: { type: 'integer', minimum: 0, maximum: 100, default: 10, description: 'how many key events (deduplicated), 0 to 100' },
        },
      },
      response: {
        200: {
          type: 'object', required: ['a', 'b', 'interval', 'series', 'relations', 'key_events'], additionalProperties: false,
          properties: {
            a: { type: 'string' }, b: { type: 'string' }, interval: { type: 'string' },
            series: { type: 'array', items: anyObject, description: 'deduplicated actual events per period: counts per quad class, Goldstein sum and mean' },
            relations: { type: 'array', items: anyObject, description: 'standing relations with validity and evidence' },
            key_events: { type: 'array', items: anyObject, description: 'most mentioned and most intense deduplicated events' },
          },
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const a = req.params.a.toUpperCase();
    const b = req.params.b.toUpperCase();
    const db = ctx.store.db;
    const series = await dyadSeries(db, a, b, { interval: req.query.interval });
    const history = await dyadHistory(db, a, b, { events: req.query.key_events });
    return { a: history.a, b: history.b, interval: req.query.interval, series, relations: history.relations, key_events: history.key_events };
  });
}
