import {
  districtOf,
  type Label,
  NotFoundError,
  numberCell,
  type PluginSchemaContext,
  readSpreadsheet,
  RuleViolationError,
  spreadsheetError,
  type SpreadsheetColumn,
  type SpreadsheetSpec,
  textCell,
  type Transaction,
  writeSpreadsheet,
} from '@cadre/core';
import type { AssessmentRound, EvaluationSubjectKind } from '@cadre/db/client';
import { SUBJECT_LABELS } from '../domain/round-setup.ts';
import {
  matchScoreLines,
  PARTICIPANT_HEADERS,
  type ScoreLine,
  type SheetParticipant,
} from '../domain/score-import.ts';
import { writeEvaluationScores } from './evaluation-score.ts';
import { ASSESSMENT_PERMISSION as P } from './permissions.ts';
import { auditRound, ROUND_LABEL, writeForRound } from './round-access.ts';
import type { RoundRefs } from './round-refs.ts';

// 测评分数表: one subject's scores as an .xlsx — a template listing the round's participants with
// one column per evaluation item, prefilled with the scores recorded, and its import, read with
// core's spreadsheet reader: every row checked, all of it written or none.

/** What a sheet of the round is read against, and what its rows are matched to. */
interface RoundSheet {
  spec: SpreadsheetSpec<SheetValues>;
  items: { id: string; name: string }[];
  participants: (SheetParticipant & { scores: Map<string, number> })[];
}

type SheetValues = Record<string, string | number | null>;

const itemKey = (itemId: string) => `item:${itemId}`;

const score = numberCell({ min: 0, max: 100 });

/** 编号, 姓名, 单位, then each item of the round (德 能 勤 绩 廉 …), every item column required. */
function sheetSpec(items: readonly { id: string; name: string }[]): SpreadsheetSpec<SheetValues> {
  const columns: Record<string, SpreadsheetColumn<string | number | null>> = {
    id: { header: PARTICIPANT_HEADERS.id, parse: textCell(64) },
    name: { header: PARTICIPANT_HEADERS.name, parse: textCell(50) },
    unit: { header: PARTICIPANT_HEADERS.unit, parse: textCell(200) },
  };
  for (const item of items)
    columns[itemKey(item.id)] = {
      header: { zh: item.name, en: item.name },
      required: true,
      parse: score,
    };
  return { columns };
}

function subjectNotInRound(kind: EvaluationSubjectKind): RuleViolationError {
  return new RuleViolationError('ASSESSMENT_SUBJECT_NOT_IN_ROUND', {
    zh: `${SUBJECT_LABELS[kind].zh}不是本次考核的评价主体`,
    en: `${SUBJECT_LABELS[kind].en} is not an evaluation subject of this round`,
  });
}

type SheetClient = Pick<
  Transaction,
  'evaluationSubject' | 'evaluationItem' | 'roundParticipant' | 'cadre' | 'unit' | 'evaluationScore'
>;

/**
 * The round's items, and its participants in the registry's order with their names, units and
 * the subject's scores: four statements whatever the size of the round.
 */
