import { graphql } from '@cadre/ui';

export const DueItemsPageQuery = graphql(`
  query DueItemsPage($includeClosed: Boolean!) {
    myDueItems(includeClosed: $includeClosed) {
      id
      title
      kind
      source
      subjectType
      dueDate
      overdue
      workingDaysLeft
      assignedToMe
      closedAt
      link
    }
    district {
      id
      plugins {
        pluginId
        titleZh
        titleEn
      }
    }
  }
`);
