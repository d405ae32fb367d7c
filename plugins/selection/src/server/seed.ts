import {
  type Audit,
  loadWorkingDayCalendar,
  type PluginSeedContext,
  quotaLines,
  rankQuotaKey,
  systemIn,
  type Transaction,
} from '@cadre/core';
import type { Prisma, Rank, SelectionAdjustmentType, Unit } from '@cadre/db/client';
import {
  FOUR_MUSTS,
  probationEnd,
  probationReminderDate,
  publicityEnd,
  SELECTION_DEFAULTS,
  selectionConfigSchema,
} from '../domain/index.ts';
import { PROBATION_DUE_KIND, PROBATION_REMINDER_WORKING_DAYS } from './appointment.ts';
import { proposeApproved } from './card-proposal.ts';
import { changeCadrePost } from './cadre-history.ts';
import { SELECTION_PLUGIN_ID } from './config.ts';
import { SELECTION_PERMISSION } from './permissions.ts';
import { caseLink, PUBLICITY_DUE_KIND } from './publicity.ts';
import { PROCESS_STAGES, type ProcessStage, SELECTION_CASE_TYPE, type Stage } from './stages.ts';

// Demo cases (`cadre seed`, `npm start`): in the first district one case at every stage, in the
// others a few, each with the records the real steps would have left, dated back from the demo
// city's reference day. Seed 001 publicizes for 7 days, so the demo districts are set to 7.
// Like core's demo city these rows are written as the owner and carry no audit records.

const DAY_MS = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const ACTOR = '组织部干部科（演示数据）';
/** 部务会研究 is signed off by a department leader (`selection.case.approve`), not the clerk. */
const LEADER = '组织部部领导（演示数据）';
const LEADER_STEPS: readonly string[] = ['approve-for-meeting'];
/** Demo rows change no audit chain: the chain starts with the first real write. */
const NO_AUDIT: Audit = async () => {};

/** The transition into each later step of a case, and the day after its motion it is taken. */
const STEP_INTO = {
  RECOMMENDATION: { transition: 'start-recommendation', day: 5 },
  INSPECTION: { transition: 'start-inspection', day: 12 },
  DELIBERATION: { transition: 'start-deliberation', day: 30 },
  DEPARTMENT_REVIEW: { transition: 'submit-for-review', day: 37 },
  DECISION: { transition: 'approve-for-meeting', day: 40 },
  PUBLICITY: { transition: 'start-publicity', day: 46 },
  APPOINTMENT: { transition: 'close-publicity', day: 58 },
  PROBATION: { transition: 'appoint-on-probation', day: 62 },
  FORMAL: { transition: 'confirm', day: 430 },
} as const satisfies Record<
  Exclude<ProcessStage, 'MOTION'> | 'FORMAL',
  { transition: string; day: number }
>;

/** The steps of a case in the stages' order, ending formally appointed. */
const STEPS = [...PROCESS_STAGES, 'FORMAL' as const].flatMap((to) =>
  to === 'MOTION' ? [] : [{ to, ...STEP_INTO[to] }],
);

type StepName =
  (typeof STEP_INTO)[keyof typeof STEP_INTO]['transition'] | 'appoint' | 'revert' | 'withdraw';

interface Story {
  stage: Stage;
  /** Days from the motion to the demo's "today". */
  age: number;
  adjustment?: SelectionAdjustmentType;
  /** 街道党政正职: important, principal, decided by the full committee. */
  principal?: boolean;
  withdrawnAfter?: Stage;
  objection?: boolean;
}

const FIRST_DISTRICT: readonly Story[] = [
  { stage: 'MOTION', age: 3 },
  { stage: 'RECOMMENDATION', age: 10 },
  { stage: 'INSPECTION', age: 20 },
  { stage: 'DELIBERATION', age: 35, principal: true },
  { stage: 'DECISION', age: 43 },
  { stage: 'PUBLICITY', age: 48 },
  { stage: 'APPOINTMENT', age: 60, objection: true },
  { stage: 'PROBATION', age: 150 },
  { stage: 'FORMAL', age: 450 },
  { stage: 'FORMAL', age: 120, adjustment: 'LATERAL_TRANSFER' },
  { stage: 'REVERTED', age: 440 },
  { stage: 'WITHDRAWN', age: 25, withdrawnAfter: 'INSPECTION' },
  { stage: 'DEPARTMENT_REVIEW', age: 39 },
];
const OTHER_DISTRICTS: readonly Story[] = [
  { stage: 'RECOMMENDATION', age: 9 },
  { stage: 'DECISION', age: 42 },
  { stage: 'PUBLICITY', age: 47 },
  { stage: 'PROBATION', age: 200 },
];

