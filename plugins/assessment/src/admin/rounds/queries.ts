import { type DocumentType, graphql } from '@cadre/ui';

export const AssessmentRoundsQuery = graphql(`
  query AssessmentRounds(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $year: Int
    $kind: AssessmentKind
    $group: AssessmentGroup
  ) {
    assessmentRounds(
      first: $first
      after: $after
      last: $last
      before: $before
      year: $year
      kind: $kind
      group: $group
    ) {
      totalCount
      pageInfo {
        startCursor
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          group
          year
          stage
          participantCount
          periodStart
          periodEnd
          topic
          scopeUnit {
            id
            name
          }
          createdAt
        }
      }
    }
  }
`);

export type RoundRow = DocumentType<
  typeof AssessmentRoundsQuery
>['assessmentRounds']['edges'][number]['node'];

/** 发起考核: opens the round with its defaults; its page opens next. */
export const OpenAssessmentRoundMutation = graphql(`
  mutation OpenAssessmentRound($input: OpenAssessmentRoundInput!) {
    openAssessmentRound(input: $input) {
      ...ServerError
      ... on MutationOpenAssessmentRoundSuccess {
        data {
          id
        }
      }
    }
  }
`);
