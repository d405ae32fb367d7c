import { describe, expect, it } from 'vitest';
import { isValidIdNumber } from '../domain/id-number.ts';
import { restrictionsInForce } from '../domain/influence-periods.ts';
import { rankQuotaKey } from '../domain/ranks.ts';
import { DEMO_DISTRICTS, type DemoCityPlan, planDemoCity } from './demo-city.ts';
import { addDays } from './dates.ts';

const plan = planDemoCity();
const reference = plan.referenceDate;
const unitsById = new Map(plan.units.map((unit) => [unit.id, unit]));
const districtIds = plan.districts.filter((d) => d.level === 'DISTRICT').map((d) => d.id);
const codeOf = new Map(plan.districts.map((d) => [d.id, d.code]));

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The same calendar day `years` later (negative: earlier). */
const plusYears = (date: Date, years: number) =>
  new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));

describe('planDemoCity', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(planDemoCity()).toEqual(plan);
    const other = planDemoCity({ seed: 7 });
    expect(other.cadres[0]?.id).not.toBe(plan.cadres[0]?.id);
    expect(other.cadres.map((c) => c.name)).not.toEqual(plan.cadres.map((c) => c.name));
  });

  it('has a city with two districts', () => {
    const [city, full, partial] = plan.districts;
    expect(city).toMatchObject({ code: DEMO_DISTRICTS.city.code, level: 'CITY', parentId: null });
    expect(full).toMatchObject({ code: DEMO_DISTRICTS.full.code, parentId: city?.id });
    expect(partial).toMatchObject({ code: DEMO_DISTRICTS.partial.code, parentId: city?.id });
  });

  it('switches on installed plugins only: every one in 东湖区, selection and assessment in 西山县', () => {
    const enabled = (installed?: string[]) => {
      const planned: DemoCityPlan = planDemoCity({ cadresPerDistrict: [0, 0], plugins: installed });
      return planned.districts.map((district) =>
        planned.districtPlugins
          .filter((p) => p.districtId === district.id && p.enabled)
          .map((p) => p.pluginId),
      );
    };
    expect(enabled()).toEqual([[], [], []]);
    expect(enabled(['selection'])).toEqual([[], ['selection'], ['selection']]);
    expect(enabled(['selection', 'supervision', 'assessment'])).toEqual([
      [],
      ['selection', 'supervision', 'assessment'],
      ['selection', 'assessment'],
    ]);
  });

  it('gives about 2,000 cadres by default', () => {
    expect(plan.cadres).toHaveLength(2000);
    expect(plan.summary.districts.map((d) => d.cadres)).toEqual([1200, 800]);
  });

  it('builds unit trees with consistent paths and codes unique per district', () => {
    for (const districtId of districtIds) {
      const units = plan.units.filter((unit) => unit.districtId === districtId);
      expect(units.length).toBeGreaterThanOrEqual(40);
      expect(units.length).toBeLessThanOrEqual(60);
      expect(new Set(units.map((unit) => unit.code)).size).toBe(units.length);
      expect(units.some((unit) => unit.parentId !== null)).toBe(true);
    }
    for (const unit of plan.units) {
      const parent = unit.parentId === null ? undefined : unitsById.get(unit.parentId);
      if (unit.parentId !== null) expect(parent?.districtId).toBe(unit.districtId);
      expect(unit.path).toBe(`${parent?.path ?? '/'}${unit.id}/`);
    }
    const topLevel = plan.units.filter((unit) => unit.parentId === null);
    const teams = groupBy(plan.teams, (team) => team.unitId);
    for (const unit of topLevel) {
      expect(teams.get(unit.id)?.length).toBeGreaterThanOrEqual(1);
      expect(teams.get(unit.id)?.length).toBeLessThanOrEqual(2);
    }
  });

  it('gives every cadre a contiguous post history up to the reference date', () => {
    const postsByCadre = groupBy(plan.posts, (post) => post.cadreId);
    const fiveYearsAgo = plusYears(reference, -5);
    for (const cadre of plan.cadres) {
      const posts = (postsByCadre.get(cadre.id) ?? []).sort(
        (a, b) => a.startedOn.getTime() - b.startedOn.getTime(),
      );
      expect(posts.length).toBeGreaterThanOrEqual(2);
      expect(posts.length).toBeLessThanOrEqual(6);
      expect(cadre.workStartDate >= plusYears(cadre.birthDate, 18)).toBe(true);
      expect(cadre.workStartDate <= fiveYearsAgo).toBe(true);
      expect(posts[0]?.startedOn).toEqual(cadre.workStartDate);
      posts.forEach((post, i) => {
        const next = posts[i + 1];
        // The last day in a post is the day before the next begins.
        if (next) expect(post.endedOn).toEqual(addDays(next.startedOn, -1));
        else expect(post.endedOn).toBeNull();
        if (post.endedOn) expect(post.endedOn > post.startedOn).toBe(true);
        expect(post.startedOn <= reference).toBe(true);
        expect(post.districtId).toBe(cadre.districtId);
        if (post.unitId !== null)
          expect(unitsById.get(post.unitId)?.districtId).toBe(cadre.districtId);
      });
      expect(posts.filter((post) => post.endedOn === null)).toHaveLength(1);
      expect(posts.at(-1)?.unitId).toBe(cadre.unitId);
      expect(unitsById.get(cadre.unitId)?.districtId).toBe(cadre.districtId);
      expect(cadre.rankSince >= cadre.workStartDate && cadre.rankSince <= reference).toBe(true);
      if (cadre.partyJoinDate) {
        expect(cadre.partyJoinDate >= plusYears(cadre.birthDate, 18)).toBe(true);
        expect(cadre.partyJoinDate <= reference).toBe(true);
      }
    }
  });

  it('stores dates as UTC midnight', () => {
    const dates = [
      ...plan.cadres.flatMap((c) => [c.birthDate, c.workStartDate, c.rankSince, c.partyJoinDate]),
      ...plan.posts.flatMap((p) => [p.startedOn, p.endedOn]),
      ...plan.poolEntries.flatMap((e) => [e.enteredOn, e.nextReviewOn]),
    ];
    for (const date of dates) if (date) expect(date.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('issues valid, unique ID numbers matching birth date and gender', () => {
    expect(new Set(plan.cadres.map((c) => c.idNumber)).size).toBe(plan.cadres.length);
    for (const cadre of plan.cadres) {
      const id = cadre.idNumber;
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(isValidIdNumber(id)).toBe(true);
      expect(id.slice(6, 14)).toBe(cadre.birthDate.toISOString().slice(0, 10).replaceAll('-', ''));
      expect(Number(id.charAt(16)) % 2).toBe(cadre.gender === 'MALE' ? 1 : 0);
    }
  });

  it('has realistic distributions', () => {
    const share = (predicate: (c: (typeof plan.cadres)[number]) => boolean) =>
      plan.cadres.filter(predicate).length / plan.cadres.length;
    expect(share((c) => c.gender === 'FEMALE')).toBeGreaterThan(0.25);
    expect(share((c) => c.gender === 'FEMALE')).toBeLessThan(0.35);
    expect(share((c) => c.politicalStatus === 'CPC_MEMBER')).toBeGreaterThan(0.8);
    expect(share((c) => c.fullTimeEducation === 'UNIVERSITY')).toBeGreaterThan(0.5);
    expect(share((c) => c.identity === 'CIVIL_SERVANT')).toBeGreaterThan(0.6);
    expect(share((c) => c.status === 'ACTIVE')).toBeGreaterThan(0.9);
    expect(share((c) => c.rank.startsWith('LEADER_COUNTY'))).toBeGreaterThan(0);
    for (const cadre of plan.cadres) {
      const age = reference.getUTCFullYear() - cadre.birthDate.getUTCFullYear();
      expect(age).toBeGreaterThanOrEqual(25);
      expect(age).toBeLessThanOrEqual(61);
      if (cadre.politicalStatus !== 'CPC_MEMBER' && cadre.politicalStatus !== 'CPC_PROBATIONARY') {
        expect(cadre.partyJoinDate).toBeNull();
      }
    }
  });

  it('approves quotas with vacancies in most units, a few over quota, none for 科员', () => {
    const filled = new Map<string, number>();
    for (const cadre of plan.cadres) {
      if (cadre.status !== 'ACTIVE') continue;
      const { level, leadership } = rankQuotaKey[cadre.rank];
      const key = `${cadre.unitId}/${level}/${leadership}`;
      filled.set(key, (filled.get(key) ?? 0) + 1);
    }
    const rows = new Map(plan.quotas.map((q) => [`${q.unitId}/${q.level}/${q.leadership}`, q]));
    expect(rows.size).toBe(plan.quotas.length);
    for (const key of filled.keys()) expect(rows.has(key)).toBe(!key.includes('/STAFF/'));
    for (const districtId of districtIds) {
      const quotas = [...rows].filter(([, q]) => q.districtId === districtId);
      const unitsWhere = (test: (approved: number, filled: number) => boolean) =>
        new Set(
          quotas
            .filter(([key, q]) => test(q.approved, filled.get(key) ?? 0))
            .map(([, q]) => q.unitId),
        );
      const over = unitsWhere((approved, count) => approved < count);
      const vacant = unitsWhere((approved, count) => approved > count);
      const units = plan.units.filter((u) => u.districtId === districtId);
      expect(over.size).toBeGreaterThanOrEqual(2);
      expect(over.size).toBeLessThanOrEqual(4);
      for (const id of over) expect(unitsById.get(id)?.parentId).toBeNull();
      expect(vacant.size).toBeGreaterThan(units.length / 2);

      // 核定职数 ≠ 实际配备 ≠ 在职干部: posts stay open, and 科员 fill no quota.
      const approved = quotas.reduce((sum, [, q]) => sum + q.approved, 0);
      const inQuota = quotas.reduce((sum, [key]) => sum + (filled.get(key) ?? 0), 0);
      const active = plan.cadres.filter(
        (c) => c.districtId === districtId && c.status === 'ACTIVE',
      );
      expect(approved).toBeGreaterThan(inQuota);
      expect(inQuota).toBeLessThan(active.length);
      expect(plan.summary.districts.find((d) => d.code === codeOf.get(districtId))).toMatchObject({
        overQuotaUnits: over.size,
        vacantUnits: vacant.size,
      });
    }
  });

  it('plans digestion for every unit over quota but the latest, with its deadline due', () => {
    const { plans, dueItems } = plan.overQuotaPlans;
    for (const districtId of districtIds) {
      const over = plan.quotas.filter((q) => {
        if (q.districtId !== districtId) return false;
        const count = plan.cadres.filter(
          (c) =>
            c.unitId === q.unitId &&
            c.status === 'ACTIVE' &&
            rankQuotaKey[c.rank].level === q.level &&
            rankQuotaKey[c.rank].leadership === q.leadership,
        ).length;
        return q.approved < count;
      });
      const planned = plans.filter((p) => p.districtId === districtId);
      expect(planned).toHaveLength(over.length - 1);
      for (const p of planned) {
        const line = over.find((q) => q.unitId === p.unitId && q.level === p.level);
        expect(line?.leadership).toBe(p.leadership);
        expect(p.deadline > reference && new Date(p.createdAt ?? 0) < reference).toBe(true);
        const unit = unitsById.get(p.unitId);
        expect(dueItems.find((d) => d.subjectId === p.id)).toMatchObject({
          districtId,
          source: 'core',
          kind: 'over-quota-deadline',
          dueDate: p.deadline,
          title: `超职数消化期限：${unit?.name}乡科级副职领导职务超配 ${p.excess} 名`,
        });
      }
    }
    expect(dueItems).toHaveLength(plans.length);
  });

  it('fills both reserve pools with ranked, unique entries', () => {
    const cadres = new Map(plan.cadres.map((c) => [c.id, c]));
    expect(plan.pools).toHaveLength(4);
    for (const pool of plan.pools) {
      const entries = plan.poolEntries.filter((entry) => entry.poolId === pool.id);
      expect(entries.length).toBeGreaterThanOrEqual(30);
      expect(entries.length).toBeLessThanOrEqual(80);
      expect(new Set(entries.map((entry) => entry.cadreId)).size).toBe(entries.length);
      expect(entries.map((entry) => entry.maturityRank).sort((a, b) => a - b)).toEqual(
        entries.map((_, i) => i + 1),
      );
      for (const entry of entries) {
        const cadre = cadres.get(entry.cadreId);
        expect(cadre?.districtId).toBe(pool.districtId);
        expect(entry.enteredOn <= reference && entry.nextReviewOn > entry.enteredOn).toBe(true);
        if (pool.kind === 'YOUNG_TALENT' && cadre) {
          expect(cadre.birthDate > plusYears(reference, -40)).toBe(true);
        }
      }
    }
  });

  it('scales to 50,000 cadres in one district', { timeout: 120_000 }, () => {
    const big = planDemoCity({ cadresPerDistrict: [50_000, 800] });
    expect(big.cadres).toHaveLength(50_800);
    expect(big.summary.districts[0]?.cadres).toBe(50_000);
    const fiveYearsAgo = plusYears(big.referenceDate, -5);
    expect(big.cadres.every((cadre) => cadre.workStartDate <= fiveYearsAgo)).toBe(true);
    expect(big.posts.length).toBeGreaterThanOrEqual(2 * big.cadres.length);
    // The other district does not change when one district grows.
    expect(big.cadres.slice(50_000)).toEqual(plan.cadres.slice(1200));
  });
});

describe('the demo archive records', () => {
  const { grades, sanctions, rewards, family } = plan.archive;
  const pooled = new Set(plan.poolEntries.map((e) => e.cadreId));

  it('grades every cadre for each of the last three years they worked', () => {
    const year = reference.getUTCFullYear();
    const byCadre = groupBy(grades, (g) => g.cadreId);
    for (const cadre of plan.cadres) {
      const worked = [year - 3, year - 2, year - 1].filter(
        (y) => y >= cadre.workStartDate.getUTCFullYear(),
      );
      expect((byCadre.get(cadre.id) ?? []).map((g) => g.year)).toEqual(worked);
    }
  });

  it('has sanctions in force, expired and lifted early, and none for reserve-pool cadres', () => {
    const facts = sanctions.map((s) => ({
      id: s.id ?? '',
      kind: s.kind,
      effectiveDate: new Date(s.effectiveDate),
      probationMonths: null,
      liftedOn: s.liftedOn ? new Date(s.liftedOn) : null,
      revoked: false,
    }));
    const inForce = facts.filter((f) => restrictionsInForce([f], reference).length > 0);
    expect(inForce.length).toBeGreaterThanOrEqual(4);
    expect(facts.length - inForce.length).toBeGreaterThanOrEqual(4);
    expect(facts.filter((f) => f.liftedOn !== null)).toHaveLength(districtIds.length);
    expect(sanctions.some((s) => pooled.has(s.cadreId))).toBe(false);
    const poorGrades = ['BASIC_COMPETENT', 'INCOMPETENT', 'BASIC_QUALIFIED', 'UNQUALIFIED'];
    expect(grades.some((g) => pooled.has(g.cadreId) && poorGrades.includes(g.grade))).toBe(false);
  });

  it('gives a plausible share rewards and most cadres a family', () => {
    const rewarded = new Set(rewards.map((r) => r.cadreId)).size / plan.cadres.length;
    expect(rewarded).toBeGreaterThan(0.1);
    expect(rewarded).toBeLessThan(0.5);
    expect(new Set(family.map((f) => f.cadreId)).size / plan.cadres.length).toBeGreaterThan(0.8);
    expect(rewards.every((r) => new Date(r.decisionDate) <= reference)).toBe(true);
  });
});

describe('the demo leadership teams', () => {
  it('seats the leaders in post, one principal a team at most', () => {
    const byTeam = groupBy(plan.teamMembers, (m) => m.teamId);
    expect(byTeam.size).toBeGreaterThan(10);
    for (const members of byTeam.values()) {
      expect(members.filter((m) => m.role === 'PRINCIPAL').length).toBeLessThanOrEqual(1);
      expect(members.map((m) => m.sortOrder)).toEqual(members.map((_, i) => i));
    }
  });
});
