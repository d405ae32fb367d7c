import { type DocumentType, graphql } from '@cadre/ui';

/** The round's evaluation subjects and items: what preparation sets and scoring scores. */
export const RoundSetupQuery = graphql(`
  query AssessmentRoundSetup($id: ID!) {
    assessmentRound(id: $id) {
      id
      subjects {
        id
        kind
        weight
        note
        questionnaires
        phoneCalls
      }
      items {
        id
        name
        weight
        position
      }
    }
  }
`);

export type RoundSetup = NonNullable<DocumentType<typeof RoundSetupQuery>['assessmentRound']>;
export type Subject = RoundSetup['subjects'][number];
export type Item = RoundSetup['items'][number];
