import type { ParseArgsConfig } from 'node:util';

export type Values = Record<string, string | boolean | undefined>;

/** One `cadre <name> [sub]` command: its options and what it does. */
export interface Command {
  name: string;
  sub?: string;
  summary: string;
  options?: ParseArgsConfig['options'];
  run(values: Values): Promise<void>;
}
