import { graphql } from '@cadre/ui';

/** One level of the district's unit tree, for pickers that open level by level. */
export const SelectionUnitLevelQuery = graphql(`
  query SelectionUnitLevel($parentId: ID) {
    units(parentId: $parentId) {
      id
      name
      children {
        id
      }
    }
  }
`);
