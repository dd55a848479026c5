import { openStore } from '../../store/database.ts';
import { UsageError } from '../errors.ts';
import { closeOnSignals } from '../../server/lifecycle.ts';

export interface ServeOptions { db: string; port: string; host: string; lexicon: string[] }

/** `lagebild serve`: the HTTP API on 127.0.0.1 until SIGINT/SIGTERM. */
export async function run(o: ServeOptions): Promise<void> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${o.port}" must be a whole number from 0 to 65535`);
  const store = await openStore(o.db);
  const { createServer } = await import('../../server/app.ts');
  const lexiconDirs = o.lexicon ?? [];
  const app = await createServer({
    store,
    coder: async () => (await import('../../pipeline/processor.ts')).createCoder({ lexiconDirs }),
    logger: { level: process.env.LAGEBILD_LOG ?? 'warn' },
  });
  let address: string;
  try {
    address = await app.listen({ port, host: o.host });
  } catch (e) {
    await app.close();
    await store.close();
    throw new UsageError(`cannot listen on ${o.host}:${port}: ${(e as Error).message}`);
  }
  if (o.host !== '127.0.0.1' && o.host !== 'localhost' && o.host !== '::1') process.stderr.write(`warning: bound to ${o.host}, reachable from the network; the API has no authentication\n`);
  process.stderr.write(`lagebild API on ${address} (database ${store.location}); docs ${address}/docs, OpenAPI ${address}/openapi.json\n`);
  closeOnSignals(app, store);
}
