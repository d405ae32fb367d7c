import { graphql } from '@cadre/ui';

/** Entries shown per pool, most mature first (the connection's largest page). */
export const ENTRIES_SHOWN = 200;

export const ReservePoolsPageQuery = graphql(`
  query ReservePoolsPage($first: Int!) {
    reservePools {
      id
      name
      kind
      description
      entryCount
      entries(first: $first) {
        edges {
          node {
            id
            maturityRank
            source
            trainingDirection
            enteredOn
            nextReviewOn
            cadre {
              id
              name
              age
              rank
              unit {
                name
              }
              currentPost {
                title
              }
            }
          }
        }
      }
    }
  }
`);

/** Cadres whose name contains the text, for choosing whom to put in a pool. */
export const ReservePoolsCadreSearchQuery = graphql(`
  query ReservePoolsCadreSearch($search: String!) {
    cadres(first: 20, filter: { search: $search, statuses: [ACTIVE] }) {
      edges {
        node {
          id
          name
          age
          unit {
            name
          }
          currentPost {
            title
          }
        }
      }
    }
  }
`);

export const CreateReservePoolMutation = graphql(`
  mutation CreateReservePool($name: String!, $kind: ReservePoolKind!, $description: String) {
    createReservePool(name: $name, kind: $kind, description: $description) {
      ...ServerError
      ... on MutationCreateReservePoolSuccess {
        data {
          id
          name
        }
      }
    }
  }
`);

export const AddReservePoolEntryMutation = graphql(`
  mutation AddReservePoolEntry($poolId: ID!, $cadreId: ID!, $input: ReservePoolEntryInput!) {
    addReservePoolEntry(poolId: $poolId, cadreId: $cadreId, input: $input) {
      ...ServerError
      ... on MutationAddReservePoolEntrySuccess {
        data {
          id
          entryCount
        }
      }
    }
  }
`);
