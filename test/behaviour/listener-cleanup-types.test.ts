/**
 * "The output must type-check wherever the input did", for listener-cleanup (the
 * timer-cleanup-types pattern): every TypeScript fixture is compiled (strict, DOM + Node types,
 * React JSX) before and after the fix, and the fix may not add a single diagnostic. Hoisted
 * handlers are where this bites: a parameter typed by the call it was written in would become
 * implicitly `any` once moved out, so the fix types it from the lib (`WindowEventMap['keydown']`)
 * or is only a suggestion.
 *
 * Inputs that import frameworks not installed here (Vue, Angular, RxJS, Svelte, Solid, Lit's
 * decorators, ws, chokidar) keep their "cannot find module" errors on both sides, and a fix may
 * add an import of another entry point of such a framework (`@angular/core/rxjs-interop`):
 * whether a module resolves depends on the project, not on the fix.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseFixtures, listTypeScriptCases, withoutMissingModules } from '../helpers/fixture-types';

const cases = listTypeScriptCases('listener-cleanup');
const diagnose = (kind: 'input' | 'output'): Map<string, string[]> => diagnoseFixtures('listener-cleanup', cases, kind);


describe('listener-cleanup output types', () => {
  let inputs: Map<string, string[]>;

  // A tsc run over every TypeScript fixture: 27 s of a 30 s budget on a loaded two-core machine (as timer-cleanup-types).
  it('compiles the inputs', { timeout: 120_000 }, () => {
    inputs = diagnose('input');
    // The check has teeth: most inputs compile cleanly, and only missing frameworks fail.
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 2);
    for (const list of inputs.values()) for (const message of list) expect(message).toMatch(/^TS(2307|2304|2554):/);
  });

  it('adds no diagnostic with the fix', { timeout: 120_000 }, () => {
    const outputs = diagnose('output');
    for (const name of cases) expect(withoutMissingModules(outputs.get(name)), name).toEqual(withoutMissingModules(inputs.get(name)));
  });
});
