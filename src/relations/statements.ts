import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { PersonT } from '../lexicon/schema.ts';
import { cueRegex, type StatementCueT } from './cues.ts';
import { countryOf, type RelationEvidence } from './types.ts';
import { isPostgres } from '../store/dialect.ts';
import { ftsTerms, toTsQuery } from '../store/fts.ts';
import { cmpPartial } from '../coding/dates.ts';

interface Mention { start: number; end: number; code: string; actor_id: string | null; kind: string }
interface Resolved { code: string; end: string | null }

/** Text between two coordinated actors: "und", "sowie", "als auch", "and", a comma, maybe an article. */
const COORD = /^\s*(?:,|und|sowie|als auch|wie auch|and|as well as|or|oder)?\s*(?:der|die|das|den|dem|des|the)?\s*$/i;
const MAX_BEFORE = 160, MAX_AFTER = 80;

/** The FTS5 query that finds every sentence containing one of the cue words. */
export function ftsQuery(cues: StatementCueT[]): string {
  const words = new Set(cues.flatMap((c) => c.words));
  return [...words].map((w) => w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`).join(' OR ');
}

/**
 * Relation statements: a cue word between two actor groups ("Russland, ein langjähriger
 * Verbündeter Teherans"; "Der Iran und Russland waren Verbündete des … Assad"). Candidate sentences
 * come from the full-text index, so the scan does not read every sentence.
 */
export async function statementRelations(db: Kysely<Database>, cues: StatementCueT[], people: Map<string, PersonT>): Promise<RelationEvidence[]> {
  if (!cues.length) return [];
  const hits = await db.selectFrom('text_fts')
    .innerJoin('sentences', (j) => j.onRef('sentences.doc', '=', 'text_fts.doc').onRef('sentences.index', '=', 'text_fts.sentence'))
    .innerJoin('documents', 'documents.id', 'sentences.doc')
    .select(['text_fts.text', 'sentences.doc', 'sentences.index', 'sentences.start', 'documents.lang', 'documents.published'])
    .where(isPostgres(db)
      ? sql<boolean>`text_fts.tsv @@ to_tsquery('simple', ${toTsQuery(ftsTerms([...new Set(cues.flatMap((c) => c.words))]), '|')})`
      : sql<boolean>`text_fts MATCH ${ftsQuery(cues)}`)
    // (FTS5 returns sentences in insertion order; PostgreSQL is told an order so relation ids are stable)
    .$if(isPostgres(db), (q) => q.orderBy('documents.ingested_at').orderBy('sentences.doc').orderBy('sentences.index'))
    .execute();
  const out: RelationEvidence[] = [];
  for (const h of hits) {
    const mentions = (await db.selectFrom('actors').select(['start', 'end', 'code', 'actor_id', 'kind'])
      .where('doc', '=', h.doc).where('sentence', '=', h.index).orderBy('start').execute()) as Mention[];
    for (const cue of cues) {
      if (h.lang && cue.lang !== h.lang) continue;
      if (cue.needs && !cueRegex(cue.needs).test(h.text)) continue;
      for (const m of h.text.matchAll(cueRegex(cue.words))) {
        const cueStart = h.start + m.index!, cueEnd = cueStart + m[0].length;
        // "die Ukraine und ihre Verbündeten": the possessor is a pronoun, the allies are unnamed.
        const prevWord = /(\p{L}+)\s+$/u.exec(h.text.slice(0, m.index!))?.[1]?.toLowerCase();
        if (prevWord && cue.possessives.includes(prevWord)) continue;
        const before = groupBefore(mentions, cueStart, h);
        const after = groupAfter(mentions, cueEnd, h);
        for (const x of before) for (const y of after) {
          const a = resolve(x, people, h.published), b = resolve(y, people, h.published);
          if (countryOf(a.code) === countryOf(b.code)) continue;
          const first = Math.min(x.start, cueStart), last = Math.max(y.end, cueEnd);
          out.push({
            a: countryOf(a.code), b: countryOf(b.code), a_code: a.code, b_code: b.code, type: cue.type, status: 'actual',
            start: null, end: a.end ?? b.end, doc: h.doc, sentence: h.index, span_start: first, span_end: last,
            evidence: h.text, rule: cue.id, event_id: null,
          });
        }
      }
    }
  }
  return out;
}

type Sent = { text: string; start: number };
const gap = (s: Sent, from: number, to: number) => s.text.slice(from - s.start, to - s.start);

function groupBefore(ms: Mention[], cueStart: number, s: Sent): Mention[] {
  const prev = ms.filter((m) => m.end <= cueStart).reverse();
  if (!prev.length || cueStart - prev[0].end > MAX_BEFORE) return [];
  const group = [prev[0]];
  for (let i = 1; i < prev.length && COORD.test(gap(s, prev[i].end, group[group.length - 1].start)); i++) group.push(prev[i]);
  return group;
}

function groupAfter(ms: Mention[], cueEnd: number, s: Sent): Mention[] {
  const next = ms.filter((m) => m.start >= cueEnd);
  if (!next.length || next[0].start - cueEnd > MAX_AFTER) return [];
  const group = [next[0]];
  for (let i = 1; i < next.length && /^\s*(?:und|sowie|als auch|and|as well as)\s*(?:der|die|das|den|dem|des|the)?\s*$/i.test(gap(s, group[group.length - 1].end, next[i].start)); i++) group.push(next[i]);
  return group;
}

/**
 * A person named without a current role (coded with their default, e.g. Assad after his fall as
 * SYRELI), or named in the office they held by a text written after it ended ("des langjährigen
 * syrischen Machthabers Assad" a month after his fall, coded SYRGOV from the title), stands for the
 * office they last held; the relation ends when that office did.
 */
function resolve(m: Mention, people: Map<string, PersonT>, published: string | null): Resolved {
  const p = m.kind === 'person' && m.actor_id ? people.get(m.actor_id) : undefined;
  if (!p || !p.roles.length) return { code: m.code, end: null };
  const last = [...p.roles].sort((x, y) => (y.to ?? '9999').localeCompare(x.to ?? '9999'))[0];
  const ended = last.to != null && published != null && cmpPartial(published, last.to) > 0;
  if (m.code !== p.default && !(ended && m.code === last.code)) return { code: m.code, end: null };
  return { code: last.code, end: last.to ?? null };
}
