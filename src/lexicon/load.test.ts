import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_LEXICON, LexiconError, loadLexicon, formatIssue, type LexiconIssue } from './load.ts';

const BROKEN = fileURLToPath(new URL('../../test/fixtures/lexicon-broken', import.meta.url));

function issuesOf(dirs: string[]): LexiconIssue[] {
  try {
    loadLexicon(dirs);
  } catch (e) {
    assert.ok(e instanceof LexiconError, 'throws LexiconError');
    return e.issues;
  }
  assert.fail('expected a LexiconError');
}

const brokenIssues = issuesOf([BROKEN]);
const find = (file: string, entry: RegExp) => brokenIssues.find((i) => i.file.endsWith(file) && entry.test(i.entry ?? ''));

test('a broken lexicon throws LexiconError listing every problem, not just the first', () => {
  assert.equal(brokenIssues.length, 6, brokenIssues.map(formatIssue).join('\n'));
});

test('an entry lacking `code` names file, line and entry', () => {
  const i = find('de/verbs/01-x.yml', /erklaeren/);
  assert.ok(i);
  assert.equal(i.line, 5);
  assert.match(i.entry!, /^entry 2 /);
  assert.match(i.message, /code/);
});

test('an unknown key is an error naming the key', () => {
  const i = find('de/verbs/01-x.yml', /kritisieren/);
  assert.ok(i);
  assert.equal(i.line, 8);
  assert.match(i.message, /colour/);
});

test('a malformed pattern id is an error', () => {
  const i = find('de/verbs/01-x.yml', /"Kritik"/);
  assert.ok(i);
  assert.equal(i.line, 12);
  assert.match(i.message, /id/);
});

test('a pattern id of the wrong language is an error', () => {
  const i = find('de/verbs/01-x.yml', /en\.verb\.010\.say/);
  assert.ok(i);
  assert.equal(i.line, 15);
  assert.match(i.message, /"de\."/);
});

test('a YAML duplicate key names its line', () => {
  const i = brokenIssues.find((x) => x.file.endsWith('de/verbs/02-syntax.yml'));
  assert.ok(i);
  assert.equal(i.line, 4);
});

test('a bad date in a person role names the person and the path', () => {
  const i = find('shared/people.yml', /bad_date/);
  assert.ok(i);
  assert.equal(i.line, 6);
  assert.match(i.message, /roles\.0\.from/);
  assert.ok(!brokenIssues.some((x) => /good_person/.test(x.entry ?? '')), 'valid entries give no issue');
});

test('the error message lists file:line (entry): message', () => {
  try { loadLexicon([BROKEN]); } catch (e) {
    assert.match((e as Error).message, /01-x\.yml:5 \(entry 2 "de\.verb\.010\.erklaeren"\): code/);
    return;
  }
  assert.fail('expected a throw');
});

test('a missing directory and an unknown file name are issues', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-lex-'));
  mkdirSync(join(dir, 'de'));
  writeFileSync(join(dir, 'de', 'verben.yml'), '- id: x\n');
  const issues = issuesOf([dir, join(dir, 'nope')]);
  assert.ok(issues.some((i) => i.file.endsWith('verben.yml') && /unknown lexicon file/.test(i.message)));
  assert.ok(issues.some((i) => i.file.endsWith('nope') && /not found/.test(i.message)));
});

test('the built-in lexicon loads, and a user directory replaces entries with the same id', () => {
  const base = loadLexicon([BUILTIN_LEXICON]);
  assert.ok(base.patterns.de.length > 50 && base.patterns.en.length > 50);
  assert.ok(base.countries.some((c) => c.code === 'IRN'));
  const orig = base.patterns.de.find((p) => p.id === 'de.verb.030.anbieten');
  assert.ok(orig, 'fixture pattern exists in the built-in lexicon');
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-lex-'));
  mkdirSync(join(dir, 'de', 'verbs'), { recursive: true });
  writeFileSync(join(dir, 'de', 'verbs', '99-user.yml'), [
    '- id: de.verb.030.anbieten', '  code: "036"', '  verb: anbieten', '  particle: an',
    '- id: de.verb.010.testwort', '  code: "010"', '  verb: testen', '',
  ].join('\n'));
  const merged = loadLexicon([BUILTIN_LEXICON, dir]);
  assert.equal(merged.patterns.de.filter((p) => p.id === 'de.verb.030.anbieten').length, 1, 'replaced, not added');
  assert.equal(merged.patterns.de.find((p) => p.id === 'de.verb.030.anbieten')!.code, '036');
  assert.ok(merged.patterns.de.some((p) => p.id === 'de.verb.010.testwort'));
});

test('after an edit only the edited file is parsed again: other files come from their own cache entries', async () => {
  const { mkdtempSync, cpSync, writeFileSync: write, appendFileSync, readdirSync: ls } = await import('node:fs');
  const { tmpdir: tmp } = await import('node:os');
  const { join: j } = await import('node:path');
  const dir = mkdtempSync(j(tmp(), 'lagebild-lex-'));
  const cacheDir = mkdtempSync(j(tmp(), 'lagebild-cache-'));
  cpSync(new URL('../../lexicon/de', import.meta.url), j(dir, 'de'), { recursive: true });
  const before = process.env.LAGEBILD_CACHE_DIR;
  process.env.LAGEBILD_CACHE_DIR = cacheDir;
  try {
    const a = loadLexicon([dir]);
    const perFile = ls(cacheDir).filter((f) => f.startsWith('file-')).length;
    assert.ok(perFile > 10, `one cache entry per file (${perFile})`);
    appendFileSync(j(dir, 'de', 'cues.yml'), '\n# edited\n');
    const b = loadLexicon([dir]);
    assert.equal(ls(cacheDir).filter((f) => f.startsWith('file-')).length, perFile + 1, 'only the edited file was parsed and cached anew');
    assert.deepEqual(b.patterns.de.length, a.patterns.de.length);
    write(j(dir, 'de', 'agents.yml'), '- {id: x, role: GOVX, forms: [X]}\n');
    assert.throws(() => loadLexicon([dir]), /agents\.yml:1/, 'an invalid file is never served from a cache');
  } finally {
    if (before === undefined) delete process.env.LAGEBILD_CACHE_DIR; else process.env.LAGEBILD_CACHE_DIR = before;
  }
});

