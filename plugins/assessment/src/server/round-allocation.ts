import {
  ANNUAL_GRADE_LABELS,
  annualGradesOf,
  bilingual,
  changedFields,
  groupRows,
  InputError,
  type Label,
  parseInput,
  type PluginSchemaContext,
  RuleViolationError,
  selecting,
  setAnnualGrade,
  todayInChina,
  transitionCaseIn,
} from '@cadre/core';
import type { AnnualGrade, AssessmentConsequence, RoundParticipant } from '@cadre/db/client';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  allocateGrades,
  type AllocationCandidate,
  capProblems,
  excellentLimit,
  limitCounting,
} from '../domain/allocation.ts';
import { consequencesOf, lossOverLimit, unitConsequencesOf } from '../domain/consequences.ts';
import { gradeLabel, GROUP_GRADES, GROUP_LABELS, isGradeOfGroup } from '../domain/grades.ts';
import type { UnitResult } from '../domain/indicators.ts';
import { SUBJECT_LABELS } from '../domain/round-setup.ts';
import { scoreSheet } from '../domain/score-sheet.ts';
import { participantTotal, toHundredths } from '../domain/weighted-total.ts';
import { roundWorkflow } from '../workflow.ts';
import { ASSESSMENT_PLUGIN_ID, assessmentConfigOf } from './config.ts';
import {
  dailyScoresOf,
  type OpenDeduction,
  openDeductionsOf,
  settleDeductions,
} from './daily-scores.ts';
import { optionalText, text } from './inputs.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import {
  auditRound,
  type LockedRound,
  reloadRound,
  roundIdOfRow,
  type RoundWrite,
  writeForRound,
} from './round-access.ts';
import { PARTICIPANT_LABEL } from './round-participant.ts';
import type { RoundRefs } from './round-refs.ts';
import { storedLabel, storeLabel } from './stored-label.ts';
import { unitScoresOf } from './unit-scores.ts';

// 确定等次 and 定档: the weighted totals ranked and graded within the 优秀 cap, each grade explained;
// staff's changes to a proposal (with the reason); a raised cap on a recorded approval; and the
// conclusion, which writes annual grades to core's archive, settles the year's deductions and
// proposes the consequences (考核结果运用).

/** 评优 is for the year: a unit's loss bars its leaders from 优秀 in the annual round only. */
const lossBarsLeaders = (round: LockedRound) =>
  round.kind === 'ANNUAL' && round.group === 'LEADERS';

/** A unit's results count for leaders in annual and term rounds (see `roundWeights`). */
const unitResultsCount = (round: LockedRound) =>
  round.group === 'LEADERS' && round.kind !== 'SPECIAL';

/** The unit's result on the 0–100 scale of the other parts. */
const unitPart = (result: UnitResult) =>
  result.responsibility > 0 ? toHundredths((result.score * 100) / result.responsibility) : null;

/** Why a leader of a unit over the loss limit cannot be 优秀, or null. */
function excellenceBar(result: UnitResult | undefined, limitPercent: number): Label | null {
  const over = result && lossOverLimit(result, limitPercent);
  return over
    ? { zh: `所在单位${over.zh}，取消评优资格`, en: `${over.en}, so no 评优 this year` }
    : null;
}

/**
 * Computes every participant's parts, total, rank and proposed grade with its explanation, and
 * stores them. Reads and writes in a fixed number of statements whatever the group's size.
 * Grades staff changed with a reason stay, unless the new proposal agrees with them.
 */
