import { type DocumentType, graphql } from '@cadre/ui';
import type { ParticipantsQuery } from '../participant-pages.tsx';

const AllocationPageQuery = graphql(`
  query AssessmentRoundAllocation($id: ID!, $after: String) {
    assessmentRound(id: $id) {
      id
      participants(first: 200, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            cadre {
              id
              name
            }
            unit {
              id
              name
            }
            evaluationScore
            dailyScore
            unitScore
            deductions
            total
            rank
            proposedGrade
            grade
            gradeReason
            explanation
          }
        }
      }
    }
  }
`);

type Page = DocumentType<typeof AllocationPageQuery>;
export type Graded = NonNullable<Page['assessmentRound']>['participants']['edges'][number]['node'];

/** Every participant with the parts of the total, the rank, the grades and why. */
export const GRADED_PARTICIPANTS: ParticipantsQuery<Page, Graded> = {
  document: AllocationPageQuery,
  connectionOf: (data) => data.assessmentRound?.participants,
};

/** 确定等次: totals, ranks and proposed grades of everyone; grades set with a reason stay. */
export const AllocateMutation = graphql(`
  mutation AllocateAssessmentGrades($roundId: ID!) {
    allocateAssessmentGrades(roundId: $roundId) {
      ...ServerError
      ... on MutationAllocateAssessmentGradesSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const SetGradeMutation = graphql(`
  mutation SetParticipantGrade($participantId: ID!, $grade: AnnualGrade!, $reason: String) {
    setParticipantGrade(participantId: $participantId, grade: $grade, reason: $reason) {
      ...ServerError
      ... on MutationSetParticipantGradeSuccess {
        data {
          id
          grade
          gradeReason
        }
      }
    }
  }
`);

export const ApproveCapMutation = graphql(`
  mutation ApproveExcellentCap($roundId: ID!, $percent: Float!, $approval: String!) {
    approveExcellentCap(roundId: $roundId, percent: $percent, approval: $approval) {
      ...ServerError
      ... on MutationApproveExcellentCapSuccess {
        data {
          id
          excellentCapPercent
          capApproval
        }
      }
    }
  }
`);

/** 定档: the grades go to the archive and the consequences are proposed. */
export const ConcludeMutation = graphql(`
  mutation ConcludeAssessmentRound($roundId: ID!, $expectedVersion: Int!) {
    concludeAssessmentRound(roundId: $roundId, expectedVersion: $expectedVersion) {
      ...ServerError
      ... on MutationConcludeAssessmentRoundSuccess {
        data {
          id
          stage
          workflowCase {
            id
            state
            version
          }
        }
      }
    }
  }
`);