test('within one lexicon directory an id is given once: a second entry with it names both places', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-lex-'));
  mkdirSync(join(dir, 'de', 'verbs'), { recursive: true });
  writeFileSync(join(dir, 'de', 'verbs', '01-a.yml'), ['- id: de.verb.010.testwort', '  code: "010"', '  verb: testen', ''].join('\n'));
  writeFileSync(join(dir, 'de', 'verbs', '02-b.yml'), ['- id: de.verb.010.testwort', '  code: "010"', '  verb: prüfen', ''].join('\n'));
  const issues = issuesOf([dir]);
  const dup = issues.find((i) => /duplicate id/.test(i.message));
  assert.ok(dup, issues.map(formatIssue).join('\n'));
  assert.ok(dup.file.endsWith('02-b.yml') && dup.message.includes('01-a.yml'), formatIssue(dup));
});

test('check: a region whose id does not begin with "region_" is reported (coreference tells regions by it)', async () => {
  const { checkLexicon } = await import('./check.ts');
  const raw = loadLexicon([BUILTIN_LEXICON]);
  const region = raw.organisations.find((o) => o.kind === 'region')!;
  assert.deepEqual(checkLexicon(raw).filter((i) => /region_/.test(i.message)), []);
  const broken = { ...raw, organisations: [...raw.organisations.filter((o) => o !== region), { ...region, id: 'eastern_europe' }] };
  const issues = checkLexicon(broken).filter((i) => /region_/.test(i.message));
  assert.equal(issues.length, 1);
  assert.equal(issues[0].entry, 'eastern_europe');
});

test('check: a Wikidata id given to two entries, or not shaped like one, is reported; so is a provenance row that disagrees with the entry', async () => {
  const { checkLexicon, checkWikidataSources } = await import('./check.ts');
  const raw = loadLexicon([BUILTIN_LEXICON]);
  const tsv = readFileSync(join(BUILTIN_LEXICON, 'shared', 'wikidata-sources.tsv'), 'utf8');
  assert.deepEqual(checkLexicon(raw).filter((i) => /wikidata/i.test(i.message)), []);
  assert.deepEqual(checkWikidataSources(raw, tsv), []);
  const [a, b] = raw.people.filter((p) => p.wikidata);
  const twice = { ...raw, people: raw.people.map((p) => (p === b ? { ...p, wikidata: a.wikidata } : p)) };
  const dup = checkLexicon(twice).filter((i) => /wikidata/.test(i.message));
  assert.equal(dup.length, 1);
  assert.equal(dup[0].entry, b.id);
  assert.ok(dup[0].message.includes(a.id), dup[0].message);
  const malformed = { ...raw, people: raw.people.map((p) => (p === a ? { ...p, wikidata: 'wd:42' } : p)) };
  assert.match(checkLexicon(malformed).find((i) => i.entry === a.id)?.message ?? '', /no Wikidata item id/);
  const rows = `entry\tqid\tsource\n${a.id}\tQ1\thttps://example.org/x\nnobody_here\t${a.wikidata}\thttps://example.org/y\n${a.id}\t${a.wikidata}\t\n`;
  const got = checkWikidataSources(raw, rows).map((i) => `${i.line} ${i.entry}`);
  assert.deepEqual(got, [`2 ${a.id}`, '3 nobody_here', `4 ${a.id}`]);
});

test('a cue with a default that a cue file leaves out gets the default, and an edit of the schema never serves an old cache', async () => {
  const { cpSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-lex-'));
  cpSync(BUILTIN_LEXICON, dir, { recursive: true });
  const en = join(dir, 'en', 'cues.yml');
  writeFileSync(en, readFileSync(en, 'utf8').split('\n').filter((l) => !l.startsWith('gerund_predicates:')).join('\n'));
  const raw = loadLexicon([dir], { cache: false });
  assert.deepEqual(raw.cues.en.gerund_predicates, []);
  assert.ok(raw.cues.de.relational_nouns.length > 0);
});

test('check: dated roles of an organisation that overlap, or name another country, are reported', async () => {
  const { checkLexicon } = await import('./check.ts');
  const raw = loadLexicon([BUILTIN_LEXICON]);
  const party = { id: 'testpartei', code: 'DEUOPP', kind: 'party' as const, de: ['Testpartei'], en: [], abbrev: [], from: null, to: null,
    roles: [{ code: 'DEUGOV', from: '1998-10-27', to: '2009-10-28' }, { code: 'DEUGOV', from: '2005-11-22', to: null }, { code: 'AUTGOV', from: '2015', to: '2016' }] };
  const issues = checkLexicon({ ...raw, organisations: [...raw.organisations, party] }).filter((i) => i.entry === 'testpartei');
  assert.ok(issues.some((i) => /roles overlap/.test(i.message)), JSON.stringify(issues));
  assert.ok(issues.some((i) => /another country/.test(i.message)), JSON.stringify(issues));
});
