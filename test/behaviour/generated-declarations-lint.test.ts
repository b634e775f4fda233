/**
 * Code a fix declares must pass the lint rules strict TypeScript projects turn on for declarations
 * (tabby extends `plugin:@typescript-eslint/all`; `yarn run lint` is a CI step there): a field
 * typed `{ unsubscribe(): void }` failed `@typescript-eslint/method-signature-style` (default
 * `property`) 27 times. Every TypeScript fixture output of every rule is linted with those rules
 * and may not have a problem its input did not have.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { listFixtureRules, loadFixtureCases } from '../helpers/fixtures';

const RULES: Linter.RulesRecord = {
  '@typescript-eslint/method-signature-style': 'error',
  '@typescript-eslint/consistent-type-definitions': 'error',
  '@typescript-eslint/no-explicit-any': 'error',
  '@typescript-eslint/prefer-function-type': 'error',
};

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { '@typescript-eslint': tseslint.plugin as never },
    rules: RULES,
  },
];

function problems(text: string, filename: string): string[] {
  return linter
    .verify(text, config, { filename })
    .map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
    .sort();
}

describe('declarations a fix writes pass strict lint rules', () => {
  for (const rule of listFixtureRules()) {
    it(rule, () => {
      for (const fixture of loadFixtureCases(rule)) {
        if (fixture.isSkip || !/\.tsx?$/.test(fixture.inputPath) || fixture.output === null) continue;
        const filename = fixture.inputPath.replace(/^.*__testfixtures__\//, '');
        const before = problems(fixture.input, filename);
        const after = problems(fixture.output, filename);
        const added = after.filter((problem) => {
          const index = before.indexOf(problem);
          if (index === -1) return true;
          before.splice(index, 1);
          return false;
        });
        expect(added, fixture.name).toEqual([]);
      }
    });
  }
});
