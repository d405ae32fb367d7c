import type { Database, DistrictData, Prisma } from '@cadre/db';
import type { ArchiveFact } from '@cadre/db/client';
import type {
  FindingSeverity,
  IntegrityFinding,
  IntegrityFindingsSource,
  IntegrityPurpose,
  IntegrityQuery,
} from '../contract/integrity.ts';
import type { CadrePlugin, Label } from '../contract/plugin.ts';
import { CORE_SUBGRAPH } from '../contract/plugin.ts';
import { InputError, NotFoundError } from '../errors/cadre-error.ts';
import { type Actor, writeAudited } from './audit.ts';
import { todayInChina } from '../domain/dates.ts';
import { isUuid } from '../domain/ids.ts';
import { ANNUAL_GRADE_LABELS } from '../domain/archive-labels.ts';
import { governs, type Restriction } from '../domain/influence-periods.ts';
import { annualGradesOf, restrictionsOfCadres } from './influence.ts';
import { CASE } from './workflow.ts';

// The integrity check (带病提拔 prevention): before a cadre is listed, decided or reused, core
// asks its own archive and every plugin enabled in the district for findings, and says which
// sources answered. A source that fails is reported as failed, never as consulted and clean.

/** A finding with the source that made it: `core` or a plugin id. */
export interface SourcedFinding extends IntegrityFinding {
  source: string;
}

export interface IntegrityCheckResult {
  cadreIds: string[];
  findings: SourcedFinding[];
  /** Sources that answered (core first). */
  sourcesConsulted: string[];
  /** Enabled sources that failed or did not answer in time; their cadres carry a blocking finding. */
  sourcesFailed: string[];
  /** Installed sources of plugins switched off in the district: they were not asked. */
  sourcesNotConsulted: string[];
  checkedAt: Date;
  /** The stored record, when the check was made for a case. */
  recordId: string | null;
}

export interface IntegrityScope {
  db: Database;
  districtId: string;
  enabledPlugins: readonly string[];
  plugins: readonly CadrePlugin[];
}

/** More than one list at a time is a batch job, not a check before a decision. */
export const MAX_CADRES_PER_CHECK = 100;
/** A plugin's source that takes longer than this is reported as failed. */
export const SOURCE_TIMEOUT_MS = 15_000;

const CADRE: Label = { zh: '干部', en: 'Cadre' };

/** Archive facts as findings and refusals name them. */
export const FACT_LABELS: Record<ArchiveFact, Label> = {
  BIRTH_DATE: { zh: '出生日期', en: 'birth date' },
  PARTY_JOIN_DATE: { zh: '入党时间', en: 'party-join date' },
  WORK_START_DATE: { zh: '参加工作时间', en: 'work-start date' },
  EDUCATION: { zh: '学历学位', en: 'education' },
  EXPERIENCE: { zh: '经历', en: 'experience' },
  IDENTITY: { zh: '干部身份', en: 'cadre identity' },
};

const STATUS_LABELS: Record<string, Label> = {
  SECOND_LINE: { zh: '退二线', en: 'moved to the second line' },
  RETIRED: { zh: '退休', en: 'retired' },
  TRANSFERRED_OUT: { zh: '调出', en: 'transferred out' },
};

/** Grades below competent (基本称职以下) that the look-back years hold against a cadre. */
const POOR_GRADES = new Set(['BASIC_COMPETENT', 'INCOMPETENT', 'BASIC_QUALIFIED', 'UNQUALIFIED']);
/** The years of grades looked at, as 条例第二十五条 counts them (近三年). */
const GRADE_YEARS = 3;

/**
 * A restriction in force blocks a promotion or an important post and warns otherwise; a bar on
 * 评优 only informs, since no appointment waits on it.
 */
function restrictionSeverity(restriction: Restriction, purpose: IntegrityPurpose): FindingSeverity {
  if (restriction.restriction === 'NO_EXCELLENT_GRADE') return 'INFO';
  return purpose === 'OTHER' ? 'WARNING' : 'BLOCKING';
}

