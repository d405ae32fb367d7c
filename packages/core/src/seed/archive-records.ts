// The demo archive's records (奖惩, 年度考核, 家庭成员): three years of grades for every cadre, a
// plausible share of rewards, a handful of sanctions and admonishments — some in force, some
// expired, one lifted early — and family members. Sanctions pass the same date rules as a user's
// entry and store the end the engine computes; reserve-pool cadres carry no sanction and no poor
// grade, so the demo selection cases keep eligible candidates.

import type { AnnualGrade, Prisma, SanctionKind } from '@cadre/db/client';
import { addDays } from '../domain/dates.ts';
import {
  checkSanctionDates,
  type InfluenceFact,
  restrictionsOf,
  restrictionSpan,
} from '../domain/influence-periods.ts';
import type { DemoCadre } from './cadres.ts';
import { ageOn, utcDate } from './dates.ts';
import { type Gender, personName, words } from './names.ts';
import type { Random } from './random.ts';

export interface DemoArchiveRecords {
  rewards: Prisma.CadreRewardCreateManyInput[];
  sanctions: Prisma.CadreSanctionCreateManyInput[];
  grades: Prisma.CadreAnnualGradeCreateManyInput[];
  family: Prisma.FamilyMemberCreateManyInput[];
}

interface Context {
  random: Random;
  districtId: string;
  /** The district's short name for issuing bodies and document numbers, e.g. 东湖. */
  shortName: string;
  referenceDate: Date;
}

/** The measures a demo district has, in the order they are handed out: `ago` is days before today. */
const DEMO_SANCTIONS: readonly { kind: SanctionKind; ago: number; liftAgo?: number }[] = [
  { kind: 'SUPERVISION_ADMONISHMENT', ago: 40 }, // in force
  { kind: 'ADMIN_MAJOR_DEMERIT', ago: 200 }, // in force
  { kind: 'PARTY_WARNING', ago: 900 }, // expired
  { kind: 'HANDLING_TRANSFER', ago: 120 }, // in force
  { kind: 'PARTY_SERIOUS_WARNING', ago: 420, liftAgo: 30 }, // lifted early, by procedure
  { kind: 'ADMIN_WARNING', ago: 700 }, // expired
  { kind: 'SUPERVISION_LETTER_INQUIRY', ago: 90 }, // restricts nothing
  { kind: 'HANDLING_REMOVAL', ago: 500 }, // no leading post over, nothing higher still in force
  { kind: 'ADMIN_DEMERIT', ago: 1100 }, // expired
  { kind: 'SUPERVISION_REMINDER', ago: 20 },
];

const SANCTION_REASONS = words(
  '违反中央八项规定精神，违规接受宴请 履职不力，造成不良影响 个人有关事项报告不实 工作作风漂浮，群众反映强烈 违反组织纪律，未按规定请示报告 落实安全生产责任不到位',
);

const ISSUERS: Record<string, [body: string, prefix: string]> = {
  ADMIN: ['区监察委员会', '监发'],
  PARTY: ['区纪律检查委员会', '纪发'],
  HANDLING: ['区委组织部', '组干'],
  SUPERVISION: ['区委组织部', '组监'],
};

const family = (kind: SanctionKind) => kind.slice(0, kind.indexOf('_'));

function planSanctions(ctx: Context, cadres: readonly DemoCadre[]) {
  const { random, referenceDate } = ctx;
  const count = Math.min(
    cadres.length,
    Math.max(DEMO_SANCTIONS.length, Math.round(cadres.length / 100)),
  );
  const chosen = random.shuffle([...cadres]).slice(0, count);
  return chosen.map((cadre, index) => {
    const plan = DEMO_SANCTIONS[index % DEMO_SANCTIONS.length] as (typeof DEMO_SANCTIONS)[number];
    const effectiveDate = addDays(referenceDate, -(plan.ago + random.int(0, 15)));
    const liftedOn = plan.liftAgo === undefined ? null : addDays(referenceDate, -plan.liftAgo);
    const [body, prefix] = ISSUERS[family(plan.kind)] ?? ['区委组织部', '组发'];
    const fact = {
      kind: plan.kind,
      decisionDate: effectiveDate,
      effectiveDate,
      probationMonths: null,
      liftedOn,
    };
    const issues = checkSanctionDates(fact);
    if (issues.length > 0) throw new Error(`demo sanction ${plan.kind}: ${issues[0]?.text.en}`);
    const influence: InfluenceFact = { ...fact, id: random.uuid(), revoked: false };
    const span = restrictionSpan(influence);
    const row: Prisma.CadreSanctionCreateManyInput = {
      ...fact,
      id: influence.id,
      districtId: ctx.districtId,
      cadreId: cadre.id,
      issuingBody: body.replace('区', `${ctx.shortName}区`),
      documentNumber: `${ctx.shortName}${prefix}〔${effectiveDate.getUTCFullYear()}〕${random.int(1, 60)}号`,
      reason: random.pick(SANCTION_REASONS),
      liftProcedure: liftedOn ? '期满前综合评估为合格，经区委组织部部务会研究，按程序解除' : null,
      restrictedUntil: span?.until ?? null,
      restrictionOpenEnded: span?.openEnded ?? false,
    };
    return { row, influence };
  });
}

