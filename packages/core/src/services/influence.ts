import type { Transaction } from '@cadre/db';
import type { AnnualGrade } from '@cadre/db/client';
import { type InfluenceFact, restrictionsInForce } from '../domain/influence-periods.ts';
import { influenceFactOf } from './archive/sanctions.ts';

// The archive facts every plugin's rules read, gathered for a set of cadres in one statement per
// kind: the measures with influence periods (as the engine takes them) and the annual grades.

type Reader = Pick<Transaction, 'cadreSanction' | 'cadreAnnualGrade'>;

/** Every sanction-like measure of the cadres, revoked ones included (the engine skips them). */
export async function influenceFactsOf(
  client: Pick<Reader, 'cadreSanction'>,
  districtId: string,
  cadreIds: readonly string[],
): Promise<Map<string, InfluenceFact[]>> {
  const rows = await client.cadreSanction.findMany({
    where: { districtId, cadreId: { in: [...cadreIds] } },
    select: {
      id: true,
      cadreId: true,
      kind: true,
      decisionDate: true,
      effectiveDate: true,
      probationMonths: true,
      liftedOn: true,
      revokedAt: true,
    },
    orderBy: [{ effectiveDate: 'asc' }, { id: 'asc' }],
  });
  const byCadre = new Map<string, InfluenceFact[]>(cadreIds.map((id) => [id, []]));
  for (const row of rows) byCadre.get(row.cadreId)?.push(influenceFactOf(row));
  return byCadre;
}

/** The restrictions in force on `on` for each of the cadres (an empty list for a free cadre). */
export async function restrictionsOfCadres(
  client: Pick<Reader, 'cadreSanction'>,
  districtId: string,
  cadreIds: readonly string[],
  on: Date,
) {
  const facts = await influenceFactsOf(client, districtId, cadreIds);
  return new Map([...facts].map(([cadreId, list]) => [cadreId, restrictionsInForce(list, on)]));
}

export interface GradeOfYear {
  year: number;
  grade: AnnualGrade;
}

/** The annual grades of the cadres, oldest first. */
export async function annualGradesOf(
  client: Pick<Reader, 'cadreAnnualGrade'>,
  districtId: string,
  cadreIds: readonly string[],
): Promise<Map<string, GradeOfYear[]>> {
  const rows = await client.cadreAnnualGrade.findMany({
    where: { districtId, cadreId: { in: [...cadreIds] } },
    select: { cadreId: true, year: true, grade: true },
    orderBy: { year: 'asc' },
  });
  const byCadre = new Map<string, GradeOfYear[]>(cadreIds.map((id) => [id, []]));
  for (const { cadreId, ...grade } of rows) byCadre.get(cadreId)?.push(grade);
  return byCadre;
}
