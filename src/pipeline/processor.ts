import type { CodedDocument, Document } from '../types.ts';
import { getLexicon, type Lexicon } from '../lexicon/compile.ts';
import { initLanguageDetector } from '../text/language.ts';
import { codeDocument } from '../coding/code-document.ts';

/** A configured, frozen coder: the lexicon is compiled once and shared by every document. */
export interface Coder { readonly lexicon: Lexicon; code(doc: Document): CodedDocument }

export async function createCoder(opts: { lexiconDirs?: string[] } = {}): Promise<Coder> {
  await initLanguageDetector();
  const lexicon = getLexicon(opts.lexiconDirs ?? []);
  return Object.freeze({ lexicon, code: (doc: Document) => codeDocument(doc, lexicon) });
}
