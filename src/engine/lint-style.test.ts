import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeProject } from '../../test/helpers/temp';
import { clearDirEntries } from './dir-entries';
import { clearLintStyleCache, findLintStyle } from './lint-style';

function styleOf(files: Record<string, string>, file = 'src/a.js') {
  const dir = makeProject({ [file]: 'go();\n', ...files });
  return findLintStyle(path.join(dir, file), dir);
}

describe('findLintStyle', () => {
  beforeEach(() => {
    clearLintStyleCache();
    clearDirEntries();
  });

  it('says nothing without an ESLint config', () => {
    expect(styleOf({})).toEqual({ noVoid: null, curlyAll: false, noConsole: null, floatingPromisesOff: null });
  });

  it('knows the presets that forbid `void` even as a statement, and those that allow it', () => {
    expect(styleOf({ '.eslintrc.js': "module.exports = { extends: ['standard'] }" }).noVoid).toBe('eslint-config-standard (.eslintrc.js)');
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["airbnb-base"] }' }).noVoid).toBe('eslint-config-airbnb-base (.eslintrc.json)');
    expect(styleOf({ 'eslint.config.mjs': "import neostandard from 'neostandard'\nexport default neostandard()\n" }).noVoid).toBe('neostandard (eslint.config.mjs)');
    expect(styleOf({ 'package.json': '{ "eslintConfig": { "extends": "xo" } }' }).noVoid).toBe('eslint-config-xo (package.json)');
    expect(styleOf({ 'package.json': '{ "devDependencies": { "standard": "^17.0.0" } }' }).noVoid).toBe('eslint-config-standard (package.json)');
    // Vue CLI's wrappers of the same presets.
    expect(styleOf({ '.eslintrc.js': "module.exports = { extends: ['plugin:vue/essential', '@vue/standard'] }" }).noVoid).toBe('eslint-config-standard (.eslintrc.js)');
    expect(styleOf({ '.eslintrc.js': "module.exports = { extends: ['@vue/eslint-config-airbnb'] }" }).noVoid).toBe('eslint-config-airbnb (.eslintrc.js)');
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["standard-with-typescript"] }' }).noVoid).toBeNull();
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["love"] }' }).noVoid).toBeNull();
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["eslint:recommended"] }' }).noVoid).toBeNull();
  });

  it("lets the config's own no-void setting win over its presets", () => {
    expect(styleOf({ '.eslintrc.js': "module.exports = { extends: ['standard'], rules: { 'no-void': 'off' } }" }).noVoid).toBeNull();
    expect(styleOf({ '.eslintrc.js': "module.exports = { extends: ['standard'], rules: { 'no-void': ['error', { allowAsStatement: true }] } }" }).noVoid).toBeNull();
    expect(styleOf({ '.eslintrc.yml': 'rules:\n  no-void: error\n' }).noVoid).toBe('no-void (.eslintrc.yml)');
    expect(styleOf({ 'eslint.config.js': "export default [{ rules: { 'no-void': 2 } }]" }).noVoid).toBe('no-void (eslint.config.js)');
  });

  it('reads the nearest config first; a legacy config without root: true also takes the ones above it', () => {
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["standard"] }', 'src/.eslintrc.json': '{ "rules": { "no-void": "off" } }' }).noVoid).toBeNull();
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["standard"] }', 'src/.eslintrc.json': '{ "rules": { "semi": "off" } }' }).noVoid).toBe('eslint-config-standard (.eslintrc.json)');
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["standard"] }', 'src/.eslintrc.json': '{ "root": true }' }).noVoid).toBeNull();
    // A flat config is the whole config: nothing above it applies.
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["standard"] }', 'src/eslint.config.js': 'export default []' }).noVoid).toBeNull();
  });

  it('reads curly (all only) and arrow-parens', () => {
    expect(styleOf({ '.eslintrc.js': "module.exports = { rules: { curly: 'error', 'arrow-parens': ['error', 'as-needed'] } }" })).toEqual({ noVoid: null, curlyAll: true, arrowParens: 'avoid', noConsole: null, floatingPromisesOff: null });
    expect(styleOf({ '.eslintrc.js': "const ERROR = 2;\nmodule.exports = { rules: { 'curly': ['error', 'all'], 'arrow-parens': ['error', 'always'] } }" })).toMatchObject({ curlyAll: true, arrowParens: 'always' });
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "curly": ["error", "multi-line"] } }' }).curlyAll).toBe(false);
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "curly": "off", "arrow-parens": "off" } }' })).toEqual({ noVoid: null, curlyAll: false, noConsole: null, floatingPromisesOff: null });
  });
});

