import { graphql } from '@cadre/ui';

/** Everything the dashboard shows, in one request; a part the viewer may not read is left out. */
export const DashboardQuery = graphql(`
  query DashboardPage($cadres: Boolean!, $units: Boolean!, $dueItems: Boolean!) {
    cadreStructure @include(if: $cadres) {
      total
      averageAge
      byRank {
        rank
        count
      }
      byGender {
        gender
        count
      }
      ageBands {
        fromAge
        toAge
        male
        female
      }
      byPoliticalStatus {
        politicalStatus
        count
      }
      byEducation {
        education
        count
      }
    }
    quotaTotals @include(if: $units) {
      approved
      filled
      vacant
      overQuota
    }
    units @include(if: $units) {
      id
      name
      quotaLines {
        approved
        filled
        vacant
        overQuota
      }
      children {
        id
        name
        quotaLines {
          approved
          filled
          vacant
          overQuota
        }
      }
    }
    myDueItems @include(if: $dueItems) {
      id
      title
      dueDate
      overdue
      workingDaysLeft
      link
    }
  }
`);
