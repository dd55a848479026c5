import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { ZodTypeAny } from 'zod';
import * as S from './schema.ts';
import type { Lang } from '../types.ts';

/** One problem found while loading: names the file, the entry (index and id) and the line. */
export interface LexiconIssue { file: string; line: number | null; entry: string | null; message: string }

export class LexiconError extends Error {
  constructor(public issues: LexiconIssue[]) {
    super(issues.slice(0, 20).map(formatIssue).join('\n') + (issues.length > 20 ? `\n… and ${issues.length - 20} more` : ''));
  }
}
export function formatIssue(i: LexiconIssue): string {
  return `${i.file}${i.line ? ':' + i.line : ''}${i.entry ? ` (${i.entry})` : ''}: ${i.message}`;
}

export interface RawLexicon {
  countries: S.CountryT[];
  people: S.PersonT[];
  organisations: S.OrganisationT[];
  places: S.PlaceT[];
  codes: S.CameoCodeT[];
  agents: Record<Lang, S.AgentT[]>;
  patterns: Record<Lang, S.PatternT[]>;
  cues: Record<Lang, S.CuesT>;
  files: string[];
}

export const BUILTIN_LEXICON = fileURLToPath(new URL('../../lexicon', import.meta.url));

/**
 * Loads the built-in lexicon and merges user directories over it (same layout; same ids replace).
 * Parsing YAML is the slow part (seconds for the full lexicon), so a validated result is cached as
 * JSON keyed by a hash of every file's path and content; any edit changes the key, and then only
 * the edited files are parsed again (each file's entries are cached too).
 */
export function loadLexicon(dirs: string[] = [BUILTIN_LEXICON], opts: { cache?: boolean } = {}): RawLexicon {
  const useCache = opts.cache ?? process.env.LAGEBILD_LEXICON_CACHE !== '0';
  const cacheDir = useCache ? process.env.LAGEBILD_CACHE_DIR ?? join(tmpdir(), 'lagebild-cache') : null;
  let cacheFile: string | null = null;
  if (cacheDir && dirs.every((d) => existsSync(d))) {
    const h = createHash('sha1').update(SCHEMA_VERSION);
    for (const dir of dirs) for (const f of listYaml(dir)) h.update(f).update('\0').update(readFileSync(f)).update('\0');
    cacheFile = join(cacheDir, `lexicon-${h.digest('hex').slice(0, 20)}.json`);
    if (existsSync(cacheFile)) {
      try { return JSON.parse(readFileSync(cacheFile, 'utf8')) as RawLexicon; } catch { /* a damaged cache is rebuilt */ }
    }
  }
  const raw = loadLexiconUncached(dirs, cacheDir);
  if (cacheFile) writeAtomically(cacheFile, JSON.stringify(raw));
  return raw;
}

/** Caching is an optimisation only: a file that cannot be written is skipped; a rename makes the write atomic for readers. */
function writeAtomically(path: string, content: string): void {
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch { /* not cached */ }
}

/**
 * Part of every cache key: bump when the loader's output shape changes, so old caches are not reused. The sources of the
 * schema and of this loader are hashed in too, so a new field with a default (a new cue) is never served from a cache
 * made without it.
 */
const SCHEMA_VERSION = 'raw-lexicon-5:' + sourceHash(['schema', 'load']);
function sourceHash(modules: string[]): string {
  const h = createHash('sha1');
  for (const m of modules) {
    for (const ext of ['.ts', '.js']) {
      try { h.update(readFileSync(new URL(`./${m}${ext}`, import.meta.url))); break; } catch { /* the other extension */ }
    }
  }
  return h.digest('hex').slice(0, 12);
}