/**
 * One finding per measure in force: its most severe restriction for the purpose, the longest of
 * those, whose explanation names the end.
 */
function governingByFact(restrictions: readonly Restriction[] = [], purpose: IntegrityPurpose) {
  const byFact = new Map<string, { severity: FindingSeverity; restriction: Restriction }>();
  for (const restriction of restrictions) {
    const severity = restrictionSeverity(restriction, purpose);
    const known = byFact.get(restriction.factId);
    const better =
      !known ||
      SEVERITY_ORDER[severity] < SEVERITY_ORDER[known.severity] ||
      (severity === known.severity && governs(restriction, known.restriction));
    if (better) byFact.set(restriction.factId, { severity, restriction });
  }
  return byFact.values();
}

/**
 * The archive facts of a cadre never checked against the personnel archive (档案专项审核); the
 * party-join date counts only for party members, who have one.
 */
export function unverifiedArchiveFacts(cadre: {
  partyJoinDate: Date | null;
  verifications: readonly { fact: ArchiveFact }[];
}): ArchiveFact[] {
  const verified = new Set(cadre.verifications.map((v) => v.fact));
  return (Object.keys(FACT_LABELS) as ArchiveFact[]).filter(
    (fact) => !verified.has(fact) && (fact !== 'PARTY_JOIN_DATE' || cadre.partyJoinDate !== null),
  );
}

/**
 * Core's own findings from the archive: a cadre no longer in post blocks; every restriction of
 * an influence period in force on the day (with its end, from the engine); a grade below competent
 * in the last three years warns; archive facts never checked against the personnel archive
 * (档案专项审核) warn. The party-join date counts only for party members, who have one.
 */
export const coreFindings: IntegrityFindingsSource = async ({ data, cadreIds, asOf, purpose }) => {
  const [cadres, restrictions, grades] = await Promise.all([
    data.prisma.cadre.findMany({
      where: { districtId: data.districtId, id: { in: [...cadreIds] } },
      select: {
        id: true,
        status: true,
        partyJoinDate: true,
        verifications: { select: { fact: true } },
      },
    }),
    restrictionsOfCadres(data.prisma, data.districtId, cadreIds, asOf),
    annualGradesOf(data.prisma, data.districtId, cadreIds),
  ]);
  const findings: IntegrityFinding[] = [];
  for (const cadre of cadres) {
    if (cadre.status !== 'ACTIVE') {
      const status = STATUS_LABELS[cadre.status] ?? { zh: cadre.status, en: cadre.status };
      findings.push({
        cadreId: cadre.id,
        severity: 'BLOCKING',
        code: 'CORE_CADRE_NOT_ACTIVE',
        reason: { zh: `干部已${status.zh}，不在职`, en: `The cadre has ${status.en}` },
      });
    }
    for (const { severity, restriction } of governingByFact(restrictions.get(cadre.id), purpose)) {
      findings.push({
        cadreId: cadre.id,
        severity,
        code: 'CORE_INFLUENCE_PERIOD',
        reason: restriction.explanation,
      });
    }
    const firstYear = asOf.getUTCFullYear() - GRADE_YEARS;
    for (const { year, grade } of grades.get(cadre.id) ?? []) {
      if (year < firstYear || !POOR_GRADES.has(grade)) continue;
      const label = ANNUAL_GRADE_LABELS[grade];
      findings.push({
        cadreId: cadre.id,
        severity: 'WARNING',
        code: 'CORE_POOR_ANNUAL_GRADE',
        reason: {
          zh: `${year}年度考核为${label.zh}（近三年有基本称职以下等次）`,
          en: `Rated ${label.en} for ${year} (a grade below competent in the last three years)`,
        },
      });
    }
    const unverified = unverifiedArchiveFacts(cadre);
    if (unverified.length > 0) {
      findings.push({
        cadreId: cadre.id,
        severity: 'WARNING',
        code: 'CORE_ARCHIVE_UNVERIFIED',
        reason: {
          zh: `档案未经专项审核：${unverified.map((f) => FACT_LABELS[f].zh).join('、')}`,
          en: `Not verified against the archive: ${unverified.map((f) => FACT_LABELS[f].en).join(', ')}`,
        },
      });
    }
  }
  return findings;
};

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const SEVERITY_ORDER = { BLOCKING: 0, WARNING: 1, INFO: 2 } as const;

