/**
 * The options every owner-scoped cleanup rule (timer-cleanup, listener-cleanup) declares alike:
 * one wording, one default. (`effectHooks` is also a project-wide setting, `settings.effectHooks`;
 * the per-rule form stays for one release, see the README's "Configuration".)
 */
import type { OptionSpec } from '../../core/rule';

export const EFFECT_HOOKS_OPTION: OptionSpec<string[]> = {
  type: 'string[]',
  default: [],
  description: 'Project hooks that take an effect callback with React\'s cleanup contract (e.g. `useIsomorphicLayoutEffect`).',
};

export const INCLUDE_TESTS_OPTION: OptionSpec<boolean> = {
  type: 'boolean',
  default: false,
  description: 'Also scan test files (`*.test.*`, `*.spec.*`, `__tests__/`, `__e2e__/`, `__mocks__/`, `test/`, `tests/`, `e2e/`, `cypress/`), which the test-time leak check covers by default.',
};
