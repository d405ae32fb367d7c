import type { CadreRef } from '../cadre.ts';
import type { ArchiveEnums } from './archive-enums.ts';
import type { AddRevisions } from './archive-record-revision.ts';

/** What every record type of the archive is built with. */
export interface ArchiveRefs {
  Cadre: CadreRef;
  enums: ArchiveEnums;
  addRevisions: AddRevisions;
}

/** Rewards, annual grades and family members are edited with the cadre record. */
export const CADRE_WRITE = { permission: 'core.cadre.write' };