export async function allocate(write: RoundWrite) {
  const { tx, districtId, round } = write;
  const [participants, subjects, items, scores, config] = await Promise.all([
    tx.roundParticipant.findMany({
      where: { districtId, roundId: round.id },
      select: { id: true, cadreId: true, unitId: true },
    }),
    tx.evaluationSubject.findMany({
      where: { districtId, roundId: round.id },
      select: { id: true, kind: true, weight: true },
      orderBy: { kind: 'asc' },
    }),
    tx.evaluationItem.findMany({
      where: { districtId, roundId: round.id },
      select: { id: true, weight: true },
      orderBy: { position: 'asc' },
    }),
    tx.evaluationScore.findMany({
      where: { districtId, participant: { roundId: round.id } },
      select: { participantId: true, subjectId: true, itemId: true, score: true },
    }),
    assessmentConfigOf(tx, districtId),
  ]);
  const cadreIds = participants.map((p) => p.cadreId);
  const annual = round.kind === 'ANNUAL';
  const [cadres, daily, units, deductions] = await Promise.all([
    tx.cadre.findMany({
      where: { districtId, id: { in: cadreIds } },
      select: { id: true, name: true, namePinyin: true },
    }),
    round.dailyWeight > 0
      ? dailyScoresOf(tx, districtId, round.year, cadreIds)
      : new Map<string, number>(),
    unitResultsCount(round)
      ? unitScoresOf(
          tx,
          districtId,
          round.year,
          participants.map((p) => p.unitId),
        )
      : new Map<string, UnitResult>(),
    // 平时考核直接扣分 count in the year's annual assessment.
    annual
      ? openDeductionsOf(tx, districtId, round.year, cadreIds)
      : new Map<string, OpenDeduction[]>(),
  ]);
  const cadreOf = new Map(cadres.map((c) => [c.id, c]));
  const scoresOf = new Map(groupRows(scores, (s) => s.participantId));
  const unscored: string[] = [];
  const candidates = participants.map((p): AllocationCandidate => {
    const cadre = cadreOf.get(p.cadreId);
    const sheet = scoreSheet(subjects, items, scoresOf.get(p.id) ?? []);
    if (sheet.evaluation.score === null) unscored.push(cadre?.name ?? p.cadreId);
    const unitResult = units.get(p.unitId);
    const dailyScore = daily.get(p.cadreId);
    const parts = {
      evaluation: toHundredths(sheet.evaluation.score ?? 0),
      daily: dailyScore === undefined ? null : toHundredths(dailyScore),
      unit: unitResult && round.unitResultWeight > 0 ? unitPart(unitResult) : null,
      deductions: toHundredths(
        (deductions.get(p.cadreId) ?? []).reduce((sum, d) => sum + d.points, 0),
      ),
    };
    return {
      id: p.id,
      nameKey: cadre?.namePinyin ?? '',
      parts: {
        ...parts,
        ...participantTotal(parts, round),
        missingSubjects: sheet.evaluation.missing.map(
          (kind) => SUBJECT_LABELS[kind as keyof typeof SUBJECT_LABELS],
        ),
      },
      excellenceBar: lossBarsLeaders(round)
        ? excellenceBar(unitResult, config.indicatorLossLimit)
        : null,
    };
  });
  if (unscored.length > 0) {
    throw new RuleViolationError('ASSESSMENT_SCORES_MISSING', {
      zh: `尚无测评得分：${unscored.slice(0, 5).join('、')}`,
      en: `No evaluation score yet: ${unscored.slice(0, 5).join(', ')}`,
    });
  }
  const allocations = allocateGrades(candidates, {
    group: round.group,
    thresholds: config.thresholds,
    capPercent: round.excellentCapPercent,
    weights: round,
  });
  const partsOf = new Map(candidates.map((c) => [c.id, c.parts]));
  const rows = allocations.map((a) => ({ ...a, parts: partsOf.get(a.id) ?? expectParts(a.id) }));
  await tx.$executeRaw`
    UPDATE assessment.round_participant AS p
       SET evaluation_score = v.evaluation, daily_score = v.daily, unit_score = v.unit,
           deductions = v.deductions, total = v.total, rank = v.rank,
           proposed_grade = v.proposed::core."AnnualGrade",
           grade = CASE WHEN p.grade_reason IS NULL THEN v.proposed::core."AnnualGrade"
                        ELSE p.grade END,
           grade_reason = CASE WHEN p.grade = v.proposed::core."AnnualGrade" THEN NULL
                               ELSE p.grade_reason END,
           explanation = v.explanation, updated_at = now()
      FROM unnest(
             ${rows.map((r) => r.id)}::uuid[],
             ${rows.map((r) => r.parts.evaluation)}::float8[],
             ${rows.map((r) => r.parts.daily)}::float8[],
             ${rows.map((r) => r.parts.unit)}::float8[],
             ${rows.map((r) => r.parts.deductions)}::float8[],
             ${rows.map((r) => r.parts.total)}::float8[],
             ${rows.map((r) => r.rank)}::int[],
             ${rows.map((r) => r.proposedGrade)}::text[],
             ${rows.map((r) => storeLabel(r.explanation))}::text[]
           ) AS v(id, evaluation, daily, unit, deductions, total, rank, proposed, explanation)
     WHERE p.id = v.id AND p.district_id = ${districtId}::uuid`;
  const limit = excellentLimit(rows.length, round.excellentCapPercent);
  await auditRound(write, 'round.allocate', {
    capPercent: round.excellentCapPercent,
    excellentLimit: limit,
    allocation: rows.map((r) => ({
      participantId: r.id,
      total: r.parts.total,
      rank: r.rank,
      proposedGrade: r.proposedGrade,
    })),
  });
}

