/**
 * "The output must type-check wherever the input did": every TypeScript fixture of
 * timer-cleanup is compiled (strict, DOM + Node types, React JSX) before and after the fix, and
 * the fix may not add a single diagnostic. Inputs that import frameworks not installed here
 * (Vue, Angular, Svelte, Solid) keep their "cannot find module" errors on both sides; every
 * other line still has to check.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { getRule, ruleIds } from '../../transforms/index';
import { diagnoseFixtures, listTypeScriptCases, ROOT } from '../helpers/fixture-types';
import { loadFixtureCases } from '../helpers/fixtures';

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
  if (!oldNodeTimers) return diagnoseFixtures('timer-cleanup', cases, kind);
  const replaceNodeTypes = { fileName: OLD_NODE_TIMERS, text: OLD_NODE_TIMERS_TEXT };
  // The outputs are what the rule writes in such a project: each input fixed with `timerDelayRequired`.
  return diagnoseFixtures('timer-cleanup', cases, kind, kind === 'input' ? { replaceNodeTypes } : { replaceNodeTypes, textOf: (file) => fixedForOldNodeTypes.get(file) });
}

/** Each case's input fixed as in a project whose @types/node is older than 16, by output path. */
const fixedForOldNodeTypes = new Map(
  loadFixtureCases('timer-cleanup')
    .filter((fixture) => cases.includes(fixture.name))
    .map((fixture) => {
      const rule = getRule('timer-cleanup')!;
      const result = lintSource({
        raw: fixture.input,
        filePath: fixture.inputPath,
        displayPath: fixture.inputPath,
        rules: [{ rule, options: resolveRuleOptions(rule, fixture.options) }],
        settings: { target: { ...(fixture.target ?? DEFAULT_SETTINGS.target), timerDelayRequired: true } },
        applyLevels: getAppliedLevels(fixture.unsafe),
        knownRuleIds: ruleIds,
      });
      return [path.resolve(fixture.inputPath.replace('.input.', '.output.')), result.output ?? fixture.input] as const;
    }),
);

describe('timer-cleanup output types', () => {
  let inputs: Map<string, string[]>;

  it('compiles the inputs', { timeout: 120_000 }, () => {
    inputs = diagnose('input');
    // The check has teeth: most inputs compile cleanly, and only missing frameworks (or the
    // React 19 `useRef()` arity) fail.
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 2);
    for (const list of inputs.values()) for (const message of list) expect(message).toMatch(/^TS(2307|2304|2554):/);
  });

  it('adds no diagnostic with the fix', { timeout: 120_000 }, () => {
    const outputs = diagnose('output');
    for (const name of cases) expect(outputs.get(name), name).toEqual(inputs.get(name));
  });

  it('adds no diagnostic with the fix under an old @types/node next to the DOM lib (fixed with timerDelayRequired)', { timeout: 120_000 }, () => {
    const oldInputs = diagnose('input', true);
    const oldOutputs = diagnose('output', true);
    for (const name of cases) expect(oldOutputs.get(name), name).toEqual(oldInputs.get(name));
  });
});