/** The transitions a story's case has taken, oldest first. */
function pathOf(story: Story): { transition: StepName; to: Stage; day: number }[] {
  const until = story.withdrawnAfter ?? story.stage;
  const steps: { transition: StepName; to: Stage; day: number }[] = [];
  for (const step of until === 'MOTION' ? [] : STEPS) {
    if (step.to === 'PROBATION' && story.adjustment === 'LATERAL_TRANSFER') {
      steps.push({ transition: 'appoint', to: 'FORMAL', day: step.day });
      break;
    }
    if (step.to === 'FORMAL' && story.stage === 'REVERTED') {
      steps.push({ transition: 'revert', to: 'REVERTED', day: step.day });
      break;
    }
    steps.push(step);
    if (step.to === until) break;
  }
  if (story.withdrawnAfter) {
    steps.push({ transition: 'withdraw', to: 'WITHDRAWN', day: (steps.at(-1)?.day ?? 0) + 8 });
  }
  return steps;
}

/** The deputy post named after the unit's kind: 副局长, 副镇长, 办事处副主任 …; the head without 副. */
const DEPUTY_TITLES: readonly [string, string][] = [
  ['街道', '办事处副主任'],
  ['局', '副局长'],
  ['部', '副部长'],
  ['镇', '副镇长'],
  ['乡', '副乡长'],
  ['校', '副校长'],
  ['馆', '副馆长'],
  ['院', '副院长'],
  ['公司', '副总经理'],
];

function postTitle(unit: Pick<Unit, 'name'>, principal: boolean): string {
  const deputy = DEPUTY_TITLES.find(([end]) => unit.name.endsWith(end))?.[1] ?? '副主任';
  if (principal && unit.name.endsWith('街道')) return `${unit.name}党工委书记`;
  return unit.name + (principal ? deputy.replace('副', '') : deputy);
}

interface Seeder {
  tx: Transaction;
  districtId: string;
  /** Reserve-pool cadres: grades (主任科员) and section deputies, most mature first. */
  cadres: Record<Pool, { id: string; name: string }[]>;
  units: Pick<Unit, 'id' | 'name' | 'category'>[];
  today: Date;
  workingDays: number;
  /** 东组干〔2026〕31号: the district's short name starts its documents' numbers. */
  documentPrefix: string;
  /** The numbers given out, `year/number`: one document, one number. */
  documentNumbers: Set<string>;
}

