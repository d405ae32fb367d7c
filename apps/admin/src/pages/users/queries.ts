import { graphql } from '@cadre/ui';

export const UsersPageQuery = graphql(`
  query UsersPage {
    users {
      id
      username
      displayName
      status
      locked
      secondFactorEnrolled
      unit {
        name
      }
      roles {
        id
        name
      }
    }
    roles {
      id
      name
      builtIn
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...ServerError
      ... on MutationCreateUserSuccess {
        data {
          id
          displayName
        }
      }
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($userId: ID!, $roleIds: [ID!]!) {
    setUserRoles(userId: $userId, roleIds: $roleIds) {
      ...ServerError
      ... on MutationSetUserRolesSuccess {
        data {
          id
          roles {
            id
            name
          }
        }
      }
    }
  }
`);

export const SetUserStatusMutation = graphql(`
  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {
    setUserStatus(userId: $userId, status: $status) {
      ...ServerError
      ... on MutationSetUserStatusSuccess {
        data {
          id
          status
          locked
        }
      }
    }
  }
`);

export const ResetSecondFactorMutation = graphql(`
  mutation ResetSecondFactor($userId: ID!) {
    resetSecondFactor(userId: $userId) {
      ...ServerError
      ... on MutationResetSecondFactorSuccess {
        data {
          id
          secondFactorEnrolled
        }
      }
    }
  }
`);
