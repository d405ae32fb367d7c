import { z } from 'zod';
import { PoliticalStatus } from '@cadre/db';
import type { FamilyMember } from '@cadre/db/client';
import { checkRecordDates } from '../../domain/archive-rules.ts';
import { todayInChina } from '../../domain/dates.ts';
import { parseInput } from '../../errors/zod-issues.ts';
import type { WriteScope } from '../workflow.ts';
import { ARCHIVE_EVENTS } from './events.ts';
import {
  archiveIssues,
  cadreOf,
  changesOf,
  existing,
  optionalText,
  refuse,
  revisionReason,
  text,
} from './records.ts';
import { keepRevision } from './revisions.ts';

// A36 家庭成员及重要社会关系, as the cadre card (任免审批表) lists them.

const memberInput = z.object({
  relation: text({ zh: '称谓', en: 'Relation' }, 10),
  name: text({ zh: '姓名', en: 'Name' }, 20, 2),
  birthDate: z
    .date()
    .nullish()
    .transform((date) => date ?? null),
  politicalStatus: z
    .enum(PoliticalStatus)
    .nullish()
    .transform((status) => status ?? null),
  workUnitAndPost: optionalText({ zh: '工作单位及职务', en: 'Work unit and post' }, 100),
  socialRelation: z.boolean().nullish().transform(Boolean),
  sortOrder: z.number().int().min(0).max(999).nullish(),
});

export type FamilyMemberInput = z.input<typeof memberInput>;

/** A valid member: born no later than today. Without a sort order, it goes after the others. */
async function checkedMember(scope: WriteScope, cadreId: string, raw: FamilyMemberInput) {
  const { sortOrder, ...input } = parseInput(memberInput, raw);
  refuse(archiveIssues(checkRecordDates({ birthDate: input.birthDate }, todayInChina())));
  return {
    ...input,
    sortOrder: sortOrder ?? (await scope.tx.familyMember.count({ where: { cadreId } })),
  };
}

const memberOf = ({ tx, actor }: WriteScope, id: string) =>
  existing(id, { zh: '家庭成员', en: 'Family member' }, (id) =>
    tx.familyMember.findFirst({ where: { id, districtId: actor.districtId } }),
  );

export async function addFamilyMember(
  scope: WriteScope,
  cadreId: string,
  raw: FamilyMemberInput,
): Promise<FamilyMember> {
  const cadre = await cadreOf(scope, cadreId);
  const data = await checkedMember(scope, cadre.id, raw);
  const member = await scope.tx.familyMember.create({
    data: { ...data, cadreId: cadre.id, districtId: scope.actor.districtId },
  });
  await scope.audit({
    operation: 'cadre.family-member.add',
    targetType: 'Cadre',
    targetId: cadre.id,
    changes: { familyMemberId: member.id, ...changesOf({}, data) },
  });
  await scope.emit(ARCHIVE_EVENTS.familyMemberRecorded, {
    cadreId: cadre.id,
    familyMemberId: member.id,
  });
  return member;
}

export async function correctFamilyMember(
  scope: WriteScope,
  id: string,
  raw: FamilyMemberInput,
  reasonRaw: string,
): Promise<FamilyMember> {
  const reason = parseInput(revisionReason, reasonRaw, ['reason']);
  const before = await memberOf(scope, id);
  const data = await checkedMember(scope, before.cadreId, {
    ...raw,
    sortOrder: raw.sortOrder ?? before.sortOrder,
  });
  await keepRevision(scope, 'FamilyMember', before, 'CORRECT', reason);
  const member = await scope.tx.familyMember.update({ where: { id: before.id }, data });
  await scope.audit({
    operation: 'cadre.family-member.correct',
    targetType: 'Cadre',
    targetId: before.cadreId,
    changes: { familyMemberId: before.id, reason, ...changesOf(before, data) },
  });
  await scope.emit(ARCHIVE_EVENTS.familyMemberCorrected, {
    cadreId: before.cadreId,
    familyMemberId: before.id,
  });
  return member;
}

/** Removes a member entered in error; the revision keeps what it said. */
export async function removeFamilyMember(
  scope: WriteScope,
  id: string,
  reasonRaw: string,
): Promise<void> {
  const reason = parseInput(revisionReason, reasonRaw, ['reason']);
  const before = await memberOf(scope, id);
  await keepRevision(scope, 'FamilyMember', before, 'REVOKE', reason);
  await scope.tx.familyMember.delete({ where: { id: before.id } });
  await scope.audit({
    operation: 'cadre.family-member.remove',
    targetType: 'Cadre',
    targetId: before.cadreId,
    changes: { familyMemberId: before.id, reason },
  });
  await scope.emit(ARCHIVE_EVENTS.familyMemberRemoved, {
    cadreId: before.cadreId,
    familyMemberId: before.id,
  });
}