/** The appointment's 任职文号: numbered through its year about every fourth day, never twice. */
function documentNumber(seeder: Seeder, on: Date): string {
  const year = on.getUTCFullYear();
  let number = Math.floor((on.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 4) + 1;
  while (seeder.documentNumbers.has(`${year}/${number}`)) number += 1;
  seeder.documentNumbers.add(`${year}/${number}`);
  return `${seeder.documentPrefix}组干〔${year}〕${number}号`;
}

type Pool = 'grades' | 'deputies';
const GRADES: readonly Rank[] = ['PRINCIPAL_STAFF_1', 'PRINCIPAL_STAFF_2', 'PRINCIPAL_STAFF_3'];

/** Takes the next cadre of a pool not yet used by another demo case. */
function takeCadre(seeder: Seeder, pool: Pool) {
  const cadre = seeder.cadres[pool].shift();
  if (!cadre) throw new Error(`demo selection: no reserve cadre left among the ${pool}`);
  return cadre;
}

async function seedCase(seeder: Seeder, story: Story, index: number): Promise<void> {
  const { tx, districtId } = seeder;
  const principal = story.principal ?? false;
  const adjustment = story.adjustment ?? 'PROMOTION';
  const [pool, targetRank]: [Pool, Rank] =
    principal || adjustment === 'LATERAL_TRANSFER'
      ? ['deputies', principal ? 'LEADER_SECTION_PRINCIPAL' : 'LEADER_SECTION_DEPUTY']
      : ['grades', 'LEADER_SECTION_DEPUTY'];
  // A unit of its own for each case: no two demo cases share a title.
  const unit = seeder.units[index];
  if (!unit) throw new Error('demo selection: fewer units with a vacancy than cases');
  const opened = addDays(seeder.today, -story.age);
  const on = (day: number) => addDays(opened, day);
  const title = postTitle(unit, principal);
  const path = pathOf(story);

  const workflowCase = await tx.workflowCase.create({
    data: {
      districtId,
      caseType: SELECTION_CASE_TYPE,
      title: `${title}${adjustment === 'PROMOTION' ? '选拔任用' : '交流任职'}`,
      state: path.at(-1)?.to ?? 'MOTION',
      version: path.length + 1,
      createdAt: opened,
    },
  });
  const caseId = workflowCase.id;
  const step = (transition: string, from: Stage | null, to: Stage, version: number, at: Date) =>
    tx.caseTransition.create({
      data: {
        districtId,
        caseId,
        transition,
        fromState: from,
        toState: to,
        version,
        actorName: LEADER_STEPS.includes(transition) ? LEADER : ACTOR,
        reason: transition === 'withdraw' ? '拟任人选另有任用，本次动议终止' : '',
        at,
      },
    });
  await step('open', null, 'MOTION', 1, opened);

  const key = rankQuotaKey[targetRank];
  const line = (await quotaLines(tx, districtId, [unit.id])).find(
    (l) => l.level === key.level && l.leadership === key.leadership,
  );
  await tx.selectionCase.create({
    data: {
      id: caseId,
      districtId,
      unitId: unit.id,
      postTitle: title,
      targetRank,
      adjustmentType: adjustment,
      importantPost: principal,
      principalPost: principal,
      higherReportedOn: principal ? on(2) : null,
      higherApprovedOn: principal ? on(33) : null,
      higherApprovalReference: principal
        ? `市组干函〔${on(33).getUTCFullYear()}〕${12 + index}号`
        : null,
      quotaApproved: line?.approved ?? 0,
      quotaFilled: line?.filled ?? 0,
      analysisNote: `${unit.name}领导班子缺配，经分析研判，拟通过${adjustment === 'PROMOTION' ? '提拔' : '交流'}方式配备。`,
      createdAt: opened,
    },
  });
  const [first, second] = [takeCadre(seeder, pool), takeCadre(seeder, pool)];
  const candidates = await Promise.all(
    [first, second].map((cadre) =>
      tx.selectionCandidate.create({
        data: { districtId, caseId, cadreId: cadre.id, inReservePool: true, createdAt: opened },
      }),
    ),
  );
  const [chosen, other] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];

  let from: Stage = 'MOTION';
  for (const [i, next] of path.entries()) {
    const at = on(next.day);
    await factsBefore(
      seeder,
      { caseId, chosen, other, at, on, principal, unit, title, story },
      next.transition,
    );
    await step(next.transition, from, next.to, i + 2, at);
    from = next.to;
  }
}

interface CaseSeed {
  caseId: string;
  chosen: { id: string; cadreId: string };
  other: { id: string; cadreId: string };
  at: Date;
  on: (day: number) => Date;
  principal: boolean;
  unit: Pick<Unit, 'id' | 'name' | 'category'>;
  title: string;
  story: Story;
}

