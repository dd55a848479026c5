import { getLexicon } from '../../lexicon/compile.ts';
import { loadLexicon, BUILTIN_LEXICON, LexiconError, formatIssue } from '../../lexicon/load.ts';
import { checkLexicon, checkWikidataSources } from '../../lexicon/check.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainSentence } from '../../lexicon/explain.ts';
import { parseLang, parsePublished } from '../common.ts';

export async function check(o: { lexicon: string[] }): Promise<void> {
  try {
    const raw = loadLexicon([BUILTIN_LEXICON, ...o.lexicon], { cache: false });
    const issues = checkLexicon(raw);
    // where each built-in Wikidata id was read (a user's lexicon may add ids without such a table)
    issues.push(...checkWikidataSources(raw, readFileSync(join(BUILTIN_LEXICON, 'shared', 'wikidata-sources.tsv'), 'utf8')));
    for (const i of issues) process.stderr.write(formatIssue(i) + '\n');
    if (issues.length) { process.stderr.write(`${issues.length} problem(s)\n`); process.exitCode = 1; return; }
    getLexicon(o.lexicon);
    process.stdout.write(`lexicon ok: ${raw.files.length} files\n`);
  } catch (e) {
    if (!(e instanceof LexiconError)) throw e;
    for (const i of e.issues) process.stderr.write(formatIssue(i) + '\n');
    process.stderr.write(`${e.issues.length} problem(s)\n`);
    process.exitCode = 1;
  }
}

export async function stats(o: { lexicon: string[]; json?: boolean }): Promise<void> {
  const t0 = performance.now();
  const lex = getLexicon(o.lexicon);
  const ms = performance.now() - t0;
  const out = { ...lex.stats, load_ms: Math.round(ms), heap_mb: Math.round(process.memoryUsage().heapUsed / 1e6) };
  if (o.json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  else for (const [k, v] of Object.entries(out)) process.stdout.write(`${k.padEnd(22)} ${v}\n`);
}

export async function explain(sentence: string, o: { lexicon: string[]; lang?: string; published?: string }): Promise<void> {
  const lex = getLexicon(o.lexicon);
  process.stdout.write(await explainSentence(sentence, lex, parseLang(o.lang), parsePublished(o.published)));
}
