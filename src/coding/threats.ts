import type { Token, Trigger } from '../types.ts';

/**
 * Threats and their content. A threat verb (CAMEO root 13: "threatened to attack", "drohte mit
 * Sanktionen", "hat Anschläge angedroht") governs the act it threatens: an infinitive after it or a
 * noun in its clause, or a verb after a modal in what follows ("warned its missiles could hit").
 * The threat is the event that happened; the threatened act is no event of its own: it tells
 * which kind of threat it is (force 138, sanctions 131, repression 137) and against whom.
 */
export interface ThreatLink { threat: Trigger; content: Trigger }

const MAX_GAP = 8;
const MODALS = new Set(['can', 'could', 'would', 'will', 'may', 'might']);

/** For each threatened act, the threat that governs it (at most one content per threat: the nearest after it, else before it). */
export function linkThreats(triggers: Trigger[], tokens: Token[], clauseOf: number[], lang: 'de' | 'en'): Map<Trigger, ThreatLink> {
  const out = new Map<Trigger, ThreatLink>();
  for (const threat of triggers) {
    if (threat.kind !== 'verb' || !threat.code.startsWith('13') || threat.complement) continue;
    let content: Trigger | undefined;
    for (const t of triggers) {
      if (t === threat || t.code.startsWith('13') || t.code.startsWith('01')) continue;
      const gap = t.tokenIndex - threat.tokenEnd;
      if (t.kind === 'verb') {
        // "threatened to attack", "drohte, … anzugreifen": an infinitive after the threat, in its clause or the next one
        const infinitive = t.form === 'zu-infinitive' || (lang === 'en' && tokens[t.tokenIndex - 1]?.lower === 'to');
        // "warned (that) its missiles could hit", "warnte, man könne … angreifen": a verb after a modal in what the threat says
        const modal = MODALS.has(tokens[t.tokenIndex - 1]?.lower ?? '') || MODALS.has(tokens[t.tokenIndex - 2]?.lower ?? '');
        if (!(infinitive || modal) || gap <= 0 || gap > MAX_GAP || clauseOf[t.tokenIndex] - clauseOf[threat.tokenIndex] > 1) continue;
      } else {
        // "drohte den Kurden mit einem Angriff", "Anschläge angedroht", "threatened further attacks": a noun of its own clause
        if (clauseOf[t.tokenIndex] !== clauseOf[threat.tokenIndex]) continue;
        if (lang === 'en' ? gap <= 0 || gap > 5 : Math.abs(gap) > MAX_GAP) continue;
      }
      if (!content || Math.abs(gap) < Math.abs(content.tokenIndex - threat.tokenEnd)) content = t;
    }
    if (!content || out.has(content)) continue;
    out.set(content, { threat, content });
    // "threatened to set off seven bombs": what follows in the threatened act's clause is threatened too
    if (content.kind === 'verb') {
      for (const t of triggers) {
        if (t.tokenIndex <= content.tokenEnd || clauseOf[t.tokenIndex] !== clauseOf[content.tokenIndex] || out.has(t) || t.code.startsWith('13')) continue;
        // not past a condition or contrast ("… sanctions if the crackdown continued")
        if (tokens.slice(content.tokenEnd + 1, t.tokenIndex).some((x) => BREAKS.has(x.lower))) continue;
        out.set(t, { threat, content: t });
      }
    }
  }
  return out;
}

/** What a threat threatens: of the acts it governs, the gravest ("threatened to set off bombs": the bombs). */
export function threatenedBy(threat: Trigger, links: Map<Trigger, ThreatLink>): Trigger | undefined {
  let best: Trigger | undefined;
  for (const l of links.values()) if (l.threat === threat && (!best || Number(l.content.code.slice(0, 2)) > Number(best.code.slice(0, 2)))) best = l.content;
  return best;
}

/** The threat's code refined by what it threatens, where the threat pattern itself was the general 130. */
export function threatCode(threat: Trigger, content: Trigger, tokens: Token[]): string {
  // "… unless Iraqi women detainees are freed": an ultimatum
  for (let j = content.tokenEnd + 1; j < tokens.length; j++) if (ULTIMATUM.has(tokens[j].lower)) return '139';
  if (threat.code !== '130') return threat.code;
  const c = content.code;
  if (c.startsWith('161')) return '1313';
  if (c.startsWith('163')) return '1312';
  if (c.startsWith('16')) return '131';
  if (c.startsWith('17')) return '137';
  if (c.startsWith('18')) return '1383';
  if (c.startsWith('204')) return '1385';
  if (c.startsWith('20')) return '1383';
  if (c.startsWith('19')) return '138';
  return '130';
}

const ULTIMATUM = new Set(['unless']);
const BREAKS = new Set(['if', 'unless', 'while', 'when', 'but', 'whereas', 'wenn', 'falls', 'während', 'aber', 'sofern', 'doch']);

/**
 * A conditional act of coercion or force announced by its actor is a threat: "said it would widen its attacks if the
 * bombing did not stop", "Islamabad could suspend the Simla Agreement if India continued its attacks". The act is only
 * announced (planned or hypothetical) and a condition follows it in the sentence; the threat is what happened. Returns the
 * threat's code, or null when the act is no such threat (sanctions and cuts 16, coercion 17, assault 18, force 19–20;
 * not a show of force, 15, which news codes as the act itself).
 */
export function conditionalThreat(trig: Trigger, tokens: Token[], status: string): string | null {
  const root = Number(trig.code.slice(0, 2));
  if (root < 16 || (status !== 'planned' && status !== 'hypothetical')) return null;
  let condition = false;
  for (let j = trig.tokenEnd + 1; j < tokens.length && j <= trig.tokenEnd + 20; j++) {
    const w = tokens[j].lower;
    if (w === '.' || w === ';') break;
    if (CONDITIONS.has(w)) { condition = true; break; }
  }
  if (!condition) return null;
  return threatCode({ ...trig, code: '130' }, trig, []);
}
const CONDITIONS = new Set(['if', 'unless', 'wenn', 'falls', 'sofern']);
