import { type DocumentType, graphql } from '@cadre/ui';

/**
 * One page of the registry, with everything any column shows; the export pages through the
 * same document. Units and current posts come in the page's one SQL statement.
 */
export const CadresQuery = graphql(`
  query Cadres(
    $filter: CadreFilter
    $orderBy: CadreOrderField
    $descending: Boolean
    $first: Int
    $after: String
    $last: Int
    $before: String
    $skip: Int
  ) {
    cadres(
      filter: $filter
      orderBy: $orderBy
      descending: $descending
      first: $first
      after: $after
      last: $last
      before: $before
      skip: $skip
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          gender
          ethnicity
          nativePlace
          birthDate
          age
          politicalStatus
          partyJoinDate
          workStartDate
          highestEducation
          fullTimeSchool
          identity
          rank
          rankSince
          status
          managementAuthority
          unit {
            id
            name
          }
          currentPost {
            title
            organization
          }
        }
      }
    }
  }
`);

export type CadreRow = DocumentType<typeof CadresQuery>['cadres']['edges'][number]['node'];
