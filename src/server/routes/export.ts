import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.ts';
import { EXPORT_FORMATS, EXPORT_MEDIA, exportChunks, type ExportFormat } from '../../export/index.ts';
import { toEventFilter, type EventQuery } from '../filter.ts';
import { ApiError } from '../errors.ts';
import { DATE, errorResponses, eventFilterProperties } from '../schemas.ts';

interface ExportQuery extends EventQuery { format: ExportFormat; header?: boolean; at?: string }

export async function exportRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get<{ Querystring: ExportQuery }>('/export', {
    schema: {
      tags: ['export'], summary: 'stored events as a file: JSONL, CSV, GDELT 2.0 TSV, PLOVER JSONL, GEXF or GraphML',
      description: 'Takes the event filters of GET /events. gdelt: the 61 columns of the GDELT 2.0 event codebook, tab-separated, no header unless header=true. plover: one PLOVER record a line (events without a PLOVER category are left out). gexf/graphml: the relation graph (deduplicated events, standing relations, communities) within from/to, or with other filters the directed country network of the matching events.',
      querystring: {
        type: 'object', additionalProperties: false, required: ['format'],
        properties: {
          format: { type: 'string', enum: [...EXPORT_FORMATS], description: `one of ${EXPORT_FORMATS.join(', ')}` },
          header: { type: 'boolean', description: 'gdelt only: first line with the column names' },
          at: { type: 'string', pattern: DATE, description: 'gexf/graphml only: relations valid at this date, YYYY, YYYY-MM or YYYY-MM-DD' },
          ...eventFilterProperties,
        },
      },
      response: {
        200: { description: 'the export file', content: Object.fromEntries([...new Set(Object.values(EXPORT_MEDIA).map((m) => m.type.split(';')[0]))].map((t) => [t, { schema: { type: 'string' } }])) },
        ...errorResponses,
      },
    },
  }, async (req, reply) => {
    const { format, header, at } = req.query;
    if (header && format !== 'gdelt') throw new ApiError(400, 'invalid_request', 'query parameter "header" applies to format=gdelt only; remove it');
    if (at && format !== 'gexf' && format !== 'graphml') throw new ApiError(400, 'invalid_request', 'query parameter "at" applies to format=gexf or graphml only; use from/to for events');
    const media = EXPORT_MEDIA[format];
    reply.header('content-type', media.type);
    reply.header('content-disposition', `attachment; filename="lagebild-events.${media.ext}"`);
    return reply.send(Readable.from(exportChunks(ctx.store.db, format, { filter: toEventFilter(req.query), header, at })));
  });
}
