import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import type { Lang } from '../../types.ts';
import { textDocument } from '../../ingest/read.ts';
import { parsePartialDate } from '../../coding/dates.ts';
import { ApiError } from '../errors.ts';
import { DATE, errorResponses, eventRef } from '../schemas.ts';

/** POST /code: code one text without storing it (the explorer's "Try it" page; `lagebild code` over HTTP). */
export async function codeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post<{ Querystring: { published?: string; lang?: Lang }; Body: string }>('/code', {
    schema: {
      tags: ['documents'], summary: 'code one text without storing it; returns its events',
      description: 'text/plain: one article (an optional first line `date YYYY[-MM[-DD]]`). Nothing is stored; POST /documents stores.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          published: { type: 'string', pattern: DATE, description: 'date of a text that carries none: YYYY, YYYY-MM or YYYY-MM-DD' },
          lang: { type: 'string', enum: ['de', 'en'], description: 'de or en (default: detected)' },
        },
      },
      body: { content: { 'text/plain': { schema: { type: 'string', minLength: 1, description: 'the article text' } } } },
      response: {
        200: {
          type: 'object', required: ['lang', 'published', 'events'], additionalProperties: false,
          properties: {
            lang: { type: 'string' }, published: { type: ['string', 'null'] }, events: { type: 'array', items: eventRef },
          },
        },
        ...errorResponses,
        422: { $ref: 'Error#' },
      },
    },
  }, async (req) => {
    const q = req.query;
    const published = q.published ? parsePartialDate(q.published) : null;
    if (q.published && !published) throw new ApiError(400, 'invalid_request', `query parameter "published": "${q.published}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
    const text = req.body;
    if (typeof text !== 'string' || !text.trim()) throw new ApiError(400, 'invalid_document', 'the body is empty; send the article text as text/plain');
    const r = textDocument('pasted', text, 'request body', published);
    if (!r.doc) throw new ApiError(422, 'invalid_document', r.rejection?.reason ?? 'the text could not be read');
    if (q.lang) r.doc.lang = q.lang;
    const coder = await ctx.coder();
    const coded = coder.code(r.doc);
    return { lang: coded.lang, published: r.doc.published?.value ?? null, events: coded.events };
  });
}
