import { type DocumentType, graphql } from '@cadre/ui';

/**
 * The plan and team, each candidate's qualifications, evaluation and four musts, and the stored
 * integrity checks (only for viewers with core.case.read, hence `$checks`).
 */
export const InspectionQuery = graphql(`
  query SelectionInspection($id: ID!, $checks: Boolean!) {
    selectionCase(id: $id) {
      id
      inspection {
        plan
        startsOn
        endsOn
        announcedOn
        timeAndGoal
        supervisionPhone
        reportChannels
      }
      teamMembers {
        id
        name
        affiliation
        supervisor
      }
      candidates {
        id
        status
        cadre {
          id
          name
        }
        eligibility {
          rule
          messageZh
          messageEn
        }
        evaluation {
          morality
          ability
          diligence
          performance
          integrity
          conclusion
          recordedOn
        }
        fourMusts {
          must
          doneOn
          result
          evidence
        }
      }
      workflowCase {
        id
        integrityChecks @include(if: $checks) {
          checkedAt
          blocking
          complete
          sourcesConsultedTitles
          sourcesNotConsultedTitles
          findings {
            code
            severity
            sourceTitle
            reasonZh
            reasonEn
            cadre {
              id
            }
          }
        }
      }
    }
  }
`);

export type InspectionCase = NonNullable<DocumentType<typeof InspectionQuery>['selectionCase']>;
export type InspectionCandidate = InspectionCase['candidates'][number];

export const RecordPlanMutation = graphql(`
  mutation RecordInspectionPlan($caseId: ID!, $input: InspectionPlanInput!) {
    recordInspectionPlan(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationRecordInspectionPlanSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const SetTeamMutation = graphql(`
  mutation SetInspectionTeam($caseId: ID!, $members: [InspectionTeamMemberInput!]!) {
    setInspectionTeam(caseId: $caseId, members: $members) {
      ...ServerError
      ... on MutationSetInspectionTeamSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordEvaluationMutation = graphql(`
  mutation RecordInspectionEvaluation($candidateId: ID!, $input: InspectionEvaluationInput!) {
    recordInspectionEvaluation(candidateId: $candidateId, input: $input) {
      ...ServerError
      ... on MutationRecordInspectionEvaluationSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordFourMustMutation = graphql(`
  mutation RecordFourMust($candidateId: ID!, $input: FourMustInput!) {
    recordFourMust(candidateId: $candidateId, input: $input) {
      ...ServerError
      ... on MutationRecordFourMustSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RunIntegrityCheckMutation = graphql(`
  mutation RunSelectionIntegrityCheck($caseId: ID!) {
    runSelectionIntegrityCheck(caseId: $caseId) {
      ...ServerError
      ... on MutationRunSelectionIntegrityCheckSuccess {
        data {
          id
        }
      }
    }
  }
`);
