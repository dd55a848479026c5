import type { Document, PartialDate, Lang } from '../types.ts';
import { listInputs, readInput, type Rejection } from '../ingest/read.ts';
import { parsePartialDate } from '../coding/dates.ts';
import { UsageError } from './errors.ts';

export function parsePublished(s: string | undefined): PartialDate | null {
  if (!s) return null;
  const d = parsePartialDate(s);
  if (!d || d.value.length !== s.length) throw new UsageError(`--published: "${s}" is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
  return d;
}

export function parseLang(s: string | undefined): Lang | undefined {
  if (s === undefined) return undefined;
  if (s !== 'de' && s !== 'en') throw new UsageError(`--lang: "${s}" must be de or en`);
  return s;
}

/** Reads every input; rejections are reported on stderr with file and line, the rest goes on. */
export function* readAll(inputs: string[], published: PartialDate | null, lang?: Lang): Generator<Document, void, undefined> {
  for (const path of listInputs(inputs)) {
    const r = readInput(path, { published });
    for (const rej of r.rejections) reportRejection(rej);
    for (const d of r.docs) {
      if (lang) d.lang = lang;
      yield d;
    }
  }
}

export const rejections: Rejection[] = [];
export function reportRejection(r: Rejection): void {
  rejections.push(r);
  process.stderr.write(`${r.origin}${r.line ? ':' + r.line : ''}: ${r.reason}\n`);
}

/** Exit 1 with a summary when some records were rejected. */
export function finishWithRejections(processed: number): void {
  if (rejections.length) {
    process.stderr.write(`${processed} document(s) processed, ${rejections.length} rejected\n`);
    process.exitCode = 1;
  }
}