/** The records a step rests on, written as the real mutations would have before it. */
async function factsBefore(seeder: Seeder, c: CaseSeed, transition: StepName): Promise<void> {
  const { tx, districtId } = seeder;
  const scope = { districtId, caseId: c.caseId };
  switch (transition) {
    case 'start-inspection': {
      const votes = [
        [c.chosen.id, 'LEADERS', 6],
        [c.chosen.id, 'MIDDLE_CADRES', 19],
        [c.chosen.id, 'STAFF', 41],
        [c.other.id, 'LEADERS', 1],
        [c.other.id, 'MIDDLE_CADRES', 5],
        [c.other.id, 'STAFF', 12],
      ] as const;
      await tx.recommendationRound.create({
        data: {
          ...scope,
          method: 'MEETING',
          heldOn: c.on(8),
          ballots: {
            create: [
              { districtId, category: 'LEADERS', participants: 7 },
              { districtId, category: 'MIDDLE_CADRES', participants: 24 },
              { districtId, category: 'STAFF', participants: 58 },
            ],
          },
          votes: {
            create: votes.map(([candidateId, category, count]) => ({
              districtId,
              candidateId,
              category,
              votes: count,
            })),
          },
        },
      });
      await tx.signedRecommendation.create({
        data: {
          ...scope,
          candidateId: c.chosen.id,
          kind: 'PARTY_ORG',
          recommender: `${c.unit.name}党组织`,
          reason: '政治素质好，工作实绩突出，群众公认度高',
          recommendedOn: c.on(7),
        },
      });
      await tx.selectionCandidate.update({
        where: { id: c.chosen.id },
        data: { status: 'LISTED', listedOn: c.on(11) },
      });
      return;
    }
    case 'start-deliberation':
      await tx.inspection.create({
        data: {
          ...scope,
          plan: '采取个别谈话、民主测评、实地走访、查阅资料等方式，全面考察德能勤绩廉。',
          startsOn: c.on(14),
          endsOn: c.on(26),
          announcedOn: c.on(13),
          timeAndGoal: '考察时间为五个工作日，了解考察对象德才表现和工作实绩',
          supervisionPhone: '12380',
          reportChannels: '来信、来电、来访或登录12380举报网站',
        },
      });
      await tx.inspectionTeamMember.createMany({
        data: [
          { ...scope, name: '王立新', affiliation: '区委组织部干部科', supervisor: false },
          { ...scope, name: '陈静', affiliation: '区委组织部干部科', supervisor: false },
          { ...scope, name: '刘建国', affiliation: '区纪委监委', supervisor: true },
        ],
      });
      await tx.inspectionEvaluation.create({
        data: {
          districtId,
          candidateId: c.chosen.id,
          morality: '理想信念坚定，坚决贯彻上级决策部署',
          ability: '熟悉基层治理，善于解决复杂问题',
          diligence: '工作勤勉，敢于担当',
          performance: '牵头完成重点项目，群众满意度高',
          integrity: '廉洁自律，未发现违规违纪问题',
          conclusion: '符合拟任职务要求',
          recordedOn: c.on(26),
        },
      });
      await tx.fourMustRecord.createMany({
        data: FOUR_MUSTS.map((must, i) => ({
          districtId,
          candidateId: c.chosen.id,
          must,
          doneOn: c.on(20 + i),
          result: '未发现问题',
          evidence: `考察材料第${i + 1}号`,
        })),
      });
      await tx.integrityCheckRecord.create({
        data: {
          ...scope,
          cadreIds: [c.chosen.cadreId],
          sources: ['core', SELECTION_PLUGIN_ID],
          findings: [],
          checkedAt: c.on(27),
        },
      });
      return;
    case 'submit-for-review':
      await tx.deliberationOpinion.create({
        data: {
          ...scope,
          candidateId: c.chosen.id,
          source: '区纪委监委',
          opinion: '未发现影响使用的问题',
          agrees: true,
          recordedOn: c.on(34),
        },
      });
      return;
    case 'start-publicity': {
      const meeting = {
        body: c.principal ? ('FULL_COMMITTEE' as const) : ('STANDING_COMMITTEE' as const),
        shouldAttend: c.principal ? 31 : 11,
        present: c.principal ? 28 : 10,
      };
      await tx.decisionMeeting.create({
        data: {
          ...scope,
          ...meeting,
          heldOn: c.on(45),
          chair: '区委书记',
          recorder: '区委组织部部务会秘书',
          signedByChair: true,
          signedByRecorder: true,
          votes: {
            create: [
              {
                districtId,
                candidateId: c.chosen.id,
                inFavour: meeting.present - 1,
                against: 0,
                abstain: 1,
              },
            ],
          },
        },
      });
      await tx.selectionCandidate.update({
        where: { id: c.chosen.id },
        data: { status: 'APPROVED' },
      });
      await proposeApproved(
        { tx, audit: NO_AUDIT, actor: systemIn(districtId) },
        {
          id: c.caseId,
          unitId: c.unit.id,
          postTitle: c.title,
          adjustmentType: c.story.adjustment ?? 'PROMOTION',
        },
        {
          ...meeting,
          heldOn: c.on(45),
          approved: [{ cadreId: c.chosen.cadreId, inFavour: meeting.present - 1 }],
        },
      );
      const calendar = await loadWorkingDayCalendar(tx);
      const endsOn = publicityEnd(c.on(46), seeder.workingDays, calendar);
      await tx.publicity.create({
        data: { ...scope, startsOn: c.on(46), workingDays: seeder.workingDays, endsOn },
      });
      await tx.dueItem.create({
        data: {
          districtId,
          source: SELECTION_PLUGIN_ID,
          kind: PUBLICITY_DUE_KIND,
          subjectType: 'SelectionCase',
          subjectId: c.caseId,
          title: `任前公示期满：${c.title}人选`,
          dueDate: endsOn,
          link: caseLink(c.caseId),
          permission: SELECTION_PERMISSION.record,
          closedAt: c.story.stage === 'PUBLICITY' ? null : c.on(58),
        },
      });
      return;
    }
    case 'close-publicity':
      if (c.story.objection) {
        await tx.publicityObjection.create({
          data: {
            ...scope,
            candidateId: c.chosen.id,
            receivedOn: c.on(49),
            summary: '来电反映该同志在原单位存在公车私用问题',
            status: 'VERIFIED_UNFOUNDED',
            conclusion: '经调查核实，所反映问题不属实',
            concludedOn: c.on(55),
          },
        });
      }
      await tx.appointment.create({
        data: {
          ...scope,
          candidateId: c.chosen.id,
          talkOn: c.on(59),
          talkBy: '区委书记、区纪委书记、区委组织部部长',
          integrityReminder: true,
        },
      });
      return;
    case 'appoint-on-probation':
    case 'appoint':
      await appoint(seeder, c, transition === 'appoint-on-probation');
      return;
    case 'confirm':
    case 'revert':
      await conclude(seeder, c, transition === 'confirm');
      return;
    default:
  }
}

