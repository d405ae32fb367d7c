import { graphql } from '@cadre/ui';

export const AuditRecordsQuery = graphql(`
  query AuditPageRecords(
    $first: Int!
    $after: String
    $operation: String
    $actor: String
    $since: DateTime
    $until: DateTime
  ) {
    auditRecords(
      first: $first
      after: $after
      operation: $operation
      actor: $actor
      since: $since
      until: $until
    ) {
      edges {
        node {
          id
          seq
          at
          actor
          operation
          actionLabel
          targetType
          targetTypeLabel
          targetId
          targetLabel
          changeList {
            field
            label
            before
            after
            beforeLabel
            afterLabel
          }
          requestId
          hash
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Names for the actors of the trail, where the viewer may read them. */
export const AuditActorsQuery = graphql(`
  query AuditPageActors($users: Boolean!, $apiKeys: Boolean!) {
    users @include(if: $users) {
      id
      username
      displayName
    }
    apiKeys @include(if: $apiKeys) {
      id
      name
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query AuditPageVerify {
    verifyAuditChain {
      intact
      checked
      brokenRecordId
      brokenSeq
      reason
    }
  }
`);
