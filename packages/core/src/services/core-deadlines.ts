import type { Deadline, DeadlineQuery, DeadlineSource } from '../contract/deadlines.ts';
import { addDays } from '../domain/dates.ts';
import { dated, LOOK_BACK_DAYS, shownBy, yearlyOn } from '../domain/deadlines.ts';

// Core's own deadlines, from the archive records every district keeps whatever plugins it enables.

export const INFLUENCE_PERIOD_END = 'influence-period-end';
export const ANNUAL_GRADE_MISSING = 'annual-grade-missing';

/** An influence period's end is on the list from 30 days before its last day. */
const INFLUENCE_LEAD_DAYS = 30;

/** A year's grades (年度考核等次) are entered from 1 January of the next year, by 31 March. */
const GRADES_DUE = yearlyOn({ month: 3, day: 31 }, { shownFrom: { month: 1, day: 1 } });

/**
 * The day after an influence period (影响期) ends, for every measure not revoked. The item names
 * the cadre, never the measure (sensitive): only holders of `core.sanction.read` see it.
 */
async function influencePeriodEnds({ data, today }: DeadlineQuery): Promise<Deadline[]> {
  const sanctions = await data.prisma.cadreSanction.findMany({
    where: {
      districtId: data.districtId,
      revokedAt: null,
      // The window `shownBy` keeps, so old and far-off periods are not read at all.
      restrictedUntil: {
        gte: addDays(today, -LOOK_BACK_DAYS - 1),
        lte: addDays(today, INFLUENCE_LEAD_DAYS),
      },
    },
    select: { id: true, restrictedUntil: true, cadre: { select: { id: true, name: true } } },
  });
  return sanctions.flatMap(({ id, restrictedUntil, cadre }) =>
    restrictedUntil
      ? shownBy(dated(addDays(restrictedUntil, 1), INFLUENCE_LEAD_DAYS + 1), today).map(
          (occurrence) => ({
            kind: INFLUENCE_PERIOD_END,
            subjectType: 'CadreSanction',
            subjectId: id,
            title: `${cadre.name} 影响期届满`,
            dueDate: occurrence.dueDate,
            link: `/cadres/${cadre.id}`,
            permission: 'core.sanction.read',
          }),
        )
      : [],
  );
}

/**
 * Last year's grades not all entered: one item per unit with an active cadre who was working
 * that year and has no grade for it, until every grade is in. A year's item gives way to the
 * next year's on 1 January.
 */
async function missingAnnualGrades({ data, today }: DeadlineQuery): Promise<Deadline[]> {
  const thisYear = new Date(Date.UTC(today.getUTCFullYear(), 0, 1));
  const items: Deadline[] = [];
  for (const { dueDate } of shownBy(GRADES_DUE, today, thisYear)) {
    const year = dueDate.getUTCFullYear() - 1;
    const cadres = await data.prisma.cadre.findMany({
      where: {
        districtId: data.districtId,
        status: 'ACTIVE',
        workStartDate: { lt: new Date(Date.UTC(year + 1, 0, 1)) },
        annualGrades: { none: { year } },
      },
      distinct: ['unitId'],
      select: { unit: { select: { id: true, name: true } } },
    });
    for (const { unit } of cadres) {
      items.push({
        kind: ANNUAL_GRADE_MISSING,
        subjectType: 'Unit',
        subjectId: `${unit.id}/${year}`,
        title: `${unit.name} ${year} 年度考核等次未录入`,
        dueDate,
        link: `/cadres?unit=${unit.id}`,
        permission: 'core.cadre.write',
      });
    }
  }
  return items;
}

export const CORE_DEADLINES: DeadlineSource = {
  due: async (query) => [
    ...(await influencePeriodEnds(query)),
    ...(await missingAnnualGrades(query)),
  ],
  selfClosing: [INFLUENCE_PERIOD_END, ANNUAL_GRADE_MISSING],
};
