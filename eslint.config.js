// @ts-check
import tseslint from 'typescript-eslint';

/** Module boundaries: another module is reached only through its index.ts (ARCHITECTURE.md). */
const moduleBoundary = {
  patterns: [{ regex: '^\\.\\./[a-z-]+/(?!index$).+', message: 'Import another module only through its index.ts (see ARCHITECTURE.md).' }],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'bench/out/**', '**/*.config.ts', 'web/vite.*.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['server/src/modules/*/*.ts'],
    ignores: ['server/src/modules/*/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', moduleBoundary] },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '/modules/', message: 'core/ knows no domain module.' }] }] },
  },
);
