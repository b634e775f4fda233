/**
 * Every pass of the fix loop takes the same type decisions: a later pass (the text changed by a
 * fix) asks the type layer through the first pass's text for code no fix touched
 * (src/engine/text-origin.ts). Before, a later pass had no type information at all, so under
 * `--unsafe` a finding the checker ruled out in pass 1 came back in pass 2 as a suggestion and
 * was applied: here `.catch` on a builder's `then` result, which has none (TS2339, and a
 * TypeError at run time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { lintSource } from '../../src/engine/lint-source';
import { createTypeLayer } from '../../src/types/type-layer';
import { getRule } from '../../transforms/index';
import { makeProject } from '../helpers/temp';

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [], module: 'preserve', moduleResolution: 'bundler' }, include: ['src'] });

const MAIN = [
  '// A workflow builder: `then` builds the branch now and returns what it built, no thenable.',
  'interface Branch { then(build: () => void): number }',
  'declare function when(flag: boolean): Branch;',
  'async function save(): Promise<void> {}',
  '',
  'export function run(flag: boolean): void {',
  '  when(flag).then(() => {});',
  '  save();',
  '}',
  '',
].join('\n');

function fix(unsafe: boolean) {
  const dir = makeProject({ 'tsconfig.json': TSCONFIG, 'src/main.ts': MAIN });
  const file = path.join(dir, 'src/main.ts');
  const layer = createTypeLayer({ stopAt: dir, cwd: dir });
  const rule = getRule('unconsumed-promise')!;
  return lintSource({
    raw: fs.readFileSync(file, 'utf8'),
    filePath: file,
    displayPath: 'src/main.ts',
    rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
    settings: DEFAULT_SETTINGS,
    types: layer.forFile(file),
    applyLevels: getAppliedLevels(unsafe),
  });
}

describe('fix loop with type information', () => {
  it('a later pass keeps the checker\'s decision for code no fix touched', () => {
    const result = fix(true);
    // Pass 1: `when(flag).then(…)` is no promise (the checker), `save()` gets its `.catch`.
    expect(result.findings.map((f) => [f.line, f.fix])).toEqual([[8, 'auto']]);
    // Pass 2 (the text changed): the builder chain is still no finding, so nothing is added to it.
    expect(result.output).toContain('  when(flag).then(() => {});\n');
    expect(result.output).toContain('  void save().catch((error) => console.error(error));\n');
    expect(result.errors).toEqual([]);
  }, 120_000);

  it('the same without --unsafe', () => {
    const result = fix(false);
    expect(result.output).toContain('  when(flag).then(() => {});\n');
  }, 120_000);

  it("does not call a deferred fix applied when the fix it overlapped moved its code and a later pass no longer sees it", () => {
    const component = [
      "import { Component, NgZone, OnInit } from '@angular/core';",
      "import { ipcRenderer } from 'electron';",
      "import { AuditLog } from './audit-log';",
      '',
      "@Component({ selector: 'app-timer', template: '' })",
      'export class TimerComponent implements OnInit {',
      '  private readonly audit = new AuditLog();',
      '  private running = false;',
      '',
      '  constructor(private readonly zone: NgZone) {}',
      '',
      '  ngOnInit(): void {',
      "    ipcRenderer.on('device_sleep', () =>",
      '      this.zone.run(async () => {',
      '        if (this.running) {',
      "          this.audit.info('device sleep');",
      '          await this.stop();',
      '        }',
      '      }),',
      '    );',
      '  }',
      '',
      '  private async stop(): Promise<void> {',
      '    this.running = false;',
      '  }',
      '}',
      '',
    ].join('\n');
    const tsconfig = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, experimentalDecorators: true, lib: ['ES2023', 'DOM'], types: [], module: 'preserve', moduleResolution: 'bundler' }, include: ['src'] });
    const dir = makeProject({ 'tsconfig.json': tsconfig, 'src/timer.ts': component, 'src/audit-log.ts': 'export class AuditLog {\n  async info(message: string): Promise<void> {\n    console.log(message);\n  }\n}\n' });
    const file = path.join(dir, 'src/timer.ts');
    const rules = ['listener-cleanup', 'unconsumed-promise'].map((id) => getRule(id)!).map((rule) => ({ rule, options: resolveRuleOptions(rule, {}) }));
    const result = lintSource({ raw: component, filePath: file, displayPath: 'src/timer.ts', rules, settings: DEFAULT_SETTINGS, types: createTypeLayer({ stopAt: dir, cwd: dir }).forFile(file), applyLevels: getAppliedLevels(false) });
    // Pass 1: the listener's fix moves the handler into a field; the dropped promise's fix, inside it, overlaps and waits.
    expect(result.findings.map((f) => `${f.line} ${f.rule} ${f.fix} ${f.applied}`)).toEqual(['13 listener-cleanup auto true', '16 unconsumed-promise auto false']);
    // Pass 2 reads the moved handler with no type answers (code a fix touched): the promise is not found, not fixed.
    expect(result.output).toContain('  private readonly handleDeviceSleep = () =>');
    expect(result.output).toContain("        this.audit.info('device sleep');\n");
  }, 120_000);
});

