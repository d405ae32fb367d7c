import { type DocumentType, graphql } from '@cadre/ui';

/**
 * The frame of a case page: the case and its workflow (history, next steps) with the candidates'
 * names; each step's panel reads its own records. Every mutation of a case answers the
 * `SelectionCase`, so the client's cache fetches the open case's queries again.
 */
export const SelectionCaseQuery = graphql(`
  query SelectionCaseDetail($id: ID!) {
    district {
      id
      plugins {
        pluginId
        config
        configDefaults
      }
    }
    selectionCase(id: $id) {
      id
      title
      stage
      version
      closed
      postTitle
      targetRank
      adjustmentType
      posts
      importantPost
      principalPost
      higherReportedOn
      higherApprovedOn
      higherApprovalReference
      quotaApproved
      quotaFilled
      overQuota
      quotaJustification
      analysisNote
      createdAt
      unit {
        id
        name
      }
      workflowCase {
        ...WorkflowRecord
      }
      candidates {
        id
        status
        inReservePool
        cadre {
          id
          name
          gender
          age
          rank
          unit {
            name
          }
        }
      }
    }
  }
`);

type CaseData = DocumentType<typeof SelectionCaseQuery>;
export type CaseDetail = NonNullable<CaseData['selectionCase']>;
export type DistrictSettings = CaseData['district'];
export type Candidate = CaseDetail['candidates'][number];
