import { openStore } from '../../store/database.ts';
import { actorProfile, listActors } from '../../analytics/profiles.ts';
import { lineWriter } from '../output.ts';
import { parseRowFormat, table, writeRows } from '../rows.ts';
import { relationRow } from './relations.ts';

export interface ActorsOptions { db: string; limit?: string; format: string }

/** Without a code: every actor with its activity. With one: its profile (partners, adversaries, event mix, relations). */
export async function run(code: string | undefined, o: ActorsOptions): Promise<void> {
  const format = parseRowFormat(o.format);
  const store = await openStore(o.db);
  try {
    if (!code) {
      const limit = o.limit === undefined ? undefined : Number(o.limit);
      await writeRows(await listActors(store.db, { limit }) as unknown as Record<string, unknown>[], format);
      return;
    }
    const p = await actorProfile(store.db, code);
    if (format === 'jsonl') { const out = lineWriter(); await out.write(JSON.stringify(p) + '\n'); await out.close(); return; }
    const counterparts = [...p.partners.map((c) => ({ role: 'partner', ...c })), ...p.adversaries.map((c) => ({ role: 'adversary', ...c }))];
    if (format === 'csv') { await writeRows(counterparts, 'csv'); return; }
    const out = lineWriter();
    await out.write(`${p.code}: ${p.events} deduplicated event(s)\n\nPartners and adversaries\n${table(counterparts, ['role', 'code', 'events', 'cooperation', 'conflict', 'goldstein_sum'])}\n`);
    await out.write(`\nEvent mix (CAMEO root)\n${table(p.event_mix, ['root', 'events'])}\n`);
    await out.write(`\nRelations\n${table(p.relations.map(relationRow), ['a', 'type', 'b', 'status', 'start', 'end', 'mentions', 'evidence'])}\n`);
    await out.close();
  } finally {
    await store.close();
  }
}
