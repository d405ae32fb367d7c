export {
  APPLICATION_ROLE,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  openDatabase,
  targetFromEnv,
} from './connection.ts';
export type {
  Database,
  DistrictData,
  Transaction,
  DatabaseOptions,
  DatabaseTarget,
  SqlChannel,
  SqlClient,
} from './connection.ts';
export { migrate, migrateIfBehind, MigrationError, pendingMigrations } from './migrate.ts';
export { inspectRuntimeRole, runtimeRoleProblems } from './runtime-role.ts';
export type { RuntimeRole } from './runtime-role.ts';
export { readMigrations } from './migration-files.ts';
export type { MigrationFile } from './migration-files.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
