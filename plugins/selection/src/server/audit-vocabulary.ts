import type { AuditVocabulary } from '@cadre/core';
import { SELECTION_CASE_TYPE } from './stages.ts';

// What the audit page calls the plugin's records; the stage steps are named by the workflow.

export const SELECTION_AUDIT: AuditVocabulary = {
  actions: {
    'selection.case.open': { zh: '动议：新建选拔任用', en: 'Selection case opened' },
    'selection.case.higher-approval': {
      zh: '登记上级组织部门审批',
      en: 'Higher approval recorded',
    },
    'selection.candidate.nominate': { zh: '提名人选', en: 'Candidate nominated' },
    'selection.candidate.list': { zh: '确定考察对象', en: 'Candidates listed' },
    'selection.candidate.drop': { zh: '人选退出', en: 'Candidate dropped' },
    'selection.recommendation.record': { zh: '登记民主推荐', en: 'Recommendation recorded' },
    'selection.recommendation.signed': {
      zh: '登记推荐材料签字',
      en: 'Recommendation signatures recorded',
    },
    'selection.inspection.plan': { zh: '制定考察方案', en: 'Inspection planned' },
    'selection.inspection.team': { zh: '组建考察组', en: 'Inspection team formed' },
    'selection.inspection.evaluation': { zh: '登记考察评价', en: 'Inspection evaluation recorded' },
    'selection.inspection.four-must': { zh: '登记“四必”', en: 'Four-musts recorded' },
    'selection.deliberation.opinion': { zh: '登记酝酿意见', en: 'Deliberation opinion recorded' },
    'selection.deliberation.resolve': { zh: '处理酝酿意见', en: 'Deliberation opinion resolved' },
    'selection.deliberation.report': { zh: '登记举报', en: 'Report recorded' },
    'selection.deliberation.verify': { zh: '核查举报', en: 'Report verified' },
    'selection.decision.record': { zh: '登记讨论决定', en: 'Decision recorded' },
    'selection.decision.reconsider': { zh: '复议讨论决定', en: 'Decision reconsidered' },
    'selection.publicity.start': { zh: '发布任前公示', en: 'Publicity started' },
    'selection.publicity.objection': { zh: '登记公示反映', en: 'Publicity objection recorded' },
    'selection.publicity.objection.conclude': {
      zh: '办结公示反映',
      en: 'Publicity objection concluded',
    },
    'selection.appointment.talk': { zh: '任职谈话', en: 'Appointment talk held' },
    'selection.appointment.appoint': { zh: '办理任职', en: 'Appointment made' },
    'selection.appointment.cadre': {
      zh: '任职记入干部档案',
      en: 'Appointment entered in the archive',
    },
    'selection.probation.conclude': { zh: '试用期考核', en: 'Probation concluded' },
    'selection.probation.revert-cadre': {
      zh: '试用不合格，恢复原职级',
      en: 'Failed probation: rank restored',
    },
  },
  fields: {
    postTitle: { zh: '拟任职务', en: 'Post' },
    targetRank: { zh: '拟任职级', en: 'Target rank' },
    adjustmentType: { zh: '调整方式', en: 'Adjustment' },
    posts: { zh: '职位数', en: 'Posts' },
    importantPost: { zh: '重要岗位', en: 'Important post' },
    principalPost: { zh: '正职', en: 'Principal post' },
    candidateId: { zh: '人选', en: 'Candidate' },
    cadreId: { zh: '干部', en: 'Cadre' },
    startsOn: { zh: '公示开始', en: 'Publicity starts' },
    endsOn: { zh: '公示截止', en: 'Publicity ends' },
    workingDays: { zh: '公示工作日', en: 'Working days' },
    body: { zh: '会议', en: 'Meeting body' },
    heldOn: { zh: '会议日期', en: 'Held on' },
    chair: { zh: '主持人', en: 'Chair' },
    recorder: { zh: '记录人', en: 'Recorder' },
    shouldAttend: { zh: '应到会', en: 'Should attend' },
    present: { zh: '实到会', en: 'Present' },
  },
  targets: {
    SelectionCase: {
      label: { zh: '选拔任用', en: 'Selection case' },
      caseType: SELECTION_CASE_TYPE,
      // A selection case extends the core case of the same id, which carries its title.
      names: async (prisma, ids) =>
        (
          await prisma.workflowCase.findMany({
            where: { id: { in: [...ids] }, caseType: SELECTION_CASE_TYPE },
            select: { id: true, title: true },
          })
        ).map((c) => [c.id, c.title]),
    },
  },
};
