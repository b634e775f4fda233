import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { applyEdits } from '../../core/fixer';
import { resolvePromiseExecutor } from '../syntax/promise-executor';
import { ensureRejectParameter } from './reject-parameter';

const withReject = (code: string): string => {
  const s = parseSnippet(code);
  const executor = resolvePromiseExecutor(s.find((node) => node.type === 'NewExpression'))!;
  const { name, edits } = ensureRejectParameter(executor, code);
  return `${name}: ${applyEdits(code, edits, '\n')}`;
};

describe('ensureRejectParameter', () => {
  it('keeps the reject the executor takes', () => {
    expect(withReject('new Promise((ok, fail) => go(ok));')).toBe('fail: new Promise((ok, fail) => go(ok));');
  });

  it('adds one after resolve, with parentheses around a bare parameter, after a type annotation', () => {
    expect(withReject('new Promise((resolve) => go(resolve));')).toBe('reject: new Promise((resolve, reject) => go(resolve));');
    expect(withReject('new Promise(resolve => go(resolve));')).toBe('reject: new Promise((resolve, reject) => go(resolve));');
    expect(withReject('new Promise(function (resolve: (n: number) => void) { go(resolve); });')).toBe('reject: new Promise(function (resolve: (n: number) => void, reject) { go(resolve); });');
  });

  it('takes another name where reject is read in the executor or bound around it', () => {
    expect(withReject('new Promise((resolve) => { reject(); });')).toBe('reject2: new Promise((resolve, reject2) => { reject(); });');
    expect(withReject('function f(reject) { return new Promise((resolve) => go(resolve)); }')).toBe('reject2: function f(reject) { return new Promise((resolve, reject2) => go(resolve)); }');
  });
});
