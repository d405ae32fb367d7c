import { defineMessages } from '@cadre/ui';

/** Strings several steps share. */
export const useStepsMessages = defineMessages({
  zh: {
    qualifications: '资格条件',
    eligible: '符合资格条件',
    ineligible: '不符合的资格条件',
    candidate: '人选',
  },
  en: {
    qualifications: 'Qualifications',
    eligible: 'Qualified',
    ineligible: 'Qualifications not met',
    candidate: 'Candidate',
  },
});