function expectParts(id: string): never {
  throw new Error(`allocation of participant ${id} without its parts`);
}

/** The refusal of one 优秀 too many: the limit, how it was counted, how many have it. */
function capExceeded(groupSize: number, capPercent: number, excellent: number) {
  const limit = excellentLimit(groupSize, capPercent);
  const counting = limitCounting(groupSize, capPercent);
  return new RuleViolationError('ASSESSMENT_EXCELLENT_CAP_EXCEEDED', {
    zh: `优秀等次不得超过${limit}人（${counting.zh}），已有${excellent}人评为优秀`,
    en: `At most ${limit} may be rated excellent (${counting.en}); ${excellent} already are`,
  });
}

export const gradeInput = z.object({ reason: optionalText(500) });

/** Staff's grade of one participant, checked against the group, the proposal and the cap. */
export async function setGrade(
  write: RoundWrite,
  participantId: string,
  grade: AnnualGrade,
  reason: string | null,
): Promise<RoundParticipant> {
  const { tx, districtId, round } = write;
  const participant = await tx.roundParticipant.findFirstOrThrow({
    where: { id: participantId, roundId: round.id, districtId },
  });
  if (!isGradeOfGroup(grade, round.group)) {
    const scale = (lang: 'zh' | 'en') =>
      [...GROUP_GRADES[round.group], 'UNRATED' as const]
        .map((g) => ANNUAL_GRADE_LABELS[g][lang])
        .join(lang === 'zh' ? '、' : ', ');
    throw new RuleViolationError('ASSESSMENT_GRADE_NOT_OF_GROUP', {
      zh: `${GROUP_LABELS[round.group].zh}的考核等次为${scale('zh')}，不能评为${gradeLabel(grade).zh}`,
      en: `${GROUP_LABELS[round.group].en} are rated ${scale('en')}, not ${gradeLabel(grade).en}`,
    });
  }
  if (participant.proposedGrade === null) {
    throw new RuleViolationError('ASSESSMENT_NOT_ALLOCATED', {
      zh: '尚未计算等次建议，请先确定等次',
      en: 'The grades have not been allocated yet',
    });
  }
  const differs = grade !== participant.proposedGrade;
  if (differs && !reason) {
    const proposed = gradeLabel(participant.proposedGrade);
    throw new InputError([
      {
        path: 'reason',
        code: 'REASON_REQUIRED',
        text: {
          zh: `建议等次为${proposed.zh}，确定为其他等次须说明理由`,
          en: `The proposal is ${proposed.en}: another grade needs a reason`,
        },
      },
    ]);
  }
  if (grade === 'EXCELLENT' && participant.grade !== 'EXCELLENT') {
    const group = await tx.roundParticipant.findMany({
      where: { districtId, roundId: round.id },
      select: { id: true, grade: true },
    });
    const after = group.map((p) => (p.id === participant.id ? grade : p.grade));
    if (capProblems(after, round.excellentCapPercent).length > 0) {
      const excellent = group.filter((p) => p.grade === 'EXCELLENT').length;
      throw capExceeded(group.length, round.excellentCapPercent, excellent);
    }
    if (lossBarsLeaders(round)) {
      const config = await assessmentConfigOf(tx, districtId);
      const units = await unitScoresOf(tx, districtId, round.year, [participant.unitId]);
      const bar = excellenceBar(units.get(participant.unitId), config.indicatorLossLimit);
      if (bar) throw new RuleViolationError('ASSESSMENT_EXCELLENCE_INELIGIBLE', bar);
    }
  }
  const data = { grade, gradeReason: differs ? reason : null };
  const updated = await tx.roundParticipant.update({ where: { id: participant.id }, data });
  await auditRound(write, 'participant.grade', {
    participantId: participant.id,
    cadreId: participant.cadreId,
    ...changedFields({ grade: participant.grade, gradeReason: participant.gradeReason }, data),
  });
  return updated;
}

