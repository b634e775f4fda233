import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolvePlatformFunction } from './platform-function';

const NAMES = new Set(['setInterval', 'clearInterval']);
const resolve = (code: string, callee: string, nth = 0) => {
  const s = parseSnippet(code);
  const call = s.call(callee, nth);
  return resolvePlatformFunction(call, (call.node as CallExpression).callee, NAMES, ['timers']);
};

describe('resolvePlatformFunction', () => {
  it('sees the global and its global-object spellings', () => {
    expect(resolve('setInterval(f, 1);', 'setInterval')).toMatchObject({ name: 'setInterval', via: 'global', objectName: null });
    expect(resolve('window.setInterval(f, 1);', 'window.setInterval')).toMatchObject({ via: 'global-object', objectName: 'window' });
    expect(resolve('globalThis.clearInterval(id);', 'globalThis.clearInterval')).toMatchObject({ name: 'clearInterval', objectName: 'globalThis' });
    expect(resolve('(setInterval as any)(f, 1);', 'setInterval as any')).toMatchObject({ name: 'setInterval', via: 'global' });
  });

  it('sees the node:timers module, under any local name', () => {
    expect(resolve("import { setInterval as every } from 'node:timers';\nevery(f, 1);", 'every')).toMatchObject({ name: 'setInterval', via: 'module', localName: 'every' });
    expect(resolve("import timers from 'timers';\ntimers.setInterval(f, 1);", 'timers.setInterval')).toMatchObject({ via: 'module', objectName: 'timers' });
    expect(resolve("const { clearInterval } = require('timers');\nclearInterval(x);", 'clearInterval')).toMatchObject({ via: 'module' });
  });

  it('rejects project helpers and shadowed names', () => {
    expect(resolve("import { setInterval } from './scheduler';\nsetInterval(f, 1);", 'setInterval')).toBeNull();
    expect(resolve("import { setInterval } from 'node:timers/promises';\nsetInterval(1);", 'setInterval')).toBeNull();
    expect(resolve('function f(setInterval) { setInterval(g, 1); }', 'setInterval')).toBeNull();
    expect(resolve('const window = {}; window.setInterval(f, 1);', 'window.setInterval')).toBeNull();
    expect(resolve('scheduler.setInterval(f, 1);', 'scheduler.setInterval')).toBeNull();
    expect(resolve('setTimeout(f, 1);', 'setTimeout')).toBeNull();
  });
});
