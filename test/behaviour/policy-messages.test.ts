/**
 * The messages of findings whose fix a policy withholds say why, and what to do: where a class
 * with no disposal method is created, why an acquisition lives as long as the process, that a
 * handler's parameter types must be written, that an Angular event handler subscribes per call.
 */
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { getRule } from '../../transforms/index';

function messages(ruleId: string, raw: string, options: Record<string, unknown> = {}): string[] {
  const rule = getRule(ruleId)!;
  const result = lintSource({ raw, filePath: 'src/file.ts', displayPath: 'src/file.ts', rules: [{ rule, options: resolveRuleOptions(rule, options) }], settings: DEFAULT_SETTINGS, applyLevels: getAppliedLevels(false) });
  return result.findings.map((finding) => `${finding.fix}: ${finding.message}`);
}

describe('policy messages', () => {
  it('a class with no disposal method: where the file creates it', () => {
    // (In a method: the constructor of the one instance made at module level would be process lifetime.)
    const code = 'class Store {\n  start() {\n    setInterval(() => this.save(), 1000);\n  }\n  save() {}\n}\nexport const store = new Store();\n';
    expect(messages('timer-cleanup', code)).toEqual([
      'none: setInterval() is never cleared. Store has no disposal method, and unleak adds none that nothing would call; it is created at line 7 (module level).',
    ]);
  });

  it('process lifetime by intent, when reported: why', () => {
    const code = "function main(): void {\n  setInterval(() => console.log('tick'), 1000);\n}\nmain();\n";
    expect(messages('timer-cleanup', code, { reportProcessLifetime: true })).toEqual([
      'suggestion: setInterval() lives as long as the process (in main(), which runs once, when the module loads); nothing ever stops it.',
    ]);
  });

  it('a TypeScript handler whose parameter types only the call gives: write them', () => {
    const code = "import { useEffect } from 'react';\nexport function useExit(child: { on(e: 'exit', f: (code: number) => void): void }) {\n  useEffect(() => {\n    child.on('exit', (code) => console.log(code));\n  }, [child]);\n}\n";
    expect(messages('listener-cleanup', code)).toEqual([
      "none: child.on('exit', …) is never removed: the listener outlives its owner: nothing ends it when the effect is cleaned up. Its handler takes its parameter types from this call: write them, so the handler can be moved to a name the removal can use. No fix: the type this object is declared with lists no matching removal method, so a removal written the usual way would throw; that API has to offer a way to remove the listener first.",
    ]);
  });

  it('an Angular event handler with no DestroyRef to inject: subscribes once per call', () => {
    const code = "import { Component } from '@angular/core';\n@Component({ template: '' })\nexport class A {\n  constructor(private readonly s: { changes(): { subscribe(f: () => void): void } }) {}\n  save(): void {\n    this.s.changes().subscribe(() => {});\n  }\n}\n";
    expect(messages('listener-cleanup', code)).toEqual([
      'none: This subscription is never unsubscribed: it outlives its owner: nothing ends it when the Angular class is destroyed. An event handler subscribes once per call: end each subscription with pipe(takeUntilDestroyed(this.destroyRef)) (Angular 16+) or with takeUntil of a Subject completed in ngOnDestroy.',
    ]);
  });
});
