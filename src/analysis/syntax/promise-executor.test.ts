import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveExecutorOfFunction, resolvePromiseExecutor } from './promise-executor';

describe('resolvePromiseExecutor', () => {
  it('answers for a global Promise with a function written in place, not an async one', () => {
    const at = (code: string) => resolvePromiseExecutor(parseSnippet(code).find((node) => node.type === 'NewExpression'));
    expect(at('new Promise((resolve) => go(resolve));')).toMatchObject({ resolve: 'resolve', reject: null });
    expect(at('new Promise(async (resolve) => go(resolve));')).toBeNull();
    expect(at('new Promise(executor);')).toBeNull();
    expect(at('class Promise {} new Promise((resolve) => go(resolve));')).toBeNull();
  });

  it('takes a function bound to a this with nothing else; not one bound with arguments in front', () => {
    const at = (code: string) => resolvePromiseExecutor(parseSnippet(code).find((node) => node.type === 'NewExpression'));
    expect(at('new Promise(function (resolve, reject) { go(resolve, reject); }.bind(this));')).toMatchObject({ resolve: 'resolve', reject: 'reject' });
    expect(at('new Promise(function (wait, resolve) { go(resolve, wait); }.bind(this, 10));')).toBeNull();
    expect(at('new Promise(go.bind(this));')).toBeNull();
  });
});

describe('resolveExecutorOfFunction', () => {
  it('finds the executor a function is, written in place or bound', () => {
    const of = (code: string) => resolveExecutorOfFunction(parseSnippet(code).find((node) => node.type === 'FunctionExpression'));
    expect(of('new Promise(function (resolve) { go(resolve); });')).toMatchObject({ resolve: 'resolve', reject: null });
    expect(of('new Promise(function (resolve) { go(resolve); }.bind(this));')).toMatchObject({ resolve: 'resolve', reject: null });
    expect(of('new Promise(function (resolve) { go(resolve); }.call(this));')).toBeNull();
    expect(of('run(function (resolve) { go(resolve); });')).toBeNull();
  });
});
