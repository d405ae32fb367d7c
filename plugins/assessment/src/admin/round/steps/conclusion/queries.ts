import { type DocumentType, graphql } from '@cadre/ui';

/** 考核结果运用 of the round: a round proposes a few per cadre graded, and a few per unit. */
export const ConsequencesQuery = graphql(`
  query AssessmentRoundConsequences($roundId: ID!) {
    assessmentConsequences(roundId: $roundId, first: 200) {
      totalCount
      edges {
        node {
          id
          kind
          status
          basis
          actedOn
          actionNote
          rewardId
          cadre {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export type Consequence = DocumentType<
  typeof ConsequencesQuery
>['assessmentConsequences']['edges'][number]['node'];

export const ActOnConsequenceMutation = graphql(`
  mutation ActOnAssessmentConsequence(
    $id: ID!
    $action: ConsequenceAction!
    $note: String
    $reward: ConsequenceRewardInput
  ) {
    actOnAssessmentConsequence(id: $id, action: $action, note: $note, reward: $reward) {
      ...ServerError
      ... on MutationActOnAssessmentConsequenceSuccess {
        data {
          id
          status
          actedOn
          actionNote
          rewardId
        }
      }
    }
  }
`);
