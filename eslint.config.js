// One lint setup for the whole tree; formatting is Prettier's job (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '**/generated/', '**/.turbo/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@cadre/plugin-*'], message: 'Only the gateway lists plugins.' }] },
      ],
    },
  },
  {
    // A plugin never imports another plugin; core never imports a plugin.
    files: ['apps/gateway/**', 'tooling/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  prettier,
);
