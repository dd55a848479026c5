export type Status = 'actual' | 'planned' | 'alleged' | 'hypothetical' | 'negated';
export interface ActorRef { text: string; code: string; id: string | null; span: [number, number] }
export interface EventRecord {
  id: string; doc: string; sentence: number; span: [number, number]; evidence: string;
  source: ActorRef | null; target: ActorRef | null;
  code: string; root: string; quad: number; goldstein: number;
  plover: { event: string; mode: string; context: string[] } | null;
  trigger: { text: string; span: [number, number]; rule: string };
  status: Status; attribution: { text: string; code: string | null } | null;
  date: string | null; date_precision: 'day' | 'month' | 'year' | null; date_text: string | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
}
export interface Stats { documents: number; sentences: number; events: number; clusters: number; relations: number; actors: number; first_date: string | null; last_date: string | null }
export interface Evidence { doc: string; sentence: number; span: [number, number]; text: string; rule: string; event_id: string | null }
export interface Relation {
  a: string; b: string; a_codes: string[]; b_codes: string[]; type: string; symmetric: boolean; status: string;
  start: string | null; end: string | null; mentions: number; documents: number; evidence: Evidence[];
}
export interface SeriesPoint { period: string; events: number; q1: number; q2: number; q3: number; q4: number; goldstein_sum: number; goldstein_mean: number; net_cooperation: number }
export interface KeyEvent { id: string; a: string; b: string; code: string; status: string; date: string | null; goldstein: number; num_mentions: number; num_documents: number; num_sources: number; evidence: string; doc: string }
export interface Dyad { a: string; b: string; interval: string; series: SeriesPoint[]; relations: Relation[]; key_events: KeyEvent[] }
export interface Counterpart { code: string; events: number; cooperation: number; conflict: number; goldstein_sum: number }
export interface ActorProfile { code: string; events: number; partners: Counterpart[]; adversaries: Counterpart[]; event_mix: { root: string; events: number }[]; relations: Relation[] }
export interface ActorSummary { code: string; events: number; counterparts: number; relations: number }
export interface GraphEdge { a: string; b: string; events: number; cooperation: number; conflict: number; goldstein_sum: number; relations: { type: string; status: string; from: string; to: string }[] }
export interface Graph { nodes: { id: string; events: number; community: number }[]; edges: GraphEdge[]; communities?: { id: number; members: string[] }[] }
export interface Span { role: 'sentence' | 'source' | 'target' | 'trigger'; start: number; end: number; text: string }
export interface EventDetail {
  event: EventRecord;
  document: { id: string; title: string | null; url: string | null; lang: string | null; source: string | null; published: string | null; published_precision: string | null };
  evidence: { sentence: number; spans: Span[] };
  mentions: { event_id: string; doc: string; sentence: number; span: [number, number]; evidence: string; title: string | null; url: string | null; source: string | null; published: string | null; cluster: string | null }[];
  actors?: { text: string; code: string; id: string | null; kind: string; rule: string; span: [number, number] }[];
}

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function parse<T>(r: Response): Promise<T> {
  const body = await r.json().catch(() => null) as { error?: { message?: string } } | null;
  if (!r.ok) throw new ApiFailure(r.status, body?.error?.message ?? `${r.status} ${r.statusText}`);
  return body as T;
}

export async function get<T>(path: string, params?: Record<string, string | number | undefined | null>): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return parse<T>(await fetch(path + (qs ? `?${qs}` : ''), { headers: { accept: 'application/json' } }));
}

export async function postText<T>(path: string, text: string, params?: Record<string, string | undefined>): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
  const qs = q.toString();
  return parse<T>(await fetch(path + (qs ? `?${qs}` : ''), { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8', accept: 'application/json' }, body: text }));
}

/** Every event matching the server-side filters, page after page (at most `max`). */
export async function allEvents(filter: Record<string, string | undefined>, max = 5000): Promise<{ events: EventRecord[]; truncated: boolean }> {
  const events: EventRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: { events: EventRecord[]; next_cursor: string | null } = await get('/events', { ...filter, limit: 1000, cursor });
    events.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor && events.length < max);
  return { events, truncated: !!cursor };
}
