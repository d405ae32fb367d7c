import {
  auditedIn,
  type DemoStaff,
  demoStaffIn,
  operatorIn,
  parseInput,
  type PluginSeedContext,
  quotaLines,
  rankQuotaKey,
  type Transaction,
} from '@cadre/core';
import type { Prisma, Rank, SelectionAdjustmentType, Unit } from '@cadre/db/client';
import {
  checkEligibility,
  SELECTION_DEFAULTS,
  type SelectionConfig,
  selectionConfigSchema,
} from '../domain/index.ts';
import { type CadreFacts, cadreFactsOf } from './cadre-facts.ts';
import { nominateCandidate } from './candidate.ts';
import type { SelectionWriter } from './case-access.ts';
import { SELECTION_PLUGIN_ID } from './config.ts';
import { SELECTION_PERMISSIONS } from './permissions.ts';
import { type CaseStory, conclude, inCase, INTO, move } from './seed-steps.ts';
import {
  higherApprovalInput,
  motionInput,
  openSelectionCaseIn,
  recordHigherApproval,
} from './selection-case.ts';
import { isProcessStage, type ProcessStage, reached, type Stage } from './stages.ts';

// Demo cases (`cadre seed`, `npm start`): in the first district one case at every stage, in the
// others a few. Each takes the steps a user's case takes (seed-steps.ts), through the functions the
// mutations run: checked by the same rules, audited in the district's chain, announcing its events,
// opening and closing its due items. The district's clerk (干部科) takes them, a department leader
// the approval of 部务会研究, each step dated (`at`) on its day of the story, counted back from the
// demo city's reference day. Rules that judge "today" (a publicity over, an inspection's plan
// ended) judge the real today, which lies after it.
//
// What cannot go through its user's path here, because it writes in a transaction of its own that
// cannot see the demo city before this one commits, or needs an account the demo does not have yet:
// - the districts' settings (`configurePlugin`): publicity for 7 days, as seed 001, set directly;
// - core's integrity check (`runIntegrityCheck` asks every source through its own connection):
//   its record is stored as a check that found nothing stores it;
// - 干部档案必审 rests on 档案专项审核 of every archive fact, which core records with the account
//   that checked it, and the demo's accounts are made after its data (`cadre seed` prints them):
//   that one of the four musts is written without the archive check (`saveFourMust`).

const DAY_MS = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
/** Steps are dated at 09:00 in China, a working hour. */
const OFFICE_HOUR_MS = 3_600_000;

/** Who takes the demo's steps, with the grants of the district's built-in role of that name. */
const CLERK = { name: '组织部干部科（演示数据）', role: 'cadre-section' } as const;
/** 部务会研究 is signed off by a department leader (`selection.case.approve`), not the clerk. */
const LEADER = { name: '组织部部领导（演示数据）', role: 'department-leader' } as const;

interface Story {
  stage: Stage;
  /** Days from the motion to the demo's "today". */
  age: number;
  adjustment?: SelectionAdjustmentType;
  /** 街道党政正职: important, principal, decided by the full committee. */
  principal?: boolean;
  /** 终止: the stage the case was withdrawn at, and the day. */
  withdrawn?: { at: ProcessStage; day: number };
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
  { stage: 'WITHDRAWN', age: 25, withdrawn: { at: 'INSPECTION', day: 20 } },
  { stage: 'DEPARTMENT_REVIEW', age: 39 },
];
const OTHER_DISTRICTS: readonly Story[] = [
  { stage: 'RECOMMENDATION', age: 9 },
  { stage: 'DECISION', age: 42 },
  { stage: 'PUBLICITY', age: 47 },
  { stage: 'PROBATION', age: 200 },
];

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

type DemoUnit = Pick<Unit, 'id' | 'name' | 'category'>;
type PostUnit = DemoUnit & { vacant: boolean };

function postTitle(unit: DemoUnit, principal: boolean): string {
  const deputy = DEPUTY_TITLES.find(([end]) => unit.name.endsWith(end))?.[1] ?? '副主任';
  if (principal && unit.name.endsWith('街道')) return `${unit.name}党工委书记`;
  return unit.name + (principal ? deputy.replace('副', '') : deputy);
}

type Pool = 'grades' | 'deputies';
const GRADES: readonly Rank[] = ['PRINCIPAL_STAFF_1', 'PRINCIPAL_STAFF_2', 'PRINCIPAL_STAFF_3'];

