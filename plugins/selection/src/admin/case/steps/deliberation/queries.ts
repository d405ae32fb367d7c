import { type DocumentType, graphql } from '@cadre/ui';

/** The opinions gathered and the reports received, with the candidates they are about. */
export const DeliberationQuery = graphql(`
  query SelectionDeliberation($id: ID!) {
    selectionCase(id: $id) {
      id
      opinions {
        id
        source
        opinion
        agrees
        resolved
        resolution
        recordedOn
        candidate {
          id
        }
      }
      reports {
        id
        receivedOn
        summary
        verified
        verification
        verifiedOn
        candidate {
          id
        }
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
`);

export type DeliberationCase = NonNullable<DocumentType<typeof DeliberationQuery>['selectionCase']>;

export const RecordOpinionMutation = graphql(`
  mutation RecordDeliberationOpinion($caseId: ID!, $input: DeliberationOpinionInput!) {
    recordDeliberationOpinion(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationRecordDeliberationOpinionSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const ResolveOpinionMutation = graphql(`
  mutation ResolveDeliberationOpinion($opinionId: ID!, $resolution: String!) {
    resolveDeliberationOpinion(opinionId: $opinionId, resolution: $resolution) {
      ...ServerError
      ... on MutationResolveDeliberationOpinionSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordReportMutation = graphql(`
  mutation RecordDeliberationReport($caseId: ID!, $input: DeliberationReportInput!) {
    recordDeliberationReport(caseId: $caseId, input: $input) {
      ...ServerError
      ... on MutationRecordDeliberationReportSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const VerifyReportMutation = graphql(`
  mutation VerifyDeliberationReport($reportId: ID!, $input: DeliberationReportVerificationInput!) {
    verifyDeliberationReport(reportId: $reportId, input: $input) {
      ...ServerError
      ... on MutationVerifyDeliberationReportSuccess {
        data {
          id
        }
      }
    }
  }
`);
