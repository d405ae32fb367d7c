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

/** A unit's leadership teams with their members, and each team's structure where permitted. */
export const UnitTeamsQuery = graphql(`
  query UnitTeams($id: ID!, $withStructure: Boolean!) {
    unit(id: $id) {
      id
      teams {
        ...UnitTeam
      }
    }
  }
`);

export const UnitTeamFragment = graphql(`
  fragment UnitTeam on LeadershipTeam {
    id
    name
    members {
      id
      role
      postTitle
      sortOrder
      cadre {
        id
        name
        age
        gender
      }
    }
    structure @include(if: $withStructure) {
      total
      averageAge
      byGender {
        gender
        count
      }
      byPoliticalStatus {
        politicalStatus
        count
      }
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($teamId: ID!, $input: TeamMemberInput!) {
    addTeamMember(teamId: $teamId, input: $input) {
      ...ServerError
      ... on MutationAddTeamMemberSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($id: ID!) {
    removeTeamMember(id: $id) {
      ...ServerError
      ... on MutationRemoveTeamMemberSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const ReorderTeamMembersMutation = graphql(`
  mutation ReorderTeamMembers($teamId: ID!, $memberIds: [ID!]!) {
    reorderTeamMembers(teamId: $teamId, memberIds: $memberIds) {
      ...ServerError
      ... on MutationReorderTeamMembersSuccess {
        data {
          id
        }
      }
    }
  }
`);

/** A unit's digestion plans (超职数消化), completed ones too, with their steps. */
export const UnitOverQuotaPlansQuery = graphql(`
  query UnitOverQuotaPlans($id: ID!) {
    unit(id: $id) {
      id
      overQuotaPlans(includeCompleted: true) {
        id
        level
        leadership
        excess
        plan
        deadline
        completedAt
        digested
        currentExcess
        remaining
        overdue
        progress {
          recordedOn
          digested
          note
        }
      }
    }
  }
`);

export const CreateOverQuotaPlanMutation = graphql(`
  mutation CreateOverQuotaPlan(
    $unitId: ID!
    $level: PostLevel!
    $leadership: Boolean!
    $plan: String!
    $deadline: Date!
  ) {
    createOverQuotaPlan(
      unitId: $unitId
      level: $level
      leadership: $leadership
      plan: $plan
      deadline: $deadline
    ) {
      ...ServerError
      ... on MutationCreateOverQuotaPlanSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const RecordOverQuotaProgressMutation = graphql(`
  mutation RecordOverQuotaProgress(
    $planId: ID!
    $recordedOn: Date!
    $digested: Int!
    $note: String!
  ) {
    recordOverQuotaProgress(
      planId: $planId
      recordedOn: $recordedOn
      digested: $digested
      note: $note
    ) {
      ...ServerError
      ... on MutationRecordOverQuotaProgressSuccess {
        data {
          id
        }
      }
    }
  }
`);

export const CompleteOverQuotaPlanMutation = graphql(`
  mutation CompleteOverQuotaPlan($planId: ID!) {
    completeOverQuotaPlan(planId: $planId) {
      ...ServerError
      ... on MutationCompleteOverQuotaPlanSuccess {
        data {
          id
        }
      }
    }
  }
`);