async function appoint(seeder: Seeder, c: CaseSeed, probation: boolean) {
  const { tx, districtId } = seeder;
  const effectiveOn = c.on(62);
  const cadre = await tx.cadre.findUniqueOrThrow({
    where: { id: c.chosen.cadreId },
    select: { unitId: true, rank: true, rankSince: true },
  });
  const { targetRank } = await tx.selectionCase.findUniqueOrThrow({ where: { id: c.caseId } });
  const postId = await changeCadrePost(tx, NO_AUDIT, districtId, {
    cadreId: c.chosen.cadreId,
    endHeldPosts: true,
    newPost: { unit: c.unit, title: c.title },
    unitId: c.unit.id,
    rank: targetRank,
    rankSince: effectiveOn,
    on: effectiveOn,
    operation: 'selection.appointment.cadre',
  });
  const entries = probation
    ? await tx.reservePoolEntry.findMany({
        where: { cadreId: c.chosen.cadreId },
        include: { pool: { select: { name: true } } },
      })
    : [];
  await tx.reservePoolEntry.deleteMany({ where: { id: { in: entries.map((e) => e.id) } } });
  await tx.appointment.update({
    where: { candidateId: c.chosen.id },
    data: {
      documentNumber: documentNumber(seeder, effectiveOn),
      effectiveOn,
      postId,
      formerUnitId: cadre.unitId,
      formerRank: cadre.rank,
      formerRankSince: cadre.rankSince,
      fromReservePool: entries.length > 0,
      reservePools: entries.map((e) => e.pool.name),
    },
  });
  await tx.selectionCandidate.update({ where: { id: c.chosen.id }, data: { status: 'APPOINTED' } });
  if (!probation) return;
  const endsOn = probationEnd(effectiveOn);
  await tx.probation.create({
    data: { districtId, caseId: c.caseId, candidateId: c.chosen.id, startsOn: effectiveOn, endsOn },
  });
  await tx.dueItem.create({
    data: {
      districtId,
      source: SELECTION_PLUGIN_ID,
      kind: PROBATION_DUE_KIND,
      subjectType: 'SelectionCandidate',
      subjectId: c.chosen.id,
      title: `试用期满考核：${c.title}`,
      dueDate: probationReminderDate(
        endsOn,
        PROBATION_REMINDER_WORKING_DAYS,
        await loadWorkingDayCalendar(tx),
      ),
      link: caseLink(c.caseId),
      permission: SELECTION_PERMISSION.appoint,
      closedAt: c.story.stage === 'PROBATION' ? null : addDays(endsOn, 3),
    },
  });
}

