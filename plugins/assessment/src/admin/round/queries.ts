import { type DocumentType, graphql } from '@cadre/ui';

/**
 * The frame of a round's page: the round and its workflow (history, next steps); each stage's
 * panel reads its own records. Every mutation of a round answers the `AssessmentRound` (or a
 * row of it), so the client's cache fetches the open round's queries again.
 */
export const AssessmentRoundQuery = graphql(`
  query AssessmentRoundDetail($id: ID!) {
    assessmentRound(id: $id) {
      id
      title
      kind
      group
      year
      stage
      version
      closed
      periodStart
      periodEnd
      topic
      scopeUnit {
        id
        name
      }
      excellentCapPercent
      capApproval
      dailyWeight
      unitResultWeight
      concludedOn
      participantCount
      createdAt
      workflowCase {
        ...WorkflowRecord
      }
    }
  }
`);

export type RoundDetail = NonNullable<DocumentType<typeof AssessmentRoundQuery>['assessmentRound']>;
export type History = RoundDetail['workflowCase']['history'];
