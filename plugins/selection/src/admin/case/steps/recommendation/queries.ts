import { type DocumentType, graphql } from '@cadre/ui';

/** The rounds with their tallies, the signed recommendations, and each candidate's standing. */
export const RecommendationQuery = graphql(`
  query SelectionRecommendation($id: ID!) {
    selectionCase(id: $id) {
      id
      rounds {
        id
        method
        heldOn
        validUntil
        note
        ballots {
          category
          count
        }
        tally {
          participants
          threshold
          problems
          candidates {
            candidate {
              id
            }
            votesByCategory {
              category
              count
            }
            total
            share
            rank
            concentrated
          }
        }
      }
      signedRecommendations {
        id
        kind
        recommender
        reason
        recommendedOn
        candidate {
          id
        }
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
        threeCombinations {
          meeting {
            heldOn
            total
            share
            concentrated
          }
          talk {
            heldOn
            total
            share
            concentrated
          }
          signed {
            id
          }
          recentGrades {
            year
            grade
          }
        }
      }
    }
  }
`);

export type RecommendationCase = NonNullable<
  DocumentType<typeof RecommendationQuery>['selectionCase']
>;
export type RecommendationCandidate = RecommendationCase['candidates'][number];

export const RecordRoundMutation = graphql(`
  mutation RecordRecommendationRound($caseId: ID!, $input: RecommendationRoundInput!) {
    recordRecommendationRound(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationRecordRecommendationRoundSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordSignedMutation = graphql(`
  mutation RecordSignedRecommendation($candidateId: ID!, $input: SignedRecommendationInput!) {
    recordSignedRecommendation(candidateId: $candidateId, input: $input) {
      ...ServerError
      ... on MutationRecordSignedRecommendationSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const ListCandidateMutation = graphql(`
  mutation ListSelectionCandidate($candidateId: ID!) {
    listSelectionCandidate(candidateId: $candidateId) {
      ...ServerError
      ... on MutationListSelectionCandidateSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const DropCandidateMutation = graphql(`
  mutation DropSelectionCandidate($candidateId: ID!, $reason: String!) {
    dropSelectionCandidate(candidateId: $candidateId, reason: $reason) {
      ...ServerError
      ... on MutationDropSelectionCandidateSuccess {
        data {
          id
        }
      }
    }
  }
`);