/** 优秀 / 称职 (or 合格) / 基本称职 / 不称职, by the cadre's scale. */
function drawGrade(random: Random, civilServant: boolean, trusted: boolean): AnnualGrade {
  const roll = random.next();
  const [excellent, basic, failed] = trusted ? [0.35, 0, 0] : [0.12, 0.025, 0.005];
  if (roll < excellent) return 'EXCELLENT';
  if (roll < excellent + basic) return civilServant ? 'BASIC_COMPETENT' : 'BASIC_QUALIFIED';
  if (roll < excellent + basic + failed) return civilServant ? 'INCOMPETENT' : 'UNQUALIFIED';
  return civilServant ? 'COMPETENT' : 'QUALIFIED';
}

/** Years in which a measure bars 优秀 (当年不得评优). */
function barredYears(facts: readonly InfluenceFact[]): Set<number> {
  return new Set(
    facts
      .flatMap(restrictionsOf)
      .filter((r) => r.restriction === 'NO_EXCELLENT_GRADE')
      .map((r) => r.from.getUTCFullYear()),
  );
}

const HONORARY_TITLES = words(
  '优秀共产党员 优秀党务工作者 担当作为领跑者 抗击新冠肺炎疫情先进个人',
);

function planGradesAndRewards(
  ctx: Context,
  cadres: readonly DemoCadre[],
  trusted: ReadonlySet<string>,
  sanctioned: ReadonlyMap<string, InfluenceFact[]>,
) {
  const { random, referenceDate } = ctx;
  const grades: Prisma.CadreAnnualGradeCreateManyInput[] = [];
  const rewards: Prisma.CadreRewardCreateManyInput[] = [];
  const thisYear = referenceDate.getUTCFullYear();
  const reward = (
    cadreId: string,
    kind: Prisma.CadreRewardCreateManyInput['kind'],
    title: string,
    on: Date,
  ) =>
    rewards.push({
      id: random.uuid(),
      districtId: ctx.districtId,
      cadreId,
      kind,
      title,
      decisionDate: on,
      issuingBody:
        kind === 'HONORARY_TITLE'
          ? `中共${ctx.shortName}区委`
          : `${ctx.shortName}区人力资源和社会保障局`,
      documentNumber: `${ctx.shortName}人社〔${on.getUTCFullYear()}〕${random.int(1, 40)}号`,
      reason: null,
    });
  for (const cadre of cadres) {
    const civilServant =
      cadre.identity === 'CIVIL_SERVANT' || cadre.identity === 'CIVIL_SERVANT_MANAGED';
    const barred = barredYears(sanctioned.get(cadre.id) ?? []);
    let excellentRun = 0;
    for (let year = thisYear - 3; year < thisYear; year += 1) {
      if (cadre.workStartDate.getUTCFullYear() > year) continue;
      let grade = drawGrade(random, civilServant, trusted.has(cadre.id));
      if (grade === 'EXCELLENT' && barred.has(year))
        grade = civilServant ? 'COMPETENT' : 'QUALIFIED';
      grades.push({
        id: random.uuid(),
        districtId: ctx.districtId,
        cadreId: cadre.id,
        year,
        grade,
      });
      excellentRun = grade === 'EXCELLENT' ? excellentRun + 1 : 0;
      // 年度考核优秀的给予嘉奖；连续三年优秀的记三等功.
      const announced = utcDate(year + 1, 2, random.int(1, 28));
      if (announced > referenceDate || grade !== 'EXCELLENT') continue;
      if (excellentRun === 3)
        reward(cadre.id, 'MERIT_THIRD_CLASS', `${year - 2}—${year}年度连续三年考核优秀`, announced);
      else if (random.chance(0.6))
        reward(cadre.id, 'COMMENDATION', `${year}年度考核优秀`, announced);
    }
    if (random.chance(0.05) && !sanctioned.has(cadre.id)) {
      const on = addDays(referenceDate, -random.int(60, 1500));
      if (on > cadre.workStartDate)
        reward(cadre.id, 'HONORARY_TITLE', random.pick(HONORARY_TITLES), on);
    }
  }
  return { grades, rewards };
}

