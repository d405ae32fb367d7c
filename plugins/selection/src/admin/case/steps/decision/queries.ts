import { type DocumentType, graphql } from '@cadre/ui';

/** The decision meetings, the one in force first, with each candidate's ballot. */
export const DecisionQuery = graphql(`
  query SelectionDecision($id: ID!) {
    selectionCase(id: $id) {
      id
      meetings {
        id
        body
        heldOn
        shouldAttend
        present
        quorum
        chair
        recorder
        signedByChair
        signedByRecorder
        inForce
        reconsideredOn
        reconsiderationAgreeing
        reconsiderationReason
        votes {
          candidate {
            id
          }
          inFavour
          against
          abstain
          passed
        }
      }
    }
  }
`);

export type Meeting = NonNullable<
  DocumentType<typeof DecisionQuery>['selectionCase']
>['meetings'][number];

export const RecordMeetingMutation = graphql(`
  mutation RecordDecisionMeeting($caseId: ID!, $input: DecisionMeetingInput!) {
    recordDecisionMeeting(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationRecordDecisionMeetingSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const ReconsiderMutation = graphql(`
  mutation ReconsiderDecisionMeeting($meetingId: ID!, $input: DecisionReconsiderationInput!) {
    reconsiderDecisionMeeting(meetingId: $meetingId, input: $input) {
      ...ServerError
      ... on MutationReconsiderDecisionMeetingSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const StartPublicityMutation = graphql(`
  mutation StartSelectionPublicity($caseId: ID!, $input: SelectionPublicityInput!) {
    startSelectionPublicity(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationStartSelectionPublicitySuccess {
        data {
          id
          stage
          version
        }
      }
    }
  }
`);
