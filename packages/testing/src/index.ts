export { createTestDatabase, databaseEnv, testDatabaseKind } from './test-database.ts';
export type { TestDatabase, TestDatabaseKind } from './test-database.ts';
export { GraphQLClient } from './graphql-client.ts';
export type { GraphQLResponse } from './graphql-client.ts';
export { defined } from './defined.ts';
export { mutate, ok, successType, transitionCase } from './mutation.ts';
export type { MutationResult, TransitionResult } from './mutation.ts';
export { coreWrites, refusedUnchanged } from './writes.ts';
export { shippedCalendar } from './calendar.ts';
export { adminModules, serverImportsOf } from './browser-safe.ts';
export { Authenticator, secretOf, stepAt, totpCode, wrongCode } from './second-factor.ts';
export { cadreId, cadreInput, createCadre, createUnit, globalId, rowId } from './registry.ts';
export {
  sampleDoc,
  sampleDocx,
  sampleExe,
  sampleHtml,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleXlsx,
} from './sample-files.ts';
