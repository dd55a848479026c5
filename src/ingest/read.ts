import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Document, DocMessage, Lang, PartialDate } from '../types.ts';
import { parsePartialDate } from '../coding/dates.ts';

/**
 * Readers: plain text files (optional first-line header `date YYYY[-MM[-DD]]`, the text may follow
 * on the same line), JSONL records, directories (recursive), stdin. A problem with one record
 * becomes a rejection naming file and line; the other records go on.
 */
export interface Rejection { origin: string; line?: number; reason: string }
export interface ReadResult { docs: Document[]; rejections: Rejection[] }

const TEXT_EXT = /\.(txt|text|md)$/i;
const JSONL_EXT = /\.(jsonl|ndjson)$/i;

export function listInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') { out.push('-'); continue; }
    let st;
    try { st = statSync(p); } catch { out.push(p); continue; }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.')) continue;
        const full = join(p, name);
        if (statSync(full).isDirectory()) out.push(...listInputs([full]));
        else if (TEXT_EXT.test(name) || JSONL_EXT.test(name) || !/\.[a-z0-9]+$/i.test(name)) out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

export function readInput(path: string, opts: { published?: PartialDate | null; stdinText?: string } = {}): ReadResult {
  const origin = path === '-' ? 'stdin' : path;
  let buf: Buffer;
  try {
    buf = path === '-' ? Buffer.from(opts.stdinText ?? readFileSync(0, 'utf8')) : readFileSync(path);
  } catch (e) {
    return { docs: [], rejections: [{ origin, reason: `cannot read: ${(e as Error).message}` }] };
  }
  if (buf.length === 0) return { docs: [], rejections: [{ origin, reason: 'empty file' }] };
  if (buf.includes(0)) return { docs: [], rejections: [{ origin, reason: 'binary file (contains NUL bytes), not text' }] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const line = invalidUtf8Line(buf);
    return { docs: [], rejections: [{ origin, line, reason: `invalid UTF-8 at line ${line}` }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const looksJsonl = JSONL_EXT.test(path) || (path === '-' && /^\s*\{/.test(text));
  if (looksJsonl) return readJsonl(text, origin, opts.published ?? null);
  const r = textDocument(path === '-' ? 'stdin' : basename(path), text, origin, opts.published ?? null);
  return r.doc ? { docs: [r.doc], rejections: [] } : { docs: [], rejections: [r.rejection!] };
}

function invalidUtf8Line(buf: Buffer): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      try { dec.decode(buf.subarray(start, i)); } catch { return line; }
      line++;
      start = i + 1;
    }
  }
  return line;
}

export function textDocument(id: string, text: string, origin: string, published: PartialDate | null): { doc?: Document; rejection?: Rejection } {
  const messages: DocMessage[] = [];
  let bodyStart = 0;
  let pub = published;
  const header = /^[ \t]*date:?[ \t]+(\S+)(?:[ \t]+|\r?\n|$)/i.exec(text);
  if (header) {
    const d = parsePartialDate(header[1]);
    if (!d || d.value.length !== header[1].length) return { rejection: { origin, line: 1, reason: `unknown header: "date ${header[1]}" is not a date YYYY, YYYY-MM or YYYY-MM-DD` } };
    pub = d;
    bodyStart = header[0].length;
  } else {
    const first = /^[ \t]*([a-z_]+):?[ \t]+(\d{4}\S*)\s*$/im.exec(text.split('\n', 1)[0]);
    if (first && first[1].toLowerCase() !== 'date') return { rejection: { origin, line: 1, reason: `unknown header "${first[1]}" (only "date YYYY[-MM[-DD]]" is known)` } };
  }
  if (!text.slice(bodyStart).trim()) return { rejection: { origin, line: 1, reason: 'no text after the header' } };
  return { doc: { id, text, published: pub, bodyStart, origin, messages } };
}

export function readJsonl(text: string, origin: string, published: PartialDate | null): ReadResult {
  const docs: Document[] = [];
  const rejections: Rejection[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let rec: Record<string, unknown>;
    try { rec = JSON.parse(raw); } catch (e) { rejections.push({ origin, line, reason: `malformed JSON: ${(e as Error).message}` }); return; }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) { rejections.push({ origin, line, reason: 'a record must be a JSON object' }); return; }
    if (typeof rec.text !== 'string' || !rec.text.trim()) { rejections.push({ origin, line, reason: 'field "text" is missing or empty' }); return; }
    if (rec.id !== undefined && typeof rec.id !== 'string' && typeof rec.id !== 'number') { rejections.push({ origin, line, reason: 'field "id" must be a string' }); return; }
    let pub = published;
    if (rec.published !== undefined && rec.published !== null) {
      const d = typeof rec.published === 'string' ? parsePartialDate(rec.published) : null;
      if (!d) { rejections.push({ origin, line, reason: `field "published" is not a date: ${JSON.stringify(rec.published)}` }); return; }
      pub = d;
    }
    const lang = rec.lang === 'de' || rec.lang === 'en' ? (rec.lang as Lang) : undefined;
    if (rec.lang !== undefined && rec.lang !== null && !lang && !/^(de|en)/i.test(String(rec.lang))) {
      rejections.push({ origin, line, reason: `field "lang" must be "de" or "en", not ${JSON.stringify(rec.lang)}` });
      return;
    }
    const id = rec.id !== undefined ? String(rec.id) : createHash('sha1').update(rec.text).digest('hex').slice(0, 16);
    const title = typeof rec.title === 'string' ? rec.title : undefined;
    const textWithTitle = rec.text;
    docs.push({
      id, text: textWithTitle, published: pub, bodyStart: 0, title, url: typeof rec.url === 'string' ? rec.url : undefined,
      lang: lang ?? (typeof rec.lang === 'string' ? (rec.lang.slice(0, 2).toLowerCase() as Lang) : undefined),
      source: typeof rec.source === 'string' ? rec.source : undefined, origin: `${origin}:${line}`, messages: [],
    });
  });
  return { docs, rejections };
}

export function contentHash(doc: Document): string {
  return createHash('sha1').update(doc.text).digest('hex');
}
