import { graphql } from '@cadre/ui';

/** How many cases stand at each step of the process (one count per step). */
export const OpenSelectionCasesQuery = graphql(`
  query OpenSelectionCases {
    MOTION: selectionCases(stage: MOTION, first: 1) {
      totalCount
    }
    RECOMMENDATION: selectionCases(stage: RECOMMENDATION, first: 1) {
      totalCount
    }
    INSPECTION: selectionCases(stage: INSPECTION, first: 1) {
      totalCount
    }
    DELIBERATION: selectionCases(stage: DELIBERATION, first: 1) {
      totalCount
    }
    DEPARTMENT_REVIEW: selectionCases(stage: DEPARTMENT_REVIEW, first: 1) {
      totalCount
    }
    DECISION: selectionCases(stage: DECISION, first: 1) {
      totalCount
    }
    PUBLICITY: selectionCases(stage: PUBLICITY, first: 1) {
      totalCount
    }
    APPOINTMENT: selectionCases(stage: APPOINTMENT, first: 1) {
      totalCount
    }
    PROBATION: selectionCases(stage: PROBATION, first: 1) {
      totalCount
    }
  }
`);
