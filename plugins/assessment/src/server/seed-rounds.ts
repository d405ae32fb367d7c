import {
  annualGradesOf,
  caseVersionOf,
  type DemoStaff,
  parseInput,
  RuleViolationError,
  transitionCaseIn,
  type Transaction,
  type WriteScope,
} from '@cadre/core';
import type { AnnualGrade, AssessmentGroup, EvaluationSubjectKind } from '@cadre/db/client';
import { excellentLimit } from '../domain/allocation.ts';
import { GROUP_GRADES } from '../domain/grades.ts';
import { roundWorkflow } from '../workflow.ts';
import { actInput, actOnConsequence } from './assessment-consequence.ts';
import { openRound, openRoundInput, participantsFor } from './assessment-round.ts';
import { assessmentConfigOf } from './config.ts';
import { recordSurvey, surveyInput } from './evaluation-subject.ts';
import { writeEvaluationScores } from './evaluation-score.ts';
import { allocate, approveCap, conclude, setGrade } from './round-allocation.ts';
import { roundWriteIn } from './round-access.ts';
import { removeParticipant } from './round-participant.ts';
import type { RoundStage } from './stages.ts';

// The demo's annual rounds (年度考核) of the first district, through the steps the round page
// takes: the leaders' round of each of the last three years and last year's of every group, each
// opened in December, scored by every subject, allocated within the cap (raised on the department
// leader's approval where the year's 优秀 need it) and graded as core's demo archive has that
// year — the committee's decision, given with its reason where it differs from the proposal —
// then concluded in January, so the archive's grades are the rounds' own (source `assessment`).
// The consequences of the earlier years are acted on, last year's wait; this year's leaders'
// round is being scored.

/** The department's staff of the demo and the district's story. */
export interface RoundSeeder {
  tx: Transaction;
  districtName: string;
  office: DemoStaff;
  leader: DemoStaff;
  audited: Pick<WriteScope, 'audit' | 'emit'>;
  referenceDate: Date;
}

const GROUPS: readonly AssessmentGroup[] = ['LEADERS', 'CIVIL_SERVANTS', 'PUBLIC_INSTITUTIONS'];
const ROUND_TITLES: Record<AssessmentGroup, string> = {
  LEADERS: '区管领导干部',
  CIVIL_SERVANTS: '公务员',
  PUBLIC_INSTITUTIONS: '事业单位工作人员',
};
/** 问卷1190份，电话1489个 (seed 004): last year's survey; earlier years had a few less. */
const SURVEY = { questionnaires: 1190, phoneCalls: 1489 };
const COMMITTEE = '考核委员会综合平时表现和测评结果研究确定';
const MAX_BATCH = 10_000;
const DAY_MS = 86_400_000;

/** The evaluation score around which a grade's band lies, best first. */
const BAND_SCORES = [94, 82, 66, 55];

/** A fixed spread of −3…+3 from a key, so the demo scores alike on every run. */
function spread(key: string): number {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return ((hash >>> 0) % 61) / 10 - 3;
}

/** `at` the day given, kept before the demo's "today", in office hours. */
function writerOf(seeder: RoundSeeder, staff: DemoStaff, day: Date): WriteScope {
  const latest = seeder.referenceDate.getTime() - DAY_MS;
  const at = new Date(Math.min(day.getTime(), latest) + 2 * 3_600_000);
  return { tx: seeder.tx, actor: staff.actor, ...seeder.audited, at };
}

/** A calendar day of the demo's story. */
export const dayOf = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day));

async function move(
  seeder: RoundSeeder,
  day: Date,
  roundId: string,
  transition: string,
  reason?: string,
) {
  await transitionCaseIn(writerOf(seeder, seeder.office, day), {
    definition: roundWorkflow,
    caseId: roundId,
    transition,
    expectedVersion: await caseVersionOf(seeder.tx, roundId),
    reason,
    permissions: seeder.office.permissions,
  });
}

const inStage = (seeder: RoundSeeder, day: Date, roundId: string, stage: RoundStage) =>
  roundWriteIn(writerOf(seeder, seeder.office, day), roundId, [stage]);

/** Every subject's scores (or only `subjects`), each near the participant's band. */
async function score(
  seeder: RoundSeeder,
  day: Date,
  roundId: string,
  bandOf: (cadreId: string) => number,
  subjects?: readonly EvaluationSubjectKind[],
) {
  const write = await inStage(seeder, day, roundId, 'SCORING');
  const { tx } = seeder;
  const [participants, items, kinds] = await Promise.all([
    tx.roundParticipant.findMany({ where: { roundId }, select: { id: true, cadreId: true } }),
    tx.evaluationItem.findMany({ where: { roundId }, select: { id: true } }),
    tx.evaluationSubject.findMany({ where: { roundId }, select: { kind: true } }),
  ]);
  for (const { kind } of kinds) {
    if (subjects && !subjects.includes(kind)) continue;
    const rows = participants.flatMap((p) =>
      items.map((item) => ({
        participantId: p.id,
        itemId: item.id,
        score: Math.round((BAND_SCORES[bandOf(p.cadreId)] ?? 80) + spread(p.id + kind + item.id)),
      })),
    );
    for (let i = 0; i < rows.length; i += MAX_BATCH) {
      await writeEvaluationScores(write, write.round, kind, rows.slice(i, i + MAX_BATCH));
    }
  }
}

