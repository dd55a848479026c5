import type { RawLexicon, LexiconIssue } from './load.ts';

/**
 * Consistency checks beyond the schema: unknown event codes, duplicate ids and surface forms
 * that name different actors, overlapping date ranges of one person's roles, role codes whose
 * country is unknown.
 */
export function checkLexicon(raw: RawLexicon): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const codes = new Set(raw.codes.map((c) => c.code));
  const countries = new Set(raw.countries.map((c) => c.code));
  const add = (file: string, entry: string, message: string) => issues.push({ file, line: null, entry, message });
  for (const lang of ['de', 'en'] as const) {
    const ids = new Set<string>();
    for (const p of raw.patterns[lang]) {
      if (ids.has(p.id)) add(`${lang}/verbs`, p.id, 'duplicate pattern id');
      ids.add(p.id);
      if (!codes.has(p.code)) add(`${lang}/verbs`, p.id, `unknown CAMEO code "${p.code}"`);
      if (!p.id.includes(`.${p.code}.`)) add(`${lang}/verbs`, p.id, `id names another code than "${p.code}"`);
    }
    const agentIds = new Set<string>();
    for (const a of raw.agents[lang]) {
      if (agentIds.has(a.id)) add(`${lang}/agents.yml`, a.id, 'duplicate agent id');
      agentIds.add(a.id);
    }
  }
  const personIds = new Set<string>();
  for (const p of raw.people) {
    if (personIds.has(p.id)) add('shared/people.yml', p.id, 'duplicate person id');
    personIds.add(p.id);
    const rs = [...p.roles].sort((a, b) => String(a.from ?? '').localeCompare(String(b.from ?? '')));
    for (let i = 1; i < rs.length; i++) {
      const prevTo = rs[i - 1].to;
      const from = rs[i].from;
      // two offices at once with the same code are fine; overlapping periods with different codes make the coding ambiguous
      if (prevTo && from && from.slice(0, prevTo.length) < prevTo.slice(0, from.length) && rs[i - 1].code !== rs[i].code) {
        add('shared/people.yml', p.id, `roles with different codes overlap: ${rs[i - 1].code} ${rs[i - 1].from}–${prevTo} and ${rs[i].code} ${from}–${rs[i].to ?? 'open'}`);
      }
    }
    for (const r of p.roles) {
      const c3 = r.code.slice(0, 3);
      if (!countries.has(c3) && !['UNO', 'NAT', 'EUU', 'IGO', 'IMG', 'WST', 'INT', 'EUR', 'NGO', 'MNC', 'KUR', 'AFR', 'ASA', 'MEA', 'LAM', 'CAU', 'SAS', 'SEA', 'WAF', 'EAF', 'BLK'].includes(c3)) {
        add('shared/people.yml', p.id, `role code "${r.code}" names no known country or organisation`);
      }
    }
  }
  const orgIds = new Set<string>();
  for (const o of raw.organisations) {
    if (orgIds.has(o.id)) add('shared/organisations.yml', o.id, 'duplicate organisation id');
    // (coreference tells regions by their ids: a region is a scene, never what "they" stands for)
    if (o.kind === 'region' && !o.id.startsWith('region_')) add('shared/organisations.yml', o.id, 'a region\'s id must begin with "region_"');
    orgIds.add(o.id);
  }
  const cc = new Set<string>();
  for (const c of raw.countries) {
    if (cc.has(c.code)) add('shared/countries.yml', c.code, 'duplicate country code');
    cc.add(c.code);
  }
  // one surface form naming two different countries is a conflict
  for (const lang of ['de', 'en'] as const) {
    const owner = new Map<string, string>();
    for (const c of raw.countries) {
      for (const n of [...c[lang].names, ...c[lang].capitals]) {
        const k = n.toLowerCase();
        const o = owner.get(k);
        if (o && o !== c.code && !(c.to || raw.countries.find((x) => x.code === o)?.to)) add('shared/countries.yml', c.code, `"${n}" (${lang}) also names ${o}`);
        owner.set(k, c.code);
      }
    }
  }
  return issues;
}
