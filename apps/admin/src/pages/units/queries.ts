import { graphql } from '@cadre/ui';

/** What the tree and the detail pane show of a unit; `children` only says whether it has any. */
export const UnitsPageUnitFragment = graphql(`
  fragment UnitsPageUnit on Unit {
    id
    code
    name
    category
    teams {
      id
      name
    }
    quotaLines {
      level
      leadership
      approved
      filled
      vacant
      overQuota
    }
    children {
      id
    }
  }
`);

/** One level of the tree: the top units, or those under `parentId`. */
export const UnitsPageLevelQuery = graphql(`
  query UnitsPageLevel($parentId: ID) {
    units(parentId: $parentId) {
      ...UnitsPageUnit
    }
  }
`);

export const UnitsPageTotalsQuery = graphql(`
  query UnitsPageTotals {
    quotaTotals {
      approved
      filled
      vacant
      overQuota
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($parentId: ID, $code: String!, $name: String!, $category: UnitCategory!) {
    createUnit(parentId: $parentId, code: $code, name: $name, category: $category) {
      ...ServerError
      ... on MutationCreateUnitSuccess {
        data {
          ...UnitsPageUnit
        }
      }
    }
  }
`);

export const CreateLeadershipTeamMutation = graphql(`
  mutation CreateLeadershipTeam($unitId: ID!, $name: String!) {
    createLeadershipTeam(unitId: $unitId, name: $name) {
      ...ServerError
      ... on MutationCreateLeadershipTeamSuccess {
        data {
          ...UnitsPageUnit
        }
      }
    }
  }
`);

export const SetPostQuotaMutation = graphql(`
  mutation SetPostQuota($unitId: ID!, $level: PostLevel!, $leadership: Boolean!, $approved: Int!) {
    setPostQuota(unitId: $unitId, level: $level, leadership: $leadership, approved: $approved) {
      ...ServerError
      ... on MutationSetPostQuotaSuccess {
        data {
          ...UnitsPageUnit
        }
      }
    }
  }
`);
