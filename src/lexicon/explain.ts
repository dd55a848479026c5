import type { Lang, PartialDate } from '../types.ts';
import type { Lexicon } from './compile.ts';
import { initLanguageDetector, detectLanguage } from '../text/language.ts';
import { codeDocument } from '../coding/code-document.ts';
import { tokenize } from '../text/tokens.ts';

/** Human-readable account of what fires on one sentence: actors, triggers (with pattern notes), events. */
export async function explainSentence(sentence: string, lex: Lexicon, lang: Lang | undefined, published: PartialDate | null): Promise<string> {
  await initLanguageDetector();
  const l = lang ?? detectLanguage(sentence);
  const L = lex[l];
  const lines: string[] = [`language: ${l}${lang ? ' (given)' : ' (detected)'}`];
  const tokens = tokenize(sentence, 0, sentence.length);
  lines.push('tokens: ' + tokens.map((t) => t.text).join(' | '));
  for (let i = 0; i < tokens.length; i++) {
    for (const h of L.actors.matchAt(tokens, i)) {
      const surf = sentence.slice(tokens[i].start, tokens[i + h.len - 1].end);
      lines.push(`actor entry   "${surf}" → ${h.value.code} (${h.value.kind}, rule ${h.value.rule})`);
    }
    for (const h of L.triggers.matchAt(tokens, i)) {
      const p = h.value.pattern;
      lines.push(`trigger form  "${tokens[i].text}" → ${p.code} ${p.id} [${h.value.type}${h.value.needsParticle ? ', needs particle "' + p.particle + '"' : ''}${p.with.length ? ', needs one of: ' + p.with.join(', ') : ''}]${p.note ? ' — ' + p.note : ''}`);
    }
  }
  const coded = codeDocument({ id: 'explain', text: sentence, published, bodyStart: 0, lang: l, messages: [] }, lex);
  for (const a of coded.actors) lines.push(`actor         "${a.text}" [${a.start},${a.end}] → ${a.code} (${a.kind}, ${a.rule})`);
  for (const e of coded.events) {
    lines.push(`event         ${e.source?.code ?? '-'} → ${e.target?.code ?? '-'} ${e.code} (${lex.codes.get(e.code)?.label ?? ''}) status=${e.status} date=${e.date ?? '-'} trigger="${e.trigger.text}" rule=${e.trigger.rule}${e.attribution ? ' attribution=' + e.attribution.text : ''}`);
  }
  if (!coded.events.length) lines.push('no event: a trigger needs a source actor in its clause (see actors and trigger forms above)');
  return lines.join('\n') + '\n';
}
