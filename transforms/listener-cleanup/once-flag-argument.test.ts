import path from 'node:path';
import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { parseSnippet } from '../../test/helpers/ast';
import { FIXTURES_ROOT, PROJECTS_DIR } from '../../test/helpers/fixtures';
import { findOnceFlagArgument, findOnceParameters } from './once-flag-argument';

const PROJECT = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'listener-cleanup/once-flag-declared-elsewhere/input');

function flag(code: string): ReturnType<typeof findOnceFlagArgument> {
  const s = parseSnippet(code, 'ts');
  return findOnceFlagArgument(s.findAll((node: Node) => node.type === 'CallExpression' || node.type === 'OptionalCallExpression')[0]!.node);
}

function parameters(code: string): string[] {
  const s = parseSnippet(code, 'ts');
  return s.findAll(() => true).flatMap((path) => findOnceParameters(path).map(({ method, index }) => `${method}/${index}`));
}

describe('findOnceFlagArgument', () => {
  it('finds a literal `true` after the first two arguments of a method call', () => {
    expect(flag('db.events.subscribe(EVENTS.done, resolve, true);')).toEqual({ method: 'subscribe', index: 2 });
    expect(flag('bus?.on(name, fn, undefined, true);')).toEqual({ method: 'on', index: 3 });
  });

  it('does not match `false`, a variable, an early `true` or a plain function call', () => {
    expect(flag('events.subscribe(name, fn, false);')).toBe(null);
    expect(flag('events.subscribe(name, fn, once);')).toBe(null);
    expect(flag('events.subscribe(true, fn);')).toBe(null);
    expect(flag('subscribe(name, fn, true);')).toBe(null);
  });
});

describe('findOnceParameters', () => {
  it('finds a parameter named once in methods, signatures and function-valued properties', () => {
    expect(parameters('class A { subscribe(name, fn, once = false) {} }')).toEqual(['subscribe/2']);
    expect(parameters('interface B { on(name: string, fn: () => void, once?: boolean): void }')).toEqual(['on/2']);
    expect(parameters('const c = { listen(name, fn, once) {} };')).toEqual(['listen/2']);
    expect(parameters('class D { add = (name, fn, once = false) => {}; }')).toEqual(['add/2']);
    expect(parameters('const e = { add: function (name, fn, opts, once) {} };')).toEqual(['add/3']);
  });

  it('does not match other names, destructured or computed parameters, or plain functions', () => {
    expect(parameters('class A { subscribe(name, fn, deep = false) {} }')).toEqual([]);
    expect(parameters('class A { subscribe(name, fn, { once }) {} }')).toEqual([]);
    expect(parameters('function subscribe(name, fn, once) {}')).toEqual([]);
  });
});

describe('listener-cleanup: a `once` flag its project declares (once-flag-argument.ts)', () => {
  it('lowers a subscription whose `true` is the method\'s `once` parameter, keeps `false` at high', async () => {
    const result = await run({ cwd: PROJECT, config: false, prettier: false, jobs: 1, rules: ['listener-cleanup'] });
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.fix} ${finding.confidence}`)).toEqual(['src/store.ts:14 none low', 'src/store.ts:21 none high']);
    expect(result.findings[0]!.message).toContain('is its `once` parameter (argument 3');
  });

  it('keeps the file\'s own answer when the declaration is not part of the run', async () => {
    const result = await run({ cwd: PROJECT, paths: ['src/store.ts'], config: false, prettier: false, jobs: 1, rules: ['listener-cleanup'] });
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.confidence}`)).toEqual(['src/store.ts:14 high', 'src/store.ts:21 high']);
  });
});
