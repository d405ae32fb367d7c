// The demo's 班子成员: the leaders in post in a unit sit in its first team, the most senior
// principal as its head (one principal a team), the rest as deputies, by rank.

import type { Prisma } from '@cadre/db/client';
import type { DemoCadre } from './cadres.ts';
import { RANK_LEVEL, type DemoPost } from './careers.ts';
import type { Random } from './random.ts';
import type { DemoTeam } from './units.ts';

export function planTeamMembers(
  random: Random,
  teams: readonly DemoTeam[],
  cadres: readonly DemoCadre[],
  posts: readonly DemoPost[],
): Prisma.LeadershipTeamMemberCreateManyInput[] {
  const firstTeam = new Map<string, DemoTeam>();
  for (const team of teams) if (!firstTeam.has(team.unitId)) firstTeam.set(team.unitId, team);
  const currentTitle = new Map(
    posts.filter((p) => p.endedOn === null).map((p) => [p.cadreId, p.title]),
  );
  const leaders = cadres
    .filter((c) => c.status === 'ACTIVE' && c.rank.startsWith('LEADER_'))
    .sort(
      (a, b) =>
        RANK_LEVEL[b.rank] - RANK_LEVEL[a.rank] || a.rankSince.getTime() - b.rankSince.getTime(),
    );
  const seated = new Map<string, number>();
  return leaders.flatMap((cadre) => {
    const team = firstTeam.get(cadre.unitId);
    if (!team) return [];
    const order = seated.get(team.id) ?? 0;
    seated.set(team.id, order + 1);
    return {
      id: random.uuid(),
      districtId: team.districtId,
      teamId: team.id,
      cadreId: cadre.id,
      role: order === 0 && cadre.rank.endsWith('_PRINCIPAL') ? 'PRINCIPAL' : 'DEPUTY',
      postTitle: currentTitle.get(cadre.id) ?? '班子成员',
      sortOrder: order,
    };
  });
}
