import {
  actorOf,
  addReward,
  districtOf,
  InputError,
  type InputIssue,
  isUuid,
  type Label,
  NotFoundError,
  pageCost,
  parseInput,
  type PluginSchemaContext,
  type RequestContext,
  RuleViolationError,
  selecting,
  todayInChina,
  writeAudited,
  type WriteScope,
} from '@cadre/core';
import type { ConsequenceKind, ConsequenceStatus, Prisma, RewardKind } from '@cadre/db/client';
import { z } from 'zod';
import { CONSEQUENCE_LABELS } from '../domain/consequences.ts';
import { optionalText, pastDay, text } from './inputs.ts';
import { unitOf } from './loaders.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import type { RoundRefs } from './round-refs.ts';
import { storedLabel } from './stored-label.ts';

// 考核结果运用: the consequences a concluded round proposed, each acted on once. A commendation
// or a merit is granted as a reward in core's archive (嘉奖, 记三等功); the others are done with
// a note (the admonishment, the adjustment, the talk held), or dismissed with the reason.

const CONSEQUENCE: Label = { zh: '考核结果运用事项', en: 'Consequence' };

/** The kinds granted as an archive reward, and the reward each is. */
const REWARDS: Partial<Record<ConsequenceKind, { kind: RewardKind; title: string }>> = {
  COMMENDATION: { kind: 'COMMENDATION', title: '年度考核优秀嘉奖' },
  MERIT_THIRD_CLASS: { kind: 'MERIT_THIRD_CLASS', title: '连续三年年度考核优秀记三等功' },
};

const ACTIONS = ['GRANT', 'DONE', 'DISMISS'] as const;
type Action = (typeof ACTIONS)[number];

export const actInput = z.object({
  action: z.enum(ACTIONS),
  note: optionalText(500),
  reward: z
    .object({
      decisionDate: pastDay,
      issuingBody: text(60),
      documentNumber: optionalText(60),
    })
    .nullish(),
});
export type ActInput = z.infer<typeof actInput>;

/** What acting on a consequence needs besides the action, by the kind and the action. */
function refuseAction(kind: ConsequenceKind, input: ActInput): void {
  const label = CONSEQUENCE_LABELS[kind];
  const granted = kind in REWARDS;
  if (input.action === 'GRANT' ? !granted : input.action === 'DONE' && granted) {
    throw new RuleViolationError('ASSESSMENT_ACTION_NOT_APPLICABLE', {
      zh: granted
        ? `${label.zh}须予以奖励（记入干部档案）或不予办理`
        : `${label.zh}不是奖励，办结时请填写办理情况`,
      en: granted
        ? `A ${label.en} is granted as a reward in the archive, or dismissed`
        : `A ${label.en} is no reward: mark it done with a note`,
    });
  }
  const issues: InputIssue[] = [];
  if (input.action !== 'GRANT' && !input.note) {
    issues.push({
      path: 'note',
      code: 'REQUIRED',
      text:
        input.action === 'DISMISS'
          ? { zh: '不予办理须说明理由', en: 'Dismissing needs the reason' }
          : { zh: '请填写办理情况', en: 'Say what was done' },
    });
  }
  if (input.action === 'GRANT' && !input.reward) {
    issues.push({
      path: 'reward',
      code: 'REQUIRED',
      text: { zh: '请填写奖励的批准日期和机关', en: 'The reward needs its date and issuing body' },
    });
  }
  if (issues.length > 0) throw new InputError(issues);
}

const STATUS_OF: Record<Action, ConsequenceStatus> = {
  GRANT: 'DONE',
  DONE: 'DONE',
  DISMISS: 'DISMISSED',
};

const actedAlready = (kind: ConsequenceKind) =>
  new RuleViolationError('ASSESSMENT_CONSEQUENCE_ACTED', {
    zh: `该${CONSEQUENCE_LABELS[kind].zh}事项已办理`,
    en: `This ${CONSEQUENCE_LABELS[kind].en} has been acted on`,
  });

