/**
 * JSON Schemas of the API (OpenAPI 3.1 = JSON Schema 2020-12 vocabulary, so `type: [x, 'null']`
 * is valid). Shared ones are registered with `$id` and appear under components/schemas.
 */
const span = { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2, description: '[start, end) in UTF-16 code units of the document text' } as const;
const nullable = <T extends object>(s: T) => ({ anyOf: [s, { type: 'null' }] });

const actor = {
  type: 'object', additionalProperties: false, required: ['text', 'code', 'id', 'span'],
  properties: { text: { type: 'string' }, code: { type: 'string' }, id: { type: ['string', 'null'] }, span },
} as const;

export const EventSchema = {
  $id: 'Event',
  type: 'object',
  description: 'The JSONL event record of the product brief',
  additionalProperties: false,
  required: ['id', 'doc', 'sentence', 'span', 'evidence', 'source', 'target', 'code', 'root', 'quad', 'goldstein', 'plover', 'trigger', 'status', 'attribution', 'date', 'date_precision', 'date_text', 'place'],
  properties: {
    id: { type: 'string' }, doc: { type: 'string' }, sentence: { type: 'integer' }, span, evidence: { type: 'string' },
    source: nullable(actor), target: nullable(actor),
    code: { type: 'string', pattern: '^\\d{2,4}$' }, root: { type: 'string', pattern: '^\\d{2}$' },
    quad: { type: 'integer', minimum: 1, maximum: 4 }, goldstein: { type: 'number' },
    plover: nullable({ type: 'object', additionalProperties: false, required: ['event', 'mode', 'context'], properties: { event: { type: 'string' }, mode: { type: 'string' }, context: { type: 'array', items: { type: 'string' } } } }),
    trigger: { type: 'object', additionalProperties: false, required: ['text', 'span', 'rule'], properties: { text: { type: 'string' }, span, rule: { type: 'string' } } },
    status: { type: 'string', enum: ['actual', 'planned', 'alleged', 'hypothetical', 'negated'] },
    attribution: nullable({ type: 'object', additionalProperties: false, required: ['text', 'code'], properties: { text: { type: 'string' }, code: { type: ['string', 'null'] } } }),
    date: { type: ['string', 'null'] }, date_precision: { type: ['string', 'null'], enum: ['day', 'month', 'year', null] }, date_text: { type: ['string', 'null'] },
    place: nullable({ type: 'object', additionalProperties: false, required: ['name', 'country', 'lat', 'lon'], properties: { name: { type: 'string' }, country: { type: ['string', 'null'] }, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] } } }),
  },
} as const;

export const ErrorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object', required: ['code', 'message'], additionalProperties: false,
      properties: {
        code: { type: 'string', description: 'stable, machine-readable: invalid_request, invalid_json, invalid_cursor, invalid_document, unsupported_media_type, payload_too_large, not_found, route_not_found, internal_error' },
        message: { type: 'string', description: 'what went wrong and what to change' },
        details: { type: 'array', items: { type: 'object', additionalProperties: true } },
      },
    },
  },
} as const;

export const errorRef = { $ref: 'Error#' } as const;
export const eventRef = { $ref: 'Event#' } as const;
/** Responses every route may give. */
export const errorResponses = { 400: errorRef, 404: errorRef, 500: errorRef } as const;

/** Any object: the shapes of the analytics results are owned by src/analytics. */
export const anyObject = { type: 'object', additionalProperties: true } as const;

export const DATE = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const date = (what: string) => ({ type: 'string', pattern: DATE, description: `${what}: a date YYYY, YYYY-MM or YYYY-MM-DD` });
const actorCode = (what: string) => ({ type: 'string', pattern: '^[A-Za-z]{3,15}$', description: `${what}: a CAMEO actor code or its prefix, letters only (IRN, RUSGOV)` });

/** The event filters of `lagebild events`, as query parameters. */
export const eventFilterProperties = {
  actor: actorCode('source or target'),
  dyad: { type: 'string', pattern: '^[A-Za-z]{3,15},[A-Za-z]{3,15}$', description: 'two actor code prefixes separated by a comma, either direction (RUS,IRN)' },
  source: actorCode('source'),
  target: actorCode('target'),
  root: { type: 'string', pattern: '^\\d{2}$', description: 'a two-digit CAMEO root such as 04' },
  code: { type: 'string', pattern: '^\\d{1,4}$', description: 'a CAMEO event code or its prefix (digits, 042)' },
  status: { type: 'string', enum: ['actual', 'planned', 'alleged', 'hypothetical', 'negated'], description: 'one of actual, planned, alleged, hypothetical, negated' },
  from: date('event date from (inclusive)'),
  to: date('event date to (inclusive)'),
  doc: { type: 'string', minLength: 1, maxLength: 500, description: 'a document id' },
} as const;
