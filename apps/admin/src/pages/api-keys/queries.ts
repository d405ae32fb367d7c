import { graphql } from '@cadre/ui';

export const ApiKeysPageQuery = graphql(`
  query ApiKeysPage {
    apiKeys {
      id
      name
      prefix
      permissions
      trustedOnly
      rateLimitPerMinute
      expiresAt
      revokedAt
      lastUsedAt
      createdAt
    }
    permissions {
      key
      label
      sensitive
    }
    myPermissions
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

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      ...ServerError
      ... on MutationCreateApiKeySuccess {
        data {
          secret
          apiKey {
            id
            name
            prefix
          }
        }
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ServerError
      ... on MutationRevokeApiKeySuccess {
        data {
          id
          revokedAt
        }
      }
    }
  }
`);
