import { graphql } from '@cadre/ui';

/** Who is signed in, where, with which plugins on and which permissions: the shell's first read. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      username
      displayName
    }
    district {
      id
      code
      name
      level
      plugins {
        pluginId
        enabled
      }
    }
    myPermissions
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ... on MutationLogoutSuccess {
        data
      }
      ...ServerError
    }
  }
`);
