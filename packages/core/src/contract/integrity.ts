import type { DistrictData } from '@cadre/db';
import type { Label } from './plugin.ts';

// The integrity check (带病提拔 prevention): before a cadre is listed, decided or reused, core asks
// every plugin enabled in the district for findings about them.

export type FindingSeverity = 'BLOCKING' | 'WARNING' | 'INFO';

export interface IntegrityFinding {
  cadreId: string;
  severity: FindingSeverity;
  /** Stable code `<PLUGIN>_<WHAT>`, e.g. `SUPERVISION_OPEN_TIP`. */
  code: string;
  reason: Label;
}

/**
 * What the check is for: a promotion or an important post (重用), where a restriction in force
 * blocks, or anything else (a review, a lateral move), where it only warns.
 */
export type IntegrityPurpose = 'PROMOTION' | 'IMPORTANT_POST' | 'OTHER';

export interface IntegrityQuery {
  /** The district's data, scoped by row-level security. */
  data: DistrictData;
  cadreIds: readonly string[];
  /** The date the findings are for (influence periods are date-bound). */
  asOf: Date;
  purpose: IntegrityPurpose;
}

/** A plugin's contribution; core adds the source plugin id to each finding. */
export type IntegrityFindingsSource = (query: IntegrityQuery) => Promise<IntegrityFinding[]>;
