import type { Lang } from '../types.ts';

/**
 * Language identification restricted to German and English. Uses the `eld` n-gram detector
 * (loaded once, lazily); short or name-only texts where eld has no answer fall back to
 * counting function words.
 */
type Detector = { detect(text: string): { language: string } };
let detector: Detector | null = null;

export async function initLanguageDetector(): Promise<void> {
  if (detector) return;
  const { eld } = (await import('eld')) as unknown as { eld: Detector & { load(size: string): Promise<boolean>; setLanguageSubset(l: string[]): unknown } };
  await eld.load('small');
  eld.setLanguageSubset(['de', 'en']);
  detector = eld;
}

const DE = new Set(['der', 'die', 'das', 'und', 'nicht', 'mit', 'von', 'den', 'dem', 'ist', 'hat', 'ein', 'eine', 'auf', 'für', 'sich', 'des', 'im', 'zu', 'nach', 'bei', 'trifft', 'sagte', 'wird', 'wurde']);
// (not "an": a German preposition too)
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'was', 'for', 'on', 'that', 'with', 'by', 'has', 'said', 'a', 'at', 'from', 'it', 'his', 'its', 'says', 'will', 'were']);

export function functionWordLang(text: string): Lang | null {
  let de = 0, en = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
    // umlauts and ß are German evidence of their own ("übte", "Türkei", "Außenminister")
    else if (/[äöüß]/.test(w)) de++;
  }
  if (de === en) return null;
  return de > en ? 'de' : 'en';
}

export function detectLanguage(text: string, fallback: Lang = 'de'): Lang {
  const sample = text.slice(0, 2000);
  const byWords = functionWordLang(sample);
  if (detector) {
    const r = detector.detect(sample).language;
    if (r === 'de' || r === 'en') {
      // eld is unreliable on very short samples; function words decide when they disagree clearly
      if (byWords && byWords !== r && sample.length < 80) return byWords;
      return r;
    }
  }
  return byWords ?? fallback;
}
