import { type DocumentType, graphql } from '@cadre/ui';

/** What one concluded round gave a cadre, as the profile and the results page show it. */
export const AssessmentResultFields = graphql(`
  fragment AssessmentResultFields on AssessmentResult {
    round {
      id
      title
      kind
      kindLabel
      year
      concludedOn
    }
    unit {
      id
      name
    }
    grade
    total
    rank
    outOf
    explanation
    gradeReason
    consequences {
      kindLabel
      basis
      pending
      statusLabel
      actedOn
      actionNote
    }
  }
`);

/** A cadre's years: concluded rounds, quarterly evaluations, and the deductions still open. */
export const CadreAssessmentRecordQuery = graphql(`
  query CadreAssessmentRecord($cadreId: ID!) {
    cadreAssessmentRecord(cadreId: $cadreId) {
      cadre {
        id
        name
      }
      years {
        year
        dailyScore
        results {
          ...AssessmentResultFields
        }
        quarters {
          id
          quarter
          score
          grade
        }
      }
      openDeductions {
        id
        year
        points
        reason
        recordedOn
      }
    }
  }
`);

type Record = NonNullable<DocumentType<typeof CadreAssessmentRecordQuery>['cadreAssessmentRecord']>;
export type RecordYear = Record['years'][number];
export type ResultView = RecordYear['results'][number];
export type QuarterView = RecordYear['quarters'][number];
export type DeductionView = Record['openDeductions'][number];