const SPOUSE_WORK = words(
  '区人民医院护士 区第一中学教师 区实验小学教师 农商银行支行职员 区税务局科员 区市场监督管理局科员 自由职业 示范市供电公司职员',
);
const ADULT_CHILD_WORK = words(
  '南京某科技公司职员 示范市人民医院医师 区实验小学教师 上海某律师事务所律师',
);

function planFamily(ctx: Context, cadre: DemoCadre): Prisma.FamilyMemberCreateManyInput[] {
  const { random, referenceDate } = ctx;
  const age = ageOn(cadre.birthDate, referenceDate);
  const members: Omit<
    Prisma.FamilyMemberCreateManyInput,
    'id' | 'districtId' | 'cadreId' | 'sortOrder'
  >[] = [];
  const born = (yearsAfterCadre: number) =>
    utcDate(
      cadre.birthDate.getUTCFullYear() + yearsAfterCadre,
      random.int(1, 12),
      random.int(1, 28),
    );
  if (age >= 27 && random.chance(0.88)) {
    const spouseGender: Gender = cadre.gender === 'MALE' ? 'FEMALE' : 'MALE';
    members.push({
      relation: spouseGender === 'FEMALE' ? '妻子' : '丈夫',
      name: personName(random, spouseGender),
      birthDate: born(random.int(-3, 3)),
      politicalStatus: random.chance(0.5) ? 'CPC_MEMBER' : 'MASSES',
      workUnitAndPost: random.pick(SPOUSE_WORK),
    });
    const children = age >= 30 ? random.int(1, 2) : random.int(0, 1);
    for (let i = 0; i < children; i += 1) {
      const childGender: Gender = random.chance(0.5) ? 'MALE' : 'FEMALE';
      const birthDate = born(random.int(26, 34));
      if (birthDate > referenceDate) continue;
      const childAge = ageOn(birthDate, referenceDate);
      members.push({
        relation: childGender === 'MALE' ? '儿子' : '女儿',
        name: personName(random, childGender),
        birthDate,
        politicalStatus: 'MASSES',
        workUnitAndPost:
          childAge < 6
            ? '学龄前'
            : childAge < 18
              ? '区第一中学学生'
              : childAge < 23
                ? '南京某大学学生'
                : random.pick(ADULT_CHILD_WORK),
      });
    }
  }
  for (const [relation, gender] of [
    ['父亲', 'MALE'],
    ['母亲', 'FEMALE'],
  ] as const) {
    if (!random.chance(0.6)) continue;
    members.push({
      relation,
      name: personName(random, gender),
      birthDate: born(-random.int(24, 32)),
      politicalStatus: random.chance(0.3) ? 'CPC_MEMBER' : 'MASSES',
      workUnitAndPost: '退休',
    });
  }
  return members.map((member, sortOrder) => ({
    ...member,
    id: random.uuid(),
    districtId: ctx.districtId,
    cadreId: cadre.id,
    sortOrder,
  }));
}

/**
 * The archive records of one district's cadres. `spared` (reserve-pool cadres) get no sanction and
 * no grade below competent.
 */
export function planArchiveRecords(
  ctx: Context,
  cadres: readonly DemoCadre[],
  spared: ReadonlySet<string>,
): DemoArchiveRecords {
  const sanctions = planSanctions(
    ctx,
    cadres.filter((c) => c.status === 'ACTIVE' && !spared.has(c.id)),
  );
  const byCadre = new Map<string, InfluenceFact[]>();
  for (const { row, influence } of sanctions) {
    byCadre.set(row.cadreId, [...(byCadre.get(row.cadreId) ?? []), influence]);
  }
  const { grades, rewards } = planGradesAndRewards(ctx, cadres, spared, byCadre);
  return {
    sanctions: sanctions.map((s) => s.row),
    grades,
    rewards,
    family: cadres.flatMap((cadre) => planFamily(ctx, cadre)),
  };
}

const SPECIALTIES = words(
  '党建工作 经济管理 城市规划与建设 财务管理 基层社会治理 招商引资 农业农村工作 法律事务 教育管理 生态环境保护',
);
const PROFESSIONAL_TITLES = words('经济师 高级经济师 工程师 高级工程师 会计师 中学高级教师');

/** The form's remaining personal fields: 健康状况, 专业技术职务 (for some), 熟悉专业有何专长. */
export function personalFields(random: Random) {
  return {
    healthStatus: random.chance(0.97) ? '健康' : '良好',
    professionalTitle: random.chance(0.2) ? random.pick(PROFESSIONAL_TITLES) : null,
    specialty: random.pick(SPECIALTIES),
  };
}
