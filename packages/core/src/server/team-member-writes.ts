import { z } from 'zod';
import { TeamRole, type Transaction } from '@cadre/db';
import type { LeadershipTeamMember } from '@cadre/db/client';
import type { Label } from '../contract/plugin.ts';
import { exceedsPrincipals, isFullOrder } from '../domain/leadership-team.ts';
import { InputError, NotFoundError, RuleViolationError } from '../errors/cadre-error.ts';
import { bilingual, parseInput } from '../errors/zod-issues.ts';
import { changedFields, writeAudited } from '../services/audit.ts';
import type { Builder } from './builder.ts';
import type { CadreRef } from './cadre.ts';
import type { TeamRefs } from './leadership-team.ts';
import { selecting } from './prisma-query.ts';
import { actorOf, districtOf } from './scope.ts';

/** The order a team is listed in (排序); ties by the seat's id, for a stable list. */
export const MEMBER_ORDER = [{ sortOrder: 'asc' }, { id: 'asc' }] as const;

const TEAM: Label = { zh: '领导班子', en: 'Leadership team' };
const MEMBER: Label = { zh: '班子成员', en: 'Team member' };
const CADRE: Label = { zh: '干部', en: 'Cadre' };

const seat = z.object({
  role: z.enum(TeamRole),
  postTitle: z
    .string()
    .trim()
    .min(2, bilingual('班子职务至少 2 个字', 'The post needs at least 2 characters'))
    .max(40, bilingual('班子职务不能超过 40 个字', 'The post has at most 40 characters')),
  sortOrder: z
    .number()
    .int()
    .min(0, bilingual('排序不能小于 0', 'The order cannot be below 0'))
    .max(999, bilingual('排序不能大于 999', 'The order cannot be above 999'))
    .nullish(),
});

type Seat = Pick<LeadershipTeamMember, 'id' | 'cadreId' | 'role' | 'postTitle' | 'sortOrder'>;
const SEAT = { id: true, cadreId: true, role: true, postTitle: true, sortOrder: true } as const;

/** What the audit keeps of a seat. */
const seatFields = ({ role, postTitle, sortOrder }: Seat) => ({ role, postTitle, sortOrder });

async function teamIn(tx: Transaction, districtId: string, teamId: string) {
  const team = await tx.leadershipTeam.findFirst({
    where: { id: teamId, districtId },
    select: { id: true, members: { select: SEAT, orderBy: [...MEMBER_ORDER] } },
  });
  if (!team) throw new NotFoundError(TEAM);
  return team;
}

function refuseSecondPrincipal(members: readonly Seat[], role: TeamRole, memberId?: string) {
  if (!exceedsPrincipals(members, role, memberId)) return;
  const principal = members.find((m) => m.role === 'PRINCIPAL');
  throw new RuleViolationError('CORE_TEAM_PRINCIPAL_TAKEN', {
    zh: `该班子已有正职（${principal?.postTitle ?? ''}），每个班子只设一名主要负责人`,
    en: `The team has its principal (${principal?.postTitle ?? ''}); a team has one`,
  });
}

