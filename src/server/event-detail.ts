import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { rowToEvent } from '../store/events.repo.ts';
import type { EventRecord } from '../types.ts';

export interface EvidenceSpan { role: 'sentence' | 'source' | 'target' | 'trigger'; start: number; end: number; text: string }

/**
 * One event with what supports it: its document, the sentence and every span in it (the
 * text at each span is cut from the stored document, so `text.slice(start, end)` holds), the
 * actor mentions of that sentence, and every mention of the same real-world event across
 * documents (the event's dedup cluster; just itself before clusters are derived).
 */
export async function eventDetail(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const event = rowToEvent(row);
  const doc = await db.selectFrom('documents').select(['id', 'title', 'url', 'lang', 'source', 'published', 'published_precision', 'text'])
    .where('id', '=', event.doc).executeTakeFirstOrThrow();
  const sentence = await db.selectFrom('sentences').select(['index', 'start', 'end'])
    .where('doc', '=', event.doc).where('index', '=', event.sentence).executeTakeFirst();
  const cut = (role: EvidenceSpan['role'], [start, end]: [number, number]): EvidenceSpan => ({ role, start, end, text: doc.text.slice(start, end) });
  const spans: EvidenceSpan[] = [cut('sentence', sentence ? [sentence.start, sentence.end] : event.span)];
  if (event.source) spans.push(cut('source', event.source.span));
  if (event.target) spans.push(cut('target', event.target.span));
  spans.push(cut('trigger', event.trigger.span));
  const actors = await db.selectFrom('actors').select(['start', 'end', 'text', 'code', 'actor_id', 'kind', 'rule'])
    .where('doc', '=', event.doc).where('sentence', '=', event.sentence).orderBy('seq').execute();
  const { text: _text, ...document } = doc;
  return {
    event,
    document,
    evidence: { sentence: event.sentence, spans },
    actors: actors.map((a) => ({ text: a.text, code: a.code, id: a.actor_id, kind: a.kind, rule: a.rule, span: [a.start, a.end] })),
    mentions: await mentionsOf(db, event),
  };
}

async function mentionsOf(db: Kysely<Database>, event: EventRecord) {
  const cluster = await db.selectFrom('event_cluster_members').select('cluster_id').where('event_id', '=', event.id).executeTakeFirst();
  const rows = cluster
    ? await db.selectFrom('event_cluster_members as m').innerJoin('events as e', 'e.id', 'm.event_id').selectAll('e')
      .where('m.cluster_id', '=', cluster.cluster_id).orderBy('e.doc').orderBy('e.sentence').execute()
    : [];
  const events = rows.length ? rows.map(rowToEvent) : [event];
  const docs = await db.selectFrom('documents').select(['id', 'title', 'url', 'source', 'published'])
    .where('id', 'in', [...new Set(events.map((e) => e.doc))]).execute();
  const byId = new Map(docs.map((d) => [d.id, d]));
  return events.map((e) => ({
    event_id: e.id, doc: e.doc, sentence: e.sentence, span: e.span, evidence: e.evidence,
    title: byId.get(e.doc)?.title ?? null, url: byId.get(e.doc)?.url ?? null, source: byId.get(e.doc)?.source ?? null,
    published: byId.get(e.doc)?.published ?? null, cluster: cluster?.cluster_id ?? null,
  }));
}
