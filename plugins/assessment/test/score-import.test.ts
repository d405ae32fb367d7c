import { cadreId, cadreInput, createUnit, type GraphQLClient, mutate } from '@cadre/testing';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ok,
  readRound,
  refusedWithoutWrites,
  type RoundView,
  roundSteps,
  staffOf,
  transition,
  useAssessmentGateway,
} from './round-harness.ts';

// 测评分数表 over HTTP (DOMAIN §10: "assessment score sheets arrive as .xlsx. Import validates
// every row and reports row/column errors in Chinese before writing anything"): the template is
// downloaded, filled in as a spreadsheet program would and imported; a sheet with bad rows, a file
// that is not a workbook and an import outside the scoring stage are refused with nothing written.

const h = useAssessmentGateway();
let office: GraphQLClient;
let round: RoundView;

const importScores = (file: string, client = office, subject = 'SUPERIOR') =>
  mutate<{ rows: number; scores: number; round: { id: string } }>(
    client,
    'importEvaluationScores',
    '$r: ID!, $s: EvaluationSubjectKind!, $f: String!',
    'roundId: $r, subject: $s, file: $f',
    'rows scores round { id }',
    { r: round.id, s: subject, f: file },
  );

async function template(): Promise<{ fileName: string; sheet: ExcelJS.Worksheet }> {
  const { evaluationScoreTemplate: answer } = await office.data<{
    evaluationScoreTemplate: { data?: { fileName: string; base64: string } };
  }>(
    `query ($r: ID!) { evaluationScoreTemplate(roundId: $r, subject: SUPERIOR) {
      ... on QueryEvaluationScoreTemplateSuccess { data { fileName base64 } } } }`,
    { r: round.id },
  );
  if (!answer.data) throw new Error(`no template: ${JSON.stringify(answer)}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(Buffer.from(answer.data.base64, 'base64')).buffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the template has no sheet');
  return { fileName: answer.data.fileName, sheet };
}

async function base64Of(sheet: ExcelJS.Worksheet): Promise<string> {
  return Buffer.from(await sheet.workbook.xlsx.writeBuffer()).toString('base64');
}

/** The row of a cadre in a sheet laid out as the template: 编号, 姓名, 单位, 德 能 勤 绩 廉. */
function rowOf(sheet: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let n = 2; n <= sheet.rowCount; n++)
    if (sheet.getRow(n).getCell(2).value === name) return sheet.getRow(n);
  throw new Error(`${name} is not in the sheet`);
}

const superiorScore = (view: RoundView, name: string) =>
  view.participants
    .find((p) => p.cadre.name === name)
    ?.subjectScores.find((s) => s.subject.kind === 'SUPERIOR');

beforeAll(async () => {
  office = await staffOf(h, 'office', 'assessment-office');
  const planning = await createUnit(h.a, { code: 'QF01', name: '区发改委' });
  const finance = await createUnit(h.a, { code: 'QC01', name: '区财政局' });
  for (const [name, unitId] of [
    ['张三', planning],
    ['李四', planning],
    ['王五', finance],
  ] as const)
    await cadreId(h.a, cadreInput(unitId, { name, rank: 'PRINCIPAL_STAFF_2' }));
  round = ok(
    await roundSteps(office).open({
      kind: 'ANNUAL',
      group: 'CIVIL_SERVANTS',
      year: 2025,
      title: '2025年度公务员年度考核',
    }),
  );
});

describe('importEvaluationScores before scoring', () => {
  it('refuses an import while the round is being prepared, writing nothing', async () => {
    const { sheet } = await template();
    const file = await base64Of(sheet);
    const refused = await refusedWithoutWrites(h, 'ASSESSMENT_WRONG_STAGE', () =>
      importScores(file),
    );
    expect(refused.messageZh).toContain('测评打分');
  });
});

describe('the score sheet while scoring', () => {
  beforeAll(async () => {
    expect((await transition(office, round, 'start-scoring')).__typename).toMatch(/Success$/);
    round = await readRound(office, round.id);
    const zhang = round.participants.find((p) => p.cadre.name === '张三');
    const de = round.items.find((i) => i.name === '德');
    ok(
      await roundSteps(office).score(round.id, 'SUPERIOR', [
        { participantId: zhang?.id ?? '', itemId: de?.id ?? '', score: 88 },
      ]),
    );
  });

  it('gives a template of the participants and items, prefilled with the recorded scores', async () => {
    const { fileName, sheet } = await template();
    expect(fileName).toBe('2025年度公务员年度考核-上级评价测评分数.xlsx');
    expect(sheet.name).toBe('上级评价');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      ...['编号', '姓名', '单位', '德', '能', '勤', '绩', '廉'],
    ]);
    expect(sheet.rowCount).toBe(4);
    // 编号 is the participant's row id: the global ID GraphQL gives it, decoded.
    const zhang = round.participants.find((p) => p.cadre.name === '张三')?.id ?? '';
    const rowId = Buffer.from(zhang, 'base64').toString().split(':')[1];
    expect(rowOf(sheet, '张三').values).toEqual([undefined, rowId, '张三', '区发改委', 88]);
    expect(rowOf(sheet, '王五').getCell(3).value).toBe('区财政局');
  });

  it('imports the filled template: every score readable, one audit record of the import', async () => {
    const { sheet } = await template();
    const fill = (name: string, scores: number[]) =>
      scores.forEach((score, i) => {
        rowOf(sheet, name).getCell(4 + i).value = score;
      });
    fill('张三', [90, 90, 90, 90, 90]);
    fill('李四', [80, 80, 80, 80, 80]);
    fill('王五', [70, 75, 80, 85, 90]);
    // 王五 named by 姓名 and 单位 (padded as sheets often are), not by 编号.
    rowOf(sheet, '王五').getCell(1).value = null;
    rowOf(sheet, '王五').getCell(2).value = '王  五';
    const answer = await importScores(await base64Of(sheet));
    expect(answer.data).toEqual({ rows: 3, scores: 15, round: { id: round.id } });

    const view = await readRound(office, round.id);
    expect(superiorScore(view, '张三')).toMatchObject({
      score: 90,
      scoredItems: 5,
      complete: true,
    });
    expect(superiorScore(view, '李四')).toMatchObject({ score: 80, complete: true });
    // 德15 能20 勤15 绩35 廉15: 70×.15 + 75×.2 + 80×.15 + 85×.35 + 90×.15 = 80.75.
    expect(superiorScore(view, '王五')).toMatchObject({ score: 80.75, complete: true });

    const audit = await h.db.asOwner((tx) =>
      tx.auditRecord.findMany({ where: { operation: 'assessment.score.import' } }),
    );
    expect(audit.map((a) => a.changes)).toEqual([
      { subject: 'SUPERIOR', importedRows: 3, importedScores: 15 },
    ]);
  });

  it('refuses a sheet with errors in two rows, naming both rows and columns, writing nothing', async () => {
    const { sheet } = await template();
    rowOf(sheet, '张三').getCell(4).value = 101;
    rowOf(sheet, '王五').getCell(5).value = '良好';
    const file = await base64Of(sheet);
    const refused = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () => importScores(file));
    // Rows in the registry's order (by pinyin): 李四, 王五, 张三.
    expect(refused.issues).toEqual(
      [
        [rowOf(sheet, '王五').number, '能'],
        [rowOf(sheet, '张三').number, '德'],
      ].map(([row, column]) => ({
        path: 'file',
        code: 'SPREADSHEET_CELL',
        messageZh: `第${row}行“${column}”列：应为0–100的数字`,
        messageEn: `Row ${row}, column ${column}: must be a number from 0 to 100`,
      })),
    );
    expect(rowOf(sheet, '王五').number).toBeLessThan(rowOf(sheet, '张三').number);
  });

  it('refuses a row naming no participant of the round by its row number', async () => {
    const { sheet } = await template();
    rowOf(sheet, '李四').getCell(1).value = '00000000-0000-4000-8000-000000000000';
    const file = await base64Of(sheet);
    const refused = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () => importScores(file));
    expect(refused.issues?.map((i) => i.messageZh)).toEqual([
      `第${rowOf(sheet, '李四').number}行“编号”列：不是本次考核的考核对象`,
    ]);
  });

  it('refuses a file that is not an .xlsx workbook, writing nothing', async () => {
    const csv = Buffer.from('编号,姓名,单位,德\n,张三,区发改委,90\n').toString('base64');
    const refused = await refusedWithoutWrites(h, 'CORE_INVALID_INPUT', () => importScores(csv));
    expect(refused.issues?.map((i) => i.code)).toEqual(['SPREADSHEET_NOT_XLSX']);
  });

  it('refuses a subject the round does not have, and staff without the scoring permission', async () => {
    const { sheet } = await template();
    const file = await base64Of(sheet);
    await refusedWithoutWrites(h, 'ASSESSMENT_SUBJECT_NOT_IN_ROUND', () =>
      importScores(file, office, 'EXPERT'),
    );
    const assessor = await staffOf(h, 'assessor', 'unit-assessor');
    await refusedWithoutWrites(h, 'CORE_FORBIDDEN', () => importScores(file, assessor));
  });
});
