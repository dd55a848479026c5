import type { RawLexicon, LexiconIssue } from './load.ts';
import { cmpPartial } from '../coding/dates.ts';

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
    const rs = byStart(p.roles);
    for (let i = 1; i < rs.length; i++) {
      const prevTo = rs[i - 1].to;
      const from = rs[i].from;
      // two offices at once with the same code are fine; overlapping periods with different codes make the coding ambiguous
      if (prevTo && from && cmpPartial(from, prevTo) < 0 && rs[i - 1].code !== rs[i].code) {
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
    // (an organisation holds one role at a time: an open end overlaps whatever follows)
    const rs = byStart(o.roles);
    for (let i = 1; i < rs.length; i++) {
      const prevTo = rs[i - 1].to;
      const from = rs[i].from;
      if (!prevTo || (from && cmpPartial(from, prevTo) < 0)) {
        add('shared/organisations.yml', o.id, `roles overlap: ${rs[i - 1].code} ${rs[i - 1].from ?? 'open'}–${prevTo ?? 'open'} and ${rs[i].code} ${from ?? 'open'}–${rs[i].to ?? 'open'}`);
      }
    }
    for (const r of o.roles) if (r.code.slice(0, 3) !== o.code.slice(0, 3)) add('shared/organisations.yml', o.id, `role code "${r.code}" is of another country than "${o.code}"`);
  }
  issues.push(...checkWikidataIds(raw));
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

/** Where an entry's Wikidata id lives: its file and its name in that file. */
function wikidataOwners(raw: RawLexicon): Array<{ file: string; entry: string; qid: string }> {
  const out: Array<{ file: string; entry: string; qid: string }> = [];
  for (const c of raw.countries) if (c.wikidata) out.push({ file: 'shared/countries.yml', entry: c.code, qid: c.wikidata });
  for (const p of raw.people) if (p.wikidata) out.push({ file: 'shared/people.yml', entry: p.id, qid: p.wikidata });
  for (const o of raw.organisations) if (o.wikidata) out.push({ file: 'shared/organisations.yml', entry: o.id, qid: o.wikidata });
  return out;
}

/**
 * Wikidata ids are how users join Lagebild's actors with other data: each must look like one ("Q" and digits) and name one
 * entry only (two entries with one id are a copying error, or one actor entered twice).
 */
export function checkWikidataIds(raw: RawLexicon): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const first = new Map<string, string>();
  for (const { file, entry, qid } of wikidataOwners(raw)) {
    if (!/^Q[1-9]\d*$/.test(qid)) { issues.push({ file, line: null, entry, message: `wikidata id "${qid}" is no Wikidata item id (Q and digits)` }); continue; }
    const o = first.get(qid);
    if (o) issues.push({ file, line: null, entry, message: `wikidata id ${qid} is also given to ${o}` });
    else first.set(qid, `${file} ${entry}`);
  }
  return issues;
}

/**
 * The provenance table of Wikidata ids (`entry<TAB>qid<TAB>source`, a header line first): each row must name an entry that
 * carries that id and give a source. (Errors name the table's line.)
 */
export function checkWikidataSources(raw: RawLexicon, tsv: string, file = 'shared/wikidata-sources.tsv'): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const byEntry = new Map<string, Set<string>>();
  for (const { entry, qid } of wikidataOwners(raw)) {
    let s = byEntry.get(entry);
    if (!s) byEntry.set(entry, (s = new Set()));
    s.add(qid);
  }
  const rows = tsv.split('\n');
  if (rows[0]?.split('\t').slice(0, 2).join('\t') !== 'entry\tqid') issues.push({ file, line: 1, entry: null, message: 'the first line must be the header "entry<TAB>qid<TAB>source"' });
  for (let n = 1; n < rows.length; n++) {
    if (!rows[n].trim()) continue;
    const f = rows[n].split('\t');
    if (f.length !== 3 || !f[2].trim()) { issues.push({ file, line: n + 1, entry: f[0] ?? null, message: 'a row has three tab-separated fields: entry, qid and a non-empty source' }); continue; }
    const [entry, qid] = f;
    const has = byEntry.get(entry);
    if (!has) issues.push({ file, line: n + 1, entry, message: `no country, person or organisation "${entry}" carries a wikidata id` });
    else if (!has.has(qid)) issues.push({ file, line: n + 1, entry, message: `the row gives ${qid}, the entry carries ${[...has].join(', ')}` });
  }
  return issues;
}

/** Dated roles in order of their start (an open start first). */
function byStart<R extends { from?: string | null }>(roles: R[]): R[] {
  return [...roles].sort((a, b) => String(a.from ?? '').localeCompare(String(b.from ?? '')));
}
