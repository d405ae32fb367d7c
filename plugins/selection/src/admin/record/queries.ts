import { type DocumentType, graphql } from '@cadre/ui';

/** What the full-process record (全程纪实表) prints: the case, each step's records, every step. */
export const SelectionRecordQuery = graphql(`
  query SelectionCaseRecord($id: ID!, $checks: Boolean!) {
    selectionCase(id: $id) {
      id
      title
      stage
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
        name
      }
      candidates {
        id
        status
        inReservePool
        cadre {
          id
          name
        }
        fourMusts {
          must
        }
        evaluation {
          conclusion
        }
        appointment {
          talkOn
          documentNumber
          effectiveOn
        }
        probation {
          result
          concludedOn
        }
      }
      rounds {
        id
        method
        heldOn
        tally {
          participants
          candidates {
            candidate {
              id
            }
            total
            share
            concentrated
          }
        }
      }
      inspection {
        startsOn
        endsOn
        announcedOn
      }
      teamMembers {
        id
        name
        supervisor
      }
      meetings {
        id
        body
        heldOn
        shouldAttend
        present
        chair
        recorder
        inForce
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
      publicity {
        startsOn
        endsOn
        workingDays
      }
      objections {
        id
        summary
        status
        candidate {
          id
        }
      }
      workflowCase {
        id
        history {
          id
          label
          fromStateLabel
          toStateLabel
          actorName
          reason
          at
          attachments {
            name
            reference
          }
        }
        integrityChecks @include(if: $checks) {
          checkedAt
          blocking
          sourcesConsultedTitles
          findings {
            severity
            sourceTitle
            reasonZh
            reasonEn
            cadre {
              id
            }
          }
        }
      }
    }
  }
`);

export type CaseRecord = NonNullable<DocumentType<typeof SelectionRecordQuery>['selectionCase']>;
