import { graphql } from '@cadre/ui';

export const RolesPageQuery = graphql(`
  query RolesPage {
    roles {
      id
      key
      name
      nameZh
      nameEn
      builtIn
      grants
      permissions {
        key
      }
    }
    permissions {
      key
      label
      sensitive
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

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      ...ServerError
      ... on MutationCreateRoleSuccess {
        data {
          id
          name
        }
      }
    }
  }
`);

export const SetRoleGrantsMutation = graphql(`
  mutation SetRoleGrants($roleId: ID!, $grants: [String!]!) {
    setRoleGrants(roleId: $roleId, grants: $grants) {
      ...ServerError
      ... on MutationSetRoleGrantsSuccess {
        data {
          id
          grants
          permissions {
            key
          }
        }
      }
    }
  }
`);
