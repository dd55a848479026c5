import type { EventFilter } from '../store/events.repo.ts';
import type { Status } from '../types.ts';

export interface EventQuery {
  actor?: string; dyad?: string; source?: string; target?: string; root?: string; code?: string;
  status?: Status; from?: string; to?: string; doc?: string;
}

/** Query parameters (already schema-checked) to the store's EventFilter, the same one the CLI builds. */
export function toEventFilter(q: EventQuery): EventFilter {
  const f: EventFilter = {};
  if (q.actor) f.actor = q.actor;
  if (q.dyad) { const [a, b] = q.dyad.split(','); f.dyad = [a, b]; }
  if (q.source) f.source = q.source;
  if (q.target) f.target = q.target;
  if (q.root) f.root = q.root;
  if (q.code) f.code = q.code;
  if (q.status) f.status = q.status;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.doc) f.doc = q.doc;
  return f;
}
