// `@cadre/testing/gateway`: a real gateway per test file, for the gateway's and the plugins' HTTP
// tests. A subpath of its own, so the database helpers do not load the gateway.
export { auditCount, awayFromMinuteBoundary, useGateway } from './harness.ts';
export type { Harness } from './harness.ts';
export { staffOf, staffWith } from './staff.ts';
export type { StaffOptions } from './staff.ts';
export { useCountingGateway } from './statement-count.ts';
export type { CountingGateway } from './statement-count.ts';
export { createTestTenants, TEST_PASSWORD } from './tenants.ts';
export type { TestTenant } from './tenants.ts';