interface Seeder {
  tx: Transaction;
  districtId: string;
  clerk: DemoStaff;
  leader: DemoStaff;
  /**
   * The district's audit chain and outbox, one writer for every step as in core's demo: the
   * staff are both the operator in the chain, each record following the one before.
   */
  audited: Pick<SelectionWriter, 'audit' | 'emit'>;
  config: SelectionConfig;
  /** Reserve-pool cadres: grades (主任科员) and section deputies, most mature first. */
  cadres: Record<Pool, CadreFacts[]>;
  /** Units with leadership posts at the rank's level, sub-districts and townships first. */
  unitsFor: (targetRank: Rank) => PostUnit[];
  /** Units a demo case has taken: no two cases share a post's title. */
  usedUnits: Set<string>;
  today: Date;
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

/** The next cadre of a pool who meets the district's rules for the rank on the day, taken. */
function takeCadre(seeder: Seeder, pool: Pool, targetRank: Rank, on: Date): CadreFacts {
  const cadres = seeder.cadres[pool];
  const index = cadres.findIndex(
    (cadre) => checkEligibility(cadre, targetRank, seeder.config.eligibility, on).length === 0,
  );
  const [cadre] = index < 0 ? [] : cadres.splice(index, 1);
  if (!cadre) throw new Error(`demo selection: no eligible cadre left among the ${pool}`);
  return cadre;
}

/**
 * A unit no other demo case has taken, with a vacancy at the rank's level if one is left; else
 * one whose post there is to be freed, which its motion then justifies (the clerk may: 干部科
 * holds `selection.quota.override`).
 */
function takeUnit(seeder: Seeder, targetRank: Rank): PostUnit {
  const free = seeder.unitsFor(targetRank).filter((u) => !seeder.usedUnits.has(u.id));
  const unit = free.find((u) => u.vacant) ?? free[0];
  if (!unit) throw new Error(`demo selection: no unit left with posts for ${targetRank}`);
  seeder.usedUnits.add(unit.id);
  return unit;
}

/** One staff member's write at `at`, joining the district's audit chain and outbox. */
function writerAt(seeder: Seeder, staff: DemoStaff, at: Date): SelectionWriter {
  return { tx: seeder.tx, ...staff, ...seeder.audited, at };
}

/** 动议 with two candidates put forward, and an important post reported to the higher department. */
async function openStory(seeder: Seeder, story: Story, index: number): Promise<CaseStory> {
  const { tx } = seeder;
  const principal = story.principal ?? false;
  const adjustment = story.adjustment ?? 'PROMOTION';
  const [pool, targetRank]: [Pool, Rank] =
    principal || adjustment === 'LATERAL_TRANSFER'
      ? ['deputies', principal ? 'LEADER_SECTION_PRINCIPAL' : 'LEADER_SECTION_DEPUTY']
      : ['grades', 'LEADER_SECTION_DEPUTY'];
  const opened = addDays(seeder.today, -story.age);
  const on = (day: number) => addDays(opened, day);
  const at = (day: number) => {
    // A step taken after the demo's "today" would tell the story wrong.
    if (day > story.age) throw new Error(`demo selection: day ${day} of a case ${story.age} old`);
    return new Date(on(day).getTime() + OFFICE_HOUR_MS);
  };
  const clerk = (day: number) => writerAt(seeder, seeder.clerk, at(day));
  const unit = takeUnit(seeder, targetRank);
  const title = postTitle(unit, principal);
  const kind = adjustment === 'PROMOTION' ? '提拔' : '交流';
  const caseId = await openSelectionCaseIn(clerk(0), {
    ...parseInput(motionInput, {
      title: `${title}${adjustment === 'PROMOTION' ? '选拔任用' : '交流任职'}`,
      unitId: unit.id,
      postTitle: title,
      adjustmentType: adjustment,
      importantPost: principal,
      principalPost: principal,
      analysisNote: `${unit.name}领导班子缺配，经分析研判，拟通过${kind}方式配备。`,
      quotaJustification: unit.vacant ? null : `现任${title}拟另有任用，职数于任职前空出`,
    }),
    targetRank,
  });
  // The one listed for inspection on day 11 meets the rules on that day.
  const chosenCadre = takeCadre(seeder, pool, targetRank, on(Math.min(11, story.age)));
  const otherCadre = seeder.cadres[pool].shift();
  if (!otherCadre) throw new Error(`demo selection: no reserve cadre left among the ${pool}`);
  const chosen = await inCase(clerk(0), caseId, nominateCandidate, { cadreId: chosenCadre.id });
  const other = await inCase(clerk(0), caseId, nominateCandidate, { cadreId: otherCadre.id });
  if (principal) {
    const report = parseInput(higherApprovalInput, { reportedOn: on(2) });
    await inCase(clerk(2), caseId, recordHigherApproval, report);
  }
  return {
    tx,
    districtId: seeder.districtId,
    caseId,
    index,
    unit,
    principal,
    chosen,
    other,
    objection: story.objection ?? false,
    documentNumber: (on) => documentNumber(seeder, on),
    on,
    clerk,
    leader: (day) => writerAt(seeder, seeder.leader, at(day)),
  };
}

/**
 * A story's case, taken as far as its stage (or the one it was withdrawn at); a case that ended
 * after probation is concluded, one withdrawn is withdrawn.
 */
async function playStory(seeder: Seeder, story: Story, index: number): Promise<void> {
  const c = await openStory(seeder, story, index);
  const goal = story.withdrawn?.at ?? (isProcessStage(story.stage) ? story.stage : 'PROBATION');
  for (const [stage, into] of INTO) {
    if (!reached(stage, goal)) break;
    await into(c);
  }
  if (story.withdrawn) {
    await move(
      c.clerk(story.withdrawn.day),
      c.caseId,
      'withdraw',
      '拟任人选另有任用，本次动议终止',
    );
  }
  const promotion = (story.adjustment ?? 'PROMOTION') === 'PROMOTION';
  if (promotion && (story.stage === 'FORMAL' || story.stage === 'REVERTED')) {
    await conclude(c, story.stage === 'FORMAL');
  }
}

/** Active cadres in a reserve pool, grades and deputies, the most mature first, with their facts. */
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
    select: { cadreId: true },
  });
  const ids = [...new Set(entries.map((e) => e.cadreId))];
  const facts = await cadreFactsOf(tx, districtId, ids);
  const pools: Record<Pool, CadreFacts[]> = { grades: [], deputies: [] };
  for (const id of ids) {
    const cadre = facts.get(id);
    if (cadre) pools[GRADES.includes(cadre.currentRank) ? 'grades' : 'deputies'].push(cadre);
  }
  return pools;
}

