/**
 * "The output must type-check wherever the input did", for unsettled-promise: every TypeScript
 * fixture is compiled (strict, DOM + Node types, React JSX) before and after the fix, and the fix
 * may not add a diagnostic (`once()` resolves to `any[]`, the DOM rewrite's listeners and
 * `resolve(event)` must fit the promise's type, the abortable sleep's `resolve(undefined)` a
 * `Promise<void>`).
 */
import { describe, expect, it } from 'vitest';
import { diagnoseFixtures, listTypeScriptCases, withoutMissingModules } from '../helpers/fixture-types';

const cases = listTypeScriptCases('unsettled-promise');

describe('unsettled-promise output types', () => {
  let inputs: Map<string, string[]>;

  it('compiles the inputs (most of them cleanly)', () => {
    inputs = diagnoseFixtures('unsettled-promise', cases, 'input');
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 2);
  });

  it('adds no diagnostic with the fix', () => {
    const outputs = diagnoseFixtures('unsettled-promise', cases, 'output');
    for (const name of cases) {
      const before = withoutMissingModules(inputs.get(name));
      // A fix may remove a diagnostic (a `resolve` handed to a listener of another arity), never add one.
      expect(withoutMissingModules(outputs.get(name)).filter((message) => !before.includes(message)), name).toEqual([]);
    }
  });
});
