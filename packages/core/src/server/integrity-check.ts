import type { RequestContext } from '../contract/context.ts';
import { CORE_SUBGRAPH, type Label } from '../contract/plugin.ts';
import {
  type IntegrityCheckResult,
  type IntegrityScope,
  type SourcedFinding,
  runIntegrityCheck,
  storedFindings,
} from '../services/integrity.ts';
import type { Builder } from './builder.ts';
import type { CadreRef } from './cadre.ts';
import { groupRows, loaderFor } from './loaders.ts';
import { LIST_BOUNDS, listCost } from './query-budgets.ts';
import { actorOf, districtOf } from './scope.ts';
import { caseIdOf, type WorkflowCaseRefs } from './workflow-case.ts';

// The integrity check (带病提拔 prevention) in the schema: a read-only check before a decision,
// and one stored with a case, which its full-process record then shows.

const CHECK = 'core.integrity.check';
const CASE_READ = 'core.case.read';
const CORE_SOURCE: Label = { zh: '干部档案', en: 'Cadre archive' };

function scopeOf(ctx: RequestContext): IntegrityScope {
  const district = districtOf(ctx);
  return {
    db: ctx.db,
    districtId: district.id,
    enabledPlugins: district.enabledPlugins,
    plugins: ctx.plugins,
  };
}

/** A source's title for people: core's archive, or the plugin's title. */
function sourceTitle(ctx: RequestContext, source: string): string {
  if (source === CORE_SUBGRAPH) return CORE_SOURCE[ctx.language];
  return ctx.plugins.find((p) => p.id === source)?.title[ctx.language] ?? source;
}

/** A stored check read back in the shape of a fresh one. */
function fromRecord(
  ctx: RequestContext,
  row: { id: string; cadreIds: string[]; sources: string[]; findings: unknown; checkedAt: Date },
): IntegrityCheckResult {
  const findings = storedFindings(row.findings as never);
  const failed = [
    ...new Set(
      findings.filter((f) => f.code === 'CORE_INTEGRITY_SOURCE_FAILED').map((f) => f.source),
    ),
  ];
  return {
    cadreIds: row.cadreIds,
    findings,
    sourcesConsulted: row.sources,
    sourcesFailed: failed,
    // Whatever source is installed and is in neither list was not asked for this check.
    sourcesNotConsulted: ctx.plugins
      .filter((p) => p.integrityFindings && !row.sources.includes(p.id) && !failed.includes(p.id))
      .map((p) => p.id),
    checkedAt: row.checkedAt,
    recordId: row.id,
  };
}

