import { graphql } from '@cadre/ui';

// Every answer carries the district with its plugins, so the shell's own read of the district
// (menu, enabled plugins) is refreshed by the same cache entry.

export const SettingsQuery = graphql(`
  query SettingsPage {
    district {
      id
      code
      name
      plugins {
        pluginId
        titleZh
        titleEn
        dependsOn
        enabled
        config
        configSchema
        configDefaults
      }
    }
  }
`);

export const EnablePluginMutation = graphql(`
  mutation EnablePlugin($pluginId: String!) {
    enablePlugin(pluginId: $pluginId) {
      ...ServerError
      ... on MutationEnablePluginSuccess {
        data {
          id
          plugins {
            pluginId
            enabled
          }
        }
      }
    }
  }
`);

export const DisablePluginMutation = graphql(`
  mutation DisablePlugin($pluginId: String!) {
    disablePlugin(pluginId: $pluginId) {
      ...ServerError
      ... on MutationDisablePluginSuccess {
        data {
          id
          plugins {
            pluginId
            enabled
          }
        }
      }
    }
  }
`);

export const ConfigurePluginMutation = graphql(`
  mutation ConfigurePlugin($pluginId: String!, $config: JSON!) {
    configurePlugin(pluginId: $pluginId, config: $config) {
      ...ServerError
      ... on MutationConfigurePluginSuccess {
        data {
          id
          plugins {
            pluginId
            config
          }
        }
      }
    }
  }
`);
