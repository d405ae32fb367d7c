import type { ObjectRef } from '@pothos/core';
import { TeamRole } from '@cadre/db';
import type { LeadershipTeamMember } from '@cadre/db/client';
import type { RequestContext } from '../contract/context.ts';
import { todayInChina } from '../domain/dates.ts';
import {
  NO_TEAM_MEMBERS,
  type TeamStructure,
  teamStructures,
} from '../services/cadre-structure.ts';
import type { Builder, Types } from './builder.ts';
import type { CadreRef } from './cadre.ts';
import { cadreRowsLoader, groupRows, loaderFor } from './loaders.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { districtOf } from './scope.ts';
import { MEMBER_ORDER, registerTeamMemberWrites } from './team-member-writes.ts';

/** The members of every team a request shows, in one statement however the teams were reached. */
const membersOf = (ctx: RequestContext) =>
  loaderFor<LeadershipTeamMember[]>(
    ctx,
    'team.members',
    async (teamIds) =>
      groupRows(
        await ctx.prisma.leadershipTeamMember.findMany({
          where: { districtId: districtOf(ctx).id, teamId: { in: [...teamIds] } },
          orderBy: [...MEMBER_ORDER],
        }),
        (member) => member.teamId,
      ),
    [],
  );

/** The structure of every team a request shows, in one statement. */
const structureOf = (ctx: RequestContext) =>
  loaderFor<TeamStructure>(
    ctx,
    'team.structure',
    async (teamIds) => [
      ...(await teamStructures(ctx.sql, {
        districtId: districtOf(ctx).id,
        teamIds,
        today: todayInChina(),
      })),
    ],
    NO_TEAM_MEMBERS,
  );

interface TeamTypeRefs {
  Cadre: CadreRef;
  TeamStructure: ObjectRef<Types, TeamStructure>;
}

function teamTypes(builder: Builder, refs: TeamTypeRefs) {
  const Role = builder.enumType(TeamRole, {
    name: 'TeamRole',
    description: 'PRINCIPAL 正职（主要负责人）, DEPUTY 副职, MEMBER 班子成员',
  });

  const Member = builder.prismaNode('LeadershipTeamMember', {
    id: { field: 'id' },
    description: '班子成员: a cadre’s seat in a leadership team',
    fields: (t) => ({
      team: t.relation('team'),
      cadre: t.field({ type: refs.Cadre, resolve: (member) => member.cadreId }),
      role: t.expose('role', { type: Role }),
      postTitle: t.exposeString('postTitle', {
        description: 'The post in the team, e.g. 党工委书记',
      }),
      sortOrder: t.exposeInt('sortOrder', {
        description: 'Place in the team’s list, lowest first',
      }),
    }),
  });

  const Team = builder.prismaNode('LeadershipTeam', {
    id: { field: 'id' },
    description: '领导班子',
    fields: (t) => ({
      name: t.exposeString('name'),
      unit: t.relation('unit'),
      members: t.field({
        type: [Member],
        description: '班子成员 in the team’s order',
        complexity: listCost(LIST_BOUNDS.teamMembers),
        resolve: (team, _args, ctx) => membersOf(ctx).load(team.id),
      }),
      structure: t.field({
        type: refs.TeamStructure,
        description: '班子结构: the members in service counted as the cadre structure counts them',
        authScopes: { permission: 'core.cadre.read' },
        resolve: (team, _args, ctx) => structureOf(ctx).load(team.id),
      }),
    }),
  });

  builder.objectField(refs.Cadre, 'teamSeats', (t) =>
    t.field({
      type: [Member],
      description: 'The leadership teams the cadre sits in',
      complexity: listCost(LIST_BOUNDS.cadreTeamSeats),
      resolve: (cadre, _args, ctx) =>
        cadreRowsLoader(ctx, 'cadre.teamSeats', (cadreIds) =>
          ctx.prisma.leadershipTeamMember.findMany({
            where: { districtId: districtOf(ctx).id, cadreId: { in: cadreIds } },
            orderBy: [{ teamId: 'asc' }, ...MEMBER_ORDER],
          }),
        ).load(cadre.id),
    }),
  );

  return { Team, Member, Role };
}

export type TeamRefs = ReturnType<typeof teamTypes>;

/** Leadership teams (领导班子) with their members (班子成员) and the members' structure. */
export function registerLeadershipTeam(builder: Builder, refs: TeamTypeRefs): TeamRefs {
  const types = teamTypes(builder, refs);
  registerTeamMemberWrites(builder, { ...types, Cadre: refs.Cadre });
  return types;
}
