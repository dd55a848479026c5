import { readFileSync } from 'node:fs';
import { createCoder } from '../../pipeline/processor.ts';
import { parsePublished, readAll, finishWithRejections } from '../common.ts';
import { score, type GoldDoc, type GoldEvent } from '../../eval/score.ts';
import { parsePartialDate } from '../../coding/dates.ts';
import type { EventRecord } from '../../types.ts';
import { UsageError } from '../errors.ts';

export async function run(inputs: string[], o: { gold: string; published?: string; json?: boolean; verbose?: boolean; sentences?: string; lexicon: string[] }): Promise<void> {
  const firstN = o.sentences === undefined ? Infinity : Number(o.sentences);
  if (firstN !== Infinity && (!Number.isInteger(firstN) || firstN < 1)) throw new UsageError(`--sentences: expected a whole number of at least 1, got '${o.sentences}'`);
  let lines: Record<string, unknown>[];
  try {
    lines = readFileSync(o.gold, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
      try { return JSON.parse(l); } catch { throw new UsageError(`${o.gold}:${i + 1}: malformed JSON`); }
    });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--gold: cannot read ${o.gold}: ${(e as Error).message}`);
  }
  const docs = new Map<string, GoldDoc>();
  for (const l of lines) if (l.kind === 'doc') docs.set(String(l.doc), l as unknown as GoldDoc);
  const gold = lines.filter((l) => l.kind === 'event') as unknown as GoldEvent[];
  const published = parsePublished(o.published);
  const coder = await createCoder({ lexiconDirs: o.lexicon });
  const events: EventRecord[] = [];
  let n = 0;
  for (const doc of readAll(inputs, published)) {
    const g = docs.get(doc.id);
    if (!doc.published && g?.published_for_eval) doc.published = parsePartialDate(g.published_for_eval);
    // (the events of the sentences the gold annotates: with --sentences, those of the document's first n sentences)
    for (const e of coder.code(doc).events) if (e.sentence < firstN) events.push(e);
    n++;
  }
  const s = score(gold, events);
  const f = (x: number) => x.toFixed(3);
  if (o.json) {
    const { misses, false_positives, wrong_status, wrong_date, wrong_actor, ...nums } = s;
    process.stdout.write(JSON.stringify({ documents: n, events: events.length, ...nums, misses: misses.length, false_positives: false_positives.length }) + '\n');
  } else {
    if (o.verbose) {
      for (const m of s.misses) process.stdout.write(`MISS ${m.doc} ${m.source}->${m.target} ${m.code} | ${m.quote}\n`);
      for (const e of s.false_positives) process.stdout.write(`FP   ${e.doc} ${e.source?.code}->${e.target?.code ?? '-'} ${e.code} [${e.trigger.text}] | ${e.evidence.slice(0, 140)}\n`);
      for (const [g, e] of s.wrong_status) process.stdout.write(`STATUS ${g.doc} gold=${g.status} got=${e.status} [${e.trigger.text}] | ${g.quote}\n`);
      for (const [g, e] of s.wrong_date) process.stdout.write(`DATE ${g.doc} gold=${g.date} got=${e.date} (${e.date_text ?? ''}) [${e.trigger.text}] | ${g.quote}\n`);
      for (const [g, e] of s.wrong_actor) process.stdout.write(`ACTOR ${g.doc} gold=${g.source}->${g.target} got=${e.source?.code}->${e.target?.code} [${e.trigger.text}] | ${g.quote}\n`);
    }
    process.stdout.write(`documents ${n}, events ${events.length}, gold required ${s.required}, matched ${s.matched_required}, distinct extracted ${s.distinct}\n`);
    process.stdout.write(`recall             ${f(s.recall)}\n`);
    process.stdout.write(`precision          ${f(s.precision)}\n`);
    process.stdout.write(`status accuracy    ${f(s.status_accuracy)}\n`);
    process.stdout.write(`date accuracy      ${f(s.date_accuracy)}\n`);
    process.stdout.write(`actor accuracy     ${f(s.actor_accuracy)}\n`);
  }
  finishWithRejections(n);
}
