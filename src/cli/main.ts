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
  .option('--db <file>', 'SQLite file or postgres:// URL', './lagebild.db')
  .option('--published <date>', 'date of inputs that carry none')
  .option('--lang <lang>', 'de | en (default: detected)')
  .option('--quiet', 'no progress bar')
  .action(async (inputs, o) => (await import('./commands/ingest.ts')).run(inputs, o));

program.command('events').description('list stored events')
  .option('--db <file>', 'database', './lagebild.db')
  .option('--actor <code>', 'source or target code prefix (IRN, RUSGOV)')
  .option('--dyad <a,b>', 'two actor code prefixes, either direction')
  .option('--source <code>', 'source code prefix').option('--target <code>', 'target code prefix')
  .option('--root <root>', 'CAMEO root (two digits)').option('--code <code>', 'CAMEO code prefix')
  .option('--status <status>', 'actual | planned | alleged | hypothetical | negated')
  .option('--from <date>', 'event date from (inclusive)').option('--to <date>', 'event date to (inclusive)')
  .option('--doc <id>', 'document id').option('--limit <n>', 'at most n events', '1000')
  .option('--format <fmt>', 'table | jsonl | csv', 'table')
  .action(async (o) => (await import('./commands/events.ts')).run(o));

program.command('export').description('export all stored events')
  .option('--db <file>', 'database', './lagebild.db')
  .option('--format <fmt>', 'jsonl | csv', 'jsonl')
  .option('--out <file>', 'write to a file instead of stdout')
  .action(async (o) => (await import('./commands/export.ts')).run(o));

lexiconOpt(program.command('eval').argument('<inputs...>', 'files or directories to code'))
  .description('code inputs and score them against a gold file')
  .requiredOption('--gold <file>', 'gold JSONL file')
  .option('--published <date>', 'date of inputs that carry none')
  .option('--json', 'print the scores as JSON')
  .option('--verbose', 'list misses, false positives and wrong attributes')
  .action(async (inputs, o) => (await import('./commands/eval.ts')).run(inputs, o));

program.command('start').description('ingest the example articles into ./lagebild.db and print a summary')
  .option('--db <file>', 'database', './lagebild.db')
  .option('--published <date>', 'date for example files that carry none (default: none, their event dates stay empty)')
  .action(async (o) => (await import('./commands/start.ts')).run(o));

const lexCmd = program.command('lexicon').description('inspect and check the lexicon');
lexiconOpt(lexCmd.command('check')).description('validate the lexicon').action(async (o) => (await import('./commands/lexicon.ts')).check(o));
lexiconOpt(lexCmd.command('stats')).option('--json', 'JSON output').description('counts per kind and language').action(async (o) => (await import('./commands/lexicon.ts')).stats(o));
lexiconOpt(lexCmd.command('explain').argument('<sentence>', 'a sentence to explain')).option('--lang <lang>', 'de | en').option('--published <date>', 'document date')
  .description('which entries and patterns fire on a sentence, and why').action(async (s, o) => (await import('./commands/lexicon.ts')).explain(s, o));

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