/** The band of an archive grade on its scale: 0 优秀 … 3 不称职 (不合格). */
function bandOf(grade: AnnualGrade): number {
  const band = [GROUP_GRADES.LEADERS, GROUP_GRADES.PUBLIC_INSTITUTIONS]
    .map((scale) => scale.indexOf(grade))
    .find((i) => i >= 0);
  return band ?? 1;
}

/**
 * The archive's grades of the year, on the group's scale, as the committee decides them: 优秀
 * within the cap (the district's raised one, approved, where needed), the rest in their bands.
 */
async function decide(
  seeder: RoundSeeder,
  day: Date,
  roundId: string,
  group: AssessmentGroup,
  wanted: ReadonlyMap<string, number>,
) {
  const { tx } = seeder;
  const participants = await tx.roundParticipant.findMany({
    where: { roundId },
    select: { id: true, cadreId: true, rank: true },
    orderBy: { rank: 'asc' },
  });
  const excellent = participants.filter((p) => wanted.get(p.cadreId) === 0);
  const config = await assessmentConfigOf(tx, seeder.office.actor.districtId);
  const cap = config.excellentCap[group];
  if (excellent.length > excellentLimit(participants.length, cap.normal)) {
    const leader = writerOf(seeder, seeder.leader, day);
    const write = await roundWriteIn(leader, roundId, ['ALLOCATION']);
    const year = write.round.year + 1;
    await approveCap(write, cap.raised, `${seeder.districtName}委组织部〔${year}〕3号批复`);
    await allocate(await inStage(seeder, day, roundId, 'ALLOCATION'));
  }
  const limit = excellentLimit(participants.length, cap.raised);
  const scale = GROUP_GRADES[group];
  const grades = new Map(
    participants.map((p) => {
      const band = wanted.get(p.cadreId) ?? 1;
      const over = band === 0 && excellent.indexOf(p) >= limit;
      return [p.id, scale[over ? 1 : band] ?? scale[1]];
    }),
  );
  const write = await inStage(seeder, day, roundId, 'ALLOCATION');
  const proposed = await tx.roundParticipant.findMany({
    where: { roundId },
    select: { id: true, proposedGrade: true },
  });
  // Down first, so the places of 优秀 are free when the committee's 优秀 are set.
  const changes = proposed
    .filter((p) => grades.get(p.id) !== p.proposedGrade)
    .sort(
      (a, b) => Number(grades.get(a.id) === 'EXCELLENT') - Number(grades.get(b.id) === 'EXCELLENT'),
    );
  for (const p of changes) {
    const grade = grades.get(p.id) ?? scale[1];
    try {
      await setGrade(write, p.id, grade, COMMITTEE);
    } catch (error) {
      // A unit over the indicator-loss limit bars its leaders from 优秀: the proposal stands.
      if (!(
        error instanceof RuleViolationError && error.code === 'ASSESSMENT_EXCELLENCE_INELIGIBLE'
      ))
        throw error;
    }
  }
}

/** 结果运用 of an earlier year: rewards the archive lacks granted, the others' handling noted. */
async function actOnConsequences(seeder: RoundSeeder, day: Date, roundId: string, year: number) {
  const { tx } = seeder;
  const pending = await tx.assessmentConsequence.findMany({
    where: { roundId, status: 'PENDING' },
    select: { id: true, kind: true, cadreId: true },
  });
  const rewarded = new Set(
    (
      await tx.cadreReward.findMany({
        where: {
          cadreId: { in: pending.flatMap((c) => (c.cadreId ? [c.cadreId] : [])) },
          title: { contains: `${year}年度` },
        },
        select: { cadreId: true },
      })
    ).map((r) => r.cadreId),
  );
  const write = writerOf(seeder, seeder.office, day);
  for (const [index, c] of pending.entries()) {
    const reward = c.kind === 'COMMENDATION' || c.kind === 'MERIT_THIRD_CLASS';
    const input =
      reward && c.cadreId && rewarded.has(c.cadreId)
        ? { action: 'DISMISS', note: '已按原奖励文件记入干部档案，不重复奖励' }
        : reward
          ? {
              action: 'GRANT',
              reward: {
                decisionDate: dayOf(year + 1, 2, 20),
                issuingBody: `${seeder.districtName}人力资源和社会保障局`,
                documentNumber: `人社奖〔${year + 1}〕${index + 1}号`,
              },
            }
          : { action: 'DONE', note: NOTES[c.kind] ?? '已办理' };
    await actOnConsequence(write, c.id, parseInput(actInput, input, []));
  }
}