/**
 * Acts on a pending consequence once, in the writer's audited transaction (the mutation's, the
 * demo's); a second action is refused and writes nothing. Answers the consequence's id.
 */
export async function actOnConsequence(writer: WriteScope, id: string, input: ActInput) {
  const { tx, audit, emit } = writer;
  const { districtId } = writer.actor;
  const consequence = isUuid(id)
    ? await tx.assessmentConsequence.findFirst({ where: { id, districtId } })
    : null;
  if (!consequence) throw new NotFoundError(CONSEQUENCE);
  if (consequence.status !== 'PENDING') throw actedAlready(consequence.kind);
  refuseAction(consequence.kind, input);
  const reward = REWARDS[consequence.kind];
  const granted =
    input.action === 'GRANT' && reward && input.reward && consequence.cadreId
      ? await addReward(writer, consequence.cadreId, {
          kind: reward.kind,
          title: reward.title,
          ...input.reward,
          reason: storedLabel(consequence.basis).zh,
        })
      : null;
  const data = {
    status: STATUS_OF[input.action],
    actedOn: todayInChina(writer.at),
    actionNote: input.note,
    rewardId: granted?.id ?? null,
  };
  // Only a pending one moves: of two actions at once, the second updates nothing.
  const { count } = await tx.assessmentConsequence.updateMany({
    where: { id: consequence.id, districtId, status: 'PENDING' },
    data,
  });
  if (count !== 1) throw actedAlready(consequence.kind);
  await audit({
    operation: 'assessment.consequence.act',
    targetType: 'AssessmentRound',
    targetId: consequence.roundId,
    changes: {
      consequenceId: consequence.id,
      kind: consequence.kind,
      cadreId: consequence.cadreId,
      unitId: consequence.unitId,
      action: input.action,
      status: [consequence.status, data.status],
      actionNote: [null, data.actionNote],
      rewardId: [null, data.rewardId],
    },
  });
  await emit('assessment.consequence.acted', {
    consequenceId: consequence.id,
    roundId: consequence.roundId,
    kind: consequence.kind,
    action: input.action,
    cadreId: consequence.cadreId,
    unitId: consequence.unitId,
    rewardId: data.rewardId,
  });
  return consequence.id;
}

