/**
 * "The output must type-check wherever the input did", for fetch-timeout: every TypeScript
 * fixture is compiled (strict, DOM + Node types) before and after the fix, and the fix may not
 * add a diagnostic. Inputs that import clients not installed here (axios, got, undici,
 * node-fetch, hono) keep their "cannot find module" errors on both sides, and a fix may import
 * the project's configured abort helpers (`abortHelpers.module`).
 */
import { describe, expect, it } from 'vitest';
import { diagnoseFixtures, listTypeScriptCases, withoutMissingModules } from '../helpers/fixture-types';

const cases = listTypeScriptCases('fetch-timeout');

describe('fetch-timeout output types', () => {
  let inputs: Map<string, string[]>;

  it('compiles the inputs', () => {
    inputs = diagnoseFixtures('fetch-timeout', cases, 'input');
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 3);
  });

  it('adds no diagnostic with the fix', () => {
    const outputs = diagnoseFixtures('fetch-timeout', cases, 'output');
    for (const name of cases) expect(withoutMissingModules(outputs.get(name)), name).toEqual(withoutMissingModules(inputs.get(name)));
  });
});
