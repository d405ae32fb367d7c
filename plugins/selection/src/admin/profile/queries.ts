import { graphql } from '@cadre/ui';

/** The selection cases a cadre is a candidate in, newest first. */
export const CadreSelectionsQuery = graphql(`
  query CadreSelections($cadreId: ID!) {
    cadre(id: $cadreId) {
      id
      selectionCases {
        id
        title
        stage
        createdAt
        candidates {
          id
          status
          cadre {
            id
          }
        }
      }
    }
  }
`);
