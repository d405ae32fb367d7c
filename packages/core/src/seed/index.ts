export type { DemoCadre } from './cadres.ts';
export type { DemoPost } from './careers.ts';
export * from './demo-city.ts';
export * from './insert-demo-city.ts';
export type { DemoQuota } from './quotas.ts';
export { Random } from './random.ts';
export type { DemoPool, DemoPoolEntry } from './reserve-pools.ts';
export type { DemoTeam, DemoUnit } from './units.ts';