function sourceFailed(source: string, plugin: CadrePlugin, cadreIds: readonly string[]) {
  return cadreIds.map((cadreId): SourcedFinding => ({
    cadreId,
    source,
    severity: 'BLOCKING',
    code: 'CORE_INTEGRITY_SOURCE_FAILED',
    reason: {
      zh: `“${plugin.title.zh}”未能完成核查，须重新核查`,
      en: `${plugin.title.en} could not be checked; run the check again`,
    },
  }));
}

/** Keeps only what a source may say: about the cadres asked for, with a known severity. */
function sane(finding: IntegrityFinding, asked: ReadonlySet<string>): boolean {
  return asked.has(finding.cadreId) && finding.severity in SEVERITY_ORDER;
}

/**
 * Asks core and every plugin enabled in the district about `cadreIds`. Unknown ids, and ids of
 * another district, are refused as not found before any plugin is asked. With `record`, the
 * result is stored with the case (audited), in the transaction that also checks the case exists.
 */
export async function runIntegrityCheck(
  scope: IntegrityScope,
  cadreIds: readonly string[],
  options: {
    asOf?: Date;
    /** Promotion unless said otherwise: the strictest reading of a restriction. */
    purpose?: IntegrityPurpose;
    record?: { caseId: string; actor: Actor };
  } = {},
): Promise<IntegrityCheckResult> {
  const ids = [...new Set(cadreIds)];
  if (ids.length === 0 || ids.length > MAX_CADRES_PER_CHECK) {
    throw new InputError([
      {
        path: 'cadreIds',
        code: 'INVALID',
        text: {
          zh: `须核查 1 至 ${MAX_CADRES_PER_CHECK} 名干部`,
          en: `Check between 1 and ${MAX_CADRES_PER_CHECK} cadres`,
        },
      },
    ]);
  }
  const data: DistrictData = scope.db.forDistrict(scope.districtId);
  if (!ids.every(isUuid)) throw new NotFoundError(CADRE);
  const known = await data.prisma.cadre.count({
    where: { districtId: scope.districtId, id: { in: ids } },
  });
  if (known !== ids.length) throw new NotFoundError(CADRE);
  // Before asking anyone: a check cannot be stored with a case the district does not have.
  if (options.record && !(await caseExists(data, options.record.caseId)))
    throw new NotFoundError(CASE);

  const checkedAt = new Date();
  const query: IntegrityQuery = {
    data,
    cadreIds: ids,
    asOf: options.asOf ?? todayInChina(checkedAt),
    purpose: options.purpose ?? 'PROMOTION',
  };
  const withSource = (plugins: readonly CadrePlugin[]) =>
    plugins.filter((p): p is CadrePlugin & { integrityFindings: IntegrityFindingsSource } =>
      Boolean(p.integrityFindings),
    );
  const enabled = withSource(scope.plugins.filter((p) => scope.enabledPlugins.includes(p.id)));
  const notConsulted = withSource(
    scope.plugins.filter((p) => !scope.enabledPlugins.includes(p.id)),
  ).map((p) => p.id);

  const asked = new Set(ids);
  const findings: SourcedFinding[] = (await coreFindings(query)).map((f) => ({
    ...f,
    source: CORE_SUBGRAPH,
  }));
  const consulted = [CORE_SUBGRAPH];
  const failed: string[] = [];
  // Every source is asked at once; one that throws, times out or answers nonsense is failed.
  const answers = await Promise.all(
    enabled.map(async (plugin) => {
      try {
        const answer: unknown = await withTimeout(
          plugin.integrityFindings(query),
          SOURCE_TIMEOUT_MS,
        );
        if (!Array.isArray(answer)) throw new Error('not a list of findings');
        return { plugin, findings: answer as IntegrityFinding[] };
      } catch (error) {
        console.error(`integrity source ${plugin.id} failed`, error);
        return { plugin, findings: null };
      }
    }),
  );
  for (const { plugin, findings: found } of answers) {
    if (found) {
      consulted.push(plugin.id);
      findings.push(
        ...found.filter((f) => sane(f, asked)).map((f) => ({ ...f, source: plugin.id })),
      );
    } else {
      failed.push(plugin.id);
      findings.push(...sourceFailed(plugin.id, plugin, ids));
    }
  }
  findings.sort(
    (a, b) =>
      ids.indexOf(a.cadreId) - ids.indexOf(b.cadreId) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );

  const result: IntegrityCheckResult = {
    cadreIds: ids,
    findings,
    sourcesConsulted: consulted,
    sourcesFailed: failed,
    sourcesNotConsulted: notConsulted,
    checkedAt,
    recordId: null,
  };
  if (options.record) {
    result.recordId = await storeIntegrityCheck(scope.db, options.record, result);
  }
  return result;
}

