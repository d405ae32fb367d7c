export { APPLICATION_ROLE, openDatabase, targetFromEnv } from './connection.ts';
export type {
  Database,
  DistrictData,
  Transaction,
  DatabaseOptions,
  DatabaseTarget,
  SqlChannel,
  SqlClient,
} from './connection.ts';
export { migrate, MigrationError } from './migrate.ts';
export { readMigrations } from './migration-files.ts';
export type { MigrationFile } from './migration-files.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
