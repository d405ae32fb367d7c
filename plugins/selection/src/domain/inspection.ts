import type { IntegrityPurpose, Label } from '@cadre/core';

// 考察 (条例 第五章) and the practice of seeds 001 and 002.

const blank = (text: string | null | undefined) => !text || text.trim() === '';

/**
 * 考察组由两名以上成员组成; seed 002: 每个考察组都安排…纪检（监察）干部担任监督员，负责对全过程
 * 进行监督.
 */
export function inspectionTeamProblems(
  members: readonly { name: string; supervisor: boolean }[],
): Label[] {
  const problems: Label[] = [];
  if (members.length < 2) {
    problems.push({
      zh: '考察组应由两名以上成员组成',
      en: 'An inspection team has at least two members',
    });
  }
  if (!members.some((m) => m.supervisor)) {
    problems.push({
      zh: '考察组应有一名纪检监察干部担任监督员',
      en: 'An inspection team includes a discipline supervisor (监督员)',
    });
  }
  if (members.some((m) => blank(m.name))) {
    problems.push({ zh: '考察组成员姓名不能为空', en: 'Every team member needs a name' });
  }
  const names = members.map((m) => m.name.trim()).filter((name) => name !== '');
  if (new Set(names).size < names.length) {
    problems.push({ zh: '考察组成员重复', en: 'A team member is listed twice' });
  }
  return problems;
}

/** 凡提四必: four checks every promotion candidate goes through, each recorded with its result. */
export const FOUR_MUSTS = [
  'ARCHIVE_REVIEW',
  'PERSONAL_MATTERS',
  'DISCIPLINE_OPINION',
  'TIP_VERIFICATION',
] as const;
export type FourMust = (typeof FOUR_MUSTS)[number];

export const FOUR_MUST_LABELS: Record<FourMust, Label> = {
  ARCHIVE_REVIEW: { zh: '干部档案必审', en: 'Personnel archive reviewed' },
  PERSONAL_MATTERS: { zh: '个人有关事项报告必核', en: 'Personal-matters report checked' },
  DISCIPLINE_OPINION: { zh: '纪检监察机关意见必听', en: 'Discipline commission’s opinion heard' },
  TIP_VERIFICATION: { zh: '线索具体的信访举报必查', en: 'Specific tips verified' },
};

export interface FourMustRecord {
  must: FourMust;
  doneOn: Date | null;
  result: string | null;
  evidence: string | null;
}

/** The musts not yet done: done means a date, a result and the evidence behind it. */
export function missingFourMusts(records: readonly FourMustRecord[]): FourMust[] {
  const done = (r: FourMustRecord) => r.doneOn !== null && !blank(r.result) && !blank(r.evidence);
  return FOUR_MUSTS.filter((must) => !records.some((r) => r.must === must && done(r)));
}

/**
 * 干部档案必审 is done only on an archive whose facts were checked against the personnel archive
 * (档案专项审核): `unverified` names the facts that were not, as core's labels give them.
 */
export function archiveReviewProblem(unverified: readonly Label[]): Label | null {
  if (unverified.length === 0) return null;
  return {
    zh: `干部档案尚未专项审核，不能记为已审：${unverified.map((f) => f.zh).join('、')}`,
    en: `The archive is not reviewed while facts are unverified: ${unverified.map((f) => f.en).join(', ')}`,
  };
}

/** The inspection runs as its plan says: it ends no earlier than the plan's last day. */
export function inspectionEndProblem(endsOn: Date | null, today: Date): Label | null {
  if (!endsOn || today >= endsOn) return null;
  // A calendar day is midnight UTC (the `Date` scalar); the pages share this rule, so no core import.
  const day = endsOn.toISOString().slice(0, 10);
  return {
    zh: `考察方案计划于${day}结束，考察期未满不能结束考察`,
    en: `The inspection plan runs until ${day}; the inspection cannot end before then`,
  };
}

export interface PreAnnouncement {
  /** 被考察对象 */
  subjects: readonly string[];
  /** 考察时间和目标 */
  timeAndGoal: string | null;
  /** 考察组成员 */
  teamMembers: readonly string[];
  /** 监督电话 */
  supervisionPhone: string | null;
  /** 反映问题的途径和方式 */
  reportChannels: string | null;
}

/**
 * 考察预告 with the four publics (seed 001: 被考察对象公开、考察时间和目标公开、考察组成员的姓名和
 * 监督电话公开、反映问题的途径和方式公开).
 */
export function preAnnouncementProblems(notice: PreAnnouncement): Label[] {
  const problems: Label[] = [];
  if (notice.subjects.filter((s) => !blank(s)).length === 0) {
    problems.push({ zh: '未公开被考察对象', en: 'The persons inspected are not announced' });
  }
  if (blank(notice.timeAndGoal)) {
    problems.push({
      zh: '未公开考察时间和目标',
      en: 'The time and goal of the inspection are not announced',
    });
  }
  if (notice.teamMembers.filter((m) => !blank(m)).length === 0) {
    problems.push({ zh: '未公开考察组成员姓名', en: 'The team members are not announced' });
  }
  // A phone number has digits: 12380, the organization departments' reporting line, has five.
  if ((notice.supervisionPhone?.match(/\d/g) ?? []).length < 5) {
    problems.push({
      zh: '未公开有效的监督电话',
      en: 'No valid supervision phone number is announced',
    });
  }
  if (blank(notice.reportChannels)) {
    problems.push({
      zh: '未公开反映问题的途径和方式',
      en: 'How to report problems is not announced',
    });
  }
  return problems;
}

/** 差额考察: more candidates than posts is allowed (and intended); each side needs one at least. */
export function candidateCountProblems({
  posts,
  candidates,
}: {
  posts: number;
  candidates: number;
}): Label[] {
  const problems: Label[] = [];
  if (!Number.isInteger(posts) || posts < 1) {
    problems.push({ zh: '拟任职位数应至少为1', en: 'At least one post is to be filled' });
  }
  if (!Number.isInteger(candidates) || candidates < 1) {
    problems.push({ zh: '考察对象应至少为1人', en: 'At least one candidate is inspected' });
  }
  return problems;
}

/** Whether an inspection is 差额 (competitive): more candidates than posts. */
export function isCompetitive({ posts, candidates }: { posts: number; candidates: number }) {
  return candidates > posts;
}

/**
 * What a case's integrity check is for: a restriction in force blocks a promotion or an important
 * post (重用) and only warns on a lateral move.
 */
export function integrityPurposeOf(selectionCase: {
  adjustmentType: string;
  importantPost: boolean;
}): IntegrityPurpose {
  if (selectionCase.adjustmentType === 'PROMOTION') return 'PROMOTION';
  return selectionCase.importantPost ? 'IMPORTANT_POST' : 'OTHER';
}
