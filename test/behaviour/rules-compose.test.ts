/**
 * The three rules together on one file, as `unleak --write` runs them: where a timer, a
 * listener and a request share an owner, their fixes write into ONE release place (one effect
 * cleanup, one `onBeforeUnmount`, one disposal method) without conflicting edits, the result
 * parses, and a second run changes nothing. (Each rule's fixtures run that rule alone.)
 */
import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { parseSource } from '../../src/engine/parse';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { getLanguage } from '../../src/core/language';
import { rules } from '../../transforms/index';

const ALL = rules.filter((rule) => ['fetch-timeout', 'timer-cleanup', 'listener-cleanup'].includes(rule.meta.id)).map((rule) => ({ rule, options: resolveRuleOptions(rule, {}) }));

function write(raw: string, filePath: string, unsafe = false): string {
  const result = lintSource({ raw, filePath, displayPath: filePath, rules: ALL, settings: DEFAULT_SETTINGS, applyLevels: getAppliedLevels(unsafe) });
  expect(result.errors).toEqual([]);
  return result.output ?? raw;
}

/** Fixed once; the output parses; a second run finds nothing left to fix and changes nothing. */
function writeTwice(raw: string, filePath: string, unsafe = false): string {
  const once = write(raw, filePath, unsafe);
  expect(() => parseSource(once, getLanguage(filePath)!)).not.toThrow();
  expect(write(once, filePath, unsafe)).toBe(once);
  return once;
}

describe('timer-cleanup, listener-cleanup and fetch-timeout on one owner', () => {
  it('a React effect gets one cleanup for its interval, its listener and its socket', () => {
    const input = [
      "import { useEffect, useState } from 'react';",
      '',
      'export function Presence({ room }: { room: string }) {',
      '  const [online, setOnline] = useState(0);',
      '  useEffect(() => {',
      '    setInterval(() => fetch(`/api/rooms/${room}/online`).then((r) => r.json()).then(setOnline), 5000);',
      "    window.addEventListener('focus', () => setOnline((n) => n));",
      '    const socket = new WebSocket(`wss://chat.example/${room}`);',
      '    socket.onmessage = () => setOnline((n) => n + 1);',
      '  }, [room]);',
      '  return <span>{online}</span>;',
      '}',
      '',
    ].join('\n');
    expect(writeTwice(input, 'presence.tsx')).toBe(
      [
        "import { useEffect, useState } from 'react';",
        '',
        'export function Presence({ room }: { room: string }) {',
        '  const [online, setOnline] = useState(0);',
        '  useEffect(() => {',
        '    const intervalId = setInterval(() => fetch(`/api/rooms/${room}/online`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.json()).then(setOnline), 5000);',
        '    const handleFocus = () => setOnline((n) => n);',
        "    window.addEventListener('focus', handleFocus);",
        '    const socket = new WebSocket(`wss://chat.example/${room}`);',
        '    socket.onmessage = () => setOnline((n) => n + 1);',
        '    return () => {',
        '      clearInterval(intervalId);',
        "      window.removeEventListener('focus', handleFocus);",
        '      socket.close();',
        '    };',
        '  }, [room]);',
        '  return <span>{online}</span>;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('an effect that already returns a cleanup gets the timer added to it, next to the removal it has', () => {
    const input = [
      "import { useEffect } from 'react';",
      '',
      'export function useFocusTrap(node: HTMLElement | null, onEscape: () => void): void {',
      '  useEffect(() => {',
      '    if (!node) return;',
      '    const onKeyDown = (event: KeyboardEvent) => {',
      "      if (event.key === 'Escape') onEscape();",
      '    };',
      '    setTimeout(() => node.focus(), 50);',
      "    node.addEventListener('keydown', onKeyDown);",
      "    return () => node.removeEventListener('keydown', onKeyDown);",
      '  }, [node, onEscape]);',
      '}',
      '',
    ].join('\n');
    // A one-shot timer in an effect with dependencies is a suggestion (issue 8): `--write` leaves it...
    expect(writeTwice(input, 'trap.ts')).toContain('    setTimeout(() => node.focus(), 50);');
    // ...and `--write --unsafe` adds it to the existing cleanup.
    const output = writeTwice(input, 'trap.ts', true);
    expect(output).toContain('    const timeoutId = setTimeout(() => node.focus(), 50);');
    expect(output).toContain("    return () => {\n      node.removeEventListener('keydown', onKeyDown);\n      clearTimeout(timeoutId);\n    };");
  });

  it('a Vue setup gets one onBeforeUnmount for its interval and its listener', () => {
    const input = [
      "import { onMounted, ref } from 'vue';",
      '',
      'export function useClock() {',
      '  const now = ref(Date.now());',
      '  onMounted(() => {',
      '    setInterval(() => (now.value = Date.now()), 1000);',
      "    document.addEventListener('visibilitychange', () => (now.value = Date.now()));",
      '  });',
      '  return now;',
      '}',
      '',
    ].join('\n');
    const output = writeTwice(input, 'clock.ts');
    expect(output.match(/onBeforeUnmount\(/g)).toHaveLength(1);
    expect(output).toContain("import { onMounted, ref, onBeforeUnmount } from 'vue';");
    expect(output).toMatch(/onBeforeUnmount\(\(\) => \{\n {4}clearInterval\(intervalId\);\n {4}document\.removeEventListener\('visibilitychange', handleVisibilityChange\);\n {2}\}\);/);
  });

  it('a disposable class gets its timer and its listener released in its one disposal method', () => {
    const input = [
      "import { EventEmitter } from 'node:events';",
      '',
      'export class Heartbeat {',
      '  constructor(private readonly bus: EventEmitter) {}',
      '',
      '  start(): void {',
      "    setInterval(() => this.bus.emit('beat'), 1000);",
      "    this.bus.on('stop', () => console.log('stop requested'));",
      '  }',
      '',
      '  dispose(): void {',
      "    console.log('disposed');",
      '  }',
      '}',
      '',
    ].join('\n');
    const output = writeTwice(input, 'heartbeat.ts');
    expect(output.match(/dispose\(\)/g)).toHaveLength(1);
    expect(output).toMatch(/ {2}dispose\(\): void \{\n {4}console\.log\('disposed'\);\n {4}(clearInterval\(this\.intervalId\);\n {4}this\.bus\.off\('stop', this\.handleStop\);|this\.bus\.off\('stop', this\.handleStop\);\n {4}clearInterval\(this\.intervalId\);)\n {2}\}/);
  });
});
