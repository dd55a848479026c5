import type { VerbForm } from './morph-de.ts';

/**
 * English verb inflection for pattern matching: regular verbs by rule, irregular ones from
 * `parts` [base, 3rd sg, past, past participle, -ing]. Phrasal particles are matched separately.
 */
export function englishVerbForms(verb: string, parts?: string[] | null): VerbForm[] {
  let forms: [string, string, string, string, string];
  if (parts && parts.length >= 5) forms = [parts[0], parts[1], parts[2], parts[3], parts[4]];
  else if (parts && parts.length === 4) forms = [parts[0], parts[1], parts[2], parts[3], ing(parts[0])];
  else forms = [verb, third(verb), past(verb), past(verb), ing(verb)];
  const out: VerbForm[] = [
    { form: forms[0], type: 'finite', needsParticle: false },
    { form: forms[1], type: 'finite', needsParticle: false },
    { form: forms[2], type: 'finite', needsParticle: false, past: true },
    { form: forms[3], type: 'participle', needsParticle: false },
    // the -ing form is active ("is making", "killing five"): never a passive participle
    { form: forms[4], type: 'finite', needsParticle: false },
  ];
  const seen = new Set<string>();
  return out.filter((f) => (seen.has(f.form + f.type) ? false : (seen.add(f.form + f.type), true)));
}

function third(v: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(v)) return v + 'es';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
  return v + 's';
}
function past(v: string): string {
  if (v.endsWith('e')) return v + 'd';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
  return v + 'ed';
}
function ing(v: string): string {
  if (v.endsWith('ie')) return v.slice(0, -2) + 'ying';
  if (v.endsWith('e') && !/(ee|ye|oe)$/.test(v) && v.length > 2) return v.slice(0, -1) + 'ing';
  return v + 'ing';
}
