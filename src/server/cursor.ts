import type { EventRecord } from '../types.ts';
import { ApiError } from './errors.ts';

/**
 * Keyset cursor over the event order of the store (doc, sentence, span start, trigger start, id):
 * a page starts strictly after the last event of the previous one, so pages neither skip nor
 * repeat events when others are added meanwhile.
 */
export type CursorKey = [doc: string, sentence: number, spanStart: number, triggerStart: number, id: string];

export function encodeCursor(e: EventRecord): string {
  const key: CursorKey = [e.doc, e.sentence, e.span[0], e.trigger.span[0], e.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(s: string): CursorKey {
  try {
    const k = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(k) && k.length === 5 && typeof k[0] === 'string' && Number.isInteger(k[1]) && Number.isInteger(k[2]) && Number.isInteger(k[3]) && typeof k[4] === 'string') return k as CursorKey;
  } catch { /* reported below */ }
  throw new ApiError(400, 'invalid_cursor', 'query parameter "cursor" is not a cursor this API issued; pass the next_cursor of the previous page unchanged, or leave it out for the first page');
}