export const capInput = z.object({
  percent: z
    .number()
    .gt(0, bilingual('比例应大于0', 'The share must be above 0'))
    .max(100, bilingual('比例不能超过100%', 'The share cannot exceed 100%')),
  approval: text(200),
});

/** A cap other than the normal one, on the approval's reference (批准文号). */
export async function approveCap(write: RoundWrite, percent: number, approval: string) {
  const { tx, districtId, round } = write;
  const config = await assessmentConfigOf(tx, districtId);
  const { raised } = config.excellentCap[round.group];
  if (percent > raised) {
    throw new RuleViolationError('ASSESSMENT_CAP_ABOVE_LIMIT', {
      zh: `${GROUP_LABELS[round.group].zh}的优秀等次比例经批准也不能超过${raised}%`,
      en: `The share of excellent for ${GROUP_LABELS[round.group].en} cannot exceed ${raised}%, even with approval`,
    });
  }
  const data = { excellentCapPercent: percent, capApproval: approval };
  await tx.assessmentRound.update({ where: { id: round.id }, data });
  await auditRound(
    write,
    'round.cap',
    changedFields(
      { excellentCapPercent: round.excellentCapPercent, capApproval: round.capApproval },
      data,
    ),
  );
}

type Proposal = Pick<AssessmentConsequence, 'kind' | 'cadreId' | 'unitId'> & { basis: Label };

/**
 * 考核结果运用 of a concluded annual round: each cadre's from the grade and the archive's earlier
 * years; for a leaders' round, each unit over the indicator-loss limit loses 评优 and its
 * principal leaders (or the unit, when none is recorded) get a talk.
 */
async function proposals(
  write: RoundWrite,
  participants: readonly { cadreId: string; unitId: string; grade: AnnualGrade }[],
): Promise<Proposal[]> {
  const { tx, districtId, round } = write;
  const history = await annualGradesOf(
    tx,
    districtId,
    participants.map((p) => p.cadreId),
  );
  const found: Proposal[] = participants.flatMap((p) =>
    consequencesOf(p.grade, history.get(p.cadreId) ?? [], round.year).map((c) => ({
      ...c,
      cadreId: p.cadreId,
      unitId: null,
    })),
  );
  if (round.group !== 'LEADERS') return found;
  const { indicatorLossLimit } = await assessmentConfigOf(tx, districtId);
  const results = await unitScoresOf(
    tx,
    districtId,
    round.year,
    participants.map((p) => p.unitId),
  );
  const overIds = [...results]
    .filter(([, result]) => lossOverLimit(result, indicatorLossLimit))
    .map(([id]) => id);
  if (overIds.length === 0) return found;
  const [units, principals] = await Promise.all([
    tx.unit.findMany({
      where: { districtId, id: { in: overIds } },
      select: { id: true, name: true },
    }),
    tx.leadershipTeamMember.findMany({
      where: { districtId, role: 'PRINCIPAL', team: { unitId: { in: overIds } } },
      select: { cadreId: true, team: { select: { unitId: true } } },
    }),
  ]);
  for (const unit of units) {
    const result = results.get(unit.id);
    if (!result) continue;
    const leaders = principals.filter((m) => m.team.unitId === unit.id).map((m) => m.cadreId);
    for (const c of unitConsequencesOf(unit.name, result, indicatorLossLimit)) {
      const cadreIds = c.kind === 'LEADER_TALK' && leaders.length > 0 ? leaders : [null];
      for (const cadreId of new Set(cadreIds)) found.push({ ...c, cadreId, unitId: unit.id });
    }
  }
  return found;
}

/**
 * 定档: moves the round to its end (the guard: everyone graded, the cap respected); for an annual
 * round writes each grade to core's archive with the round as its source, settles the year's
 * deductions and proposes the consequences. Special and term rounds write no archive grade.
 */
