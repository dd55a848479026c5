/**
 * German verb inflection for pattern matching. Weak verbs are inflected by rule; strong and
 * irregular verbs give their principal parts [infinitive, 3sg present, 3sg past, participle].
 * Separable verbs give their particle: the finite forms then need the particle later in the
 * clause ("bot … an"), while joined forms ("anbot", "angeboten", "anzubieten") stand alone.
 */
export type VerbFormType = 'finite' | 'participle' | 'infinitive' | 'zu-infinitive';
export interface VerbForm { form: string; type: VerbFormType; needsParticle: boolean; past?: boolean }

const INSEPARABLE = /^(be|emp|ent|er|ge|miss|ver|zer|hinter|wider|über|unter|durch|voll)/;
const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

function weakStem(inf: string): string {
  if (/(el|er)n$/.test(inf)) return inf.slice(0, -1);
  if (inf.endsWith('en')) return inf.slice(0, -2);
  if (inf.endsWith('n')) return inf.slice(0, -1);
  return inf;
}

/** e-insertion after t/d and after consonant + m/n ("rechnet", "öffnete", "arbeitete") */
function needsE(stem: string): boolean {
  return /[td]$/.test(stem) || /(chn|[^aeiouäöülrhmn][mn])$/.test(stem);
}

export function germanVerbForms(verb: string, particle?: string | null, parts?: string[] | null): VerbForm[] {
  const p = particle ?? '';
  const base = p && verb.startsWith(p) ? verb.slice(p.length) : verb;
  const finite = new Set<string>();
  const participles = new Set<string>();
  const pastForms = new Set<string>();
  let participle: string;
  if (parts && parts.length >= 4) {
    const [inf, pres3, past, part] = parts;
    const stem = weakStem(inf);
    for (const f of [stem + 'e', inf, pres3, stem + (needsE(stem) ? 'et' : 't')]) finite.add(f);
    for (const f of [past, past.endsWith('e') ? past + 'n' : past + 'en']) { finite.add(f); pastForms.add(f); }
    // Konjunktiv II of strong verbs: umlaut of the past stem + e ("träfe", "böte") when it differs
    const k2 = umlaut(past);
    if (k2 !== past && !past.endsWith('te')) { finite.add(k2 + 'e'); finite.add(k2 + 'en'); }
    participle = part;
  } else {
    const stem = weakStem(base);
    const e = needsE(stem) ? 'e' : '';
    // no second-person forms: news does not address its reader ("forderst" would only catch words like "äußerst")
    for (const f of [stem + 'e', base, stem + e + 't']) finite.add(f);
    for (const f of [stem + e + 'te', stem + e + 'ten']) { finite.add(f); pastForms.add(f); }
    const ge = INSEPARABLE.test(base) || base.endsWith('ieren') ? '' : 'ge';
    participle = ge + stem + e + 't';
  }
  participles.add(p + participle);
  for (const end of ADJ_ENDINGS) participles.add(p + participle + end);
  const out: VerbForm[] = [];
  for (const f of finite) {
    const past = pastForms.has(f);
    out.push({ form: f, type: 'finite', needsParticle: Boolean(p), past });
    if (p) out.push({ form: p + f, type: 'finite', needsParticle: false, past });
  }
  for (const f of participles) out.push({ form: f, type: 'participle', needsParticle: false });
  if (p) out.push({ form: p + 'zu' + base, type: 'zu-infinitive', needsParticle: false });
  return dedupe(out);
}

function umlaut(w: string): string {
  const m = /^(.*?)(au|a|o|u)([^aeiouäöü]*)$/.exec(w);
  if (!m) return w;
  const map: Record<string, string> = { au: 'äu', a: 'ä', o: 'ö', u: 'ü' };
  return m[1] + map[m[2]] + m[3];
}

function dedupe(forms: VerbForm[]): VerbForm[] {
  const seen = new Map<string, VerbForm>();
  for (const f of forms) {
    // a form that is both infinitive and participle ("empfangen") stays finite: "werde … empfangen" is future;
    // the bare participle of be-/ver-/-ieren verbs ("verhaftet", "bombardiert") is also their present
    // tense: both readings stay, and the trigger finder takes the participle after an auxiliary
    // ("wurden … bombardiert"); adjectival forms ("verurteilte") stay finite past
    // (so does a strong participle that is also the infinitive, "entlassen": the trigger finder reads it as a participle only
    // next to a perfect or passive auxiliary, "entlassen worden", "hat … empfangen", never after "werde")
    const bareParticiple = f.type === 'participle' && (f.form.endsWith('t') || f.form.endsWith('en'));
    const k = f.form + '|' + f.needsParticle + (bareParticiple ? '|p' : '');
    if (!seen.has(k)) seen.set(k, f);
  }
  return [...seen.values()];
}
