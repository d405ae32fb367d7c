import { defineMessages } from '@cadre/ui';

export const useProbationMessages = defineMessages({
  zh: {
    probation: '试用期',
    noProbation: '本事项不实行试用期（仅提拔担任非选举产生的领导职务的，试用期一年）。',
    period: '{from} 至 {to}',
    running: '试用中',
    ended: '试用期已满',
    result: '考核结果',
    assessment: '试用期满考核情况',
    concludedOn: '考核日期',
    conclude: '试用期满考核',
    concludeHint:
      '试用期满后方可考核；全部考核完毕，事项办结（合格的正式任职，不合格的免去试用职务，按原职级安排）。',
  },
  en: {
    probation: 'Probation',
    noProbation:
      'No probation here (only a promotion to a non-elected leading post has a year of it).',
    period: '{from} to {to}',
    running: 'Running',
    ended: 'Ended',
    result: 'Result',
    assessment: 'Assessment',
    concludedOn: 'Assessed on',
    conclude: 'Conclude the probation',
    concludeHint:
      'After the year is over; once everyone is assessed the case ends (formal appointment, or back to the former rank).',
  },
});
