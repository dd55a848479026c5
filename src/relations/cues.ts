import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { BUILTIN_LEXICON } from '../lexicon/load.ts';
import { RELATION_TYPE_NAMES, type RelationType } from './types.ts';

const relType = z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]);
const word = z.string().min(1).refine((s) => s === s.toLowerCase(), 'cue words are lower-case');
const StatementCue = z.object({ id: z.string().min(1), type: relType, words: z.array(word).min(1), needs: z.array(word).optional(), note: z.string().optional() }).strict();
const EventRule = z.object({ id: z.string().min(1), type: relType, codes: z.array(z.string().regex(/^\d{2,4}$/)).min(1), words: z.array(word).optional(), note: z.string().optional() }).strict();
const RelationsFile = z.object({ possessives: z.array(word).default([]), statements: z.array(StatementCue).default([]), events: z.array(EventRule).default([]) }).strict();

export type StatementCueT = z.infer<typeof StatementCue> & { lang: string; possessives: string[] };
export type EventRuleT = z.infer<typeof EventRule> & { lang: string };
export interface RelationCues { statements: StatementCueT[]; events: EventRuleT[] }

export class RelationCueError extends Error {}

/** Loads lexicon/<lang>/relations.yml for each language; errors name the file, line and entry. */
export function loadRelationCues(dir = BUILTIN_LEXICON, langs = ['de', 'en']): RelationCues {
  const out: RelationCues = { statements: [], events: [] };
  const problems: string[] = [];
  for (const lang of langs) {
    const file = join(dir, lang, 'relations.yml');
    if (!existsSync(file)) continue;
    const lc = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc });
    for (const e of doc.errors) problems.push(`${file}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`);
    if (doc.errors.length) continue;
    const r = RelationsFile.safeParse(doc.toJS());
    if (!r.success) {
      for (const i of r.error.issues) {
        const node = doc.getIn(i.path.slice(0, 2), true) as { range?: number[] } | undefined;
        const line = node?.range ? lc.linePos(node.range[0]).line : '?';
        problems.push(`${file}:${line} (${i.path.join('.')}): ${i.message}`);
      }
      continue;
    }
    out.statements.push(...r.data.statements.map((s) => ({ ...s, lang, possessives: r.data.possessives })));
    out.events.push(...r.data.events.map((s) => ({ ...s, lang })));
  }
  if (problems.length) throw new RelationCueError(problems.join('\n'));
  return out;
}

/** A regex finding a cue word on word boundaries; `stem*` matches any ending. */
export function cueRegex(words: string[]): RegExp {
  const alts = words.map((w) => w.endsWith('*') ? esc(w.slice(0, -1)) + '\\p{L}*' : esc(w) + '(?!\\p{L})');
  return new RegExp(`(?<!\\p{L})(?:${alts.join('|')})`, 'giu');
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
