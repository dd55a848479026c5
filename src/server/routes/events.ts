import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { filterEvents, rowToEvent } from '../../store/events.repo.ts';
import { ApiError } from '../errors.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { toEventFilter, type EventQuery } from '../filter.ts';
import { anyObject, errorResponses, eventFilterProperties, eventRef } from '../schemas.ts';
import { eventDetail } from '../event-detail.ts';

interface ListQuery extends EventQuery { limit: number; cursor?: string }

export async function eventRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: ListQuery }>('/events', {
    schema: {
      tags: ['events'], summary: 'stored events, filtered, in pages',
      description: 'The filters of `lagebild events`. Pages follow the store order (document, sentence, span); pass `next_cursor` as `cursor` for the next page.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          ...eventFilterProperties,
          limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'a whole number from 1 to 1000' },
          cursor: { type: 'string', minLength: 1, maxLength: 2000, description: 'the next_cursor of the previous page' },
        },
      },
      response: {
        200: { type: 'object', required: ['events', 'next_cursor'], additionalProperties: false, properties: { events: { type: 'array', items: eventRef }, next_cursor: { type: ['string', 'null'] } } },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const { limit, cursor } = req.query;
    let q = filterEvents(ctx.store.db, toEventFilter(req.query));
    if (cursor) {
      const [doc, sentence, spanStart, triggerStart, id] = decodeCursor(cursor);
      q = q.where(sql<boolean>`(${sql.ref('doc')}, ${sql.ref('sentence')}, ${sql.ref('span_start')}, ${sql.ref('trigger_start')}, ${sql.ref('id')}) > (${doc}, ${sentence}, ${spanStart}, ${triggerStart}, ${id})`);
    }
    const rows = await q.limit(limit + 1).execute();
    const events = rows.slice(0, limit).map(rowToEvent);
    return { events, next_cursor: rows.length > limit ? encodeCursor(events[events.length - 1]) : null };
  });

  app.get<{ Params: { id: string } }>('/events/:id', {
    schema: {
      tags: ['events'], summary: 'one event with its mentions and evidence spans',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200, description: 'an event id as returned by GET /events' } } },
      response: {
        200: {
          type: 'object', required: ['event', 'document', 'evidence', 'mentions'], additionalProperties: false,
          properties: {
            event: eventRef,
            document: anyObject,
            evidence: anyObject,
            mentions: { type: 'array', items: anyObject },
            actors: { type: 'array', items: anyObject },
          },
        },
        ...errorResponses,
      },
    },
  }, async (req) => {
    const detail = await eventDetail(ctx.store.db, req.params.id);
    if (!detail) throw new ApiError(404, 'not_found', `no event with id "${req.params.id}"; take ids from GET /events`);
    return detail;
  });
}
