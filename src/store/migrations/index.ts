import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './20250601T0000-initial.ts';
import * as relationsAnalytics from './20250701T0000-relations-analytics.ts';
import * as querySpeed from './20250801T0000-query-speed.ts';
import * as graphWindows from './20250901T0000-graph-windows.ts';

/**
 * Migrations imported in code: Kysely's FileMigrationProvider loads files by path at run time,
 * which breaks under tsx and in bundles. Add each new `<timestamp>-<name>.ts` here; the
 * Migrator runs them in the order of their names.
 */
const migrations: Record<string, Migration> = {
  '20250601T0000-initial': initial,
  '20250701T0000-relations-analytics': relationsAnalytics,
  '20250801T0000-query-speed': querySpeed,
  '20250901T0000-graph-windows': graphWindows,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