export async function conclude(
  write: RoundWrite,
  expectedVersion: number,
  permissions: { has(key: string): boolean },
) {
  const { tx, districtId, round } = write;
  // The day first: the step's guard takes it as the sign the conclusion is written with it.
  const concludedOn = todayInChina(write.at);
  await tx.assessmentRound.update({ where: { id: round.id }, data: { concludedOn } });
  await transitionCaseIn(write, {
    definition: roundWorkflow,
    caseId: round.id,
    transition: 'conclude',
    expectedVersion,
    permissions,
  });
  const participants = (
    await tx.roundParticipant.findMany({
      where: { districtId, roundId: round.id },
      select: { cadreId: true, unitId: true, grade: true },
    })
  ).flatMap((p) => (p.grade ? [{ ...p, grade: p.grade }] : []));
  let settled = 0;
  let proposed: Proposal[] = [];
  if (round.kind === 'ANNUAL') {
    for (const p of participants) {
      await setAnnualGrade(
        write,
        p.cadreId,
        {
          year: round.year,
          grade: p.grade,
          note: round.title,
          reason: `考核定档：${round.title}`.slice(0, 200),
        },
        ASSESSMENT_PLUGIN_ID,
      );
    }
    const cadreIds = participants.map((p) => p.cadreId);
    settled = await settleDeductions(tx, districtId, round.year, cadreIds, round.id);
    proposed = await proposals(write, participants);
  }
  const rows = proposed.map((p) => ({
    id: randomUUID(),
    districtId,
    roundId: round.id,
    kind: p.kind,
    cadreId: p.cadreId,
    unitId: p.unitId,
    basis: storeLabel(p.basis),
  }));
  await tx.assessmentConsequence.createMany({ data: rows });
  await auditRound(write, 'round.conclude', {
    concludedOn,
    archivedGrades: round.kind === 'ANNUAL' ? participants.length : 0,
    settledDeductions: settled,
    consequences: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      cadreId: r.cadreId,
      unitId: r.unitId,
    })),
  });
  await write.emit('assessment.round.concluded', {
    roundId: round.id,
    kind: round.kind,
    group: round.group,
    year: round.year,
    graded: participants.length,
  });
  for (const r of rows) {
    await write.emit('assessment.consequence.proposed', {
      consequenceId: r.id,
      roundId: round.id,
      kind: r.kind,
      cadreId: r.cadreId,
      unitId: r.unitId,
    });
  }
}

