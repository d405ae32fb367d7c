import { type DocumentType, graphql } from '@cadre/ui';

/** The publicity's period on the working-day calendar and the objections received. */
export const PublicityQuery = graphql(`
  query SelectionPublicity($id: ID!) {
    selectionCase(id: $id) {
      id
      publicity {
        startsOn
        workingDays
        endsOn
        status
      }
      objections {
        id
        receivedOn
        summary
        status
        conclusion
        concludedOn
        candidate {
          id
        }
      }
    }
  }
`);

export type Objection = NonNullable<
  DocumentType<typeof PublicityQuery>['selectionCase']
>['objections'][number];

export const OpenObjectionMutation = graphql(`
  mutation OpenPublicityObjection($candidateId: ID!, $input: PublicityObjectionInput!) {
    openPublicityObjection(candidateId: $candidateId, input: $input) {
      ...ServerError
      ... on MutationOpenPublicityObjectionSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const ConcludeObjectionMutation = graphql(`
  mutation ConcludePublicityObjection(
    $objectionId: ID!
    $input: PublicityObjectionConclusionInput!
  ) {
    concludePublicityObjection(objectionId: $objectionId, input: $input) {
      ...ServerError
      ... on MutationConcludePublicityObjectionSuccess {
        data {
          id
        }
      }
    }
  }
`);