async function conclude(seeder: Seeder, c: CaseSeed, passed: boolean) {
  const { tx, districtId } = seeder;
  const probation = await tx.probation.findUniqueOrThrow({ where: { candidateId: c.chosen.id } });
  const concludedOn = addDays(probation.endsOn, 3);
  await tx.probation.update({
    where: { id: probation.id },
    data: {
      result: passed ? 'PASS' : 'FAIL',
      assessment: passed ? '试用期满考核称职，予以正式任职' : '试用期满考核不称职，免去试用职务',
      concludedOn,
    },
  });
  if (passed) return;
  const appointment = await tx.appointment.findUniqueOrThrow({
    where: { candidateId: c.chosen.id },
  });
  await changeCadrePost(tx, NO_AUDIT, districtId, {
    cadreId: c.chosen.cadreId,
    endHeldPosts: true,
    newPost: { unit: c.unit, title: '试用期满考核不合格，免去试用职务，按原职级安排' },
    unitId: c.unit.id,
    rank: appointment.formerRank ?? 'PRINCIPAL_STAFF_2',
    rankSince: appointment.formerRankSince ?? concludedOn,
    on: concludedOn,
    operation: 'selection.probation.revert-cadre',
  });
}

/** Active cadres in a reserve pool, grades and deputies, the most mature first. */
async function reserveCadres(tx: Transaction, districtId: string) {
  const entries = await tx.reservePoolEntry.findMany({
    where: {
      districtId,
      cadre: {
        status: 'ACTIVE',
        rank: { in: [...GRADES, 'LEADER_SECTION_DEPUTY'] },
        OR: [
          { fullTimeEducation: { in: ['UNIVERSITY', 'MASTER', 'DOCTORATE', 'COLLEGE'] } },
          { inServiceEducation: { in: ['UNIVERSITY', 'MASTER', 'DOCTORATE', 'COLLEGE'] } },
        ],
      },
    },
    orderBy: [{ maturityRank: 'asc' }, { id: 'asc' }],
    include: { cadre: { select: { id: true, name: true, rank: true } } },
  });
  const pools: Record<Pool, { id: string; name: string }[]> = { grades: [], deputies: [] };
  const seen = new Set<string>();
  for (const { cadre } of entries) {
    if (seen.has(cadre.id)) continue;
    seen.add(cadre.id);
    pools[GRADES.includes(cadre.rank) ? 'grades' : 'deputies'].push(cadre);
  }
  return pools;
}

/** Units with a leadership vacancy at section-deputy level, sub-districts and townships first. */
async function unitsWithVacancy(tx: Transaction, districtId: string) {
  const vacant = new Set(
    (await quotaLines(tx, districtId))
      .filter((l) => l.level === 'SECTION_DEPUTY' && l.leadership && l.vacant > 0)
      .map((l) => l.unitId),
  );
  const units = await tx.unit.findMany({
    where: { districtId, id: { in: [...vacant] } },
    select: { id: true, name: true, category: true, code: true },
    orderBy: { code: 'asc' },
  });
  const grassRoots = (u: { category: string }) =>
    u.category === 'SUBDISTRICT' || u.category === 'TOWNSHIP';
  return [...units.filter(grassRoots), ...units.filter((u) => !grassRoots(u))];
}

export async function seedSelection({ tx, districts, referenceDate }: PluginSeedContext) {
  const config = selectionConfigSchema.parse({ ...SELECTION_DEFAULTS, publicityWorkingDays: 7 });
  for (const [index, district] of districts.entries()) {
    await tx.districtPlugin.update({
      where: { districtId_pluginId: { districtId: district.id, pluginId: SELECTION_PLUGIN_ID } },
      data: { config: config as Prisma.InputJsonValue },
    });
    const seeder: Seeder = {
      tx,
      districtId: district.id,
      cadres: await reserveCadres(tx, district.id),
      units: await unitsWithVacancy(tx, district.id),
      today: referenceDate,
      workingDays: config.publicityWorkingDays,
      documentPrefix: district.name.slice(0, 1),
      documentNumbers: new Set(),
    };
    const stories = index === 0 ? FIRST_DISTRICT : OTHER_DISTRICTS;
    for (const [i, story] of stories.entries()) await seedCase(seeder, story, i);
  }
}
