import { type DocumentType, graphql } from '@cadre/ui';

/** A unit's quarter: per cadre the weeks, the self-checks, the evaluation and open deductions. */
export const DailyInboxQuery = graphql(`
  query DailyAssessmentInbox($unitId: ID!, $year: Int!, $quarter: Int!) {
    dailyAssessmentInbox(unitId: $unitId, year: $year, quarter: $quarter) {
      year
      quarter
      weeks
      months
      publicityWorkingDays
      unit {
        id
        name
      }
      rows {
        cadre {
          id
          name
        }
        weeklyRecords {
          id
          periodStart
          periodEnd
          content
          submittedOn
        }
        missingWeeks
        monthlySelfChecks {
          id
          periodStart
          content
          submittedOn
        }
        missingMonths
        evaluation {
          id
          score
          grade
          comment
          evaluatedOn
          evaluatorName
          publishedOn
          publicityEndsOn
          publicityRunning
        }
        openDeductions {
          id
          points
          reason
          evidence
          recordedOn
          recorderName
        }
      }
    }
  }
`);

export type Inbox = NonNullable<DocumentType<typeof DailyInboxQuery>['dailyAssessmentInbox']>;
export type InboxRow = Inbox['rows'][number];
export type Evaluation = NonNullable<InboxRow['evaluation']>;
export type Deduction = InboxRow['openDeductions'][number];

/** The viewer's own unit: the one a unit assessor keeps. */
export const DailyOwnUnitQuery = graphql(`
  query DailyAssessmentOwnUnit {
    me {
      id
      unit {
        id
        name
      }
    }
  }
`);

export const SubmitDailyRecordMutation = graphql(`
  mutation SubmitDailyRecord($cadreId: ID!, $input: DailyRecordInput!) {
    submitDailyRecord(cadreId: $cadreId, input: $input) {
      ...ServerError
      ... on MutationSubmitDailyRecordSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordQuarterlyEvaluationMutation = graphql(`
  mutation RecordQuarterlyEvaluation($cadreId: ID!, $input: QuarterlyEvaluationInput!) {
    recordQuarterlyEvaluation(cadreId: $cadreId, input: $input) {
      ...ServerError
      ... on MutationRecordQuarterlyEvaluationSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const PublishQuarterlyEvaluationsMutation = graphql(`
  mutation PublishQuarterlyEvaluations($unitId: ID!, $input: QuarterlyEvaluationPublishInput!) {
    publishQuarterlyEvaluations(unitId: $unitId, input: $input) {
      ...ServerError
      ... on MutationPublishQuarterlyEvaluationsSuccess {
        data {
          id
          publishedOn
          publicityEndsOn
        }
      }
    }
  }
`);

export const RecordDailyDeductionMutation = graphql(`
  mutation RecordDailyDeduction($cadreId: ID!, $input: DailyDeductionInput!) {
    recordDailyDeduction(cadreId: $cadreId, input: $input) {
      ...ServerError
      ... on MutationRecordDailyDeductionSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const WithdrawDailyDeductionMutation = graphql(`
  mutation WithdrawDailyDeduction($deductionId: ID!, $reason: String!) {
    withdrawDailyDeduction(deductionId: $deductionId, reason: $reason) {
      ...ServerError
      ... on MutationWithdrawDailyDeductionSuccess {
        data {
          id
        }
      }
    }
  }
`);
