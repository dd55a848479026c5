/**
 * JSON Schema of a PLOVER record, written from the PLOVER manual's chapter "Data Fields": the
 * "PLOVER JSON" table (required: id, date, actor, event), the entity, text and citation
 * information objects and the location object; the 16 event categories, the contexts of the
 * "General contexts" table plus the four auxiliary modes, and quad codes 1–4. Extra named fields
 * are allowed, as the manual says ("Providers should feel free to include named fields").
 */
export const PLOVER_EVENTS = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
export const PLOVER_CONTEXTS = ['military', 'intelligence', 'executive', 'legislative', 'election', 'political_institutions', 'pro_democracy', 'pro_autocracy',
  'economic', 'legal', 'reparations', 'human_rights', 'rights_freedoms', 'repression', 'human_security', 'gender', 'lgbt', 'religion_ethnicity', 'inequality',
  'diplomatic', 'territory', 'peacekeeping', 'health', 'asylum', 'migration', 'disasters', 'natural_resource', 'environment', 'technology', 'terrorism', 'cbrn',
  'cyber', 'misinformation', 'crime', 'corruption', 'illegal_drugs', 'trafficking',
  // auxiliary modes, which the manual places in `context`
  'historical', 'future', 'hypothetical', 'negation'];

const ymd = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const isoTime = { type: 'string', pattern: '^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$' };
const entity = {
  type: 'object', required: ['code'],
  properties: {
    code: { type: 'string', pattern: '^[A-Z]{3}$', description: '3-char top-level entity code (e.g., country)' },
    sector: { type: 'string', pattern: '^[A-Z]{3}([A-Z]{3})?$', description: '3- or 6-char sector' },
    entity_text: { type: 'string' }, identifier_id: { type: 'string' }, identifier_text: { type: 'string' },
    religion: { type: 'string' }, ethnicity: { type: 'string' }, office: { type: 'string' }, gender: { type: 'string' }, age: { type: 'integer' },
  },
};

export const PLOVER_RECORD_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'PLOVER event record',
  type: 'object',
  required: ['id', 'date', 'actor', 'event'],
  properties: {
    id: { type: 'string', minLength: 1 },
    has_event: { type: 'boolean' },
    date: ymd, time: isoTime, enddate: ymd, endtime: isoTime,
    actor: { type: 'array', items: entity },
    recipient: { type: 'array', items: entity },
    event: { type: 'array', minItems: 1, items: { type: 'string', enum: PLOVER_EVENTS } },
    event_loc: {
      type: 'object',
      properties: {
        extracted_place: { type: 'string' }, resolved_place: { type: 'string' }, geonameid: { type: 'integer' },
        lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 },
        city: { type: 'string' }, district: { type: 'string' }, province: { type: 'string' }, country: { type: 'string' },
        country_code: { type: 'string', pattern: '^[A-Z]{3}$' }, feature_class: { type: 'string' }, feature_code: { type: 'string' },
        resolution: { type: 'integer', minimum: 1, maximum: 5 },
      },
    },
    event_text: { type: 'array', items: { type: 'string' } },
    quad_code: { type: 'integer', enum: [1, 2, 3, 4] },
    event_scale: { type: 'number' },
    mode: { type: 'array', items: { type: 'string', minLength: 1 } },
    context: { type: 'array', items: { type: 'string', enum: PLOVER_CONTEXTS } },
    link: { type: 'string' },
    text: { type: 'string' },
    text_info: {
      type: 'object',
      properties: { sequence: { type: 'integer', minimum: 0 }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 }, text_story: { type: 'array', items: { type: 'string' } } },
    },
    cite_info: {
      type: 'object',
      properties: {
        corpus: { type: 'string' }, citation: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' },
        language: { type: 'string', pattern: '^[a-z]{2}$', description: 'ISO 639-1' }, publication: { type: 'string' }, license: { type: 'string' },
        copyright: { type: 'string' }, coder: { type: 'string' }, codebook: { type: 'string' }, version: { type: 'string' },
      },
    },
    coder: { type: 'string' },
    coded_date: ymd,
    coded_time: isoTime,
    comment: { type: 'string' },
  },
} as const;