export function registerRoundAllocation(
  { builder, subGraphs, core }: PluginSchemaContext,
  { AssessmentRound, RoundParticipant }: RoundRefs,
) {
  builder.prismaObjectFields(RoundParticipant, (t) => ({
    evaluationScore: t.exposeFloat('evaluationScore', {
      nullable: true,
      description: '测评得分 as of the last allocation: the subjects’ weighted scores',
    }),
    dailyScore: t.exposeFloat('dailyScore', {
      nullable: true,
      description: '平时考核: the mean of the year’s quarterly scores, as allocated',
    }),
    unitScore: t.exposeFloat('unitScore', {
      nullable: true,
      description: '单位实绩 of a leader’s unit (0–100), as allocated',
    }),
    deductions: t.exposeFloat('deductions', {
      nullable: true,
      description: '平时考核直接扣分 taken off the total',
    }),
    rank: t.exposeInt('rank', { nullable: true, description: '1 is first; ties are broken' }),
    proposedGrade: t.field({
      type: core.enums.AnnualGrade,
      nullable: true,
      description: 'The grade the allocation proposed',
      resolve: (p) => p.proposedGrade,
    }),
    gradeReason: t.exposeString('gradeReason', {
      nullable: true,
      description: 'Why the grade differs from the proposal',
    }),
    explanation: t.string({
      nullable: true,
      description: 'How the total, the rank and the proposed grade came about',
      resolve: (p, _args, ctx) => (p.explanation ? storedLabel(p.explanation)[ctx.language] : null),
    }),
  }));

  const grades = { participants: { select: { grade: true } } } as const;
  builder.prismaObjectFields(AssessmentRound, (t) => ({
    excellentLimit: t.int({
      description: '优秀 places: ⌊participants × cap / 100⌋ (不超过 rounds a fraction down)',
      select: grades,
      resolve: (r) => excellentLimit(r.participants.length, r.excellentCapPercent),
    }),
    excellentCount: t.int({
      description: 'Participants graded 优秀',
      select: grades,
      resolve: (r) => r.participants.filter((p) => p.grade === 'EXCELLENT').length,
    }),
    capProblems: t.stringList({
      description: 'More 优秀 than the cap allows (the round cannot be concluded so)',
      select: grades,
      resolve: (r, _args, ctx) =>
        capProblems(
          r.participants.map((p) => p.grade),
          r.excellentCapPercent,
        ).map((problem) => problem[ctx.language]),
    }),
  }));

  builder.mutationFields((t) => ({
    allocateAssessmentGrades: t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        '确定等次: each participant’s weighted total (evaluation, daily assessment, unit results, ' +
        'less deductions), the rank and the proposed grade within the 优秀 cap, explained. Run ' +
        'again after a change; grades staff set with a reason stay',
      authScopes: { permission: P.allocate },
      errors: {},
      args: { roundId: t.arg.globalID({ for: AssessmentRound }) },
      resolve: (query, _root, args, ctx) =>
        writeForRound(ctx, args.roundId.id, ['ALLOCATION'], async (write) => {
          await allocate(write);
          return reloadRound(write, query);
        }),
    }),
    setParticipantGrade: t.prismaField({
      type: RoundParticipant,
      subGraphs,
      description:
        'A participant’s grade: one of the group’s (ASSESSMENT_GRADE_NOT_OF_GROUP), with a reason ' +
        'when it differs from the proposal, 优秀 only within the cap ' +
        '(ASSESSMENT_EXCELLENT_CAP_EXCEEDED) and the unit’s eligibility',
      authScopes: { permission: P.allocate },
      errors: {},
      args: {
        participantId: t.arg.globalID({ for: RoundParticipant }),
        grade: t.arg({ type: core.enums.AnnualGrade }),
        reason: t.arg.string({ required: false, description: 'Needed when not the proposal' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const { reason } = parseInput(gradeInput, { reason: args.reason }, []);
        const roundId = await roundIdOfRow(ctx, args.participantId.id, PARTICIPANT_LABEL, (where) =>
          ctx.prisma.roundParticipant.findFirst({ where, select: { roundId: true } }),
        );
        return writeForRound(ctx, roundId, ['ALLOCATION'], async (write) => {
          const { id } = await setGrade(write, args.participantId.id, args.grade, reason);
          return write.tx.roundParticipant.findUniqueOrThrow({
            ...selecting(query),
            where: { id },
          });
        });
      },
    }),
    approveExcellentCap: t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        '优秀 share above the normal cap on a recorded approval (批准文号), up to the district’s ' +
        'raised cap (ASSESSMENT_CAP_ABOVE_LIMIT); allocate again to use it',
      authScopes: { permission: P.approveCap },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: AssessmentRound }),
        percent: t.arg.float({ description: '优秀 at most this percent of the participants' }),
        approval: t.arg.string({ description: 'The approval: issuing body and reference' }),
      },
      resolve: (query, _root, args, ctx) => {
        const input = parseInput(capInput, { percent: args.percent, approval: args.approval }, []);
        return writeForRound(
          ctx,
          args.roundId.id,
          ['PREPARATION', 'SCORING', 'ALLOCATION'],
          async (write) => {
            await approveCap(write, input.percent, input.approval);
            return reloadRound(write, query);
          },
        );
      },
    }),
    concludeAssessmentRound: t.prismaField({
      type: AssessmentRound,
      subGraphs,
      description:
        '定档: concludes the round once everyone is graded within the cap; an annual round’s ' +
        'grades go to the archive (source `assessment`), the year’s deductions are settled and ' +
        'the consequences proposed (考核结果运用)',
      authScopes: { permission: P.conclude },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: AssessmentRound }),
        expectedVersion: t.arg.int({ description: 'The round’s `version` as last seen' }),
      },
      resolve: (query, _root, args, ctx) =>
        writeForRound(ctx, args.roundId.id, ['ALLOCATION'], async (write) => {
          await conclude(write, args.expectedVersion, ctx.permissions);
          return reloadRound(write, query);
        }),
    }),
  }));
}
