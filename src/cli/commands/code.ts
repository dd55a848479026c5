import { createCoder } from '../../pipeline/processor.ts';
import { finishWithRejections, parseLang, parsePublished, readAll } from '../common.ts';
import { formatTable } from '../format.ts';
import { UsageError } from '../errors.ts';

export async function run(inputs: string[], o: { format: string; published?: string; lang?: string; lexicon: string[] }): Promise<void> {
  if (!['jsonl', 'table'].includes(o.format)) throw new UsageError(`--format: "${o.format}" must be jsonl or table`);
  const published = parsePublished(o.published);
  const coder = await createCoder({ lexiconDirs: o.lexicon });
  let n = 0;
  for (const doc of readAll(inputs, published, parseLang(o.lang))) {
    const coded = coder.code(doc);
    n++;
    if (o.format === 'jsonl') for (const e of coded.events) process.stdout.write(JSON.stringify(e) + '\n');
    else process.stdout.write(formatTable(coded.events) + '\n');
  }
  finishWithRejections(n);
}
