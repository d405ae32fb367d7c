import { graphql } from '@cadre/ui';

export const RecordHigherApprovalMutation = graphql(`
  mutation RecordSelectionHigherApproval($caseId: ID!, $input: SelectionHigherApprovalInput!) {
    recordSelectionHigherApproval(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationRecordSelectionHigherApprovalSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const NominateCandidateMutation = graphql(`
  mutation NominateSelectionCandidate($caseId: ID!, $cadreId: ID!) {
    nominateSelectionCandidate(caseId: $caseId, cadreId: $cadreId) {
      ...ServerError
      ... on MutationNominateSelectionCandidateSuccess {
        data {
          id
        }
      }
    }
  }
`);
