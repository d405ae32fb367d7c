import { graphql } from '@cadre/ui';

/** How many consequences wait, and the oldest few with their rounds. */
export const PendingConsequencesQuery = graphql(`
  query PendingAssessmentConsequences($first: Int!) {
    assessmentConsequences(status: PENDING, first: $first) {
      totalCount
      edges {
        node {
          id
          kindLabel
          cadre {
            id
            name
          }
          unit {
            id
            name
          }
          round {
            id
            title
          }
        }
      }
    }
  }
`);
