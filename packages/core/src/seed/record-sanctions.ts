// The demo's sanctions go through the archive's services as a clerk's entries would: each is
// checked, audited and announced (core.sanction.recorded), and a lifted one is lifted by its own
// audited step, so the audit trail of a sanctioned cadre reads as it would in use. Their ids are
// the database's, as a clerk's entries get; the rest of the city keeps the plan's.

import type { Prisma, Transaction } from '@cadre/db';
import { addSanction, liftSanction } from '../services/archive/index.ts';
import { auditedIn, operatorIn } from '../services/audit.ts';
import type { WriteScope } from '../services/workflow.ts';

export async function recordDemoSanctions(
  tx: Transaction,
  sanctions: readonly Prisma.CadreSanctionCreateManyInput[],
): Promise<void> {
  // One scope per district: each district's records join its own audit chain.
  const scopes = new Map<string, WriteScope>();
  for (const planned of sanctions) {
    let scope = scopes.get(planned.districtId);
    if (!scope) {
      const actor = operatorIn(planned.districtId);
      scope = { tx, actor, ...auditedIn(tx, actor) };
      scopes.set(planned.districtId, scope);
    }
    const sanction = await addSanction(scope, planned.cadreId, {
      kind: planned.kind,
      decisionDate: new Date(planned.decisionDate),
      effectiveDate: new Date(planned.effectiveDate),
      issuingBody: planned.issuingBody,
      documentNumber: planned.documentNumber,
      reason: planned.reason,
      probationMonths: planned.probationMonths,
    });
    if (planned.liftedOn) {
      await liftSanction(scope, sanction.id, {
        liftedOn: new Date(planned.liftedOn),
        procedure: planned.liftProcedure ?? '',
      });
    }
  }
}
