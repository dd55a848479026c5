import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/database.ts';

/** Ctrl-C or a termination signal closes the server and the database, then exits. */
export function closeOnSignals(app: FastifyInstance, store: Store): void {
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
