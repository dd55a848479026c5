/** Bounded per-word memos for the compound analyses a lexicon keeps (LangLexicon.memo). */
/** The most words a compound memo keeps: a long ingest meets ever new compounds, and an unbounded memo would grow with the
 * corpus. When full, it starts over (the words that recur come back at once). */
export const MEMO_LIMIT = 100_000;
/** Stores a compound analysis in one of a lexicon's per-word memos, keeping the memo bounded. */
export function remember<V>(memo: Map<string, V>, word: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, value);
  return value;
}
