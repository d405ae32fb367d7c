import type { Language, RequestContext } from '../contract/context.ts';
import type { Label } from '../contract/plugin.ts';
import { stateLabel } from '../domain/workflow.ts';
import { type SourcedFinding, storedFindings } from '../services/integrity.ts';
import { type CaseRecordEntry, caseRecord } from '../services/case-record.ts';
import { CASE, workflowLookup } from '../services/workflow.ts';

// The full-process record table (全程纪实表) as a printable page: one self-contained HTML
// document (no scripts, no outside styles or fonts), A4, the table header repeated on each page.

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** What the page prints; labels come as both languages and are picked by `language`. */
export interface CaseRecordDocument {
  language: Language;
  districtName: string;
  caseId: string;
  caseTypeLabel: Label;
  title: string;
  stateLabel: Label;
  version: number;
  openedAt: Date;
  entries: readonly CaseRecordEntry[];
  integrityChecks: readonly {
    checkedAt: Date;
    sources: readonly string[];
    findings: readonly SourcedFinding[];
  }[];
  /** Cadre names by id, for the findings; an id without a name prints as the id. */
  cadreNames: ReadonlyMap<string, string>;
  generatedAt: Date;
}

const TEXT = {
  record: { zh: '全程纪实表', en: 'Full-process record' },
  facts: { zh: '事项基本情况', en: 'The case' },
  title: { zh: '事项名称', en: 'Title' },
  caseType: { zh: '事项类型', en: 'Case type' },
  state: { zh: '当前状态', en: 'Current state' },
  version: { zh: '版本', en: 'Version' },
  opened: { zh: '立项时间', en: 'Opened' },
  district: { zh: '所属区划', en: 'District' },
  caseId: { zh: '事项编号', en: 'Case number' },
  steps: { zh: '办理过程', en: 'Steps' },
  no: { zh: '序号', en: 'No.' },
  at: { zh: '时间', en: 'Time' },
  step: { zh: '办理步骤', en: 'Step' },
  from: { zh: '原状态', en: 'From' },
  to: { zh: '新状态', en: 'To' },
  actor: { zh: '办理人', en: 'By' },
  reason: { zh: '理由', en: 'Reason' },
  attachments: { zh: '附件', en: 'Attachments' },
  none: { zh: '无', en: 'none' },
  checks: { zh: '廉政与档案核查', en: 'Integrity checks' },
  checkedAt: { zh: '核查时间', en: 'Checked' },
  sources: { zh: '已核查来源', en: 'Sources consulted' },
  cadre: { zh: '干部', en: 'Cadre' },
  severity: { zh: '程度', en: 'Severity' },
  source: { zh: '来源', en: 'Source' },
  finding: { zh: '情况', en: 'Finding' },
  noFindings: { zh: '未发现问题', en: 'No findings' },
  generated: { zh: '生成时间', en: 'Generated' },
  footnote: {
    zh: '本表根据系统中的办理记录生成，每一步骤均有审计记录可查。',
    en: 'Generated from the recorded steps of the case; every step has its audit record.',
  },
} satisfies Record<string, Label>;

const SEVERITY: Record<SourcedFinding['severity'], Label> = {
  BLOCKING: { zh: '否决', en: 'Blocking' },
  WARNING: { zh: '提示', en: 'Warning' },
  INFO: { zh: '说明', en: 'Info' },
};

