import { type DocumentType, graphql } from '@cadre/ui';

export const SelectionCasesQuery = graphql(`
  query SelectionCases(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $stage: SelectionStage
    $unitId: ID
    $search: String
  ) {
    selectionCases(
      first: $first
      after: $after
      last: $last
      before: $before
      stage: $stage
      unitId: $unitId
      search: $search
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
          stage
          postTitle
          targetRank
          adjustmentType
          importantPost
          principalPost
          overQuota
          createdAt
          unit {
            id
            name
          }
          candidates {
            id
            status
            cadre {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export type CaseRow = DocumentType<
  typeof SelectionCasesQuery
>['selectionCases']['edges'][number]['node'];

/** 动议: opens the case; the new case's page opens next. */
export const OpenSelectionCaseMutation = graphql(`
  mutation OpenSelectionCase($input: OpenSelectionCaseInput!) {
    openSelectionCase(input: $input) {
      ...ServerError
      ... on MutationOpenSelectionCaseSuccess {
        data {
          id
        }
      }
    }
  }
`);

/** Where an appointment at the rank would stand in the unit (职数), asked while the motion is typed. */
export const MotionVacancyQuery = graphql(`
  query SelectionMotionVacancy($unitId: ID!, $rank: Rank!) {
    unit(id: $unitId) {
      id
      quotaAtRank(rank: $rank) {
        approved
        filled
        vacant
      }
    }
  }
`);
