import { type DocumentType, graphql } from '@cadre/ui';

/**
 * The card's proposal for a case (the latest without one) and every case's, for the selector.
 * Each load is recorded by the server as a read of the card (`cadre.card.view`).
 */
export const AppointmentFormQuery = graphql(`
  query AppointmentForm($cadreId: ID!, $caseId: ID) {
    appointmentForm(cadreId: $cadreId, caseId: $caseId) {
      proposal {
        id
        proposedPost
        proposedRemoval
        reason
        reportingUnit
        approvalOpinion
        appointingOpinion
        case {
          id
          title
        }
      }
      proposals {
        id
        case {
          id
          title
        }
      }
    }
  }
`);

export type CardProposal = NonNullable<
  NonNullable<DocumentType<typeof AppointmentFormQuery>['appointmentForm']>['proposal']
>;

export const SaveAppointmentProposalMutation = graphql(`
  mutation SaveAppointmentProposal($cadreId: ID!, $caseId: ID!, $input: AppointmentProposalInput!) {
    saveAppointmentProposal(cadreId: $cadreId, caseId: $caseId, input: $input) {
      ... on MutationSaveAppointmentProposalSuccess {
        data {
          id
        }
      }
      ...ServerError
    }
  }
`);

export const RecordCardPrintMutation = graphql(`
  mutation RecordCardPrint($cadreId: ID!, $caseId: ID) {
    recordCardPrint(cadreId: $cadreId, caseId: $caseId) {
      ... on MutationRecordCardPrintSuccess {
        data
      }
      ...ServerError
    }
  }
`);
