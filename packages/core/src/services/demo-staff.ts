import type { Transaction } from '@cadre/db';
import { PermissionSet, type PermissionSpec } from '../domain/permissions.ts';
import { type Actor, operatorIn } from './audit.ts';

// The staff a plugin's demo data is written by: named people of the department (干部科, 考核办,
// 部领导) who are no accounts, acting with what the district's built-in role of that name grants,
// so a demo step passes the same permission checks as a user's.

/** A member of the demo's staff: the name the records show and the built-in role held. */
export interface DemoStaffMember {
  name: string;
  role: string;
}

export interface DemoStaff {
  actor: Actor;
  permissions: PermissionSet;
}

/** `who` in the district, with the grants of its built-in role over the plugin's `catalog`. */
export async function demoStaffIn(
  tx: Transaction,
  districtId: string,
  who: DemoStaffMember,
  catalog: Record<string, PermissionSpec>,
): Promise<DemoStaff> {
  const { grants } = await tx.role.findUniqueOrThrow({
    where: { districtId_key: { districtId, key: who.role } },
    select: { grants: true },
  });
  return {
    actor: { ...operatorIn(districtId), name: who.name },
    permissions: new PermissionSet(grants, new Map(Object.entries(catalog))),
  };
}

/** A workflow case's version, as the page that takes the demo's next step has read it. */
export async function caseVersionOf(tx: Transaction, caseId: string): Promise<number> {
  const { version } = await tx.workflowCase.findUniqueOrThrow({
    where: { id: caseId },
    select: { version: true },
  });
  return version;
}
