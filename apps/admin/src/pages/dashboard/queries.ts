import { graphql } from '@cadre/ui';

/** 干部结构 as the dashboard charts it: a district's, or one district's of a city. */
export const DashboardStructureFragment = graphql(`
  fragment DashboardStructure on CadreStructure {
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
`);

/** Everything the dashboard shows, in one request; a part the viewer may not read is left out. */
export const DashboardQuery = graphql(`
  query DashboardPage($cadres: Boolean!, $units: Boolean!, $dueItems: Boolean!) {
    cadreStructure @include(if: $cadres) {
      ...DashboardStructure
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
