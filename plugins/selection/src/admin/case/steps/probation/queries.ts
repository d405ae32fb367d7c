import { type DocumentType, graphql } from '@cadre/ui';

/** Each appointee's year of probation and its assessment. */
export const ProbationQuery = graphql(`
  query SelectionProbation($id: ID!) {
    selectionCase(id: $id) {
      id
      candidates {
        id
        status
        cadre {
          id
          name
        }
        probation {
          startsOn
          endsOn
          ended
          result
          assessment
          concludedOn
        }
      }
    }
  }
`);

export type ProbationCandidate = NonNullable<
  DocumentType<typeof ProbationQuery>['selectionCase']
>['candidates'][number];

export const ConcludeProbationMutation = graphql(`
  mutation ConcludeSelectionProbation($candidateId: ID!, $input: ProbationConclusionInput!) {
    concludeSelectionProbation(candidateId: $candidateId, input: $input) {
      ...ServerError
      ... on MutationConcludeSelectionProbationSuccess {
        data {
          id
          stage
          version
        }
      }
    }
  }
`);
