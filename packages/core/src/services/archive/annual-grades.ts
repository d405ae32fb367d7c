import { z } from 'zod';
import { AnnualGrade } from '@cadre/db';
import type { CadreAnnualGrade } from '@cadre/db/client';
import { checkRecordYear } from '../../domain/archive-rules.ts';
import { todayInChina } from '../../domain/dates.ts';
import { InputError } from '../../errors/cadre-error.ts';
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
} from './records.ts';
import { keepRevision } from './revisions.ts';

// A15 年度考核: one grade a year per cadre. The assessment plugin writes it (source
// `assessment`); districts without it enter it by hand. Entering a year is free; changing a year
// already recorded needs a reason, and keeps the former grade.

const gradeInput = z.object({
  year: z.number().int(),
  grade: z.enum(AnnualGrade),
  note: optionalText({ zh: '备注', en: 'Note' }, 200),
  reason: revisionReason.nullish(),
});

export type AnnualGradeInput = z.input<typeof gradeInput>;

/**
 * Enters the grade of a year, or changes the year's grade with a reason. `source` is `core` for
 * staff, or the writing plugin's id. Nothing is written when the year already says the same; a
 * plugin giving the grade staff entered by hand only becomes its source.
 */
export async function setAnnualGrade(
  scope: WriteScope,
  cadreId: string,
  raw: AnnualGradeInput,
  source = 'core',
): Promise<CadreAnnualGrade> {
  const cadre = await cadreOf(scope, cadreId);
  const { year, reason, ...input } = parseInput(gradeInput, raw, []);
  refuse(archiveIssues(checkRecordYear(year, cadre.workStartDate, todayInChina())), '');
  const data = { ...input, source };
  const before = await scope.tx.cadreAnnualGrade.findUnique({
    where: { cadreId_year: { cadreId: cadre.id, year } },
  });
  if (before && before.grade === data.grade) {
    if (before.source === 'core' && source !== 'core') return takeOver(scope, before, source);
    if (before.note === data.note) return before;
  }
  if (before) {
    if (!reason) {
      throw new InputError([
        {
          path: 'reason',
          code: 'REASON_REQUIRED',
          text: {
            zh: `更改${year}年度已记载的考核等次须说明理由`,
            en: `Changing the grade recorded for ${year} needs a reason`,
          },
        },
      ]);
    }
    await keepRevision(scope, 'CadreAnnualGrade', before, 'CORRECT', reason);
  }
  const grade = before
    ? await scope.tx.cadreAnnualGrade.update({ where: { id: before.id }, data })
    : await scope.tx.cadreAnnualGrade.create({
        data: { ...data, year, cadreId: cadre.id, districtId: scope.actor.districtId },
      });
  await scope.audit({
    operation: 'cadre.annual-grade.set',
    targetType: 'Cadre',
    targetId: cadre.id,
    changes: { year, ...(reason && before ? { reason } : {}), ...changesOf(before ?? {}, data) },
  });
  await scope.emit(ARCHIVE_EVENTS.annualGradeRecorded, { cadreId: cadre.id, year });
  return grade;
}

/**
 * A plugin's grade the same as one staff entered by hand: the fact stands, so no revision; the
 * record now names the plugin as its source (the note staff wrote stays).
 */
async function takeOver(
  scope: WriteScope,
  before: CadreAnnualGrade,
  source: string,
): Promise<CadreAnnualGrade> {
  const grade = await scope.tx.cadreAnnualGrade.update({
    where: { id: before.id },
    data: { source },
  });
  await scope.audit({
    operation: 'cadre.annual-grade.set',
    targetType: 'Cadre',
    targetId: before.cadreId,
    changes: { year: before.year, ...changesOf(before, { source }) },
  });
  return grade;
}

/** Removes a year's grade entered in error; the revision keeps what it said. */
export async function removeAnnualGrade(
  scope: WriteScope,
  id: string,
  reasonRaw: string,
): Promise<void> {
  const reason = parseInput(revisionReason, reasonRaw, ['reason']);
  const before = await existing(id, { zh: '年度考核结果', en: 'Annual grade' }, (id) =>
    scope.tx.cadreAnnualGrade.findFirst({ where: { id, districtId: scope.actor.districtId } }),
  );
  await keepRevision(scope, 'CadreAnnualGrade', before, 'REVOKE', reason);
  await scope.tx.cadreAnnualGrade.delete({ where: { id: before.id } });
  await scope.audit({
    operation: 'cadre.annual-grade.remove',
    targetType: 'Cadre',
    targetId: before.cadreId,
    changes: { year: before.year, reason, ...changesOf(before, { grade: null, note: null }) },
  });
  await scope.emit(ARCHIVE_EVENTS.annualGradeRemoved, {
    cadreId: before.cadreId,
    year: before.year,
  });
}
