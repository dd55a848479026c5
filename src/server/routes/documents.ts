import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import type { Document, Lang } from '../../types.ts';
import { readJsonl, textDocument, type Rejection } from '../../ingest/read.ts';
import { parsePartialDate } from '../../coding/dates.ts';
import { ingestDocument, type IngestOutcome } from '../../store/ingest.ts';
import { queryEvents } from '../../store/events.repo.ts';
import { refreshDerived } from '../../relations/refresh.ts';
import { ApiError } from '../errors.ts';
import { DATE, errorRef, errorResponses, eventRef } from '../schemas.ts';

interface DocQuery { id?: string; published?: string; lang?: Lang; title?: string; url?: string; source?: string }

const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/jsonlines', 'application/x-jsonlines'];
const record = {
  type: 'object', required: ['text'], additionalProperties: false,
  properties: {
    id: { type: ['string', 'number'] }, text: { type: 'string', minLength: 1, description: 'the article text' }, title: { type: 'string' },
    published: { type: ['string', 'null'], pattern: DATE, description: 'a date YYYY, YYYY-MM or YYYY-MM-DD' },
    url: { type: 'string' }, lang: { type: ['string', 'null'], enum: ['de', 'en', null], description: 'de or en' }, source: { type: 'string' },
  },
} as const;

export async function documentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // Text bodies arrive as strings; JSONL is split into records by the same reader as the CLI's.
  app.addContentTypeParser(JSONL_TYPES, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post<{ Querystring: DocQuery; Body: string | Record<string, unknown> | Record<string, unknown>[] }>('/documents', {
    schema: {
      tags: ['documents'], summary: 'code documents and store them; returns their events',
      description: 'text/plain: one article (an optional first line `date YYYY[-MM[-DD]]`, as in files). application/x-ndjson: JSONL records `{id, text, title?, published?, url?, lang?, source?}` one a line. application/json: one such record or an array of them. A document already stored with the same content is not coded again; its stored events are returned.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 500, description: 'text/plain only: the document id (default: a hash of the text)' },
          published: { type: 'string', pattern: DATE, description: 'date of documents that carry none: YYYY, YYYY-MM or YYYY-MM-DD' },
          lang: { type: 'string', enum: ['de', 'en'], description: 'de or en (default: detected)' },
          title: { type: 'string', description: 'text/plain only' }, url: { type: 'string', description: 'text/plain only' }, source: { type: 'string', description: 'text/plain only: the outlet' },
        },
      },
      body: {
        content: {
          'text/plain': { schema: { type: 'string', minLength: 1, description: 'the article text' } },
          'application/x-ndjson': { schema: { type: 'string', minLength: 1, description: 'JSONL records, one a line' } },
          'application/json': { schema: { anyOf: [record, { type: 'array', items: record, minItems: 1, maxItems: 1000 }] } },
        },
      },
      response: {
        200: {
          type: 'object', required: ['documents', 'events', 'rejected'], additionalProperties: false,
          properties: {
            documents: { type: 'array', items: { type: 'object', required: ['id', 'status', 'events'], additionalProperties: false, properties: {
              id: { type: 'string' }, status: { type: 'string', enum: ['new', 'replaced', 'unchanged'] }, events: { type: 'integer' }, duplicate_of: { type: 'string' },
            } } },
            events: { type: 'array', items: eventRef },
            rejected: { type: 'array', items: { type: 'object', required: ['reason'], additionalProperties: false, properties: { line: { type: 'integer' }, reason: { type: 'string' } } } },
          },
        },
        ...errorResponses,
        413: errorRef, 415: errorRef, 422: errorRef,
      },
    },
  }, async (req) => {
    const q = req.query;
    const published = q.published ? parsePartialDate(q.published) : null;
    if (q.published && !published) throw new ApiError(400, 'invalid_request', `query parameter "published": "${q.published}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    let docs: Document[];
    let rejections: Rejection[];
    if (type === 'text/plain') {
      const text = req.body as string;
      if (!text.trim()) throw new ApiError(400, 'invalid_document', 'the body is empty; send the article text');
      const id = q.id ?? createHash('sha1').update(text).digest('hex').slice(0, 16);
      const r = textDocument(id, text, 'request body', published);
      docs = r.doc ? [Object.assign(r.doc, { title: q.title, url: q.url, source: q.source })] : [];
      rejections = r.rejection ? [r.rejection] : [];
    } else {
      if (q.id || q.title || q.url || q.source) throw new ApiError(400, 'invalid_request', 'query parameters id, title, url and source apply to text/plain bodies only; put them into each JSON record instead');
      const jsonl = type === 'application/json'
        ? (Array.isArray(req.body) ? req.body : [req.body]).map((r) => JSON.stringify(r)).join('\n')
        : req.body as string;
      ({ docs, rejections } = readJsonl(jsonl, 'request body', published));
    }
    if (q.lang) for (const d of docs) d.lang = q.lang;
    const rejected = rejections.map((r) => ({ ...(r.line ? { line: r.line } : {}), reason: r.reason }));
    if (!docs.length) {
      throw new ApiError(422, 'invalid_document', `no document could be read: ${rejected.map((r) => (r.line ? `line ${r.line}: ` : '') + r.reason).join('; ')}`, rejected);
    }
    const coder = await ctx.coder();
    const outcomes: IngestOutcome[] = [];
    for (const d of docs) outcomes.push(await ingestDocument(ctx.store.db, d, (doc) => coder.code(doc)));
    // Clusters, dyad aggregates and relations follow the stored events, as after a CLI ingest.
    if (outcomes.some((o) => o.status !== 'unchanged')) await refreshDerived(ctx.store.db);
    const stored = outcomes.map((o) => o.duplicateOf ?? o.id);
    const events = await queryEvents(ctx.store.db, { doc: [...new Set(stored)] });
    return {
      documents: outcomes.map((o) => ({ id: o.id, status: o.status, events: events.filter((e) => e.doc === (o.duplicateOf ?? o.id)).length, ...(o.duplicateOf ? { duplicate_of: o.duplicateOf } : {}) })),
      events,
      rejected,
    };
  });
}
