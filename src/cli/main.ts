#!/usr/bin/env node
import { Command, CommanderError } from 'commander';


import { UsageError } from './errors.ts';

const program = new Command();
program.name('lagebild').description('German and English news → CAMEO-coded, evidence-linked political events').exitOverride();
program.configureOutput({ writeErr: (s) => process.stderr.write(s) });

const lexiconOpt = (c: Command) => c.option('--lexicon <dir...>', 'extra lexicon directories merged over the built-in one', []);

lexiconOpt(program.command('code').argument('<inputs...>', 'files, directories or - for stdin'))
  .description('code documents without storing them')
  .option('--format <fmt>', 'jsonl | table', 'jsonl')
  .option('--published <date>', 'date of inputs that carry none (YYYY[-MM[-DD]])')
  .option('--lang <lang>', 'de | en (default: detected)')
  .action(async (inputs, o) => (await import('./commands/code.ts')).run(inputs, o));

lexiconOpt(program.command('ingest').argument('<inputs...>', 'files, directories or - for stdin'))
  .description('code documents and store them in the database')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--published <date>', 'date of inputs that carry none')
  .option('--lang <lang>', 'de | en (default: detected)')
  .option('--quiet', 'no progress bar')
  .action(async (inputs, o) => (await import('./commands/ingest.ts')).run(inputs, o));

program.command('events').description('list stored events')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--actor <code>', 'source or target code prefix (IRN, RUSGOV)')
  .option('--dyad <a,b>', 'two actor code prefixes, either direction')
  .option('--source <code>', 'source code prefix').option('--target <code>', 'target code prefix')
  .option('--root <root>', 'CAMEO root (two digits)').option('--code <code>', 'CAMEO code prefix')
  .option('--status <status>', 'actual | planned | alleged | hypothetical | negated')
  .option('--from <date>', 'event date from (inclusive)').option('--to <date>', 'event date to (inclusive)')
  .option('--doc <id>', 'document id').option('--limit <n>', 'at most n events', '1000')
  .option('--format <fmt>', 'table | jsonl | csv', 'table')
  .action(async (o) => (await import('./commands/events.ts')).run(o));

program.command('relations').description('standing relations between actors (ally, partnership, sanctions, war, …) with evidence')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--actor <code>', 'country-level actor on either side (RUS)')
  .option('--dyad <a,b>', 'two country-level actors, either direction')
  .option('--type <type>', 'ally | partnership | sanctions | war | rivalry | diplomatic-break')
  .option('--status <status>', 'actual | planned | alleged')
  .option('--at <date>', 'only relations valid at this date (YYYY[-MM[-DD]])')
  .option('--format <fmt>', 'table | jsonl | csv', 'table')
  .action(async (o) => (await import('./commands/relations.ts')).run(o));

program.command('actors').argument('[code]', 'an actor code: show its profile').description('list actors, or profile one (partners, adversaries, event mix, relations)')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--limit <n>', 'at most n actors')
  .option('--format <fmt>', 'table | jsonl | csv', 'table')
  .action(async (code, o) => (await import('./commands/actors.ts')).run(code, o));

program.command('dyad').argument('<a>', 'actor code').argument('<b>', 'actor code').description('relations, key events and the time series of a dyad')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--interval <i>', 'month | week', 'month')
  .option('--from <date>', 'from (inclusive)').option('--to <date>', 'to (inclusive)')
  .option('--format <fmt>', 'table | jsonl | csv (jsonl and csv: the series)', 'table')
  .action(async (a, b, o) => (await import('./commands/dyad.ts')).run(a, b, o));

program.command('search').argument('<query>', 'words (all must occur); word* for a prefix').description('full-text search over stored sentences and evidence')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--limit <n>', 'at most n hits', '20')
  .option('--format <fmt>', 'table | jsonl | csv', 'table')
  .action(async (q, o) => (await import('./commands/search.ts')).run(q, o));

program.command('export').description('export all stored events')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--format <fmt>', 'jsonl | csv | gdelt (GDELT 2.0 event TSV) | plover (PLOVER JSONL) | gexf | graphml (actor network)', 'jsonl')
  .option('--header', 'gdelt: write the 61 column names as a first line')
  .option('--out <file>', 'write to a file instead of stdout')
  .action(async (o) => (await import('./commands/export.ts')).run(o));

program.command('serve').description('HTTP API with OpenAPI document and docs page (/docs)')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--port <n>', 'port (0 picks a free one)', '8080')
  .option('--host <addr>', 'address to bind; other than 127.0.0.1 exposes the API to the network', '127.0.0.1')
  .option('--lexicon <dir...>', 'extra lexicon directories for POST /documents', [])
  .action(async (o) => (await import('./commands/serve.ts')).run(o));

lexiconOpt(program.command('eval').argument('<inputs...>', 'files or directories to code'))
  .description('code inputs and score them against a gold file')
  .requiredOption('--gold <file>', 'gold JSONL file')
  .option('--published <date>', 'date of inputs that carry none')
  .option('--json', 'print the scores as JSON')
  .option('--verbose', 'list misses, false positives and wrong attributes')
  .option('--sentences <n>', 'score only the events of the first n sentences of each document (for gold that annotates only the opening, as dev_de its first six)')
  .action(async (inputs, o) => (await import('./commands/eval.ts')).run(inputs, o));

program.command('start').description('ingest the example articles into ./lagebild.db, print a summary, and serve the web explorer and API on 127.0.0.1')
  .option('--db <file|url>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--published <date>', 'date for example files that carry none (default: none, their event dates stay empty)')
  .option('--port <n>', 'port of the explorer (a free one if taken; 0 picks one)', '8080')
  .option('--no-serve', 'stop after the summary')
  .action(async (o) => (await import('./commands/start.ts')).run(o));

const lexCmd = program.command('lexicon').description('inspect and check the lexicon');
lexiconOpt(lexCmd.command('check')).description('validate the lexicon').action(async (o) => (await import('./commands/lexicon.ts')).check(o));
lexiconOpt(lexCmd.command('stats')).option('--json', 'JSON output').description('counts per kind and language').action(async (o) => (await import('./commands/lexicon.ts')).stats(o));
lexiconOpt(lexCmd.command('explain').argument('<sentence>', 'a sentence to explain')).option('--lang <lang>', 'de | en').option('--published <date>', 'document date')
  .description('which entries and patterns fire on a sentence, and why').action(async (s, o) => (await import('./commands/lexicon.ts')).explain(s, o));

// `lagebild code … | head`: a reader that goes away ends the output quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`lagebild: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    const err = e as Error;
    process.stderr.write(`lagebild: ${err.message}\n`);
    if (process.env.LAGEBILD_DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  }
}