export function registerAssessmentConsequence(
  { builder, subGraphs, core }: PluginSchemaContext,
  { AssessmentRound }: Pick<RoundRefs, 'AssessmentRound'>,
) {
  const Kind = builder.enumType('ConsequenceKind', {
    subGraphs,
    description: '考核结果运用',
    values: Object.fromEntries(
      Object.entries(CONSEQUENCE_LABELS).map(([kind, label]) => [kind, { description: label.zh }]),
    ) as Record<ConsequenceKind, { description: string }>,
  });
  const Status = builder.enumType('ConsequenceStatus', {
    subGraphs,
    values: {
      PENDING: { description: '待办理' },
      DONE: { description: '已办理' },
      DISMISSED: { description: '不予办理' },
    } satisfies Record<ConsequenceStatus, { description: string }>,
  });
  const ActionEnum = builder.enumType('ConsequenceAction', {
    subGraphs,
    values: {
      GRANT: { description: '予以奖励，记入干部档案（嘉奖、记三等功）' },
      DONE: { description: '已办理（诫勉、调整、约谈等）' },
      DISMISS: { description: '不予办理（须说明理由）' },
    } satisfies Record<Action, { description: string }>,
  });

  const Consequence = builder.prismaNode('AssessmentConsequence', {
    subGraphs,
    id: { field: 'id' },
    description:
      '考核结果运用: what a concluded round’s grades or a unit’s indicator loss call for',
    fields: (t) => ({
      round: t.relation('round'),
      kind: t.field({ type: Kind, resolve: (c) => c.kind }),
      kindLabel: t.string({ resolve: (c, _args, ctx) => CONSEQUENCE_LABELS[c.kind][ctx.language] }),
      cadre: t.field({
        type: core.Cadre,
        nullable: true,
        description: 'Whom it concerns; none for a unit’s loss of 评优 eligibility',
        resolve: (c) => c.cadreId,
      }),
      unit: t.field({
        type: core.Unit,
        nullable: true,
        description: 'The unit over the indicator-loss limit',
        resolve: (c, _args, ctx) => (c.unitId ? unitOf(ctx, c.unitId) : null),
      }),
      basis: t.string({
        description: 'Why it applies: the grades, the loss',
        resolve: (c, _args, ctx) => storedLabel(c.basis)[ctx.language],
      }),
      status: t.field({ type: Status, resolve: (c) => c.status }),
      actedOn: t.expose('actedOn', { type: 'Date', nullable: true }),
      actionNote: t.exposeString('actionNote', { nullable: true }),
      rewardId: t.exposeID('rewardId', {
        nullable: true,
        description: 'The archive reward granted (Cadre.rewards)',
      }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
    }),
  });

  builder.queryField('assessmentConsequences', (t) =>
    t.prismaConnection(
      {
        type: 'AssessmentConsequence',
        cursor: 'id',
        subGraphs,
        description: 'Consequences of concluded rounds, the oldest first: the work to do',
        authScopes: { permission: P.readRounds },
        complexity: pageCost,
        args: {
          status: t.arg({ type: Status, required: false }),
          roundId: t.arg.globalID({ for: AssessmentRound, required: false }),
        },
        totalCount: (_connection, args, ctx) =>
          ctx.prisma.assessmentConsequence.count({ where: consequenceWhere(ctx, args) }),
        resolve: (query, _root, args, ctx) =>
          ctx.prisma.assessmentConsequence.findMany({
            ...query,
            where: consequenceWhere(ctx, args),
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
      },
      { subGraphs },
      { subGraphs },
    ),
  );

  const RewardInput = builder.inputType('ConsequenceRewardInput', {
    subGraphs,
    fields: (t) => ({
      decisionDate: t.field({ type: 'Date', description: '批准日期' }),
      issuingBody: t.string({ description: '批准机关' }),
      documentNumber: t.string({ required: false, description: '文号' }),
    }),
  });

  builder.mutationField('actOnAssessmentConsequence', (t) =>
    t.prismaField({
      type: Consequence,
      subGraphs,
      description:
        'Act on a consequence once (ASSESSMENT_CONSEQUENCE_ACTED after): GRANT a commendation or ' +
        'merit as a reward in the archive, DONE for the others with a note, DISMISS with the reason',
      authScopes: { permission: P.actOnConsequence },
      errors: {},
      args: {
        id: t.arg.globalID({ for: Consequence }),
        action: t.arg({ type: ActionEnum }),
        note: t.arg.string({ required: false, description: 'What was done, or why not' }),
        reward: t.arg({ type: RewardInput, required: false, description: 'For GRANT' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const input = parseInput(
          actInput,
          { action: args.action, note: args.note, reward: args.reward },
          [],
        );
        const actor = actorOf(ctx);
        const id = await writeAudited(ctx.db, actor, (tx, audit, emit) =>
          actOnConsequence({ tx, audit, emit, actor }, args.id.id, input),
        );
        return ctx.prisma.assessmentConsequence.findUniqueOrThrow({
          ...selecting(query),
          where: { id },
        });
      },
    }),
  );
}

function consequenceWhere(
  ctx: RequestContext,
  args: { status?: ConsequenceStatus | null; roundId?: { id: string } | null },
): Prisma.AssessmentConsequenceWhereInput {
  return {
    districtId: districtOf(ctx).id,
    ...(args.status ? { status: args.status } : {}),
    ...(args.roundId ? { roundId: args.roundId.id } : {}),
  };
}