/** Date and minute in China (UTC+8), where the record is kept and read. */
export function chinaTime(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10.5pt;
  color: #000; background: #fff; margin: 0; }
@media screen { body { max-width: 210mm; margin: 2em auto; padding: 0 1em; } }
h1 { font-size: 18pt; text-align: center; margin: 0 0 0.8em; letter-spacing: 0.1em; }
h2 { font-size: 12pt; margin: 1.2em 0 0.4em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; }
th { background: #f2f2f2; font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
.facts th { width: 18%; }
.muted { color: #555; }
ul { margin: 0; padding-left: 1.2em; }
footer { margin-top: 1.5em; font-size: 9pt; }
`;

/** The complete, print-ready document of one case's record. */
export function renderCaseRecordHtml(doc: CaseRecordDocument): string {
  const lang = doc.language;
  const t = (label: Label) => escapeHtml(label[lang]);
  const e = escapeHtml;
  const heading = `${doc.caseTypeLabel[lang]}${lang === 'zh' ? '' : ' — '}${TEXT.record[lang]}`;

  const facts = [
    [TEXT.title, e(doc.title)],
    [TEXT.caseType, t(doc.caseTypeLabel)],
    [TEXT.state, t(doc.stateLabel)],
    [TEXT.version, String(doc.version)],
    [TEXT.opened, chinaTime(doc.openedAt)],
    [TEXT.district, e(doc.districtName)],
    [TEXT.caseId, e(doc.caseId)],
  ] as const;

  const attachments = (entry: CaseRecordEntry) =>
    entry.attachments.length === 0
      ? ''
      : `<ul>${entry.attachments
          .map((a) => `<li>${e(a.name)} <span class="muted">（${e(a.reference)}）</span></li>`)
          .join('')}</ul>`;

  const steps = doc.entries
    .map(
      (entry, i) => `<tr>
<td>${i + 1}</td><td>${chinaTime(entry.at)}</td><td>${t(entry.transitionLabel)}</td>
<td>${entry.fromLabel ? t(entry.fromLabel) : '—'}</td><td>${t(entry.toLabel)}</td>
<td>${e(entry.actorName)}</td><td>${e(entry.reason)}</td><td>${attachments(entry)}</td>
</tr>`,
    )
    .join('\n');

  const checks = doc.integrityChecks
    .map((check) => {
      const rows =
        check.findings.length === 0
          ? `<tr><td colspan="4">${t(TEXT.noFindings)}</td></tr>`
          : check.findings
              .map(
                (f) => `<tr><td>${e(doc.cadreNames.get(f.cadreId) ?? f.cadreId)}</td>
<td>${t(SEVERITY[f.severity] ?? { zh: f.severity, en: f.severity })}</td><td>${e(f.source)}</td>
<td>${t(f.reason)}</td></tr>`,
              )
              .join('\n');
      return `<p>${t(TEXT.checkedAt)}：${chinaTime(check.checkedAt)}；${t(TEXT.sources)}：${e(
        check.sources.join(lang === 'zh' ? '、' : ', '),
      )}</p>
<table><thead><tr><th style="width:16%">${t(TEXT.cadre)}</th><th style="width:10%">${t(
        TEXT.severity,
      )}</th><th style="width:14%">${t(TEXT.source)}</th><th>${t(TEXT.finding)}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
    })
    .join('\n');

  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(heading)} · ${e(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(heading)}</h1>
<h2>${t(TEXT.facts)}</h2>
<table class="facts"><tbody>
${facts.map(([label, value]) => `<tr><th>${t(label)}</th><td>${value}</td></tr>`).join('\n')}
</tbody></table>
<h2>${t(TEXT.steps)}</h2>
<table>
<thead><tr><th style="width:5%">${t(TEXT.no)}</th><th style="width:13%">${t(TEXT.at)}</th>
<th style="width:10%">${t(TEXT.step)}</th><th style="width:10%">${t(TEXT.from)}</th>
<th style="width:10%">${t(TEXT.to)}</th><th style="width:12%">${t(TEXT.actor)}</th>
<th>${t(TEXT.reason)}</th><th style="width:18%">${t(TEXT.attachments)}</th></tr></thead>
<tbody>
${steps}
</tbody>
</table>
${checks ? `<h2>${t(TEXT.checks)}</h2>\n${checks}` : ''}
<footer><p>${t(TEXT.generated)}：${chinaTime(doc.generatedAt)}</p><p class="muted">${t(
    TEXT.footnote,
  )}</p></footer>
</body>
</html>
`;
}

/** A plain page for the answers that are not a record: 401, 403, 404. */
export function renderMessagePage(language: Language, status: number, message: Label): string {
  const text = escapeHtml(message[language]);
  return `<!DOCTYPE html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><title>${status} · ${text}</title>
<style>body { font-family: sans-serif; max-width: 40em; margin: 4em auto; padding: 0 1em; }</style>
</head>
<body><h1>${status}</h1><p>${text}</p></body>
</html>
`;
}

const CASE_READ = 'core.case.read';

/**
 * The page the gateway serves at `/cases/<id>/record.html`: 401 without a credential, 403 without
 * `core.case.read`, 404 for an id that is not a case of the caller's district (another
 * district's answers the same), else the record.
 */
export async function caseRecordPage(
  ctx: RequestContext,
  caseId: string,
): Promise<{ status: number; html: string }> {
  const lang = ctx.language;
  if (!ctx.credential || !ctx.district) {
    return {
      status: 401,
      html: renderMessagePage(lang, 401, { zh: '请先登录', en: 'Please sign in first' }),
    };
  }
  if (!ctx.permissions.has(CASE_READ)) {
    return {
      status: 403,
      html: renderMessagePage(lang, 403, {
        zh: `没有权限（${CASE_READ}）`,
        en: `Not permitted (${CASE_READ})`,
      }),
    };
  }
  const district = ctx.district;
  const record = await caseRecord(
    ctx.prisma,
    district.id,
    workflowLookup(ctx.plugins, district.enabledPlugins),
    caseId,
  );
  if (!record) {
    return {
      status: 404,
      html: renderMessagePage(lang, 404, { zh: `${CASE.zh}不存在`, en: `${CASE.en} not found` }),
    };
  }
  const checks = record.integrityChecks.map((check) => ({
    checkedAt: check.checkedAt,
    sources: check.sources,
    findings: storedFindings(check.findings),
  }));
  const cadreIds = [...new Set(checks.flatMap((c) => c.findings.map((f) => f.cadreId)))];
  const [names, districtRow] = await Promise.all([
    cadreIds.length === 0
      ? []
      : ctx.prisma.cadre.findMany({
          where: { districtId: district.id, id: { in: cadreIds } },
          select: { id: true, name: true },
        }),
    ctx.prisma.district.findUnique({ where: { id: district.id }, select: { name: true } }),
  ]);
  const { workflowCase, definition } = record;
  return {
    status: 200,
    html: renderCaseRecordHtml({
      language: lang,
      districtName: districtRow?.name ?? district.code,
      caseId: workflowCase.id,
      caseTypeLabel: definition.label,
      title: workflowCase.title,
      stateLabel: stateLabel(definition, workflowCase.state),
      version: workflowCase.version,
      openedAt: workflowCase.createdAt,
      entries: record.entries,
      integrityChecks: checks,
      cadreNames: new Map(names.map((c) => [c.id, c.name])),
      generatedAt: new Date(),
    }),
  };
}
