/**
 * Event deduplication across documents: mentions (stored events) of the same real-world event
 * become one cluster. Pure functions; dedup-store.ts reads and writes the tables.
 *
 * Two mentions are one event when they share
 *  - the country-level dyad (RUSGOV and RUS are both RUS); unordered for symmetric codes
 *    (meetings, root 04; material cooperation, root 06; signing an agreement, 057),
 *  - the CAMEO root (code family),
 *  - a compatible status: actual and alleged mentions may be the same happening, planned,
 *    hypothetical and negated each stay apart,
 *  - compatible dates: a month fits its days, two days at most one apart; an undated mention joins a
 *    dated event only from the same document (across articles an unknown date proves nothing),
 *  - compatible places: unknown fits anything, otherwise the same country.
 * A planned cluster and a later actual cluster of the same dyad and root are linked
 * (`realises`), never merged.
 */
export interface Mention {
  id: string;
  doc: string;
  /** the outlet (document source, else the document itself) */
  outlet: string;
  a: string | null;
  b: string | null;
  root: string;
  code: string;
  quad: number;
  goldstein: number;
  status: string;
  date: string | null;
  place_country: string | null;
}

/** One event: the coded fields it shares with its mentions, the mentions themselves and their counts. */
export interface Cluster extends Omit<Mention, 'doc' | 'outlet'> {
  members: Mention[];
  num_mentions: number;
  num_documents: number;
  num_sources: number;
  realises: string | null;
}

const SYMMETRIC_ROOTS = new Set(['04', '06']);
const SYMMETRIC_CODES = ['057'];
export function isSymmetricCode(code: string): boolean {
  return SYMMETRIC_ROOTS.has(code.slice(0, 2)) || SYMMETRIC_CODES.some((c) => code.startsWith(c));
}

const STATUS_GROUP: Record<string, string> = { actual: 'fact', alleged: 'fact', planned: 'planned', hypothetical: 'hypothetical', negated: 'negated' };

function dyadKey(m: Mention): string {
  const a = m.a ?? '-', b = m.b ?? '-';
  return isSymmetricCode(m.code) && b < a ? `${b}|${a}` : `${a}|${b}`;
}

function dayNumber(d: string): number { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000; }

export function datesCompatible(x: string | null, y: string | null): boolean {
  if (!x || !y) return true;
  if (x.startsWith(y) || y.startsWith(x)) return true;
  return x.length === 10 && y.length === 10 && Math.abs(dayNumber(x) - dayNumber(y)) <= 1;
}

function placesCompatible(x: string | null, y: string | null): boolean { return !x || !y || x === y; }

function monthIndex(d: string): number { return +d.slice(0, 4) * 12 + (d.length >= 7 ? +d.slice(5, 7) - 1 : 0); }

/** True when an actual event dated `actual` can be the carrying out of one planned for `planned` (same period or up to three months later). */
export function realisesPlan(planned: string | null, actual: string | null): boolean {
  if (!planned || !actual) return false;
  if (datesCompatible(planned, actual)) return true;
  const diff = monthIndex(actual) - monthIndex(planned);
  return diff >= 0 && diff <= 3;
}

const precision = (d: string | null) => d?.length ?? 0;

export function clusterMentions(mentions: Mention[]): Cluster[] {
  // Precise dates first, so vaguer mentions join the cluster they fit instead of starting chains.
  const sorted = [...mentions].sort((x, y) => precision(y.date) - precision(x.date) || (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id));
  const buckets = new Map<string, Cluster[]>();
  const all: Cluster[] = [];
  for (const m of sorted) {
    const key = `${dyadKey(m)}|${m.root}|${STATUS_GROUP[m.status] ?? m.status}`;
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    let c = list.find((c) => datesCompatible(c.date, m.date) && placesCompatible(c.place_country, m.place_country)
      && (m.date !== null || c.date === null || c.members.some((x) => x.doc === m.doc)));
    if (!c) {
      c = { id: m.id, a: m.a, b: m.b, root: m.root, code: m.code, quad: m.quad, goldstein: m.goldstein, status: m.status, date: m.date,
        place_country: m.place_country, members: [], num_mentions: 0, num_documents: 0, num_sources: 0, realises: null };
      list.push(c);
      all.push(c);
    }
    c.members.push(m);
    if (precision(m.date) > precision(c.date)) c.date = m.date;
    c.place_country ??= m.place_country;
  }
  for (const c of all) finish(c);
  linkPlans(all);
  return all.sort((x, y) => x.id.localeCompare(y.id));
}

function finish(c: Cluster): void {
  c.members.sort((x, y) => x.id.localeCompare(y.id));
  c.id = c.members[0].id;
  const codeCount = new Map<string, number>();
  for (const m of c.members) codeCount.set(m.code, (codeCount.get(m.code) ?? 0) + 1);
  const code = [...codeCount].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0][0];
  const rep = c.members.find((m) => m.code === code)!;
  Object.assign(c, { code, quad: rep.quad, goldstein: rep.goldstein, a: rep.a, b: rep.b });
  if (c.members.some((m) => m.status === 'actual')) c.status = 'actual';
  c.num_mentions = c.members.length;
  c.num_documents = new Set(c.members.map((m) => m.doc)).size;
  c.num_sources = new Set(c.members.map((m) => m.outlet)).size;
}

function linkPlans(all: Cluster[]): void {
  const plans = new Map<string, Cluster[]>();
  const key = (c: Cluster) => `${dyadKey(c.members[0])}|${c.root}`;
  for (const c of all) if (c.status === 'planned') { const k = key(c); (plans.get(k) ?? plans.set(k, []).get(k)!).push(c); }
  for (const c of all) {
    if (c.status !== 'actual') continue;
    const p = plans.get(key(c))?.find((p) => realisesPlan(p.date, c.date));
    if (p) c.realises = p.id;
  }
}
