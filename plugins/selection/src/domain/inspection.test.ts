import { parseDate } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import {
  archiveReviewProblem,
  candidateCountProblems,
  FOUR_MUST_LABELS,
  FOUR_MUSTS,
  inspectionEndProblem,
  inspectionTeamProblems,
  isCompetitive,
  missingFourMusts,
  preAnnouncementProblems,
  type FourMustRecord,
  type PreAnnouncement,
} from './inspection.ts';

const d = (text: string) => parseDate(text) ?? expect.unreachable(text);
const zh = (labels: { zh: string }[]) => labels.map((l) => l.zh);

describe('inspection team (考察组)', () => {
  // 条例: 考察组由两名以上成员组成. Seed 002: 每个考察组都安排×名纪检（监察）干部担任监督员.
  const lead = { name: '王明', supervisor: false };
  const supervisor = { name: '李华', supervisor: true };
  it.each<[string, { name: string; supervisor: boolean }[], string[]]>([
    ['two members, one a supervisor', [lead, supervisor], []],
    ['a lone supervisor', [supervisor], ['考察组应由两名以上成员组成']],
    [
      'no supervisor',
      [lead, { name: '赵强', supervisor: false }],
      ['考察组应有一名纪检监察干部担任监督员'],
    ],
    ['nobody', [], ['考察组应由两名以上成员组成', '考察组应有一名纪检监察干部担任监督员']],
    ['a blank name', [lead, { name: ' ', supervisor: true }], ['考察组成员姓名不能为空']],
    ['the same member twice', [lead, supervisor, { ...lead }], ['考察组成员重复']],
  ])('%s', (_, members, expected) => {
    expect(zh(inspectionTeamProblems(members))).toEqual(expected);
  });
});

describe('the four musts (凡提四必)', () => {
  // 条例（考察）: 干部档案必审、个人有关事项报告必核、纪检监察机关意见必听、线索具体的信访举报必查.
  const done = (must: FourMustRecord['must']): FourMustRecord => ({
    must,
    doneOn: d('2025-05-06'),
    result: '未发现问题',
    evidence: '审核记录表',
  });

  it('labels each must in both languages', () => {
    expect(FOUR_MUSTS.map((m) => FOUR_MUST_LABELS[m].zh)).toEqual([
      '干部档案必审',
      '个人有关事项报告必核',
      '纪检监察机关意见必听',
      '线索具体的信访举报必查',
    ]);
  });

  it.each<[string, FourMustRecord[], string[]]>([
    ['all done', FOUR_MUSTS.map(done), []],
    ['nothing recorded', [], [...FOUR_MUSTS]],
    [
      'one without a date',
      FOUR_MUSTS.map((m) => (m === 'ARCHIVE_REVIEW' ? { ...done(m), doneOn: null } : done(m))),
      ['ARCHIVE_REVIEW'],
    ],
    [
      'one without a result',
      FOUR_MUSTS.map((m) => (m === 'PERSONAL_MATTERS' ? { ...done(m), result: '  ' } : done(m))),
      ['PERSONAL_MATTERS'],
    ],
    [
      'one without evidence',
      FOUR_MUSTS.map((m) => (m === 'TIP_VERIFICATION' ? { ...done(m), evidence: null } : done(m))),
      ['TIP_VERIFICATION'],
    ],
    [
      'an incomplete record beside a complete one',
      [...FOUR_MUSTS.map(done), { ...done('DISCIPLINE_OPINION'), result: null }],
      [],
    ],
  ])('%s', (_, records, expected) => {
    expect(missingFourMusts(records)).toEqual(expected);
  });
});

describe('pre-announcement (考察预告, 四个公开)', () => {
  // Seed 001: 被考察对象公开、考察时间和目标公开、考察组成员的姓名和监督电话公开、
  // 反映问题的途径和方式公开等"四个公开".
  const full: PreAnnouncement = {
    subjects: ['张三'],
    timeAndGoal: '2025年5月6日至8日，考察拟任区发改局副局长人选',
    teamMembers: ['王明', '李华'],
    supervisionPhone: '12380',
    reportChannels: '来信、来电、来访或登录12380举报网站',
  };
  it.each<[string, Partial<PreAnnouncement>, string[]]>([
    ['complete', {}, []],
    ['no subjects', { subjects: [' '] }, ['未公开被考察对象']],
    ['no time and goal', { timeAndGoal: null }, ['未公开考察时间和目标']],
    ['no team members', { teamMembers: [] }, ['未公开考察组成员姓名']],
    ['a phone with too few digits', { supervisionPhone: '123' }, ['未公开有效的监督电话']],
    ['no phone', { supervisionPhone: null }, ['未公开有效的监督电话']],
    ['a landline with area code', { supervisionPhone: '0574-8888 1234' }, []],
    ['no channels', { reportChannels: '' }, ['未公开反映问题的途径和方式']],
  ])('%s', (_, change, expected) => {
    expect(zh(preAnnouncementProblems({ ...full, ...change }))).toEqual(expected);
  });
});

describe('candidates and posts (差额考察)', () => {
  // Seed 001: 妥善确定考察对象，实施差额考察.
  it.each([
    [1, 1, [], false],
    [1, 3, [], true],
    [2, 1, [], false],
    [0, 2, ['拟任职位数应至少为1'], true],
    [1, 0, ['考察对象应至少为1人'], false],
    [1.5, 2, ['拟任职位数应至少为1'], true],
  ])('%f posts, %f candidates', (posts, candidates, problems, competitive) => {
    expect(zh(candidateCountProblems({ posts, candidates }))).toEqual(problems);
    expect(isCompetitive({ posts, candidates })).toBe(competitive);
  });
});

describe('the inspection runs its planned course', () => {
  // Issue: an inspection planned for a week ended on the day it started.
  it.each<[string, string | null, string, string | null]>([
    [
      'before the planned end',
      '2025-03-14',
      '2025-03-10',
      '考察方案计划于2025-03-14结束，考察期未满不能结束考察',
    ],
    ['on the planned last day', '2025-03-14', '2025-03-14', null],
    ['after it', '2025-03-14', '2025-03-20', null],
    ['a plan without an end', null, '2025-03-10', null],
  ])('%s', (_, endsOn, today, expected) => {
    const problem = inspectionEndProblem(endsOn ? d(endsOn) : null, d(today));
    expect(problem?.zh ?? null).toBe(expected);
    if (endsOn && problem) expect(problem.en).toContain(endsOn);
  });
});

describe('干部档案必审 on a verified archive', () => {
  it('names every fact not yet checked against the archive', () => {
    const problem = archiveReviewProblem([
      { zh: '出生日期', en: 'birth date' },
      { zh: '经历', en: 'experience' },
    ]);
    expect(problem?.zh).toBe('干部档案尚未专项审核，不能记为已审：出生日期、经历');
    expect(problem?.en).toMatch(/birth date, experience$/);
  });

  it('has nothing to say when every fact is verified', () => {
    expect(archiveReviewProblem([])).toBeNull();
  });
});
