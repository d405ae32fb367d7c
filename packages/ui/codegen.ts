import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every admin package: `graphql(…)` calls in the shell, the plugins' admin
 * parts and this kit, checked against the gateway's SDL with every installed plugin. The persisted
 * documents manifest (sha256 → text) doubles as the trusted-documents file for `cadre documents add`.
 */
const config: CodegenConfig = {
  schema: '../../apps/gateway/schema.graphql',
  documents: [
    '../../apps/admin/src/**/*.{ts,tsx}',
    '../../plugins/*/src/admin/**/*.{ts,tsx}',
    'src/**/*.{ts,tsx}',
    '!src/generated/**',
  ],
  ignoreNoDocuments: true,
  silent: true,
  generates: {
    // Every enum of the schema as a string union, also those no document selects yet.
    'src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true, useTypeImports: true },
    },
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        futureProofEnums: false,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
