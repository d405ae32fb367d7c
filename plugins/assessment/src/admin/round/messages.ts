import { defineMessages } from '@cadre/ui';

/** The frame of a round: header, stages and next steps (the kit says the rest). */
export const useRoundMessages = defineMessages({
  zh: {
    intro: '{year}年度 · {kind} · {group} · {count}人',
    period: '考核期间 {start} 至 {end}',
    topic: '考核事项：{topic}',
    scope: '范围：{unit}',
    dailyWeight: '平时考核权重 {weight}%',
    unitWeight: '单位实绩权重 {weight}%',
    cap: '优秀比例不超过 {cap}%',
    capApproval: '（经批准：{approval}）',
    currentStage: '当前环节',
    timeline: '考核环节',
    viewing: '正在查看“{stage}”环节；当前环节为“{current}”。',
    backToCurrent: '回到当前环节',
    concluded: '本次考核已于 {day} 定档。',
    withdrawn: '本次考核已于 {day} 终止。',
    inForm: '在本环节中办理',
  },
  en: {
    intro: '{year} · {kind} · {group} · {count} assessed',
    period: 'Period {start} to {end}',
    topic: 'Matter: {topic}',
    scope: 'Scope: {unit}',
    dailyWeight: 'Daily assessment {weight}%',
    unitWeight: 'Unit results {weight}%',
    cap: 'Excellent at most {cap}%',
    capApproval: ' (approved: {approval})',
    currentStage: 'Current stage',
    timeline: 'Stages',
    viewing: 'Viewing the stage “{stage}”; the round is at “{current}”.',
    backToCurrent: 'Back to the current stage',
    concluded: 'The round was concluded on {day}.',
    withdrawn: 'The round was withdrawn on {day}.',
    inForm: 'Taken in this stage',
  },
});
