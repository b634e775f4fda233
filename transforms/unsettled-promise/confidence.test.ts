import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rule } from '../unsettled-promise';

/** `line fix confidence` of each finding in `raw`, linted as the file at `displayPath`. */
function findings(raw: string, displayPath: string): string[] {
  return lintSource({
    raw,
    filePath: displayPath,
    displayPath,
    rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
    settings: DEFAULT_SETTINGS,
    applyLevels: getAppliedLevels(false),
    knownRuleIds: new Set([rule.meta.id]),
  }).findings.map((finding) => `${finding.line} ${finding.fix} ${finding.confidence}`);
}

describe('unsettled-promise confidence', () => {
  // No Node import: `once` from node:events is not offered, so the emitter wait is report-only.
  const code = [
    'export function decode(decoder: { on(event: string, fn: (packet: unknown) => void): void; add(text: string): void }, text: string) {',
    "  const decoded = new Promise((resolve) => decoder.on('decoded', resolve));",
    '  decoder.add(text);',
    '  return decoded;',
    '}',
    'export function later(resolveLater: { current?: () => void }) {',
    '  return new Promise<void>((resolve) => (resolveLater.current = resolve));',
    '}',
    '',
  ].join('\n');

  it("a wait for an event a person's input fires ('focusout', 'click') is medium: it has no failure event; a load wait stays high", () => {
    const waitFor = (event: string) =>
      [
        'export class Editor {',
        '  async onTab(editor: HTMLElement) {',
        `    const done = await new Promise((resolve) => editor.addEventListener('${event}', (e) => resolve(this.inside(e)), { once: true }));`,
        '    this.stop(done);',
        '  }',
        '  stop(_done: unknown) {}',
        '  inside(_e: Event) { return false; }',
        '}',
        '',
      ].join('\n');
    expect(findings(waitFor('focusout'), 'src/editor.ts')).toEqual(['3 none medium']);
    expect(findings(waitFor('click'), 'src/editor.ts')).toEqual(['3 none medium']);
    expect(findings(waitFor('load'), 'src/editor.ts')).toEqual(['3 none high']);
    // A file picker's 'change' never comes when the person cancels the dialog: still high
    expect(findings(waitFor('change'), 'src/editor.ts')).toEqual(['3 none high']);
  });

  it('a report-only wait in a test file is medium: the runner\'s timeout ends it', () => {
    expect(findings(code, 'src/decode.ts')).toEqual(['2 none high']);
    expect(findings(code, 'test/helpers.ts')).toEqual(['2 none medium']);
    expect(findings(code, 'src/decode.spec.ts')).toEqual(['2 none medium']);
  });

  it("a frame's 'load' is medium when the code does not insert the frame, and no finding when it does", () => {
    const frame = [
      'export function prepare(url: string, keep: (frame: HTMLIFrameElement) => void) {',
      "  const frame = document.createElement('iframe');",
      '  frame.src = url;',
      '  const ready = new Promise<void>((resolve) => { frame.onload = () => resolve(); });',
      '  keep(frame);',
      '  return ready;',
      '}',
      '',
    ].join('\n');
    expect(findings(frame, 'src/frame.ts')).toEqual(['4 none medium']);
    expect(findings(frame.replace('keep(frame);', 'document.body.appendChild(frame);'), 'src/frame.ts')).toEqual([]);
  });

  it('a report-only wait in a folder of code run by hand (scripts, tools, bin, examples) is medium', () => {
    expect(findings(code, 'packages/cli/src/scripts/artifacts.ts')).toEqual(['2 none medium']);
    expect(findings(code, 'tools/release.ts')).toEqual(['2 none medium']);
    expect(findings(code, 'src/scripting/decode.ts')).toEqual(['2 none high']);
  });

  it("a 'close' wait beside the code's own 'error' listener on the same emitter is low, with no rewrite", () => {
    const handled = `import { Readable } from 'node:stream';\nexport async function stop(source: Readable) {\n  source.on('error', () => {});\n  const closed = new Promise((resolve) => source.on('close', resolve));\n  source.destroy();\n  await closed;\n}\n`;
    expect(findings(handled, 'src/stop.ts')).toEqual(['4 none low']);
    // The 'error' listener on another emitter handles nothing of this one.
    expect(findings(handled.replace("source.on('error'", "process.stdout.on('error'"), 'src/stop.ts')).toEqual(['4 suggestion high']);
  });

  it('a sleep between the tries of a counted retry loop is low, with no rewrite; a paced loop keeps its fix', () => {
    const retry = [
      "import { connect } from 'node:net';",
      'export class Link {',
      '  private readonly maxTries = 5;',
      '  async open(port: number): Promise<void> {',
      '    for (let attempt = 1; attempt <= this.maxTries; attempt++) {',
      '      try {',
      '        await new Promise<void>((resolve, reject) => connect(port).once(\'connect\', resolve).once(\'error\', reject));',
      '        return;',
      '      } catch {',
      '        if (attempt < this.maxTries) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));',
      '      }',
      '    }',
      '  }',
      '  close(): void {}',
      '}',
      '',
    ].join('\n');
    expect(findings(retry, 'src/link.ts')).toEqual(['10 none low']);
    // A bound the code sets at run time says nothing about how many tries are left.
    expect(findings(retry.replace('private readonly maxTries = 5;', 'maxTries = Number(process.env.TRIES);'), 'src/link.ts')).toEqual(['10 suggestion high']);
    // The sleep after every round (not only after a failure) paces a poll.
    const poll = retry.replace('        return;\n      } catch {\n        if (attempt < this.maxTries) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));\n      }', '      } catch {}\n      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));');
    expect(findings(poll, 'src/link.ts')).toEqual(['9 suggestion high']);
  });

  it("React Native's AppState 'change' is medium like a person's input; another target's 'change' stays high", () => {
    const appState = [
      "import { AppState } from 'react-native';",
      'export function foreground(): Promise<void> {',
      "  return new Promise((resolve) => { AppState.addEventListener('change', (state) => { if (state === 'active') resolve(); }); });",
      '}',
      '',
    ].join('\n');
    expect(findings(appState, 'src/player.ts')).toEqual(['3 none medium']);
    expect(findings(appState.replace("from 'react-native'", "from './app-state'"), 'src/player.ts')).toEqual(['3 none high']);
  });

  it("a wait ending a callback on the element it was handed stays low when it is also an animation's end", () => {
    const tail = [
      'export function onEach(items: HTMLElement[]) {',
      '  items.forEach(async (item: HTMLElement) => {',
      "    await new Promise((resolve) => item.addEventListener('animationend', resolve, { once: true }));",
      '  });',
      '}',
      '',
    ].join('\n');
    expect(findings(tail, 'src/each.ts')).toEqual(['3 none low']);
    // With code after the wait it is no tail wait: the DOM rewrite is offered, as before (a fix is high)
    expect(findings(tail.replace("{ once: true }));", "{ once: true }));\n    item.remove();"), 'src/each.ts')).toEqual(['3 suggestion high']);
  });

  it('a fix stays high in a test file', () => {
    const node = `import { EventEmitter } from 'node:events';\nexport async function ready(emitter: EventEmitter, signal: AbortSignal) {\n  await new Promise((resolve) => emitter.once('ready', resolve));\n}\n`;
    expect(findings(node, 'test/helpers.ts')).toEqual(['3 auto high']);
  });
});
