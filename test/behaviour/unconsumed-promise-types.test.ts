/**
 * "The output must type-check wherever the input did", for unconsumed-promise: every TypeScript
 * fixture is compiled (strict, DOM + Node types) before and after the fix, and the fix may not
 * add a diagnostic (the default handler's `error?.name` relies on the `.catch` parameter being
 * `any`). Inputs that import project modules not present here (`./logger`) keep their "cannot
 * find module" errors on both sides.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseFixtures, listTypeScriptCases, withoutMissingModules } from '../helpers/fixture-types';

const cases = listTypeScriptCases('unconsumed-promise');

describe('unconsumed-promise output types', () => {
  let inputs: Map<string, string[]>;

  it('compiles the inputs', () => {
    inputs = diagnoseFixtures('unconsumed-promise', cases, 'input');
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 3);
  });

  it('adds no diagnostic with the fix', () => {
    const outputs = diagnoseFixtures('unconsumed-promise', cases, 'output');
    for (const name of cases) expect(withoutMissingModules(outputs.get(name)), name).toEqual(withoutMissingModules(inputs.get(name)));
  });
});
