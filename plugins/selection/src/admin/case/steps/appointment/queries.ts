import { type DocumentType, graphql } from '@cadre/ui';

/** Each candidate's talk and appointment, and the publicity's last day they must follow. */
export const AppointmentQuery = graphql(`
  query SelectionAppointment($id: ID!) {
    selectionCase(id: $id) {
      id
      publicity {
        endsOn
      }
      candidates {
        id
        status
        cadre {
          id
          name
        }
        appointment {
          talkOn
          talkBy
          integrityReminder
          documentNumber
          effectiveOn
          fromReservePool
        }
      }
    }
  }
`);

export type AppointmentCase = NonNullable<DocumentType<typeof AppointmentQuery>['selectionCase']>;
export type AppointmentCandidate = AppointmentCase['candidates'][number];

export const RecordTalkMutation = graphql(`
  mutation RecordPreAppointmentTalk($candidateId: ID!, $input: PreAppointmentTalkInput!) {
    recordPreAppointmentTalk(candidateId: $candidateId, input: $input) {
      ...ServerError
      ... on MutationRecordPreAppointmentTalkSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const AppointMutation = graphql(`
  mutation AppointSelectionCandidates($caseId: ID!, $input: SelectionAppointmentInput!) {
    appointSelectionCandidates(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationAppointSelectionCandidatesSuccess {
        data {
          id
          stage
          version
        }
      }
    }
  }
`);
