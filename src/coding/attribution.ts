import type { ActorMention, Token, Trigger } from '../types.ts';
import type { CueSets } from '../lexicon/compile.ts';

/**
 * Who says so: "nach Angaben der USA", "laut Reuters", "according to officials", or a speech
 * verb with its speaker outside the event's own clause ("…, kündigte der Kreml an", "berichtet
 * Reuters", "X said"). Returns the speaker mention (with code) or the raw phrase.
 */
export interface Attribution { text: string; code: string | null; tokenStart: number; tokenEnd: number; kind: 'prep' | 'verb' }

function mentionAt(mentions: ActorMention[], from: number, to: number): ActorMention | undefined {
  return mentions.find((m) => m.tokenStart >= from && m.tokenStart <= to);
}

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'the', 'a', 'an']);

export function findAttributions(tokens: Token[], mentions: ActorMention[], cues: CueSets, text: string): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ph = cues.attributionPreps.startsAt(tokens, i) ? cues.attributionPreps.matchAt(tokens, i)[0] : undefined;
    if (ph) {
      const after = i + ph.len;
      // ("US-Informationen zufolge sollen IS-Kämpfer …": a postposition's speaker stands before it, not after)
      const m = tokens[after - 1].lower === 'zufolge' ? undefined : mentionAt(mentions, after, after + 3);
      if (m) {
        let last = m;
        for (const x of mentions) if (x.tokenStart > last.tokenEnd && x.tokenStart <= last.tokenEnd + 2 && /^(und|and|sowie|,)$/.test(tokens[last.tokenEnd + 1]?.lower ?? '')) last = x;
        if (last !== m) { out.push({ text: text.slice(m.start, last.end), code: m.code, tokenStart: i, tokenEnd: last.tokenEnd, kind: 'prep' }); i = last.tokenEnd; continue; }
      }
      if (m) { out.push({ text: m.text, code: m.code, tokenStart: i, tokenEnd: m.tokenEnd, kind: 'prep' }); i = m.tokenEnd; continue; }
      // "X zufolge": speaker before the cue
      const prev = mentions.findLast((x) => x.tokenEnd === i - 1);
      if (prev) out.push({ text: prev.text, code: prev.code, tokenStart: prev.tokenStart, tokenEnd: i + ph.len - 1, kind: 'prep' });
      else {
        // unnamed speaker ("nach Angaben aus Moskau" resolves above; "according to officials" keeps the words)
        let end = after;
        // (up to an article, which opens the next phrase: "laut Sergei Voznyak der persönliche Sprecher …")
        while (end < tokens.length - 1 && end < after + 4 && tokens[end + 1].kind === 'word' && !ARTICLES.has(tokens[end + 1].lower)) end++;
        if (after < tokens.length) out.push({ text: text.slice(tokens[after].start, tokens[Math.min(end, tokens.length - 1)].end), code: null, tokenStart: i, tokenEnd: end, kind: 'prep' });
      }
      i += ph.len - 1;
      continue;
    }
    if (cues.attributionVerbs.has(tokens[i].lower)) {
      // speaker right after (inverted) or right before the verb
      const after = mentions.find((m) => m.tokenStart > i && m.tokenStart <= i + 3 && !m.modifier);
      const before = mentions.findLast((m) => m.tokenEnd < i && m.tokenEnd >= i - 2 && !m.modifier);
      const m = tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '\u201c' ? after ?? before : before ?? after;
      // "Wie das marokkanische Innenministerium mitteilte, …", "As the ministry said, …": a clause of its own that only says who
      // speaks, like "nach Angaben"
      const asClause = m !== undefined && /^(wie|as)$/.test(tokens[0]?.lower ?? '') && m.tokenStart > 0 && m.tokenEnd < i && !tokens.slice(0, i).some((t) => t.text === ',') && tokens[i + 1]?.text === ',';
      if (m) out.push({ text: m.text, code: m.code, tokenStart: asClause ? 0 : Math.min(i, m.tokenStart), tokenEnd: Math.max(i, m.tokenEnd), kind: asClause ? 'prep' : 'verb' });
    }
  }
  return out;
}

/** The attribution that covers a trigger: one outside the trigger's own words, nearest first. */
export function attributionFor(trig: Trigger, atts: Attribution[], selfSource: ActorMention[]): Attribution | null {
  const others = atts.filter((a) => a.tokenStart > trig.tokenEnd || a.tokenEnd < trig.tokenIndex);
  if (!others.length) return null;
  const a = others.sort((x, y) => Math.abs(x.tokenStart - trig.tokenIndex) - Math.abs(y.tokenStart - trig.tokenIndex))[0];
  // a speaker who is the event's own source is not an attribution of a reported claim
  if (selfSource.some((s) => s.tokenStart >= a.tokenStart && s.tokenEnd <= a.tokenEnd)) return null;
  return a;
}