async function caseExists(data: DistrictData, caseId: string): Promise<boolean> {
  if (!isUuid(caseId)) return false;
  const found = await data.prisma.workflowCase.findFirst({
    where: { id: caseId, districtId: data.districtId },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Stores the findings with the case. `sources` lists those that answered; the failed ones show in
 * the findings themselves (`CORE_INTEGRITY_SOURCE_FAILED`), so the record never claims more.
 */
async function storeIntegrityCheck(
  db: Database,
  record: { caseId: string; actor: Actor },
  result: IntegrityCheckResult,
): Promise<string> {
  return writeAudited(db, record.actor, async (tx, audit, emit) => {
    const workflowCase = await tx.workflowCase.findFirst({
      where: { id: record.caseId, districtId: record.actor.districtId },
      select: { id: true },
    });
    if (!workflowCase) throw new NotFoundError(CASE);
    const stored = await tx.integrityCheckRecord.create({
      data: {
        districtId: record.actor.districtId,
        caseId: workflowCase.id,
        cadreIds: result.cadreIds,
        sources: result.sourcesConsulted,
        findings: result.findings as unknown as Prisma.InputJsonValue,
        checkedAt: result.checkedAt,
      },
    });
    const counts = countBySeverity(result.findings);
    await audit({
      operation: 'integrity-check.run',
      targetType: 'WorkflowCase',
      targetId: workflowCase.id,
      changes: {
        integrityCheckId: stored.id,
        cadreIds: result.cadreIds,
        sourcesConsulted: result.sourcesConsulted,
        sourcesFailed: result.sourcesFailed,
        sourcesNotConsulted: result.sourcesNotConsulted,
        ...counts,
      },
    });
    await emit('core.integrity-check.completed', {
      integrityCheckId: stored.id,
      caseId: workflowCase.id,
      cadreIds: result.cadreIds,
      ...counts,
    });
    return stored.id;
  });
}

export function countBySeverity(findings: readonly IntegrityFinding[]) {
  return {
    blocking: findings.filter((f) => f.severity === 'BLOCKING').length,
    warning: findings.filter((f) => f.severity === 'WARNING').length,
    info: findings.filter((f) => f.severity === 'INFO').length,
  };
}

/** A stored check's findings, read back defensively (the column is JSON). */
export function storedFindings(json: Prisma.JsonValue): SourcedFinding[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (f): f is Prisma.JsonObject & SourcedFinding =>
      typeof f === 'object' &&
      f !== null &&
      !Array.isArray(f) &&
      typeof f.cadreId === 'string' &&
      typeof f.code === 'string' &&
      typeof f.source === 'string' &&
      typeof f.severity === 'string' &&
      f.severity in SEVERITY_ORDER,
  ) as SourcedFinding[];
}
