import { annualGradesOf, highestEducation, influenceFactsOf, type Transaction } from '@cadre/core';
import type { CandidateFacts, CandidatePost } from '../domain/index.ts';

// The archive facts the eligibility rules read, from core's archive: the cadre record, the post
// history with the rank held in each post, the measures with influence periods and the annual
// grades. Where the history does not record the current rank (an archive entered before ranks per
// post were kept), the time at it counts from the record's `rankSince`.

export interface CadreFacts extends CandidateFacts {
  id: string;
  name: string;
}

type Reader = Pick<Transaction, 'cadre' | 'cadrePost' | 'cadreSanction' | 'cadreAnnualGrade'>;

export async function cadreFactsOf(
  client: Reader,
  districtId: string,
  cadreIds: readonly string[],
): Promise<Map<string, CadreFacts>> {
  if (cadreIds.length === 0) return new Map();
  const ids = [...new Set(cadreIds)];
  const [cadres, posts, influence, grades] = await Promise.all([
    client.cadre.findMany({
      where: { districtId, id: { in: ids } },
      select: {
        id: true,
        name: true,
        birthDate: true,
        workStartDate: true,
        fullTimeEducation: true,
        inServiceEducation: true,
        rank: true,
        rankSince: true,
      },
    }),
    client.cadrePost.findMany({
      where: { districtId, cadreId: { in: ids } },
      select: { cadreId: true, startedOn: true, endedOn: true, grassRoots: true, rank: true },
    }),
    influenceFactsOf(client, districtId, ids),
    annualGradesOf(client, districtId, ids),
  ]);
  return new Map(
    cadres.map((cadre) => {
      const history: CandidatePost[] = posts.filter((p) => p.cadreId === cadre.id);
      const currentRankRecorded = history.some((p) => p.endedOn === null && p.rank === cadre.rank);
      const atRank: CandidatePost[] = currentRankRecorded
        ? []
        : [{ rank: cadre.rank, startedOn: cadre.rankSince, endedOn: null, grassRoots: false }];
      return [
        cadre.id,
        {
          id: cadre.id,
          name: cadre.name,
          birthDate: cadre.birthDate,
          workStartDate: cadre.workStartDate,
          education: highestEducation(cadre.fullTimeEducation, cadre.inServiceEducation),
          posts: [...atRank, ...history],
          currentRank: cadre.rank,
          influenceFacts: influence.get(cadre.id) ?? [],
          annualGrades: grades.get(cadre.id) ?? [],
        },
      ];
    }),
  );
}