export function registerIntegrityCheck(
  builder: Builder,
  Cadre: CadreRef,
  { WorkflowCase, CaseRecord }: WorkflowCaseRefs,
) {
  const Severity = builder.enumType('IntegrityFindingSeverity', {
    values: {
      BLOCKING: { description: '否决: the cadre may not go ahead until it is resolved' },
      WARNING: { description: '提示: to be weighed' },
      INFO: { description: '说明' },
    } as const,
  });

  const Finding = builder.objectRef<SourcedFinding>('IntegrityFinding').implement({
    fields: (t) => ({
      cadre: t.field({ type: Cadre, resolve: (f) => f.cadreId }),
      severity: t.field({ type: Severity, resolve: (f) => f.severity }),
      code: t.exposeString('code', { description: '<SOURCE>_<WHAT>, e.g. CORE_CADRE_NOT_ACTIVE' }),
      source: t.exposeString('source', { description: '`core` or the plugin id' }),
      sourceTitle: t.string({ resolve: (f, _args, ctx) => sourceTitle(ctx, f.source) }),
      reason: t.string({ resolve: (f, _args, ctx) => f.reason[ctx.language] }),
      reasonZh: t.string({ resolve: (f) => f.reason.zh }),
      reasonEn: t.string({ resolve: (f) => f.reason.en }),
    }),
  });

  const Check = builder.objectRef<IntegrityCheckResult>('IntegrityCheck').implement({
    description:
      'What every consulted source found, and which sources were not or could not be asked',
    fields: (t) => ({
      id: t.exposeID('recordId', {
        nullable: true,
        description: 'The stored record, for a check made with a case',
      }),
      cadres: t.field({ type: [Cadre], resolve: (c) => c.cadreIds }),
      findings: t.field({ type: [Finding], resolve: (c) => c.findings }),
      blocking: t.boolean({
        description: 'Whether any finding blocks (a failed source blocks too)',
        resolve: (c) => c.findings.some((f) => f.severity === 'BLOCKING'),
      }),
      complete: t.boolean({
        description: 'Every enabled source answered',
        resolve: (c) => c.sourcesFailed.length === 0,
      }),
      sourcesConsulted: t.exposeStringList('sourcesConsulted', {
        description: '`core` and the enabled plugins that answered',
      }),
      sourcesFailed: t.exposeStringList('sourcesFailed', {
        description: 'Enabled plugins that failed to answer; their cadres carry a blocking finding',
      }),
      sourcesNotConsulted: t.exposeStringList('sourcesNotConsulted', {
        description: 'Installed plugins with findings that are switched off in the district',
      }),
      sourcesConsultedTitles: t.stringList({
        description: 'The consulted sources as people name them (核心档案, 选拔任用 …), in order',
        resolve: (c, _args, ctx) => c.sourcesConsulted.map((s) => sourceTitle(ctx, s)),
      }),
      sourcesNotConsultedTitles: t.stringList({
        description: 'The sources not consulted, as people name them, in order',
        resolve: (c, _args, ctx) => c.sourcesNotConsulted.map((s) => sourceTitle(ctx, s)),
      }),
      checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
    }),
  });

  const storedLoader = (ctx: RequestContext) =>
    loaderFor(
      ctx,
      'workflowCase.integrityChecks',
      async (caseIds) =>
        groupRows(
          await ctx.prisma.integrityCheckRecord.findMany({
            where: { districtId: districtOf(ctx).id, caseId: { in: [...caseIds] } },
            orderBy: { checkedAt: 'asc' },
          }),
          (r) => r.caseId,
        ),
      [],
    );

  builder.objectField(WorkflowCase, 'integrityChecks', (t) =>
    t.field({
      type: [Check],
      description: 'Integrity checks stored with the case, oldest first',
      complexity: listCost(LIST_BOUNDS.caseIntegrityChecks),
      authScopes: { permission: CASE_READ },
      resolve: async (c, _args, ctx) =>
        (await storedLoader(ctx).load(c.id)).map((row) => fromRecord(ctx, row)),
    }),
  );
  builder.objectField(CaseRecord, 'integrityChecks', (t) =>
    t.field({
      type: [Check],
      resolve: (r, _args, ctx) =>
        r.integrityChecks.map((row) => fromRecord(ctx, { ...row, findings: row.findings })),
    }),
  );

  const Purpose = builder.enumType('IntegrityCheckPurpose', {
    values: {
      PROMOTION: { description: '提拔: a restriction in force blocks' },
      IMPORTANT_POST: { description: '重用（重要岗位）: a restriction in force blocks' },
      OTHER: { description: 'Anything else: a restriction in force warns' },
    } as const,
  });
  const PURPOSE_ARG = { type: Purpose, required: false, description: 'PROMOTION when not given' };

  builder.queryField('integrityCheck', (t) =>
    t.field({
      type: Check,
      description:
        'Asks the archive and every plugin enabled in the district about the cadres; stores nothing',
      authScopes: { permission: CHECK },
      errors: {},
      args: { cadreIds: t.arg.globalIDList({ for: Cadre }), purpose: t.arg(PURPOSE_ARG) },
      resolve: (_root, args, ctx) =>
        runIntegrityCheck(
          scopeOf(ctx),
          args.cadreIds.map((id) => id.id),
          { purpose: args.purpose ?? undefined },
        ),
    }),
  );

  builder.mutationField('runIntegrityCheck', (t) =>
    t.field({
      type: Check,
      description: 'Runs the integrity check for a case and stores the findings with it (audited)',
      authScopes: { permission: CHECK },
      errors: {},
      args: {
        caseId: t.arg.globalID(),
        cadreIds: t.arg.globalIDList({ for: Cadre }),
        purpose: t.arg(PURPOSE_ARG),
      },
      resolve: (_root, args, ctx) =>
        runIntegrityCheck(
          scopeOf(ctx),
          args.cadreIds.map((id) => id.id),
          {
            purpose: args.purpose ?? undefined,
            record: { caseId: caseIdOf(args.caseId), actor: actorOf(ctx) },
          },
        ),
    }),
  );
}