/** Units with leadership posts at each level, those with a vacancy marked; grass roots first. */
async function unitsWithPosts(tx: Transaction, districtId: string) {
  const lines = await quotaLines(tx, districtId);
  const units = await tx.unit.findMany({
    where: { districtId, id: { in: [...new Set(lines.map((l) => l.unitId))] } },
    select: { id: true, name: true, category: true, code: true },
    orderBy: { code: 'asc' },
  });
  const grassRoots = (u: { category: string }) =>
    u.category === 'SUBDISTRICT' || u.category === 'TOWNSHIP';
  const ordered = [...units.filter(grassRoots), ...units.filter((u) => !grassRoots(u))];
  return (targetRank: Rank): PostUnit[] => {
    const key = rankQuotaKey[targetRank];
    const atLevel = lines.filter(
      (l) => l.level === key.level && l.leadership === key.leadership && l.approved > 0,
    );
    return ordered.flatMap((unit) => {
      const line = atLevel.find((l) => l.unitId === unit.id);
      return line ? [{ ...unit, vacant: line.vacant > 0 }] : [];
    });
  };
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
      clerk: await demoStaffIn(tx, district.id, CLERK, SELECTION_PERMISSIONS),
      leader: await demoStaffIn(tx, district.id, LEADER, SELECTION_PERMISSIONS),
      audited: auditedIn(tx, operatorIn(district.id)),
      config,
      cadres: await reserveCadres(tx, district.id),
      unitsFor: await unitsWithPosts(tx, district.id),
      usedUnits: new Set(),
      today: referenceDate,
      documentPrefix: district.name.slice(0, 1),
      documentNumbers: new Set(),
    };
    const stories = index === 0 ? FIRST_DISTRICT : OTHER_DISTRICTS;
    for (const [i, story] of stories.entries()) await playStory(seeder, story, i);
  }
}
