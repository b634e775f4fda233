/**
 * "The output must type-check wherever the input did": every TypeScript fixture of
 * timer-cleanup is compiled (strict, DOM + Node types, React JSX) before and after the fix, and
 * the fix may not add a single diagnostic. Inputs that import frameworks not installed here
 * (Vue, Angular, Svelte, Solid) keep their "cannot find module" errors on both sides; every
 * other line still has to check.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseFixtures, listTypeScriptCases, ROOT } from '../helpers/fixture-types';

const cases = listTypeScriptCases('timer-cleanup');

/**
 * The timers of an @types/node before 16 (a required `ms`), next to the DOM lib: there
 * `setTimeout(fn)` returns the DOM's `number` while `ReturnType<typeof setTimeout>` is Node's
 * `Timeout` (the declarations of @types/node 12.20, which Angular 15 apps still ship).
 */
const OLD_NODE_TIMERS = path.join(ROOT, '__old-node-timers__.d.ts');
const OLD_NODE_TIMERS_TEXT = `
declare namespace NodeJS { interface Timeout { ref(): this; unref(): this; hasRef(): boolean; refresh(): this; } }
declare function setTimeout(callback: (...args: any[]) => void, ms: number, ...args: any[]): NodeJS.Timeout;
declare function clearTimeout(timeoutId: NodeJS.Timeout | undefined): void;
declare function setInterval(callback: (...args: any[]) => void, ms: number, ...args: any[]): NodeJS.Timeout;
declare function clearInterval(intervalId: NodeJS.Timeout | undefined): void;
`;

function diagnose(kind: 'input' | 'output', oldNodeTimers = false): Map<string, string[]> {
  return diagnoseFixtures('timer-cleanup', cases, kind, oldNodeTimers ? { replaceNodeTypes: { fileName: OLD_NODE_TIMERS, text: OLD_NODE_TIMERS_TEXT } } : {});
}

describe('timer-cleanup output types', () => {
  let inputs: Map<string, string[]>;

  it('compiles the inputs', () => {
    inputs = diagnose('input');
    // The check has teeth: most inputs compile cleanly, and only missing frameworks (or the
    // React 19 `useRef()` arity) fail.
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 2);
    for (const list of inputs.values()) for (const message of list) expect(message).toMatch(/^TS(2307|2304|2554):/);
  });

  it('adds no diagnostic with the fix', () => {
    const outputs = diagnose('output');
    for (const name of cases) expect(outputs.get(name), name).toEqual(inputs.get(name));
  });

  it('adds no diagnostic with the fix under an old @types/node next to the DOM lib', () => {
    const oldInputs = diagnose('input', true);
    const oldOutputs = diagnose('output', true);
    for (const name of cases) expect(oldOutputs.get(name), name).toEqual(oldInputs.get(name));
  });
});
