/**
 * Relation types between actors. Symmetric types hold both ways (A ally of B = B ally of A);
 * a directed type has a sender and a receiver (A sanctions B).
 */
export const RELATION_TYPES = {
  ally: { symmetric: true, cooperative: true },
  partnership: { symmetric: true, cooperative: true },
  sanctions: { symmetric: false, cooperative: false },
  war: { symmetric: true, cooperative: false },
  rivalry: { symmetric: true, cooperative: false },
  'diplomatic-break': { symmetric: true, cooperative: false },
} as const;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** One piece of evidence for a relation: a statement or an event, with where it was found. */
export interface RelationEvidence {
  a: string;
  b: string;
  /** full actor codes as coded (RUSMIL, SYRGOV); a and b are their country-level prefixes */
  a_code: string;
  b_code: string;
  type: RelationType;
  status: string;
  /** validity interval, partial dates; null = not known from the text */
  start: string | null;
  end: string | null;
  doc: string;
  sentence: number;
  span_start: number;
  span_end: number;
  evidence: string;
  /** id of the cue or event rule in lexicon/<lang>/relations.yml */
  rule: string;
  event_id: string | null;
}

/** Country-level actor: the first three letters of a CAMEO actor code (RUSGOV → RUS, WST → WST). */
export function countryOf(code: string): string {
  return code.slice(0, 3).toUpperCase();
}