async function roundSheet(
  client: SheetClient,
  districtId: string,
  roundId: string,
  kind: EvaluationSubjectKind,
): Promise<RoundSheet> {
  const [subject, items, rows] = await Promise.all([
    client.evaluationSubject.findUnique({
      where: { roundId_kind: { roundId, kind } },
      select: { id: true },
    }),
    client.evaluationItem.findMany({
      where: { roundId, districtId },
      select: { id: true, name: true },
      orderBy: { position: 'asc' },
    }),
    client.roundParticipant.findMany({
      where: { roundId, districtId },
      select: { id: true, cadreId: true, unitId: true },
    }),
  ]);
  if (!subject) throw subjectNotInRound(kind);
  const [cadres, units, scores] = await Promise.all([
    client.cadre.findMany({
      where: { districtId, id: { in: rows.map((p) => p.cadreId) } },
      select: { id: true, name: true },
      orderBy: [{ namePinyin: 'asc' }, { id: 'asc' }],
    }),
    client.unit.findMany({
      where: { districtId, id: { in: [...new Set(rows.map((p) => p.unitId))] } },
      select: { id: true, name: true },
    }),
    client.evaluationScore.findMany({
      where: { districtId, subjectId: subject.id },
      select: { participantId: true, itemId: true, score: true },
    }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const ofCadre = new Map(rows.map((p) => [p.cadreId, p]));
  const participants = cadres.flatMap((cadre) => {
    const row = ofCadre.get(cadre.id);
    if (!row) return [];
    const own = scores.filter((s) => s.participantId === row.id);
    return [
      {
        id: row.id,
        name: cadre.name,
        unitName: unitName.get(row.unitId) ?? '',
        scores: new Map(own.map((s) => [s.itemId, s.score])),
      },
    ];
  });
  return { spec: sheetSpec(items), items, participants };
}

/** The template's rows: each participant with the scores the subject has recorded. */
function templateRows({ items, participants }: RoundSheet) {
  return participants.map((p) => ({
    id: p.id,
    name: p.name,
    unit: p.unitName,
    ...Object.fromEntries(items.map((i) => [itemKey(i.id), p.scores.get(i.id) ?? null])),
  }));
}

/** A name a saved file can carry: no path or reserved characters. */
const fileNameOf = (round: AssessmentRound, subject: Label) =>
  `${round.title}-${subject.zh}测评分数.xlsx`.replace(/[\\/:*?"<>|]/g, '_');

interface Template {
  fileName: string;
  base64: string;
}

interface Imported {
  round: AssessmentRound;
  rows: number;
  scores: number;
}

export function registerScoreImport(
  { builder, subGraphs }: PluginSchemaContext,
  refs: Pick<RoundRefs, 'AssessmentRound' | 'EvaluationSubjectKind'>,
) {
  const { AssessmentRound: Round, EvaluationSubjectKind: SubjectKind } = refs;

  const TemplateRef = builder.objectRef<Template>('EvaluationScoreTemplate').implement({
    subGraphs,
    description: 'A score sheet to fill in: an .xlsx as base64',
    fields: (t) => ({
      fileName: t.exposeString('fileName', {
        description: 'e.g. 2025年度考核-上级评价测评分数.xlsx',
      }),
      base64: t.exposeString('base64'),
    }),
  });

  const ImportedRef = builder.objectRef<Imported>('EvaluationScoreImport').implement({
    subGraphs,
    fields: (t) => ({
      round: t.field({ type: Round, resolve: (i) => i.round }),
      rows: t.exposeInt('rows', { description: 'Rows of the sheet that named a participant' }),
      scores: t.exposeInt('scores', { description: 'Scores written (blank cells write none)' }),
    }),
  });

  builder.queryField('evaluationScoreTemplate', (t) =>
    t.field({
      type: TemplateRef,
      subGraphs,
      description:
        '测评分数表 of one subject: 编号, 姓名, 单位 and one column per evaluation item, a row per ' +
        'participant, prefilled with the subject’s recorded scores; fill it in and import it ' +
        'with importEvaluationScores',
      authScopes: { permission: P.score },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: Round }),
        subject: t.arg({ type: SubjectKind }),
      },
      resolve: async (_root, args, ctx) => {
        const districtId = districtOf(ctx).id;
        const round = await ctx.prisma.assessmentRound.findFirst({
          where: { id: args.roundId.id, districtId },
        });
        if (!round) throw new NotFoundError(ROUND_LABEL);
        const subject = SUBJECT_LABELS[args.subject];
        const sheet = await roundSheet(ctx.prisma, districtId, round.id, args.subject);
        const bytes = await writeSpreadsheet(
          { ...sheet.spec, sheet: subject },
          templateRows(sheet),
        );
        return {
          fileName: fileNameOf(round, subject),
          base64: Buffer.from(bytes).toString('base64'),
        };
      },
    }),
  );

  builder.mutationField('importEvaluationScores', (t) =>
    t.field({
      type: ImportedRef,
      subGraphs,
      description:
        'Imports a filled 测评分数表 (.xlsx as base64, at most 512 KiB) of one subject while the ' +
        'round is scoring. Rows name a participant by 编号, or by 姓名 and 单位 when that pair is ' +
        'unique; each score 0–100 replaces the subject’s earlier one, blank cells write nothing. ' +
        'All or nothing: InputError lists every bad cell and row (第3行“德”列：…)',
      authScopes: { permission: P.score },
      errors: {},
      args: {
        roundId: t.arg.globalID({ for: Round }),
        subject: t.arg({ type: SubjectKind }),
        file: t.arg.string({ description: 'The .xlsx file, base64' }),
      },
      resolve: (_root, args, ctx) =>
        writeForRound(ctx, args.roundId.id, ['SCORING'], async (write) => {
          const { tx, districtId, round } = write;
          const sheet = await roundSheet(tx, districtId, round.id, args.subject);
          const read = await readSpreadsheet(args.file, sheet.spec);
          const lines = read.rows.map(({ row, values }): ScoreLine => ({
            row,
            id: values.id as string | null,
            name: values.name as string | null,
            unit: values.unit as string | null,
            scores: sheet.items.flatMap((item) => {
              const value = values[itemKey(item.id)];
              return typeof value === 'number' ? [{ itemId: item.id, score: value }] : [];
            }),
          }));
          const matched = matchScoreLines(sheet.participants, lines);
          if (matched.problems.length > 0) throw spreadsheetError(matched.problems);
          if (matched.scores.length === 0)
            throw spreadsheetError([
              {
                code: 'ASSESSMENT_SHEET_WITHOUT_SCORES',
                problem: { zh: '表格中没有分数', en: 'The sheet holds no scores' },
              },
            ]);
          const scores = await writeEvaluationScores(write, round, args.subject, matched.scores);
          await auditRound(write, 'score.import', {
            subject: args.subject,
            importedRows: lines.length,
            importedScores: scores,
          });
          return { round, rows: lines.length, scores };
        }),
    }),
  );
}
