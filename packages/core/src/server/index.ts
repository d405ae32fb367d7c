import type { CadrePlugin } from '../contract/plugin.ts';
import { registerApiKey } from './api-key.ts';
import { registerAppointmentProposal } from './appointment-proposal.ts';
import { registerArchiveRecords } from './archive/index.ts';
import type { ArchiveEnums } from './archive/archive-enums.ts';
import { registerArchiveVerification } from './archive-verification.ts';
import { registerAttachment } from './attachment.ts';
import { registerAuditRecord } from './audit-record.ts';
import type { Builder } from './builder.ts';
import { type CadreRef, registerCadre } from './cadre.ts';
import { registerCadreEnums } from './cadre-enums.ts';
import { registerCadrePost } from './cadre-post.ts';
import { registerCadreStructure } from './cadre-structure.ts';
import { registerCity } from './city.ts';
import { registerDistrict } from './district.ts';
import { registerDueItem } from './due-item.ts';
import { registerErrorTypes } from './error-types.ts';
import { registerIntegrityCheck } from './integrity-check.ts';
import { registerLeadershipTeam } from './leadership-team.ts';
import { registerOutboxEvent } from './outbox-event.ts';
import { registerOverQuotaPlan } from './over-quota-plan.ts';
import { registerReservePool } from './reserve-pool.ts';
import { registerRole } from './role.ts';
import { registerScalars } from './scalars.ts';
import { registerUnit, type UnitCategoryRef, type UnitRef } from './unit.ts';
import { registerUser } from './user.ts';
import { registerViewer } from './viewer.ts';
import { registerWorkflowCase, type WorkflowCaseRefs } from './workflow-case.ts';

export interface CoreSchemaOptions {
  /** Every plugin installed in this gateway, whether or not a district enables it. */
  installed: readonly CadrePlugin[];
}

/** The core types plugins add their fields to. */
export interface CoreRefs {
  Cadre: CadreRef;
  /** For a plugin's case type to link its workflow case (state, history, record). */
  WorkflowCase: WorkflowCaseRefs['WorkflowCase'];
  /** A unit (单位); resolve it with the unit's row. */
  Unit: UnitRef;
  /** The archive's code lists (Rank, AnnualGrade …), for a plugin's fields and arguments. */
  enums: ArchiveEnums;
  /** A unit's category (区直机关, 街道 …), for a plugin's rules that differ by kind of unit. */
  UnitCategory: UnitCategoryRef;
}

/** Core's part of the schema: every variant has it. */
export function registerCoreSchema(builder: Builder, options: CoreSchemaOptions): CoreRefs {
  builder.queryType({});
  builder.mutationType({});
  registerScalars(builder);
  registerErrorTypes(builder);
  const roles = registerRole(builder);
  const users = registerUser(builder, roles);
  registerViewer(builder, users);
  registerApiKey(builder);
  registerAuditRecord(builder);
  registerDistrict(builder, options.installed);
  const { Unit, PostLevel, QuotaTotals, UnitCategory } = registerUnit(builder);
  const enums = registerCadreEnums(builder);
  const { CadrePost } = registerCadrePost(builder, Unit, enums);
  const { Cadre } = registerCadre(builder, enums, { Unit, CadrePost });
  registerArchiveVerification(builder, enums, Cadre);
  const archiveEnums = registerArchiveRecords(builder, Cadre, enums);
  registerAttachment(builder, Cadre);
  const { TeamStructure, CadreStructure } = registerCadreStructure(builder, enums, Unit);
  registerCity(builder, { enums, CadreStructure, QuotaTotals });
  registerLeadershipTeam(builder, { Cadre, TeamStructure });
  registerOverQuotaPlan(builder, { Unit, PostLevel });
  registerReservePool(builder, Cadre);
  registerOutboxEvent(builder);
  registerDueItem(builder);
  const workflow = registerWorkflowCase(builder);
  registerIntegrityCheck(builder, Cadre, workflow);
  registerAppointmentProposal(builder, { Cadre, WorkflowCase: workflow.WorkflowCase });
  return {
    Cadre,
    WorkflowCase: workflow.WorkflowCase,
    Unit,
    UnitCategory,
    enums: archiveEnums,
  };
}