const NOTES: Partial<Record<string, string>> = {
  ADMONISH_OR_ADJUST: '已由单位主要负责人进行诫勉谈话',
  ADJUSTMENT: '已按推进领导干部能上能下规定调整岗位',
  EXCELLENCE_INELIGIBLE: '已取消该单位本年度评优资格',
  LEADER_TALK: '组织部长已约谈单位主要领导',
};

/** Opens `group`'s annual round of `year` with its defaults; answers its id. */
function open(seeder: RoundSeeder, day: Date, group: AssessmentGroup, year: number) {
  return openRound(
    writerOf(seeder, seeder.office, day),
    parseInput(openRoundInput, {
      kind: 'ANNUAL',
      group,
      year,
      title: `${year}年度${ROUND_TITLES[group]}年度考核`,
    }),
  );
}

/** A past year's round of `group`, from its opening to its conclusion. */
async function pastRound(seeder: RoundSeeder, group: AssessmentGroup, year: number, last: boolean) {
  const { tx } = seeder;
  const districtId = seeder.office.actor.districtId;
  // A group the district has no one of has no round.
  if ((await participantsFor(tx, districtId, group, null)).length === 0) return;
  const roundId = await open(seeder, dayOf(year, 12, 1), group, year);
  const participants = await tx.roundParticipant.findMany({
    where: { roundId },
    select: { id: true, cadreId: true },
  });
  const history = await annualGradesOf(
    tx,
    districtId,
    participants.map((p) => p.cadreId),
  );
  const wanted = new Map<string, number>();
  const preparation = await inStage(seeder, dayOf(year, 12, 3), roundId, 'PREPARATION');
  for (const p of participants) {
    const grade = history.get(p.cadreId)?.find((g) => g.year === year)?.grade;
    // Not yet at work that year: not assessed in it.
    if (grade) wanted.set(p.cadreId, bandOf(grade));
    else await removeParticipant(preparation, p.id);
  }
  if (wanted.size === 0) {
    await move(seeder, dayOf(year, 12, 3), roundId, 'withdraw', '考核对象均不满考核年度任职时间');
    return;
  }
  const surveyed = await tx.evaluationSubject.count({
    where: { roundId, kind: 'SATISFACTION_SURVEY' },
  });
  if (surveyed > 0) {
    const less = last ? 0 : (year % 7) * 11;
    await recordSurvey(
      preparation,
      parseInput(surveyInput, {
        questionnaires: SURVEY.questionnaires - less,
        phoneCalls: SURVEY.phoneCalls - less,
        note: '第三方机构满意度测评',
      }),
    );
  }
  await move(seeder, dayOf(year, 12, 5), roundId, 'start-scoring');
  await score(seeder, dayOf(year, 12, 20), roundId, (id) => wanted.get(id) ?? 1);
  await move(seeder, dayOf(year + 1, 1, 5), roundId, 'start-allocation');
  await allocate(await inStage(seeder, dayOf(year + 1, 1, 5), roundId, 'ALLOCATION'));
  await decide(seeder, dayOf(year + 1, 1, 8), roundId, group, wanted);
  const concluding = await inStage(seeder, dayOf(year + 1, 1, 12), roundId, 'ALLOCATION');
  await conclude(concluding, await caseVersionOf(tx, roundId), seeder.office.permissions);
  if (!last) await actOnConsequences(seeder, dayOf(year + 1, 2, 25), roundId, year);
}

/** This year's leaders' round: opened, the survey in, the superiors and peers have scored. */
async function currentRound(seeder: RoundSeeder, year: number) {
  const opened = new Date(seeder.referenceDate.getTime() - 10 * DAY_MS);
  const roundId = await open(seeder, opened, 'LEADERS', year);
  const preparation = await inStage(seeder, opened, roundId, 'PREPARATION');
  await recordSurvey(
    preparation,
    parseInput(surveyInput, { ...SURVEY, note: '第三方机构满意度测评' }),
  );
  await move(seeder, opened, roundId, 'start-scoring');
  // About one in ten near 优秀, the others 称职: the allocation is weeks away.
  const band = (cadreId: string) => (spread(cadreId) > 2.4 ? 0 : 1);
  await score(seeder, new Date(opened.getTime() + 5 * DAY_MS), roundId, band, ['SUPERIOR', 'PEER']);
}

/** The rounds of the district: see the top of this file. */
export async function seedRounds(seeder: RoundSeeder, currentYear: number): Promise<void> {
  for (let year = currentYear - 3; year < currentYear; year += 1) {
    const last = year === currentYear - 1;
    // Every group's round last year; the leaders' (区管领导干部) the years before, enough for
    // three years of 优秀 in a row and quick to load.
    for (const group of last ? GROUPS : ['LEADERS' as const]) {
      await pastRound(seeder, group, year, last);
    }
  }
  await currentRound(seeder, currentYear);
}
