import { highestEducation, type Transaction } from '@cadre/core';
import type { Rank } from '@cadre/db/client';
import type { CandidateFacts, CandidatePost } from '../domain/index.ts';

// The archive facts the eligibility rules read, from core's cadre record and post history.
// Core keeps no rank per post (简历 lines name the post, not the grade), so the time at the
// current rank counts from `rankSince`; history lines carry the lowest grade, which no tenure rule
// asks for, and count only as grass-roots experience. Core has no sanctions, influence periods or
// annual grades yet: those rules see none until it does.

const NO_RANK_RECORDED: Rank = 'STAFF_2';

export interface CadreFacts extends CandidateFacts {
  id: string;
  name: string;
}

type Reader = Pick<Transaction, 'cadre' | 'cadrePost'>;

export async function cadreFactsOf(
  client: Reader,
  districtId: string,
  cadreIds: readonly string[],
): Promise<Map<string, CadreFacts>> {
  if (cadreIds.length === 0) return new Map();
  const ids = [...new Set(cadreIds)];
  const [cadres, posts] = await Promise.all([
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
      select: { cadreId: true, startedOn: true, endedOn: true, grassRoots: true },
    }),
  ]);
  return new Map(
    cadres.map((cadre) => {
      const history: CandidatePost[] = posts
        .filter((p) => p.cadreId === cadre.id)
        .map((p) => ({ ...p, rank: NO_RANK_RECORDED }));
      const atRank: CandidatePost = {
        rank: cadre.rank,
        startedOn: cadre.rankSince,
        endedOn: null,
        grassRoots: false,
      };
      return [
        cadre.id,
        {
          id: cadre.id,
          name: cadre.name,
          birthDate: cadre.birthDate,
          workStartDate: cadre.workStartDate,
          education: highestEducation(cadre.fullTimeEducation, cadre.inServiceEducation),
          posts: [atRank, ...history],
          currentRank: cadre.rank,
          influencePeriods: [],
          annualGrades: [],
        },
      ];
    }),
  );
}