function loadLexiconUncached(dirs: string[], cacheDir: string | null): RawLexicon {
  const issues: LexiconIssue[] = [];
  const raw: RawLexicon = {
    countries: [], people: [], organisations: [], places: [], codes: [],
    agents: { de: [], en: [] }, patterns: { de: [], en: [] }, cues: {} as Record<Lang, S.CuesT>, files: [],
  };
  for (const dir of dirs) {
    if (!existsSync(dir)) { issues.push({ file: dir, line: null, entry: null, message: 'lexicon directory not found' }); continue; }
    // a later directory overrides entries of an earlier one by id; within one directory an id is given once
    const seen = new Map<string, string>();
    for (const file of listYaml(dir)) {
      const rel = relative(dir, file).split(sep).join('/');
      if (rel.startsWith('test/') && dir === BUILTIN_LEXICON) continue;
      raw.files.push(file);
      applyFile(file, parseFileCached(file, rel, cacheDir), raw, issues, seen);
    }
  }
  if (issues.length) throw new LexiconError(issues);
  // each cue file is read as a part; the merged cues get the defaults of the cues no file gives
  for (const lang of ['de', 'en'] as const) {
    const full = S.Cues.safeParse(raw.cues[lang] ?? {});
    if (full.success) raw.cues[lang] = full.data;
  }
  return raw;
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listYaml(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** One file, parsed and validated: its kind, language and entries (with their lines), or the problems found. */
interface ParsedFile {
  kind: string;
  lang: Lang | null;
  cues: Partial<S.CuesT> | null;
  entries: Array<{ v: Record<string, unknown>; line: number | null; name: string }>;
  issues: LexiconIssue[];
}

/**
 * Parsing YAML dominates loading, so each file's validated entries are also cached on their own,
 * keyed by the file's place in the layout and its content: after an edit only that file is parsed again.
 */
function parseFileCached(file: string, rel: string, cacheDir: string | null): ParsedFile {
  const text = readFileSync(file, 'utf8');
  const key = cacheDir ? join(cacheDir, `file-${createHash('sha1').update(SCHEMA_VERSION).update('\0').update(rel).update('\0').update(text).digest('hex').slice(0, 24)}.json`) : null;
  if (key && existsSync(key)) {
    try { return JSON.parse(readFileSync(key, 'utf8')) as ParsedFile; } catch { /* rebuilt below */ }
  }
  const parsed = parseFile(file, rel, text);
  if (key && !parsed.issues.length) writeAtomically(key, JSON.stringify(parsed));
  return parsed;
}

function parseFile(file: string, rel: string, text: string): ParsedFile {
  const out: ParsedFile = { kind: '', lang: null, cues: null, entries: [], issues: [] };
  const issues = out.issues;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  for (const e of doc.errors) issues.push({ file, line: e.linePos?.[0]?.line ?? null, entry: null, message: e.message.split('\n')[0] });
  if (doc.errors.length) return out;
  const m = /^(?:(shared)\/(countries|people|organisations|places|cameo-codes)|(de|en)\/(agents|cues|relations)|(de|en)\/verbs\/[^/]+)\.ya?ml$/.exec(rel);
  if (!m) { issues.push({ file, line: null, entry: null, message: `unknown lexicon file "${rel}" (see lexicon/README.md for the layout)` }); return out; }
  out.kind = m[2] ?? m[4] ?? 'verbs';
  out.lang = (m[3] ?? m[5] ?? null) as Lang | null;
  // Relation cue words are read and validated by src/relations/cues.ts, not by the event coder.
  if (out.kind === 'relations') return out;
  if (out.kind === 'cues') {
    const r = S.Cues.partial().safeParse(doc.toJS());
    if (!r.success) { for (const i of r.error.issues) issues.push({ file, line: lineOf(doc, lc, i.path), entry: i.path.join('.'), message: i.message }); return out; }
    out.cues = r.data;
    return out;
  }
  if (!isSeq(doc.contents)) { issues.push({ file, line: 1, entry: null, message: 'expected a YAML list of entries' }); return out; }
  const items = doc.contents.items;
  const js = doc.toJS() as unknown[];
  const schema: ZodTypeAny = ({ countries: S.Country, people: S.Person, organisations: S.Organisation, places: S.Place, 'cameo-codes': S.CameoCode, agents: S.Agent, verbs: S.Pattern } as Record<string, ZodTypeAny>)[out.kind];
  js.forEach((entry, i) => {
    const r = schema.safeParse(entry);
    const node = items[i];
    const range = (node as unknown as { range?: number[] } | undefined)?.range;
    const line = range ? lc.linePos(range[0]).line : null;
    const name = entryName(entry, i);
    if (!r.success) { for (const is of r.error.issues) issues.push({ file, line, entry: name, message: `${is.path.join('.') || 'entry'}: ${is.message}` }); return; }
    out.entries.push({ v: r.data as Record<string, unknown>, line, name });
  });
  return out;
}

/** Merges one parsed file into the lexicon: later files (and user directories) replace entries with the same id. */
function applyFile(file: string, p: ParsedFile, raw: RawLexicon, issues: LexiconIssue[], seen: Map<string, string>): void {
  // a file with problems is still applied, so that every problem of every entry is reported at once
  issues.push(...p.issues);
  if (p.kind === 'relations' || !p.kind) return;
  const lang = p.lang;
  if (p.kind === 'cues' && p.cues && lang) {
    const prev = raw.cues[lang];
    raw.cues[lang] = prev ? mergeCues(prev, p.cues) : (p.cues as S.CuesT);
    return;
  }
  for (const { v, line, name } of p.entries) {
    const key = `${p.kind}:${lang ?? ''}:${String(v.id ?? v.code)}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ file, line, entry: name, message: `duplicate id, already given in ${first}` });
    else seen.set(key, `${file}${line ? `:${line}` : ''}`);
    switch (p.kind) {
      case 'countries': upsert(raw.countries, v as S.CountryT, 'code'); break;
      case 'people': upsert(raw.people, v as S.PersonT, 'id'); break;
      case 'organisations': upsert(raw.organisations, v as S.OrganisationT, 'id'); break;
      case 'places': upsert(raw.places, v as S.PlaceT, 'id'); break;
      case 'cameo-codes': upsert(raw.codes, v as S.CameoCodeT, 'code'); break;
      case 'agents': upsert(raw.agents[lang!], v as S.AgentT, 'id'); break;
      default: {
        const id = String(v.id);
        if (!id.startsWith(lang + '.')) issues.push({ file, line, entry: name, message: `pattern id must start with "${lang}."` });
        else upsert(raw.patterns[lang!], v as S.PatternT, 'id');
      }
    }
  }
}

function entryName(entry: unknown, i: number): string {
  const e = entry as Record<string, unknown> | null;
  const id = e && (e.id ?? e.code);
  return `entry ${i + 1}${id ? ` "${String(id)}"` : ''}`;
}

function lineOf(doc: ReturnType<typeof parseDocument>, lc: LineCounter, path: (string | number)[]): number | null {
  const node = doc.getIn(path.slice(0, 1), true) as unknown as { range?: number[] } | undefined;
  return node?.range ? lc.linePos(node.range[0]).line : null;
}

// position of each key in its list, so that a large file (the gazetteer) is not quadratic to load
const positions = new WeakMap<unknown[], Map<unknown, number>>();
function upsert<T extends Record<string, unknown>>(list: T[], v: T, key: string): void {
  let pos = positions.get(list);
  if (!pos || pos.size > list.length) { pos = new Map(list.map((x, i) => [x[key], i])); positions.set(list, pos); }
  const i = pos.get(v[key]);
  if (i !== undefined) list[i] = v; else { pos.set(v[key], list.length); list.push(v); }
}

function mergeCues(a: S.CuesT, b: Partial<S.CuesT>): S.CuesT {
  const out = { ...a } as Record<string, unknown>;
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    if (Array.isArray(v) && Array.isArray(old)) out[k] = [...old, ...v];
    else if (v && typeof v === 'object' && old && typeof old === 'object') out[k] = { ...(old as object), ...(v as object) };
    else out[k] = v;
  }
  return out as S.CuesT;
}
