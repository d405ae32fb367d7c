import { defineMessages } from '@cadre/ui';

export const useScoringMessages = defineMessages({
  zh: {
    progress: '已完成测评打分 {done} / {total} 人',
    progressHint:
      '每名考核对象至少须由一个评价主体对全部评价要素打分；未打分的主体不计为0分，其权重按已评分主体分配。',
    subjectTab: '{subject} {weight}%',
    sheetIntro: '百分制；可逐项录入，也可下载测评分数表填写后导入（整表校验，有误则不写入）。',
    template: '下载测评分数表',
    importSheet: '导入{subject}分数',
    cell: '{name}：{item}',
    itemColumn: '{item}（{weight}%）',
    colName: '姓名',
    colUnit: '单位',
    colSubjectScore: '该主体得分',
    colEvaluation: '测评得分',
    colComplete: '打分情况',
    complete: '已完成',
    incomplete: '未完成',
    save: '保存{subject}分数',
    nothingChanged: '没有新录入或修改的分数',
    noSubjects: '尚未设置评价主体',
    noParticipants: '尚无考核对象',
  },
  en: {
    progress: 'Scored: {done} of {total}',
    progressHint:
      'Each participant needs every item scored by at least one subject; a subject that did not score counts as missing, not as 0, and its weight goes to the others.',
    subjectTab: '{subject} {weight}%',
    sheetIntro:
      'Out of 100; enter them here, or download the score sheet, fill it in and import it (the whole sheet is checked; nothing is written if any cell is wrong).',
    template: 'Download the score sheet',
    importSheet: 'Import the scores of {subject}',
    cell: '{name}: {item}',
    itemColumn: '{item} ({weight}%)',
    colName: 'Name',
    colUnit: 'Unit',
    colSubjectScore: 'Subject’s score',
    colEvaluation: 'Evaluation',
    colComplete: 'Scoring',
    complete: 'Complete',
    incomplete: 'Incomplete',
    save: 'Save the scores of {subject}',
    nothingChanged: 'No score was entered or changed',
    noSubjects: 'No evaluation subjects yet',
    noParticipants: 'No one is assessed',
  },
});
