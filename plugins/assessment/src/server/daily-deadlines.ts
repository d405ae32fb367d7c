import {
  type Deadline,
  type DeadlineQuery,
  type DeadlineSource,
  PermissionSet,
  shownBy,
  todayInChina,
} from '@cadre/core';
import {
  type Quarter,
  quarterEnd,
  quarterlyEvaluationsDue,
  quarterOfKey,
} from '../domain/daily.ts';
import { ASSESSMENT_PERMISSION as P, ASSESSMENT_PERMISSIONS } from './permissions.ts';

// 季考评 due (到期提醒): for each quarter, a unit whose cadres in service are not all evaluated has
// an item until they are (self-closing). The office sees every unit's (`daily.write`); each
// unit assessor gets the own unit's, assigned, as the due-item list cannot narrow by unit.

export const EVALUATIONS_DUE_KIND = 'quarterly-evaluations';

const CATALOG = new Map(Object.entries(ASSESSMENT_PERMISSIONS));

/** Keeps the own unit's daily assessment, not every unit's. */
const isUnitAssessor = (grants: readonly string[]) => {
  const held = new PermissionSet(grants, CATALOG);
  return held.has(P.writeOwnUnit) && !held.has(P.writeDaily);
};

/** Unit id → cadres in service not evaluated in `q`, among those in the registry by its end. */
function missingByUnit(
  cadres: readonly { id: string; unitId: string; createdAt: Date }[],
  evaluated: ReadonlySet<string>,
  q: Quarter,
): Map<string, number> {
  const missing = new Map<string, number>();
  for (const cadre of cadres) {
    // Entered in the registry after the quarter (a newcomer, a registry imported later): not
    // expected to have been evaluated in it.
    if (todayInChina(cadre.createdAt) > quarterEnd(q)) continue;
    if (!evaluated.has(`${cadre.id}/${q.year}/${q.quarter}`)) {
      missing.set(cadre.unitId, (missing.get(cadre.unitId) ?? 0) + 1);
    }
  }
  return missing;
}

async function quarterlyEvaluationsMissing({ data, today }: DeadlineQuery): Promise<Deadline[]> {
  const occurrences = shownBy(quarterlyEvaluationsDue, today);
  const first = occurrences[0];
  if (!first) return [];
  const { districtId } = data;
  const cadres = await data.prisma.cadre.findMany({
    where: { districtId, status: 'ACTIVE' },
    select: { id: true, unitId: true, createdAt: true },
  });
  const evaluations = await data.prisma.quarterlyEvaluation.findMany({
    where: { districtId, year: { gte: quarterOfKey(first.period).year } },
    select: { cadreId: true, year: true, quarter: true },
  });
  const evaluated = new Set(evaluations.map((e) => `${e.cadreId}/${e.year}/${e.quarter}`));
  const due = occurrences.map((occurrence) => {
    const q = quarterOfKey(occurrence.period);
    return { occurrence, q, missing: missingByUnit(cadres, evaluated, q) };
  });
  const unitIds = [...new Set(due.flatMap(({ missing }) => [...missing.keys()]))];
  if (unitIds.length === 0) return [];
  const units = new Map(
    (
      await data.prisma.unit.findMany({
        where: { districtId, id: { in: unitIds } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const users = await data.prisma.user.findMany({
    where: { districtId, status: 'ACTIVE', unitId: { in: unitIds } },
    select: { id: true, unitId: true, roles: { select: { role: { select: { grants: true } } } } },
  });
  const assessors = users.filter((u) => isUnitAssessor(u.roles.flatMap((r) => r.role.grants)));
  return due.flatMap(({ occurrence, q, missing }) =>
    [...missing].flatMap(([unitId, count]): Deadline[] => {
      const item = {
        kind: EVALUATIONS_DUE_KIND,
        subjectType: 'Unit',
        subjectId: `${unitId}/${occurrence.period}`,
        title: `${units.get(unitId) ?? ''} ${q.year}年第${q.quarter}季度季考评：${count}人未评`,
        dueDate: occurrence.dueDate,
        link: `/assessment/daily?unit=${unitId}&year=${q.year}&quarter=${q.quarter}`,
      };
      return [
        { ...item, permission: P.writeDaily },
        ...assessors
          .filter((a) => a.unitId === unitId)
          .map((a) => ({ ...item, subjectId: `${item.subjectId}/${a.id}`, assigneeId: a.id })),
      ];
    }),
  );
}

export const dailyDeadlines: DeadlineSource = {
  due: quarterlyEvaluationsMissing,
  selfClosing: [EVALUATIONS_DUE_KIND],
};