/** 班子成员 writes: add, change, remove and reorder seats; each answers with the team. */
export function registerTeamMemberWrites(
  builder: Builder,
  { Team, Member, Role, Cadre }: TeamRefs & { Cadre: CadreRef },
) {
  const NewMember = builder.inputType('TeamMemberInput', {
    fields: (t) => ({
      cadreId: t.globalID({ for: Cadre, description: 'A cadre in service (在职)' }),
      role: t.field({ type: Role }),
      postTitle: t.string({ description: 'The post in the team, e.g. 党工委书记, 副主任' }),
      sortOrder: t.int({ required: false, description: 'Place in the list; last by default' }),
    }),
  });

  const MemberPatch = builder.inputType('TeamMemberUpdateInput', {
    description: 'The fields to change; those left out stay as they are',
    fields: (t) => ({
      role: t.field({ type: Role, required: false }),
      postTitle: t.string({ required: false }),
      sortOrder: t.int({ required: false }),
    }),
  });

  builder.mutationFields((t) => ({
    addTeamMember: t.prismaField({
      type: Team,
      description:
        'Seat a cadre in service in a leadership team (班子成员); one principal (正职) per team',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: { teamId: t.arg.globalID({ for: Team }), input: t.arg({ type: NewMember }) },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(seat, args.input);
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const team = await teamIn(tx, districtId, args.teamId.id);
          const cadre = await tx.cadre.findFirst({
            where: { id: args.input.cadreId.id, districtId },
            select: { id: true, name: true, status: true },
          });
          if (!cadre) throw new NotFoundError(CADRE);
          if (cadre.status !== 'ACTIVE') {
            throw new RuleViolationError('CORE_CADRE_NOT_ACTIVE', {
              zh: `${cadre.name}不在职，不能进入班子`,
              en: `${cadre.name} is not in service and cannot join a team`,
            });
          }
          if (team.members.some((m) => m.cadreId === cadre.id)) {
            throw new RuleViolationError('CORE_ALREADY_IN_TEAM', {
              zh: `${cadre.name}已是该班子成员`,
              en: `${cadre.name} is already in this team`,
            });
          }
          refuseSecondPrincipal(team.members, input.role);
          const last = Math.max(0, ...team.members.map((m) => m.sortOrder));
          const data = { ...input, sortOrder: input.sortOrder ?? last + 1 };
          const member = await tx.leadershipTeamMember.create({
            data: { ...data, districtId, teamId: team.id, cadreId: cadre.id },
          });
          await audit({
            operation: 'unit.team.member.add',
            targetType: 'LeadershipTeamMember',
            targetId: member.id,
            changes: changedFields({}, { ...data, teamId: team.id, cadreId: cadre.id }),
          });
          return tx.leadershipTeam.findUniqueOrThrow({
            ...selecting(query),
            where: { id: team.id },
          });
        });
      },
    }),
    updateTeamMember: t.prismaField({
      type: Team,
      description: 'Change a seat’s role, post or place in the list',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: { id: t.arg.globalID({ for: Member }), input: t.arg({ type: MemberPatch }) },
      resolve: async (query, _root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const before = await tx.leadershipTeamMember.findFirst({
            where: { id: args.id.id, districtId },
          });
          if (!before) throw new NotFoundError(MEMBER);
          const patch = Object.fromEntries(
            Object.entries(args.input).filter(([, value]) => value !== undefined),
          );
          const next = parseInput(seat, { ...seatFields(before), ...patch });
          const team = await teamIn(tx, districtId, before.teamId);
          refuseSecondPrincipal(team.members, next.role, before.id);
          const data = { ...next, sortOrder: next.sortOrder ?? before.sortOrder };
          await tx.leadershipTeamMember.update({ where: { id: before.id }, data });
          await audit({
            operation: 'unit.team.member.update',
            targetType: 'LeadershipTeamMember',
            targetId: before.id,
            changes: changedFields(seatFields(before), data),
          });
          return tx.leadershipTeam.findUniqueOrThrow({
            ...selecting(query),
            where: { id: team.id },
          });
        });
      },
    }),
    removeTeamMember: t.prismaField({
      type: Team,
      description: 'Take a cadre out of a leadership team',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: { id: t.arg.globalID({ for: Member }) },
      resolve: async (query, _root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const before = await tx.leadershipTeamMember.findFirst({
            where: { id: args.id.id, districtId },
          });
          if (!before) throw new NotFoundError(MEMBER);
          await tx.leadershipTeamMember.delete({ where: { id: before.id } });
          await audit({
            operation: 'unit.team.member.remove',
            targetType: 'LeadershipTeamMember',
            targetId: before.id,
            changes: changedFields(
              { ...seatFields(before), teamId: before.teamId, cadreId: before.cadreId },
              {},
            ),
          });
          return tx.leadershipTeam.findUniqueOrThrow({
            ...selecting(query),
            where: { id: before.teamId },
          });
        });
      },
    }),
    reorderTeamMembers: t.prismaField({
      type: Team,
      description: 'List the team in this order: every member of the team, each once',
      authScopes: { permission: 'core.unit.write' },
      errors: {},
      args: {
        teamId: t.arg.globalID({ for: Team }),
        memberIds: t.arg.globalIDList({ for: Member }),
      },
      resolve: async (query, _root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        const order = args.memberIds.map((m) => m.id);
        return writeAudited(ctx.db, actorOf(ctx), async (tx, audit) => {
          const team = await teamIn(tx, districtId, args.teamId.id);
          const before = team.members.map((m) => m.id);
          if (!isFullOrder(before, order)) {
            throw new InputError([
              {
                path: 'memberIds',
                code: 'INVALID',
                text: {
                  zh: `须列出该班子的全部 ${before.length} 名成员，每人一次`,
                  en: `List all ${before.length} members of the team, each once`,
                },
              },
            ]);
          }
          for (const [index, id] of order.entries()) {
            await tx.leadershipTeamMember.update({ where: { id }, data: { sortOrder: index + 1 } });
          }
          await audit({
            operation: 'unit.team.member.reorder',
            targetType: 'LeadershipTeam',
            targetId: team.id,
            changes: { order: [before, order] },
          });
          return tx.leadershipTeam.findUniqueOrThrow({
            ...selecting(query),
            where: { id: team.id },
          });
        });
      },
    }),
  }));
}