describe('findLintStyle with levels written as constants', () => {
  beforeEach(() => {
    clearLintStyleCache();
    clearDirEntries();
  });
  it("reads `'curly': ERROR` and `[ERROR, 'as-needed']` (on unless the constant is named OFF)", () => {
    const config = "const ERROR = 'error';\nconst OFF = 'off';\nmodule.exports = { rules: { 'curly': ERROR, 'arrow-parens': [ERROR, 'as-needed'], 'no-void': OFF } };\n";
    expect(styleOf({ '.eslintrc.js': config })).toEqual({ noVoid: null, curlyAll: true, arrowParens: 'avoid', noConsole: null, floatingPromisesOff: null });
  });

  it("reads no-console: on unless off or allowing console.error", () => {
    expect(styleOf({ 'eslint.config.mjs': 'export default [{ rules: { "no-console": "error" } }];' }).noConsole).toBe('no-console (eslint.config.mjs)');
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "no-console": ["warn", { "allow": ["warn"] }] } }' }).noConsole).toBe('no-console (.eslintrc.json)');
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "no-console": ["error", { "allow": ["warn", "error"] }] } }' }).noConsole).toBeNull();
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "no-console": "off" } }' }).noConsole).toBeNull();
  });

  it('reads no-floating-promises: off only when every setting of it in the nearest config that sets it is off', () => {
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "@typescript-eslint/no-floating-promises": "off" } }' }).floatingPromisesOff).toBe('no-floating-promises (.eslintrc.json)');
    expect(styleOf({ '.eslintrc.yml': "rules:\n  '@typescript-eslint/no-floating-promises': off\n" }).floatingPromisesOff).toBe('no-floating-promises (.eslintrc.yml)');
    expect(styleOf({ 'eslint.config.ts': "export default [{ rules: { '@typescript-eslint/no-floating-promises': [0] } }];" }).floatingPromisesOff).toBe('no-floating-promises (eslint.config.ts)');
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "@typescript-eslint/no-floating-promises": ["error"] } }' }).floatingPromisesOff).toBeNull();
    const perFiles = "export default [{ files: ['**/*.ts'], rules: { '@typescript-eslint/no-floating-promises': 'error' } }, { files: ['**/*.js'], rules: { '@typescript-eslint/no-floating-promises': 'off' } }];";
    expect(styleOf({ 'eslint.config.mjs': perFiles }).floatingPromisesOff).toBeNull();
    // Off only for tests (a preset turns it on for the rest): not the code a fix touches
    const testsOnly = "module.exports = {\n  extends: ['plugin:@typescript-eslint/recommended-type-checked'],\n  overrides: [{ files: ['*.spec.ts', '**/__tests__/**'], rules: { '@typescript-eslint/no-floating-promises': 'off' } }],\n};\n";
    expect(styleOf({ '.eslintrc.cjs': testsOnly }).floatingPromisesOff).toBeNull();
    expect(styleOf({ 'eslint.config.mjs': "export default [{ files: ['e2e/**/*.ts'], rules: { '@typescript-eslint/no-floating-promises': 'off' } }];" }).floatingPromisesOff).toBeNull();
    expect(styleOf({ 'eslint.config.mjs': "export default [{ files: ['**/*.ts'], rules: { '@typescript-eslint/no-floating-promises': 'off' } }];" }).floatingPromisesOff).toBe('no-floating-promises (eslint.config.mjs)');
    expect(styleOf({ '.eslintrc.json': '{ "overrides": [{ "files": ["src/**/*.ts"], "rules": { "@typescript-eslint/no-floating-promises": "off" } }] }' }).floatingPromisesOff).toBe('no-floating-promises (.eslintrc.json)');
    // A comment naming the rule is no setting; the nearest config that sets it decides
    expect(styleOf({ '.eslintrc.js': "// needed by @typescript-eslint/no-floating-promises\nmodule.exports = { root: true };" }).floatingPromisesOff).toBeNull();
    expect(styleOf({ '.eslintrc.json': '{ "rules": { "@typescript-eslint/no-floating-promises": "off" } }', 'app/.eslintrc.json': '{ "rules": { "@typescript-eslint/no-floating-promises": "warn" } }' }, 'app/src/a.ts').floatingPromisesOff).toBeNull();
  });

  it("reads oxlint's .oxlintrc.json (ESLint's rule names), alone or beside an ESLint config", () => {
    const oxlint = '{\n  // team rules\n  "rules": {\n    "curly": "error",\n    "no-console": ["error", { "allow": ["warn", "error"] }]\n  }\n}\n';
    expect(styleOf({ 'frontend/.oxlintrc.json': oxlint }, 'frontend/src/a.ts')).toEqual({ noVoid: null, curlyAll: true, noConsole: null, floatingPromisesOff: null });
    expect(styleOf({ '.eslintrc.json': '{ "extends": ["standard"] }', '.oxlintrc.json': oxlint })).toEqual({ noVoid: 'eslint-config-standard (.eslintrc.json)', curlyAll: true, noConsole: null, floatingPromisesOff: null });
  });
});
