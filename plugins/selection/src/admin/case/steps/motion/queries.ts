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

/** Cadres in service whose name contains the text, for the candidate picker. */
export const SelectionCadreSearchQuery = graphql(`
  query SelectionCadreSearch($search: String!) {
    cadres(first: 20, filter: { search: $search, statuses: [ACTIVE] }) {
      edges {
        node {
          id
          name
          rank
          unit {
            name
          }
        }
      }
    }
  }
`);
